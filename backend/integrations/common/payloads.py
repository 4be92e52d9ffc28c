"""What hook calls, webhook deliveries and script runs hand to the outside: compact JSON, the
ticket as a hook or a script sees it, and signed POSTs that carry the key receivers deduplicate by."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from engine.tickets.models import OutboxEvent, Ticket
from integrations.common.outbound import OutboundResponse, post_json
from integrations.common.settings import outbound_allow
from integrations.common.signing import SIGNATURE_HEADER, sign

# The same for every attempt of one job (and a redelivery), so a receiver can drop repeats.
DELIVERY_HEADER = "X-Loonflow-Delivery"


def json_body(payload: Any) -> bytes:
    return json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode()


def ticket_json(ticket: Ticket, *, state_key: str = "", branch: str = "") -> dict[str, Any]:
    """The ticket as a hook call's body and a script's stdin show it (workflow selected along), in
    the state of the visit the call or run is for: a branch's while branches run, with its `branch`
    key (null on the ticket's own path)."""
    return {
        "id": ticket.pk,
        "serial": ticket.serial,
        "title": ticket.title,
        "workflow": ticket.workflow.key,
        "state": state_key or ticket.state_key,
        "branch": branch or None,
        "status": ticket.status,
        "values": ticket.values,
    }


def event_branch(event: OutboxEvent) -> str | None:
    """The branch an event happened on (None: the ticket's own path), as webhook and notification
    bodies carry it next to the event's state (`event.state_key`: the branch's while branches run)."""
    branch = event.data.get("branch") if isinstance(event.data, dict) else None
    return branch if isinstance(branch, str) and branch else None


def post_signed(
    url: str, body: bytes, *, secret: str, key: str, timeout: float, headers: Mapping[str, str] | None = None
) -> OutboundResponse:
    """POST `body` through the outbound guard, signed with `secret` and carrying the delivery `key`."""
    signed = {SIGNATURE_HEADER: sign(secret, body), **(headers or {}), DELIVERY_HEADER: key}
    return post_json(url, body, headers=signed, allow=outbound_allow(), timeout=timeout)
