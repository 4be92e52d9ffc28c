"""Full-text search over a ticket's serial, title and text fields, in any language.

PostgreSQL's parsers split words on spaces, which Chinese (and Japanese, Korean) text has none of,
and its trigram index cannot serve the two-character words most Chinese searches are. So the words
are cut here, the same way for a ticket and for a search:

- a run of letters or digits of a spaced script is one word (`laptop`, `20261206`, `café`);
- a run of CJK characters is cut into overlapping pairs plus its last character
  (`请假申请` → `请假 假申 申请 请`), so any one or two characters of it are found.

`Ticket.search_text` keeps the cut words (written by `Ticket.save` and the serial stamp). The
generated `search_vector` column holds every beginning of each word, 1 to PREFIX_MAX characters,
and the whole word (`laptop` → `l la lap lapt lapto laptop`; a CJK pair gives its first character
too), as a `tsvector` (the SQL function `public.ticket_search_vector` of engine/0015, no parser in
between) under a GIN index.

A search becomes a `tsquery` of all its words, each of them found by its beginning (`lapt` finds
`laptop`, and so does `lapt mon` with `monitor`): a spaced word is one exact lexeme (a longer one
than PREFIX_MAX a prefix), a CJK run all its pairs, a single CJK character itself. Exact lexemes
are what GIN intersects quickly: it skips through the lists of two common words, where a prefix
("partial match", `'lapt':*`) makes it gather every ticket of every word with that beginning first.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from typing import Any

from django.contrib.postgres.fields import ArrayField
from django.contrib.postgres.search import SearchQueryField
from django.db import connection
from django.db.models import BigIntegerField, BooleanField, F, Func, QuerySet, Value
from django.db.models.functions import Cast

from core.pagination import Page, bounded_page, paginate

CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af"
_CJK_RUN = re.compile(f"[{CJK}]+")
_TOKEN = re.compile(rf"[{CJK}]+|[^\W_{CJK}]+")
_TAG = re.compile(r"<[^>]*>")
MAX_WORD = 60  # longer words are cut (a tsvector lexeme holds at most 2 KiB)
MAX_WORDS = 2000  # distinct words kept per ticket
MAX_QUERY_TERMS = 16
# The longest beginning of a word kept as a lexeme of its own (engine/0015's function must match).
PREFIX_MAX = 20


def _runs(text: str) -> Iterable[str]:
    for match in _TOKEN.finditer(text.casefold()):
        yield match.group()


def words(text: str) -> list[str]:
    """The words of `text` as a ticket stores them (see the module docstring)."""
    out: list[str] = []
    for run in _runs(text):
        if _CJK_RUN.fullmatch(run):
            out += [run[index : index + 2] for index in range(len(run) - 1)]
            out.append(run[-1])
        else:
            out.append(run[:MAX_WORD])
    return out


def search_text(parts: Iterable[str]) -> str:
    """The distinct words of all `parts`, space-separated, as `Ticket.search_text` holds them."""
    seen: dict[str, None] = {}
    for part in parts:
        for word in words(part):
            seen.setdefault(word)
            if len(seen) >= MAX_WORDS:
                return " ".join(seen)
    return " ".join(seen)


def field_texts(document: Any, values: dict[str, Any]) -> list[str]:
    """The values of the text fields that no state hides (so a search never reveals a hidden value)."""
    from engine.workflows.definitions.schema import TEXT_TYPES, FieldPermission, FieldType

    out = []
    for definition in document.fields:
        value = values.get(definition.key)
        if definition.type not in TEXT_TYPES or not isinstance(value, str) or not value:
            continue
        if any(document.permission(state, definition) == FieldPermission.HIDDEN for state in document.states):
            continue
        out.append(_TAG.sub(" ", value) if definition.type == FieldType.RICH_TEXT else value)
    return out


def terms(text: str) -> list[str]:
    """The `tsquery` terms of a search (at most MAX_QUERY_TERMS), each quoted, a ticket must have all.

    Every word is matched by its beginning: the vector holds the beginnings as lexemes, so the term
    is exact (`'lapt'`); only a word longer than PREFIX_MAX is a prefix (`'…':*`), which few share."""
    found: dict[str, None] = {}
    for run in _runs(text):
        if not _CJK_RUN.fullmatch(run):
            word = run[:MAX_WORD]
            found.setdefault(f"'{word}'" if len(word) <= PREFIX_MAX else f"'{word}':*")
        elif len(run) == 1:
            found.setdefault(f"'{run}'")
        else:
            for index in range(len(run) - 1):
                found.setdefault(f"'{run[index : index + 2]}'")
    return list(found)[:MAX_QUERY_TERMS]


def tsquery(text: str) -> str | None:
    """The `tsquery` (as text, for a cast) matching tickets with every word of `text`; None: no words."""
    return " & ".join(terms(text)) or None


class _Matches(Func):
    """`<tsvector> @@ <tsquery>`: a condition a queryset filters on (the GIN index can serve it)."""

    arg_joiner = " @@ "
    template = "%(expressions)s"
    output_field = BooleanField()


class _RowMatches(Func):
    """The same test as a function call, which no index serves: checked on each row read."""

    function = "ts_match_vq"
    output_field = BooleanField()


def _condition(query: str) -> _Matches:
    return _Matches(F("search_vector"), Cast(Value(query), output_field=SearchQueryField()))


def _row_condition(query: str) -> _RowMatches:
    return _RowMatches(F("search_vector"), Cast(Value(query), output_field=SearchQueryField()))


# A one-word search the planner expects in at least this many tickets is common: it knows the word
# (its statistics list the commonest ones with their share), and walking the list's order finds a
# page within a few thousand rows (at 1,000,000 tickets: 2%, 2,500 rows for 50).
COMMON = 20_000
# For an export (`matching`), a search matching at most this many tickets is sparse: its tickets are
# read by id, rather than walking the list's order for them.
SPARSE = 2000
# For a list's page (`page`), a search is sparse when at most this many tickets pass the list's
# filters: its page is sorted from all of them. Past it the list's order is walked. Reading this
# many rows (a few ms) costs about what walking for a page does when this many match (at 1,000,000
# tickets, 51 / 0.5% = 10,000 rows); at 2,000, a search of 4,233 tickets cost 5 ms more at p50.
PAGE_SPARSE = 5000


def _estimate(query: str) -> int:
    """How many tickets the planner expects to match `query` (planning only, nothing is read)."""
    with connection.cursor() as cursor:
        cursor.execute(
            "EXPLAIN (FORMAT JSON) SELECT 1 FROM engine_ticket WHERE search_vector @@ %s::tsquery", [query]
        )
        (plan,) = cursor.fetchone()
    if isinstance(plan, str):
        plan = json.loads(plan)
    return int(plan[0]["Plan"]["Plan Rows"])


def _ids(query: str, limit: int) -> list[int]:
    """Up to `limit` ids of the tickets matching `query`, found through the GIN index.

    The MATERIALIZED CTE is planned for all its rows: below a few percent of the table that is the
    bitmap scan of the index, which intersects every term's list there (exact lexemes: it skips
    through a common word's list along a rarer one's), so two words that never meet cost two index
    lookups. The outer LIMIT stops reading the table early."""
    with connection.cursor() as cursor:
        cursor.execute(
            "WITH found AS MATERIALIZED (SELECT id FROM engine_ticket "
            "WHERE search_vector @@ %s::tsquery) SELECT id FROM found LIMIT %s",
            [query, limit],
        )
        return [row[0] for row in cursor.fetchall()]


class _AmongIds(Func):
    """`id = ANY(ARRAY(SELECT unnest(<ids>)))`: the tickets of `ids`, read through the primary key.

    Given the array itself (`id = ANY(<ids>)`), the planner knows how many ids there are, expects a
    page of them early in the list's order, and walks the index of that order (created_at, id),
    checking the ids inside it: the whole index (0.1 to 0.3 s at 1,000,000 tickets) when they are old
    tickets. Given an array built by a subquery, it cannot count them and guesses a few, so it
    reads them through the primary key and sorts them (a few milliseconds for 2,000)."""

    arg_joiner = " = ANY(ARRAY(SELECT unnest("
    template = "%(expressions)s::bigint[])))"
    output_field = BooleanField()


def _among(ids: list[int]) -> _AmongIds:
    return _AmongIds(F("pk"), Value(ids, output_field=ArrayField(BigIntegerField())))


def _may_be_sparse(found: list[str], query: str) -> bool:
    """Whether a search is worth sizing: several terms, or one the planner does not expect often."""
    return len(found) > 1 or _estimate(query) < COMMON


def matching(queryset: QuerySet[Any], text: str | None) -> QuerySet[Any]:
    """`queryset` narrowed to the tickets with every word of `text` (unchanged when it has none), for
    reading all of them (an export); a list's page is `page`.

    PostgreSQL cannot always tell how many tickets a search matches: it keeps statistics for the
    commonest words only and guesses half the least common of them for any other (0.45% of the
    bench's tickets, whether a word is in 1,000 tickets or none), and it multiplies the shares of
    two words as if they were independent. When it guesses many, it walks the list's order to find a
    page, which reads most of the list when there are few or none. So a search is sized first:

    - one term the planner expects in COMMON tickets or more (`_estimate`): it knows the word, and
      walking the list's order finds a page quickly;
    - any other term, or several terms together: at most SPARSE + 1 ids from the GIN index
      (`_ids`), which costs little when they are few; a sparse search narrows the list to its
      ids, which are read and sorted in a few milliseconds, a dense one walks the list's order.

    The ids only narrow: the list's own view, permissions and filters still apply to every row, and
    so does the search, checked on each row (`_row_condition`) rather than looked up in the index a
    second time.
    """
    found = terms(text or "")
    if not found:
        return queryset
    query = " & ".join(found)
    if _may_be_sparse(found, query):
        ids = _ids(query, SPARSE + 1)
        if len(ids) <= SPARSE:
            return queryset.filter(_among(ids), _row_condition(query))
    return queryset.filter(_condition(query))


def page(
    queryset: QuerySet[Any],
    text: str | None,
    *,
    columns: Sequence[str],
    ordering: Sequence[str],
    cursor: str | None,
    limit: int,
) -> Page[Any]:
    """One page of `queryset.values(*columns)` narrowed to the tickets with every word of `text`, in
    `ordering` after `cursor`.

    Sized as `matching` sizes a search, but in the statement that reads the page: a search that may
    be sparse is read whole, with the list's view, permissions, filters and cursor, through one
    bitmap scan of the GIN index, and its page sorted from those rows (`bounded_page`). Only when
    more than PAGE_SPARSE tickets pass is the list's order walked instead, as for a common word. Reading
    the matching ids first and then all their rows by primary key read each row twice (1,605
    tickets: about 4 ms for the ids and 9 ms for the rows on a quiet machine)."""
    found = terms(text or "")
    if not found:
        return paginate(queryset.values(*columns), ordering=ordering, cursor=cursor, limit=limit)
    query = " & ".join(found)
    matched = queryset.filter(_condition(query))
    if _may_be_sparse(found, query):
        bounded = bounded_page(
            matched, columns=columns, ordering=ordering, cursor=cursor, limit=limit, bound=PAGE_SPARSE
        )
        if bounded is not None:
            return bounded
    return paginate(matched.values(*columns), ordering=ordering, cursor=cursor, limit=limit)
