"""Full-text search over a ticket's serial, title and text fields, in any language.

PostgreSQL's parsers split words on spaces, which Chinese (and Japanese, Korean) text has none of,
and its trigram index cannot serve the two-character words most Chinese searches are. So the words
are cut here, the same way for a ticket and for a search:

- a run of letters or digits of a spaced script is one word (`laptop`, `20261206`, `café`);
- a run of CJK characters is cut into overlapping pairs plus its last character
  (`请假申请` → `请假 假申 申请 请`), so any one or two characters of it are found.

`Ticket.search_text` keeps the cut words (written by `Ticket.save` and the serial stamp), the
generated `search_vector` column holds them as a `tsvector` (`array_to_tsvector`, no parser in
between) under a GIN index. A search becomes a `tsquery` of all its words: spaced words as
prefixes (`lapt` finds `laptop`), a CJK run as all its pairs (a single character as a prefix).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from django.contrib.postgres.search import SearchQueryField
from django.db.models import BooleanField, F, Func, QuerySet, Value
from django.db.models.functions import Cast

CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af"
_CJK_RUN = re.compile(f"[{CJK}]+")
_TOKEN = re.compile(rf"[{CJK}]+|[^\W_{CJK}]+")
_TAG = re.compile(r"<[^>]*>")
MAX_WORD = 60  # longer words are cut (a tsvector lexeme holds at most 2 KiB)
MAX_WORDS = 2000  # distinct words kept per ticket
MAX_QUERY_TERMS = 16


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


def tsquery(text: str) -> str | None:
    """The `tsquery` (as text, for a cast) matching tickets with every word of `text`; None: no words."""
    terms: dict[str, None] = {}
    for run in _runs(text):
        if not _CJK_RUN.fullmatch(run):
            terms.setdefault(f"'{run[:MAX_WORD]}':*")
        elif len(run) == 1:
            terms.setdefault(f"'{run}':*")
        else:
            for index in range(len(run) - 1):
                terms.setdefault(f"'{run[index : index + 2]}'")
    if not terms:
        return None
    return " & ".join(list(terms)[:MAX_QUERY_TERMS])


class _Matches(Func):
    """`<tsvector> @@ <tsquery>`: a condition a queryset filters on."""

    arg_joiner = " @@ "
    template = "%(expressions)s"
    output_field = BooleanField()


def matching(queryset: QuerySet[Any], text: str | None) -> QuerySet[Any]:
    """`queryset` narrowed to the tickets with every word of `text` (unchanged when it has none)."""
    query = tsquery(text or "")
    if query is None:
        return queryset
    return queryset.filter(_Matches(F("search_vector"), Cast(Value(query), output_field=SearchQueryField())))
