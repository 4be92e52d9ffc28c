"""Tickets and what happens to them: the ticket row, its handlers, votes and log, serial counters,
the outbox of events the integrations read, timers, and attachments."""

from __future__ import annotations

import re
from typing import Any

from django.conf import settings
from django.contrib.postgres.indexes import GinIndex
from django.contrib.postgres.search import SearchVectorField
from django.db import models
from django.db.models import F, Func, Q
from django.utils.translation import gettext_lazy as _

from engine.workflows.models import Workflow, WorkflowVersion


class Ticket(models.Model):
    """One request moving through a workflow version. `values` holds the typed field values as JSON."""

    class Status(models.TextChoices):
        DRAFT = "draft", _("Draft")
        IN_PROGRESS = "in_progress", _("In progress")
        RETURNED = "returned", _("Returned")
        WITHDRAWN = "withdrawn", _("Withdrawn")
        FINISHED = "finished", _("Finished")
        CLOSED = "closed", _("Closed")

    serial = models.CharField(max_length=40, unique=True)
    title = models.CharField(max_length=500)
    workflow = models.ForeignKey(Workflow, on_delete=models.PROTECT, related_name="tickets")
    version = models.ForeignKey(WorkflowVersion, on_delete=models.PROTECT, related_name="tickets")
    state_key = models.CharField(max_length=64)
    # Counts state entries, so a vote or a timer can say which visit of a state it belongs to.
    state_entry = models.PositiveIntegerField(default=1)
    state_entered_at = models.DateTimeField(auto_now_add=True)
    status = models.CharField(max_length=16, choices=Status.choices, default=Status.DRAFT)
    creator = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="created_tickets"
    )
    parent = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.PROTECT, related_name="children"
    )
    values = models.JSONField(default=dict)
    # Optimistic concurrency: clients send it back in If-Match; every change bumps it.
    row_version = models.PositiveIntegerField(default=1)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    finished_at = models.DateTimeField(null=True, blank=True)
    # The words of the serial, title and unhidden text fields (engine.tickets.search), kept by save()
    # and the serial stamp; `search_vector` is every beginning of each of them as a tsvector (the SQL
    # function of engine/0015), under a GIN index.
    search_text = models.TextField(default="", blank=True, editable=False)
    search_vector = models.GeneratedField(
        expression=Func(F("search_text"), function="public.ticket_search_vector"),
        output_field=SearchVectorField(),
        db_persist=True,
    )

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [
            GinIndex(fields=["search_vector"], name="ticket_search"),
            models.Index(fields=["-updated_at", "-id"], name="ticket_updated"),
            models.Index(fields=["creator", "-created_at", "-id"], name="ticket_creator_recent"),
            models.Index(fields=["workflow", "status", "-created_at"], name="ticket_workflow_status"),
            models.Index(fields=["status", "-created_at", "-id"], name="ticket_status_recent"),
            models.Index(fields=["-created_at", "-id"], name="ticket_recent"),
            # The lists sorted by title or by state (either direction; the id breaks ties).
            models.Index(fields=["title", "id"], name="ticket_title"),
            models.Index(fields=["state_key", "id"], name="ticket_state"),
            # The statistics' "finished per day".
            models.Index(
                fields=["finished_at"], condition=Q(finished_at__isnull=False), name="ticket_finished"
            ),
        ]

    def __str__(self) -> str:
        return self.serial

    def save(self, *args: Any, **kwargs: Any) -> None:
        """Saves, keeping `search_text` up to date when the serial, title or values are written."""
        fields = kwargs.get("update_fields")
        if fields is None or {"serial", "title", "values"} & set(fields):
            self.search_text = self.searchable_text()
            if fields is not None:
                kwargs["update_fields"] = [*fields, "search_text"]
        super().save(*args, **kwargs)

    def searchable_text(self) -> str:
        from engine.tickets import search
        from engine.tickets.documents import ticket_document

        # A ticket being created holds a stand-in serial (and its marker in the title) until the
        # serial stamp, which adds the serial's words itself (runtime/serials.py).
        parts = [] if self.serial.startswith("~") else [self.serial]
        parts.append(_SERIAL_MARKER.sub(" ", self.title))
        if self.values:
            parts += search.field_texts(ticket_document(self), self.values)
        return search.search_text(parts)


