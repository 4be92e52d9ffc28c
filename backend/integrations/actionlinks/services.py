"""Action links: made for the people a state waits for when their message is sent, checked when
one is opened, and spent when used, acting as that person through the ticket service (row lock,
rights, flow log naming the link)."""

from __future__ import annotations

from datetime import datetime, timedelta

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from core.access.auth import Principal
from core.access.models import User
from core.errors import Conflict, NotAuthenticated, NotFound, PermissionDenied
from core.tenancy import current_schema
from engine.tickets.models import Ticket, TicketHandler
from engine.tickets.services import ticket_handle
from integrations.actionlinks.models import ActionLink
from integrations.actionlinks.tokens import new_token, token_digest
from tenants.selectors import tenant_public_base_url

LINK_TTL = timedelta(hours=72)
VIA = "action link"  # what the flow log's via column says


def links_create(
    *,
    user: User,
    ticket: Ticket,
    state_entry: int,
    branch: str,
    transitions: list[str],
    requires_session: bool,
) -> dict[str, str]:
    """One link per transition for `user` on this visit: transition key → absolute URL of the
    console's confirmation page (none when the tenant has no public address)."""
    base = tenant_public_base_url(schema_name=current_schema())
    if not base or not transitions:
        return {}
    expires_at = timezone.now() + LINK_TTL
    urls, rows = {}, []
    for key in transitions:
        token, digest = new_token()
        urls[key] = f"{base}/act/{token}"
        rows.append(
            ActionLink(
                digest=digest,
                user=user,
                ticket=ticket,
                state_entry=state_entry,
                branch=branch,
                transition=key,
                requires_session=requires_session,
                expires_at=expires_at,
            )
        )
    ActionLink.objects.bulk_create(rows)
    return urls


def _find(token: str) -> ActionLink:
    digest = token_digest(token)
    rows = ActionLink.objects.select_related("user", "ticket")
    link = rows.filter(digest=digest).first() if digest is not None else None
    if link is None or not link.user.is_active:
        raise NotFound(_("This link is not valid."), code="link_invalid")
    return link


def _check(link: ActionLink, session_user: User | None) -> None:
    """Refuse a link that is someone else's (in this session), spent, expired, needs its person's
    session, or whose ticket moved on."""
    if session_user is not None and session_user.pk != link.user_id:
        raise PermissionDenied(
            _("This link is for %(username)s; you are signed in as %(username2)s.")
            % {"username": link.user.username, "username2": session_user.username},
            code="link_not_yours",
        )
    if link.used_at is not None:
        raise Conflict(_("This link has been used already."), code="link_used")
    if link.expires_at <= timezone.now():
        raise Conflict(_("This link has expired; open the ticket in the console."), code="link_expired")
    if link.requires_session and session_user is None:
        raise NotAuthenticated(
            _("Sign in as %(username)s to use this link.") % {"username": link.user.username},
            code="link_sign_in_required",
        )
    waiting = TicketHandler.objects.filter(
        ticket_id=link.ticket_id,
        user_id=link.user_id,
        state_entry=link.state_entry,
        kind=TicketHandler.Kind.HANDLER,
    )
    if link.ticket.status not in (Ticket.Status.IN_PROGRESS, Ticket.Status.RETURNED) or not waiting.exists():
        raise Conflict(_("The ticket has moved on since this link was sent."), code="link_stale")


def link_preview(*, token: str, session_user: User | None) -> ActionLink:
    """The link, if it can be used now by this caller (raises the reason otherwise)."""
    link = _find(token)
    _check(link, session_user)
    return link


@transaction.atomic
def link_use(*, token: str, session_user: User | None, comment: str = "") -> tuple[ActionLink, Ticket]:
    """Take the link's transition as its person, once. The ticket is locked first (as every ticket
    action does, so a concurrent move makes the link stale), then every link of that person's visit
    (so approve and reject clicked at once cannot both pass, nor deadlock), and all are spent."""
    link = _find(token)
    Ticket.objects.select_for_update(of=("self",)).filter(pk=link.ticket_id).first()
    visit = ActionLink.objects.filter(
        ticket_id=link.ticket_id, user_id=link.user_id, state_entry=link.state_entry
    )
    list(visit.select_for_update().order_by("pk").values_list("pk", flat=True))
    link.refresh_from_db(fields=["used_at", "expires_at"])
    link.ticket.refresh_from_db()
    _check(link, session_user)
    principal = Principal(user=link.user, robot=VIA)
    ticket = ticket_handle(
        ticket_id=link.ticket_id,
        principal=principal,
        transition=link.transition,
        comment=comment,
        branch=link.branch or None,
    )
    visit.filter(used_at=None).update(used_at=timezone.now())
    return link, ticket


def action_links_sweep(*, now: datetime | None = None, batch: int = 500, batches: int = 10) -> int:
    """Delete links that expired, or were used, more than ACTION_LINK_RETENTION_DAYS ago (current
    tenant): spent or dead, they only keep an audit trail the flow log already has. Small batches,
    each found through an index (`actionlink_expires`, `actionlink_used`); at most `batches` of
    each a pass, the scheduler comes back for the rest."""
    cutoff = (now or timezone.now()) - timedelta(days=settings.ACTION_LINK_RETENTION_DAYS)
    deleted = 0
    for old in (
        ActionLink.objects.filter(expires_at__lt=cutoff).order_by("expires_at"),
        ActionLink.objects.filter(used_at__isnull=False, used_at__lt=cutoff).order_by("used_at"),
    ):
        for _batch in range(batches):
            ids = list(old.values_list("pk", flat=True)[:batch])
            if ids:
                ActionLink.objects.filter(pk__in=ids).delete()
            deleted += len(ids)
            if len(ids) < batch:
                break
    return deleted
