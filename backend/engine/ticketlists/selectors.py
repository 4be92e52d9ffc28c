"""Reads of the ticket lists beyond a page: the caller's saved views, and every row of a list as an
export streams it (in keyset chunks, so a list of any length never sits in memory)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from django.db.models import QuerySet
from django.utils.translation import gettext as _

from core.access.auth import Principal
from core.access.models import User
from core.errors import ApplicationError, NotFound
from core.pagination import paginate
from engine.ticketlists.models import SavedView
from engine.tickets import selectors as tickets
from engine.tickets import summaries
from engine.tickets.filters import TicketFilters, ordering

EXPORT_CHUNK = 1000
# The most tickets one export holds, CSV or XLSX (a worksheet holds 1,048,576 rows): a longer list
# is refused before anything is written, so a download is never silently cut short.
EXPORT_MAX_ROWS = 1_000_000
EXPORT_HEADER = (
    "serial",
    "title",
    "workflow",
    "state",
    "status",
    "creator",
    "waiting_for",
    "created_at",
    "updated_at",
)
_EXPORT_COLUMNS = (
    "id",
    "serial",
    "title",
    "workflow__name",
    "version_id",
    "state_key",
    "status",
    "creator__username",
    "created_at",
    "updated_at",
)


def saved_views(*, user: User) -> QuerySet[SavedView]:
    return SavedView.objects.filter(user=user).order_by("name", "id")


def saved_view_get(*, user: User, view_id: int) -> SavedView:
    """The caller's view; someone else's is not found (its existence is not revealed)."""
    found = SavedView.objects.filter(user=user, pk=view_id).first()
    if found is None:
        raise NotFound(_("No saved view with id %(view_id)s.") % {"view_id": view_id})
    return found


def saved_view_snapshot(view_id: int) -> dict[str, Any] | None:
    """What the audit trail compares for a change of a saved view."""
    row = SavedView.objects.filter(pk=view_id).values("name", "view", "query").first()
    return dict(row) if row is not None else None


def export_rows(
    *, principal: Principal, view: str, filters: TicketFilters, sort: str | None
) -> Iterator[list[Any]]:
    """The header, then one row per ticket of the list (its filters and sort), fetched EXPORT_CHUNK at
    a time by keyset: a bounded number of rows in memory and three queries per chunk, at any length.
    `created_at` and `updated_at` are datetimes (each format writes its own). The list's checks
    (view, filters, at most EXPORT_MAX_ROWS tickets) run at the call, before the first row."""
    queryset = tickets.filtered_tickets(principal, view, filters).values(*_EXPORT_COLUMNS)
    order = ordering(sort)
    if queryset.values("pk").order_by()[: EXPORT_MAX_ROWS + 1].count() > EXPORT_MAX_ROWS:
        raise ApplicationError(
            _(
                "The list holds more than %(max_rows)s tickets, the most one export holds; "
                "narrow it with filters (a workflow, a status, a creation period)."
            )
            % {"max_rows": f"{EXPORT_MAX_ROWS:,}"},
            code="export_too_large",
            status=422,
            details={"max_rows": EXPORT_MAX_ROWS},
        )

    def rows() -> Iterator[list[Any]]:
        yield list(EXPORT_HEADER)
        cursor: str | None = None
        while True:
            page = paginate(queryset, ordering=order, cursor=cursor, limit=EXPORT_CHUNK, most=EXPORT_CHUNK)
            documents = tickets.documents_for({row["version_id"] for row in page.items})
            waiting = summaries.waiting_for([row["id"] for row in page.items])
            for row in page.items:
                people, _count = waiting.get(row["id"], ([], 0))
                yield [
                    row["serial"],
                    row["title"],
                    row["workflow__name"],
                    summaries.state_ref(documents.get(row["version_id"]), row["state_key"])["name"],
                    row["status"],
                    row["creator__username"],
                    " ".join(person["username"] for person in people),
                    row["created_at"],
                    row["updated_at"],
                ]
            if page.next_cursor is None:
                return
            cursor = page.next_cursor

    return rows()