_SERIAL_MARKER = re.compile(r"\{serial:[0-9a-f]{32}\}")


class TicketBranch(models.Model):
    """One of the paths a ticket runs at once, from a split gateway to its join.

    A ticket on a single path has none: its own row is its place. While branches run, the ticket's
    `state_key` names the split they came from; a branch that splits again waits at its inner split
    the same way. Each visit of a state, on any path, takes the next number of the ticket's
    `state_entry` counter, so handlers, votes and timers of a visit belong to exactly one path.
    """

    class Status(models.TextChoices):
        ACTIVE = "active", _("Active")  # in a state, or waiting at a nested split
        ARRIVED = "arrived", _("Arrived")  # at its join, waiting for the others
        DONE = "done", _("Done")  # met the others at the join
        CANCELLED = "cancelled", _("Cancelled")  # a reject out of the branches, withdraw, close or force

    ticket = models.ForeignKey(Ticket, on_delete=models.CASCADE, related_name="branches")
    # The branch it split from; None: the ticket's own path.
    parent = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.CASCADE, related_name="children"
    )
    # `<split>:<transition>`, nested ones prefixed by their parent's key and "/".
    key = models.CharField(max_length=300)
    split_key = models.CharField(max_length=64)
    # The visit of the split that started it: a split entered again starts a new generation.
    split_entry = models.PositiveIntegerField()
    state_key = models.CharField(max_length=64)
    state_entry = models.PositiveIntegerField()
    state_entered_at = models.DateTimeField()
    status = models.CharField(max_length=16, choices=Status.choices, default=Status.ACTIVE)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["ticket_id", "id"]
        indexes = [models.Index(fields=["ticket", "status"], name="branch_ticket_status")]

    def __str__(self) -> str:
        return f"{self.ticket_id}:{self.key}"


class HandlerQuerySet(models.QuerySet["TicketHandler"]):
    def remove(self) -> int:
        """DELETE in one statement. `delete()` would SELECT the rows first: django-tenants'
        post_delete receiver turns off Django's fast delete, and nothing hangs off handler rows."""
        return self._raw_delete(self.db)


class TicketHandler(models.Model):
    """Who may act on a ticket now: materialised, so the to-do list is one indexed lookup."""

    class Kind(models.TextChoices):
        HANDLER = "handler", _("Handler")
        CANDIDATE = "candidate", _("May claim")  # voluntary accept: must claim before handling
        CONSULTED = "consulted", _("Consulted")  # an added signer asked for an opinion

    ticket = models.ForeignKey(Ticket, on_delete=models.CASCADE, related_name="handlers")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="ticket_handlings"
    )
    kind = models.CharField(max_length=16, choices=Kind.choices, default=Kind.HANDLER)
    state_entry = models.PositiveIntegerField()
    # The branch whose visit this is (None: the ticket's own path).
    branch = models.ForeignKey(
        TicketBranch, null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    # Denormalised from the ticket so the to-do list sorts without touching the ticket table.
    ticket_created_at = models.DateTimeField()
    # The person whose turn this is, when a delegation gave it to `user` (None: `user`'s own).
    on_behalf_of = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    objects = HandlerQuerySet.as_manager()

    class Meta:
        # One row per person and visit: someone may act on two branches of a ticket at once.
        constraints = [
            models.UniqueConstraint(
                fields=["ticket", "user", "state_entry"], name="uniq_ticket_handler_visit"
            )
        ]
        indexes = [models.Index(fields=["user", "-ticket_created_at", "-ticket"], name="handler_todo")]

    def __str__(self) -> str:
        return f"{self.ticket_id}:{self.user_id}"


class TicketVote(models.Model):
    """A countersign vote: one per person per visit of a state."""

    class Decision(models.TextChoices):
        AGREE = "agree", _("Agree")
        REJECT = "reject", _("Reject")

    ticket = models.ForeignKey(Ticket, on_delete=models.CASCADE, related_name="votes")
    state_key = models.CharField(max_length=64)
    state_entry = models.PositiveIntegerField()
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    decision = models.CharField(max_length=8, choices=Decision.choices)
    transition_key = models.CharField(max_length=64)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["ticket", "state_entry", "user"], name="uniq_vote_per_visit")
        ]

    def __str__(self) -> str:
        return f"{self.ticket_id}:{self.user_id}:{self.decision}"


