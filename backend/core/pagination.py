"""Keyset (cursor) pagination: stable under inserts, O(limit) per page at any depth."""

from __future__ import annotations

import base64
import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Generic, Protocol, TypeVar

from django.core.exceptions import ValidationError as DjangoValidationError
from django.db import connections
from django.db.models import Field, Model, Q, QuerySet
from django.db.models.expressions import RawSQL
from django.utils.translation import gettext as _

from core.errors import ApplicationError

M = TypeVar("M", bound=Model)
DEFAULT_LIMIT = 50
MAX_LIMIT = 200


class ListQuery(Protocol):
    """A list endpoint's typed query: a page (`cursor`, `limit`) and equality filters."""

    cursor: str | None
    limit: int

    def model_dump(self, *, exclude: set[str], exclude_none: bool) -> dict[str, Any]: ...


@dataclass
class Page(Generic[M]):
    items: list[Any]
    next_cursor: str | None


def _encode(values: list[Any]) -> str:
    return base64.urlsafe_b64encode(json.dumps(values, default=str).encode()).decode().rstrip("=")


def _decode(cursor: str, width: int) -> list[Any]:
    try:
        padded = cursor + "=" * (-len(cursor) % 4)
        values = json.loads(base64.urlsafe_b64decode(padded.encode()))
    except (ValueError, TypeError):
        values = None
    if not isinstance(values, list) or len(values) != width:
        raise ApplicationError(_("The cursor is not valid."), code="invalid_cursor", status=400)
    return values


def _cursor_values(queryset: QuerySet[M], fields: list[str], cursor: str) -> list[Any]:
    """The decoded cursor, each value converted to its field's type; anything else is invalid."""
    meta = queryset.model._meta
    values = []
    for name, value in zip(fields, _decode(cursor, len(fields)), strict=True):
        field = meta.pk if name == "pk" else meta.get_field(name)
        assert isinstance(field, Field), f"cannot paginate by {name!r}"
        try:
            if value is None or isinstance(value, dict | list):
                raise ValueError(value)
            values.append(field.to_python(value))
        except (DjangoValidationError, ValueError, TypeError):
            raise ApplicationError(_("The cursor is not valid."), code="invalid_cursor", status=400) from None
    return values


def _value(row: Any, field: str) -> Any:
    """A row's ordering value: rows are model instances, or dicts from `.values()`."""
    return row[field] if isinstance(row, dict) else getattr(row, field)


def paginate(
    queryset: QuerySet[Any],
    *,
    ordering: Sequence[str],
    cursor: str | None,
    limit: int,
    most: int = MAX_LIMIT,
) -> Page[Any]:
    """Order by `ordering` (each `field` or `-field`, the last one unique) and return one page.

    The cursor encodes the ordering values of the last row served; the next page starts after it.
    `most` is the largest page a caller may ask for (an export reads in larger chunks).
    """
    _check_limit(limit, most)
    queryset = _after(queryset.order_by(*ordering), ordering, cursor)
    return _page(list(queryset[: limit + 1]), ordering, limit)


def _check_limit(limit: int, most: int) -> None:
    if not 1 <= limit <= most:
        raise ApplicationError(
            _("limit must be between 1 and %(most)s.") % {"most": most}, code="invalid_limit", status=400
        )


def _after(queryset: QuerySet[Any], ordering: Sequence[str], cursor: str | None) -> QuerySet[Any]:
    """`queryset` narrowed to the rows after the cursor in `ordering` (all of them without one)."""
    if not cursor:
        return queryset
    fields = [name.lstrip("-") for name in ordering]
    values = _cursor_values(queryset, fields, cursor)
    # (a, b, c) after (x, y, z) == a>x OR (a=x AND b>y) OR (a=x AND b=y AND c>z), per direction.
    condition = Q()
    for index, name in enumerate(ordering):
        field = fields[index]
        op = "lt" if name.startswith("-") else "gt"
        term = Q(**{f"{field}__{op}": values[index]})
        for prior_index in range(index):
            term &= Q(**{fields[prior_index]: values[prior_index]})
        condition |= term
    return queryset.filter(condition)


