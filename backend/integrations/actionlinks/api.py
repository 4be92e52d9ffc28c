"""Action links from approval emails and chat messages: look at what a link would do, then do it.

Both take the token in the body (never in a URL the server logs) and need no sign-in: the token is
the credential. A session of anyone but the link's person is refused; a chat link also needs its
person's session. Errors carry stable codes the confirmation page explains: `link_invalid` (404),
`link_not_yours` (403), `link_sign_in_required` (401), `link_used`, `link_expired`, `link_stale` (409).
"""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest
from ninja import Router

from core.access.auth import SESSION_TENANT_KEY, Principal
from core.access.models import User
from core.audit.recording import Target, audited
from core.ninja_api import ErrorOut
from core.tenancy import current_schema
from engine.tickets.documents import ticket_document
from integrations.actionlinks import selectors, services
from integrations.actionlinks.schemas import LinkDoneOut, LinkIn, LinkOut, LinkUseIn

router = Router(tags=["action-links"])
TICKET = Target("ticket", label=lambda _: "ticket (action link)")


def _session_user(request: HttpRequest) -> User | None:
    """The person signed in on this tenant, if anyone is."""
    user = getattr(request, "user", None)
    if not isinstance(user, User) or not user.is_active:
        return None
    session = getattr(request, "session", None)
    if session is None or session.get(SESSION_TENANT_KEY) != current_schema():
        return None
    return user


@router.post(
    "/action-links/preview",
    auth=None,
    response={200: LinkOut, 404: ErrorOut},
    summary="What an action link would do (changes nothing)",
)
def preview_action_link(request: HttpRequest, payload: LinkIn) -> dict[str, Any]:
    link = services.link_preview(token=payload.token, session_user=_session_user(request))
    return selectors.link_summary(link)


@router.post(
    "/action-links/use",
    auth=None,
    response={200: LinkDoneOut, 404: ErrorOut},
    summary="Use an action link (once)",
)
@audited("ticket.action_link", target=TICKET)
def use_action_link(request: HttpRequest, payload: LinkUseIn) -> dict[str, Any]:
    link, ticket = services.link_use(
        token=payload.token, session_user=_session_user(request), comment=payload.comment
    )
    # The audit record names the link's person.
    request.auth = Principal(user=link.user, robot=services.VIA)  # type: ignore[attr-defined]
    summary = selectors.link_summary(link)
    state = ticket_document(ticket).state(ticket.state_key)
    return {
        "id": ticket.pk,
        "ticket": summary["ticket"],
        "transition": summary["transition"],
        "state_name": state.name if state is not None else ticket.state_key,
        "status": ticket.status,
    }