class FlowLog(models.Model):
    """The immutable history of a ticket: one row per action."""

    ticket = models.ForeignKey(Ticket, on_delete=models.CASCADE, related_name="flow_log")
    actor = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.PROTECT, related_name="+")
    # Set when an app acted (for `actor`, when it acted for a person).
    via_app = models.CharField(max_length=100, blank=True)
    # Set when `actor` acted on a turn a delegation gave them: whose turn it was.
    on_behalf_of = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    action = models.CharField(max_length=32)
    transition_key = models.CharField(max_length=64, blank=True)
    from_state = models.CharField(max_length=64, blank=True)
    to_state = models.CharField(max_length=64, blank=True)
    comment = models.TextField(blank=True)
    # A note the engine or a worker wrote (`core.stored_text`): its code and parameters, rendered
    # in the reader's language ("" for a person's comment, and on rows written before).
    comment_code = models.CharField(max_length=64, blank=True)
    comment_params = models.JSONField(default=dict, blank=True)
    # The new values of the fields the action changed, by key (some actions keep other data here:
    # `{"to": username}` for deliver/consult, `{"handlers": [...]}` for a hook naming handlers...).
    changed_fields = models.JSONField(default=dict)
    # The branch the action happened on ("": the ticket's own path).
    branch = models.CharField(max_length=300, blank=True)
    # Old → new per changed field, in the fields' order: `[{"field": key, "old": ..., "new": ...}]`,
    # values in their stored JSON form (`old` is null on create). Empty on rows written before it.
    field_changes = models.JSONField(default=list)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["ticket_id", "id"]
        indexes = [
            models.Index(fields=["ticket", "id"], name="flowlog_ticket"),
            # "handled by me" lists and counts.
            models.Index(fields=["actor", "ticket"], name="flowlog_actor"),
            # The statistics across workflows: state visits begun in a period, SLA breaches in it.
            models.Index(fields=["created_at"], name="flowlog_created"),
            models.Index(
                fields=["created_at"], condition=Q(action="sla_breached"), name="flowlog_sla_breached"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.ticket_id}:{self.action}"

    def save(self, *args: Any, **kwargs: Any) -> None:
        if self.pk is not None:
            raise ValueError("Flow log rows are immutable.")
        super().save(*args, **kwargs)


class SerialCounter(models.Model):
    """The last serial number handed out per prefix and day; bumped inside the ticket's transaction."""

    prefix = models.CharField(max_length=16)
    day = models.DateField()
    last = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["prefix", "day"], name="uniq_serial_counter")]

    def __str__(self) -> str:
        return f"{self.prefix}-{self.day:%Y%m%d}: {self.last}"


