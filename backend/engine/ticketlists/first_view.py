"""The to-do list's first view (core.first_view): the page a phone opens most, drawn by the server.

Drawn only for the plain to-do list (`/tickets` or `/tickets?view=todo`: the first page, default size
and order, no filter), from the same answer the console asks for (`TODO_URL`).
"""

from __future__ import annotations

import re
from typing import Any

from django.http import HttpRequest

from core.first_view import (
    Drawing,
    FirstView,
    Texts,
    answer_key,
    api_answer,
    draw,
    frame,
    local_minute,
    start_drawing,
)
from engine.tickets.first_view import person_name, status_tag

TODO_URL = "/api/v1/tickets?view=todo&limit=20"  # the console's: src/features/tickets/utils/list-params.ts
# src/features/tickets/components/list/TicketTable.tsx
ROLE_COLORS = {"candidate": "orange", "consulted": "purple"}


def _quick(steps: list[dict[str, Any]], attribute: str) -> str | None:
    """The row's one quick transition of `attribute` (src/features/tickets/utils/quick.ts)."""
    if len(steps) != 1 or steps[0].get("role") != "handler":
        return None
    matching = [quick for quick in steps[0].get("quick") or [] if quick.get("attribute") == attribute]
    return matching[0].get("name") if len(matching) == 1 else None


def _waiting(ticket: dict[str, Any], t: Texts) -> str:
    """Whom the row waits for: the first few, and how many more (list/TicketTable.tsx WaitingCell)."""
    people = ticket.get("waiting_for") or []
    waiting = ", ".join(person_name(person) for person in people)
    more = (ticket.get("waiting_count") or len(people)) - len(people)
    return f"{waiting} {t('list.andMore', count=more)}" if waiting and more > 0 else waiting


def _steps(steps: list[dict[str, Any]], t: Texts) -> list[dict[str, str]]:
    """My steps on parallel branches, as the state cell's tags."""
    return [
        {
            "name": step["state"]["name"],
            "color": ROLE_COLORS.get(step.get("role", ""), "blue"),
            "title": t("list.yourStep", role=t(f"roles.{step.get('role', '')}")),
        }
        for step in steps
    ]


def _row(ticket: dict[str, Any], t: Texts, drawing: Drawing) -> dict[str, Any]:
    steps = ticket.get("my_steps") or []
    on_branches = len(steps) > 1 or any(step.get("branch") for step in steps)
    role = None if on_branches else ticket.get("my_role")
    behalf = next((person_name(step["on_behalf_of"]) for step in steps if step.get("on_behalf_of")), "")
    agree, reject = _quick(steps, "agree"), _quick(steps, "reject")
    updated = local_minute(ticket["updated_at"], drawing.zone)
    return {
        "id": ticket["id"],
        "serial": ticket["serial"],
        "title": ticket["title"],
        **status_tag(ticket.get("status", ""), t),
        "behalf": t("list.onBehalfOf", name=behalf) if behalf else "",
        "role": {"color": ROLE_COLORS[role], "label": t(f"roles.{role}")} if role in ROLE_COLORS else None,
        "steps": _steps(steps, t) if on_branches else [],
        "state": ticket["state"]["name"],
        "waiting": _waiting(ticket, t),
        "meta": " · ".join((ticket["workflow"]["name"], person_name(ticket["creator"]), updated)),
        "agree": agree,
        "reject": reject,
        "quick": bool(agree or reject),
    }


def todo_first_view(request: HttpRequest, _match: re.Match[str]) -> FirstView | None:
    if any(name != "view" for name in request.GET) or request.GET.get("view", "todo") != "todo":
        return None
    drawing = start_drawing(request)
    if drawing is None:
        return None
    todo = api_answer(request, TODO_URL)
    if not todo or not todo.get("items"):
        return None  # an empty list: the console's own empty state, not a copy of it
    t = drawing.texts
    view = drawing.view(
        {
            "title": t("views.todo"),
            "saved_views": t("list.savedViews"),
            "save_view": t("list.saveView"),
            "export": t("list.export"),
            "refresh": t("actions.refresh", "common"),
            "new_ticket": t("list.newTicket"),
            "filters": t("list.filtersButton"),
            "title_column": t("columns.title"),
            "waiting_for": t("columns.waitingFor"),
            "per_page": t("list.perPage", count=20),
            "previous": t("list.previous"),
            "next": t("list.next"),
        }
    )
    rows = [_row(ticket, t, drawing) for ticket in todo["items"]]
    page = draw(
        "first_view/todo.html", {"view": view, "rows": rows, "has_next": bool(todo.get("next_cursor"))}
    )
    return FirstView(
        html=frame(request, drawing, page), answers={**drawing.answers, answer_key(TODO_URL): todo}
    )
