"""The steps read: the flow's states in reading order, the ones the ticket visited and is in now
(every active branch's while it runs parallel branches), its transitions and the path it took."""

from __future__ import annotations

from collections import deque
from typing import Any

from engine.tickets import summaries
from engine.tickets.models import FlowLog
from engine.tickets.selectors import Visible
from engine.workflows.definitions.schema import StateDef, WorkflowDocument

# Flow-log actions that (re-)enter a state; the rest happen inside the current state.
ENTERING_ACTIONS = {"create", "transition", "withdraw", "force_state"}


def _state_order(document: WorkflowDocument) -> list[str]:
    """Breadth-first from the start state over transitions (and branch targets), then the rest."""
    keys = [state.key for state in document.states]
    start = document.start_state()
    order: list[str] = []
    seen: set[str] = set()
    queue: deque[str] = deque([start.key] if start is not None else [])
    while queue:
        key = queue.popleft()
        if key in seen or key not in keys:
            continue
        seen.add(key)
        order.append(key)
        for transition in document.transitions_from(key):
            for target in [transition.target, *(branch.target for branch in transition.branches)]:
                if target not in seen:
                    queue.append(target)
    return order + [key for key in keys if key not in seen]


def _position(state: StateDef) -> dict[str, float] | None:
    position = state.position
    return {"x": position.x, "y": position.y} if position is not None else None


def flow_steps(visible: Visible) -> dict[str, Any]:
    ticket, document = visible.ticket, visible.document
    rows = list(
        FlowLog.objects.filter(ticket=ticket).order_by("id").values_list("action", "from_state", "to_state")
    )
    visited = {state for _action, source, target in rows for state in (source, target) if state}
    path = [
        target
        for action, source, target in rows
        if target and (action in ENTERING_ACTIONS or source != target)
    ]
    by_key = {state.key: state for state in document.states}
    current = set(summaries.current_state_keys(ticket, document))
    return {
        "states": [
            {
                "key": key,
                "name": by_key[key].name,
                "type": str(by_key[key].type),
                "current": key in current,
                "visited": key in visited,
                "position": _position(by_key[key]),
            }
            for key in _state_order(document)
        ],
        # One edge per transition, plus one per conditional branch (same key: it is the same transition).
        "transitions": [
            {"key": t.key, "name": t.name, "source": t.source, "target": target}
            for t in document.transitions
            for target in dict.fromkeys([t.target, *(branch.target for branch in t.branches)])
        ],
        "path": path,
        "branches": [
            {"key": branch["key"], "state": branch["state"]["key"], "status": branch["status"]}
            for branch in summaries.open_branches(ticket, document, with_handlers=False)
        ],
    }
