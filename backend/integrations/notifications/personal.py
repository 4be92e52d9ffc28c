"""Emails about what people do to each other on a ticket (a comment, an @mention, a request for an
opinion): no workflow rule names these, so they go through the tenant's default email channel to
the people the inbox tells, as far as their preferences want them by email (not as a digest)."""

from __future__ import annotations

from collections.abc import Callable

from django.utils import timezone, translation
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy

from core.access.models import User
from core.i18n import by_language
from engine.tickets.events import COMMENTED, CONSULTED
from engine.tickets.models import OutboxEvent
from engine.workflows.definitions.schema import WorkflowDocument
from integrations.common import jobs
from integrations.inbox.models import Channel, InboxKind
from integrations.inbox.selectors import reachable
from integrations.inbox.tasks import targets
from integrations.notifications.channels import render
from integrations.notifications.models import Notification, NotificationChannel
from integrations.notifications.rules import SUBJECT_CHARS, one_line, template_values

PERSONAL_EVENTS = (COMMENTED, CONSULTED)
PERSONAL_RULE_BASE = 2000  # Notification.rule_index: this base + the kind's place in _TEXTS

# Written in each recipient's language (one row per language: core.i18n.by_language).
_TEXTS: dict[str, tuple[Promise, Promise]] = {
    InboxKind.COMMENT: (
        gettext_lazy("[{serial}] {actor} commented: {title}"),
        gettext_lazy("{actor} commented on {serial} ({title}):\n\n{comment}\n\n{url}"),
    ),
    InboxKind.MENTION: (
        gettext_lazy("[{serial}] {actor} mentioned you: {title}"),
        gettext_lazy("{actor} mentioned you on {serial} ({title}):\n\n{comment}\n\n{url}"),
    ),
    InboxKind.CONSULT: (
        gettext_lazy("[{serial}] {actor} asks for your opinion: {title}"),
        gettext_lazy("{actor} asks for your opinion on {serial} ({title}):\n\n{comment}\n\n{url}"),
    ),
}


def fan_out_personal(
    event: OutboxEvent, document: WorkflowDocument, enqueue: Callable[[list[int]], None]
) -> None:
    """One email row per kind of notice the event gives (each once), to those who want it by email."""
    channel = (
        NotificationChannel.objects.filter(
            kind=NotificationChannel.Kind.EMAIL, is_active=True, is_default=True
        )
        .order_by("pk")
        .first()
    )
    if channel is None:
        return
    wanted = targets(event, event.ticket, document)
    wanted.pop(event.actor_id or 0, None)
    if not wanted:
        return
    existing = set(Notification.objects.filter(event=event).values_list("rule_index", flat=True))
    values: dict[str, dict[str, object]] = {}
    rows = []
    for number, (kind, (subject, body)) in enumerate(_TEXTS.items()):
        index = PERSONAL_RULE_BASE + number
        people = reachable(
            [pk for pk, chosen in wanted.items() if chosen == kind], kind=kind, channel=Channel.EMAIL
        )
        if index in existing or not people:
            continue
        users = list(User.objects.filter(pk__in=people, is_active=True).order_by("username"))
        for language, group in by_language(users):
            with translation.override(language):
                if language not in values:
                    values[language] = template_values(event, document)
                rows.append(
                    Notification(
                        event=event,
                        rule_index=index,
                        channel=channel,
                        ticket=event.ticket,
                        recipients=[user.username for user in group],
                        subject=one_line(render(str(subject), values[language]))[:SUBJECT_CHARS],
                        body=render(str(body), values[language]).strip(),
                        language=language,
                        next_attempt_at=timezone.now(),
                    )
                )
    created = Notification.objects.filter(event=event, rule_index__in=[row.rule_index for row in rows])
    jobs.create_rows(rows, enqueue, created=created)