def _page(rows: list[Any], ordering: Sequence[str], limit: int) -> Page[Any]:
    """`rows` (up to `limit` + 1, in order) as a page: the extra one says there is a next page."""
    next_cursor = None
    if len(rows) > limit:
        rows = rows[:limit]
        last = rows[-1]
        next_cursor = _encode([_value(last, name.lstrip("-")) for name in ordering])
    return Page(items=rows, next_cursor=next_cursor)


def _positions(names: list[str], ordering: Sequence[str]) -> str:
    """`ordering` as an ORDER BY of column positions among `names` (a statement's own columns)."""
    return ", ".join(
        f"{names.index(name.lstrip('-')) + 1} {'DESC' if name.startswith('-') else 'ASC'}"
        for name in ordering
    )


def _names(queryset: QuerySet[Any]) -> list[str]:
    """The column names of a `.values()` queryset, in its order (as Django's ValuesIterable has them)."""
    query = queryset.query
    return list(query.selected) if query.selected else [*query.values_select, *query.annotation_select]


def bounded_page(
    queryset: QuerySet[Any],
    *,
    columns: Sequence[str],
    ordering: Sequence[str],
    cursor: str | None,
    limit: int,
    bound: int,
) -> Page[Any] | None:
    """The page `paginate` gives of `queryset.values(*columns)`, sorted from every row of `queryset`
    read in one statement; None when more than `bound` rows pass (the caller pages the usual way).

    `paginate` leaves PostgreSQL free to walk an index in the list's order until a page turns up,
    which it does whenever it expects many rows. Where it cannot tell how many (a full-text search)
    and few pass, that walk reads most of the index. Here the rows are planned as a whole (a
    MATERIALIZED CTE: for a search, one bitmap scan of its index, every condition checked on the
    row read), at most `bound` + 1 of them are read, only their key and ordering columns kept, and
    the page's keys sorted from those; then the page's rows are read by key with every condition
    again and `columns` (joins included) for those rows only. One statement, so one snapshot.
    """
    _check_limit(limit, MAX_LIMIT)
    queryset = _after(queryset.order_by(), ordering, cursor)
    key = queryset.model._meta.pk.attname
    narrow = queryset.values(*dict.fromkeys([key, *(name.lstrip("-") for name in ordering)]))
    page_keys = f"SELECT {connections[queryset.db].ops.quote_name(key)} FROM bounded_page"  # noqa: S608
    rows = queryset.filter(pk__in=RawSQL(page_keys, [])).values(*columns)  # noqa: S611
    narrow_sql, narrow_params = narrow.query.sql_with_params()
    compiler = rows.query.get_compiler(rows.db)
    rows_sql, rows_params = compiler.as_sql()
    names = _names(rows)
    # Only Django's own SQL, positions and numbers go into the text; values go as parameters.
    statement = (
        f"WITH bounded_found AS MATERIALIZED ({narrow_sql}), "  # noqa: S608
        f"bounded_capped AS (SELECT * FROM bounded_found LIMIT {int(bound) + 1}), "
        f"bounded_page AS (SELECT * FROM bounded_capped ORDER BY {_positions(_names(narrow), ordering)} "
        f"LIMIT {int(limit) + 1}) "
        f"SELECT *, (SELECT count(*) FROM bounded_capped) FROM ({rows_sql}) AS bounded_rows "
        f"ORDER BY {_positions(names, ordering)}"
    )
    with connections[rows.db].cursor() as db:
        db.execute(statement, (*narrow_params, *rows_params))
        found = db.fetchall()
    if found and found[0][-1] > bound:
        return None
    converted = compiler.results_iter(results=[[row[:-1] for row in found]])
    return _page([dict(zip(names, row, strict=True)) for row in converted], ordering, limit)


def filtered_page(rows: QuerySet[M], query: ListQuery) -> Page[M]:
    """One page of `rows`, newest first, narrowed by the query's filters that are set. Each filter is
    named after the field it must equal (`status`, `ticket_id`…), so a new one needs no code here."""
    filters = query.model_dump(exclude={"cursor", "limit"}, exclude_none=True)
    return paginate(rows.filter(**filters), ordering=["-id"], cursor=query.cursor, limit=query.limit)