class OutboxEvent(models.Model):
    """A ticket change's side effects, written in the change's own transaction (transactional outbox).

    The relay hands the row's id to the broker after commit; the scheduler's sweep re-sends rows
    that were never processed (Redis was down, a worker died). Processing fans the event out into
    durable jobs (webhook deliveries, notifications, hook calls, script runs), each unique per
    event, so processing an event twice changes nothing.
    """

    event = models.CharField(max_length=32)  # a WorkflowEvent value
    ticket = models.ForeignKey(Ticket, on_delete=models.CASCADE, related_name="+")
    # The state the event is about (the one entered, or the one the ticket is in) and its visit.
    state_key = models.CharField(max_length=64, blank=True)
    state_entry = models.PositiveIntegerField(default=0)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    via_app = models.CharField(max_length=100, blank=True)
    # from_state, to_state, transition, changed_fields, field_changes, comment: what a payload needs.
    data = models.JSONField(default=dict)
    created_at = models.DateTimeField(auto_now_add=True)
    relayed_at = models.DateTimeField(null=True, blank=True)  # last handed to the broker
    processed_at = models.DateTimeField(null=True, blank=True)  # fanned out
    attempts = models.PositiveSmallIntegerField(default=0)

    class Meta:
        indexes = [
            models.Index(
                fields=["created_at"], condition=Q(processed_at__isnull=True), name="outbox_pending"
            ),
            models.Index(fields=["ticket", "id"], name="outbox_ticket"),
        ]

    def __str__(self) -> str:
        return f"{self.event}:{self.ticket_id}"


class Timer(models.Model):
    """A durable timer: a timer transition, a state's SLA or its warning, armed on entering the state.

    It belongs to one visit of the state (`state_entry`): leaving the state cancels it, and a
    timer that fires after the ticket moved on does nothing.
    """

    class Kind(models.TextChoices):
        TRANSITION = "transition", _("Timer transition")
        SLA = "sla", _("SLA")
        SLA_WARNING = "sla_warning", _("SLA warning")  # `warn_before_seconds` before the SLA runs out

    ticket = models.ForeignKey(Ticket, on_delete=models.CASCADE, related_name="timers")
    kind = models.CharField(max_length=16, choices=Kind.choices)
    state_key = models.CharField(max_length=64)
    state_entry = models.PositiveIntegerField()
    transition_key = models.CharField(max_length=64, blank=True)
    due_at = models.DateTimeField()
    fired_at = models.DateTimeField(null=True, blank=True)
    cancelled_at = models.DateTimeField(null=True, blank=True)
    outcome = models.CharField(max_length=200, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        indexes = [
            models.Index(
                fields=["due_at"],
                condition=Q(fired_at__isnull=True, cancelled_at__isnull=True),
                name="timer_due",
            ),
            models.Index(fields=["ticket", "state_entry"], name="timer_ticket"),
        ]

    def __str__(self) -> str:
        return f"{self.kind}:{self.ticket_id}@{self.due_at:%Y-%m-%d %H:%M:%S}"


def attachment_path(instance: Attachment, filename: str) -> str:
    # Files of every tenant share one storage: the schema in the path keeps them apart.
    from core.tenancy import current_schema

    return f"attachments/{current_schema()}/{instance.pk}"


class Attachment(models.Model):
    """An uploaded file that ticket `attachment` fields refer to by its download URL."""

    id = models.UUIDField(primary_key=True)
    name = models.CharField(max_length=255)
    size = models.PositiveBigIntegerField()
    content_type = models.CharField(max_length=200)
    sha256 = models.CharField(max_length=64)
    blob = models.FileField(upload_to=attachment_path, max_length=300)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    # When a ticket first referred to it; until then it is pending (counts against the uploader's
    # quota, only the uploader may fetch it, the scheduler deletes it after ATTACHMENT_ORPHAN_HOURS).
    linked_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        indexes = [
            models.Index(
                fields=["uploaded_by", "created_at"],
                name="attachment_pending",
                condition=models.Q(linked_at__isnull=True),
            )
        ]

    def __str__(self) -> str:
        return self.name


class TicketAttachment(models.Model):
    """A ticket's field refers to the file: whoever may see the ticket may download it."""

    ticket = models.ForeignKey(Ticket, on_delete=models.CASCADE, related_name="+")
    attachment = models.ForeignKey(Attachment, on_delete=models.CASCADE, related_name="links")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["attachment", "ticket"], name="ticket_attachment_unique")
        ]
        indexes = [models.Index(fields=["ticket"], name="ticket_attachment_ticket")]

    def __str__(self) -> str:
        return f"{self.ticket_id}:{self.attachment_id}"
