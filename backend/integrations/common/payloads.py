"""What hook calls, webhook deliveries and script runs hand to the outside: compact JSON, the
ticket as a hook or a script sees it, and signed POSTs that carry the key receivers deduplicate by."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from engine.tickets.models import Ticket
from integrations.common.outbound import OutboundResponse, post_json
from integrations.common.settings import outbound_allow
from integrations.common.signing import SIGNATURE_HEADER, sign

# The same for every attempt of one job (and a redelivery), so a receiver can drop repeats.
DELIVERY_HEADER = "X-Loonflow-Delivery"


def json_body(payload: Any) -> bytes:
    return json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode()


def ticket_json(ticket: Ticket) -> dict[str, Any]:
    """The ticket as a hook call's body and a script's stdin show it (workflow selected along)."""
    return {
        "id": ticket.pk,
        "serial": ticket.serial,
        "title": ticket.title,
        "workflow": ticket.workflow.key,
        "state": ticket.state_key,
        "status": ticket.status,
        "values": ticket.values,
    }


def post_signed(
    url: str, body: bytes, *, secret: str, key: str, timeout: float, headers: Mapping[str, str] | None = None
) -> OutboundResponse:
    """POST `body` through the outbound guard, signed with `secret` and carrying the delivery `key`."""
    signed = {SIGNATURE_HEADER: sign(secret, body), **(headers or {}), DELIVERY_HEADER: key}
    return post_json(url, body, headers=signed, allow=outbound_allow(), timeout=timeout)
