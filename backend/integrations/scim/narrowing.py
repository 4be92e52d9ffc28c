"""Filters in the database: the part of a SCIM filter a query can do, so a list need not render
every resource to evaluate it.

A narrowing keeps every match (the filter is then evaluated exactly on what is left). When it is
also *exact* (every row it keeps matches: single-valued text attributes compared case-insensitively
as SCIM's `caseExact: false` says, `active`, `id`), the database counts and pages the list itself and
only the page is rendered.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import Q

from integrations.scim.filters import Compare, Logical, Node

LOOKUPS = {"eq": "iexact", "co": "icontains", "sw": "istartswith", "ew": "iendswith"}


@dataclass(frozen=True)
class Columns:
    """Filter paths (lower case) → columns; `exact`: the columns whose comparisons are the filter's
    own (not only a superset of its matches)."""

    paths: dict[tuple[str, ...], str]
    exact: frozenset[str] = frozenset()
    when_given: frozenset[str] = frozenset()  # exact for a non-empty value only


GROUPS = Columns({("displayname",): "name", ("id",): "pk"}, exact=frozenset({"name", "pk"}))
USERS = Columns(
    {
        ("username",): "username",
        ("displayname",): "display_name",
        ("active",): "is_active",
        ("emails",): "email",
        ("emails", "value"): "email",
        ("phonenumbers",): "phone",
        ("phonenumbers", "value"): "phone",
        ("id",): "pk",
        # Every feed's identities, not only SCIM's: a superset of the matches, so never exact.
        ("externalid",): "feed_identity__external_id",
    },
    exact=frozenset({"username", "display_name", "is_active", "pk"}),
    when_given=frozenset({"email", "phone"}),
)


@dataclass(frozen=True)
class Narrowing:
    where: Q | None  # None: it cannot say; read everything
    exact: bool = False


def _compare(node: Compare, columns: Columns) -> Narrowing:
    column = columns.paths.get(node.path.parts)
    if column is None:
        return Narrowing(None)
    if column == "is_active":
        ok = node.op == "eq" and isinstance(node.value, bool)
        return Narrowing(Q(is_active=node.value), exact=True) if ok else Narrowing(None)
    if node.op not in LOOKUPS or not isinstance(node.value, str):
        return Narrowing(None)
    if column == "pk":
        if node.op != "eq":
            return Narrowing(None)
        found = node.value.isdigit() and len(node.value) <= 18
        return Narrowing(Q(pk=int(node.value)) if found else Q(pk__in=[]), exact=True)
    # A person's one address (or phone) is listed only when there is one: exact for a value given.
    exact = column in columns.exact or (column in columns.when_given and node.value != "")
    return Narrowing(Q(**{f"{column}__{LOOKUPS[node.op]}": node.value}), exact=exact)


def narrow(node: Node | None, columns: Columns) -> Narrowing:
    if isinstance(node, Compare):
        return _compare(node, columns)
    if isinstance(node, Logical):
        left, right = narrow(node.left, columns), narrow(node.right, columns)
        both = left.where is not None and right.where is not None
        if node.op == "and":
            if both:
                return Narrowing(left.where & right.where, exact=left.exact and right.exact)  # type: ignore[operator]
            return Narrowing(left.where or right.where)
        if both:
            return Narrowing(left.where | right.where, exact=left.exact and right.exact)  # type: ignore[operator]
    return Narrowing(None)


def narrowing(node: Node | None, columns: Columns) -> Q | None:
    """A database condition every match of `node` meets (None: it cannot say)."""
    return narrow(node, columns).where
