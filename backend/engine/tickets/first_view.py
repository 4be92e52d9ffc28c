"""A ticket's first view (core.first_view): the page a link in a mail or chat message opens, drawn by
the server. Its top only (the title, and the card of who and where with the action buttons); the rest
of the page comes with the console, which the document also brings the page's answers for.

Not drawn for a ticket running parallel branches (their buttons and tags are named per branch).
"""

from __future__ import annotations

import math
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

# src/features/tickets/components/StatusTag.tsx, detail/HandlerTags.tsx, detail/ActionBar.tsx
STATUS_COLORS = {"in_progress": "processing", "returned": "warning", "finished": "success", "closed": "error"}
KIND_COLORS = {"handler": "blue", "candidate": "orange", "consulted": "purple"}
BAR_ACTIONS = ("accept", "consult_reply", "deliver", "consult", "withdraw", "close", "force_state", "comment")


def status_tag(status: str, t: Texts) -> dict[str, str]:
    """A ticket status as StatusTag.tsx shows it: its text and Ant Design's tag colour."""
    return {
        "status": t(f"status.{status}") if status else "",
        "status_color": STATUS_COLORS.get(status, "default"),
    }


def person_name(person: dict[str, Any] | None) -> str:
    return (person or {}).get("display_name") or (person or {}).get("username") or ""


def _handlers(ticket: dict[str, Any], t: Texts) -> list[dict[str, str]]:
    people: dict[str, dict[str, Any]] = {}
    for handler in ticket.get("handlers") or []:
        people.setdefault(f"{handler.get('id')}-{handler.get('kind')}", handler)
    tags = []
    for handler in people.values():
        kind = handler.get("kind", "")
        text = person_name(handler)
        if kind != "handler":
            text += f" · {t(f'roles.{kind}')}"
        if handler.get("on_behalf_of"):
            text += f" · {t('list.onBehalfOf', name=person_name(handler['on_behalf_of']))}"
        tags.append(
            {"username": handler.get("username", ""), "color": KIND_COLORS.get(kind, "default"), "text": text}
        )
    return tags


def _span(seconds: float) -> tuple[str, int]:
    """The largest whole unit of a duration (detail/SlaDue.tsx `amount`)."""
    value = abs(seconds)
    if value >= 86400:
        return "days", math.floor(value / 86400)
    if value >= 3600:
        return "hours", math.floor(value / 3600)
    return "minutes", max(1, round(value / 60))


def _sla(sla: dict[str, Any], t: Texts, drawing: Drawing) -> dict[str, str]:
    """detail/SlaDue.tsx: the due time's tag and, until it is due, when the handlers are warned."""
    unit, count = _span(sla.get("remaining_seconds") or 0)
    span = t(f"sla.{'wall' if sla.get('clock') == 'wall' else 'working'}.{unit}", count=count)
    due = local_minute(sla.get("due_at", ""), drawing.zone)
    overdue = bool(sla.get("overdue")) or (sla.get("remaining_seconds") or 0) <= 0
    warning = not overdue and bool(sla.get("warning"))
    if overdue:
        text = t("sla.overdue", due=due)
    else:
        text = t("sla.dueSoon" if warning else "sla.due", due=due, span=span)
    warn_at = local_minute(sla["warn_at"], drawing.zone) if sla.get("warn_at") and not overdue else ""
    return {
        "color": "red" if overdue else "orange" if warning else "gold",
        "text": text,
        "warn": t("sla.warned" if warning else "sla.warnAt", at=warn_at) if warn_at else "",
    }


def _rows(ticket: dict[str, Any], t: Texts, drawing: Drawing) -> list[dict[str, str]]:
    """detail/TicketHeader.tsx's items, in its order."""
    rows = [
        {"key": "serial", "label": t("detail.serial")},
        {
            "key": "workflow",
            "label": t("detail.workflow"),
            "value": f"{ticket['workflow']['name']} · v{ticket['version']}",
        },
        {"key": "state", "label": t("detail.state")},
        {"key": "creator", "label": t("detail.creator"), "value": person_name(ticket["creator"])},
        {"key": "handlers", "label": t("detail.handlers")},
    ]
    if ticket.get("sla"):
        rows.append({"key": "due", "label": t("detail.due")})
    rows += [
        {
            "key": "created",
            "label": t("detail.created"),
            "value": local_minute(ticket["created_at"], drawing.zone),
        },
        {
            "key": "updated",
            "label": t("detail.updated"),
            "value": local_minute(ticket["updated_at"], drawing.zone),
        },
    ]
    return rows


def _actions(offered: list[dict[str, Any]], t: Texts) -> list[dict[str, Any]]:
    """detail/ActionBar.tsx's buttons: one per action offered (transitions are in the handle panel)."""
    names = {action.get("action") for action in offered}
    return [
        {
            "name": t(f"actionNames.{action}"),
            "primary": action in {"accept", "consult_reply"},
            "danger": action in {"withdraw", "close", "force_state"},
        }
        for action in BAR_ACTIONS
        if action in names
    ]


def ticket_first_view(request: HttpRequest, match: re.Match[str]) -> FirstView | None:
    drawing = start_drawing(request)
    if drawing is None:
        return None
    base = f"/api/v1/tickets/{int(match.group('ticket_id'))}"
    ticket = api_answer(request, base)
    if not ticket or ticket.get("branches"):
        return None
    urls = (
        f"{base}/actions",
        f"{base}/flow-log",
        f"{base}/steps",
        f"/api/v1/workflows/{ticket['workflow']['id']}/init",
    )
    answers = {answer_key(base): ticket}
    for url in urls:
        answer = api_answer(request, url)
        if answer is not None:
            answers[answer_key(url)] = answer
    t = drawing.texts
    drawn = {
        "title": ticket["title"],
        "serial": ticket["serial"],
        "state": ticket["state"]["name"],
        **status_tag(ticket.get("status", ""), t),
        "handlers": _handlers(ticket, t),
        "sla": _sla(ticket["sla"], t, drawing) if ticket.get("sla") else None,
    }
    view = drawing.view(
        {
            "back": t("actions.back", "common"),
            "nobody": t("detail.noHandlers"),
        }
    )
    offered = answers.get(answer_key(f"{base}/actions")) or []
    page = draw(
        "first_view/ticket.html",
        {"view": view, "ticket": drawn, "rows": _rows(ticket, t, drawing), "actions": _actions(offered, t)},
    )
    return FirstView(html=frame(request, drawing, page), answers={**drawing.answers, **answers})
