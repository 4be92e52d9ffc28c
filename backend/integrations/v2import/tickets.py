"""2.x tickets, with their values, current handlers and flow log, as our tickets — one ticket per
transaction (never half-written), in batches, skipping every ticket the mapping already has.

An open ticket continues here: it sits in the same state (`s<id>`) of the version its workflow
was imported as, its current 2.x handlers (`ticket_ticketuser.in_process`) are its handlers, and
in an everyone-must-handle state the people who already handled it have voted. The serial is
the 2.x `sn` when it is free (else `LF2-<id>`; the sn is kept in the mapping's `external_ref`).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from django.db import connection, transaction
from django.utils import timezone

from core.access.models import User
from engine.tickets.documents import stored_values
from engine.tickets.models import FlowLog, Ticket, TicketHandler, TicketVote
from engine.tickets.runtime.records import handler_rows
from engine.workflows.definitions.schema import (
    DistributionKind,
    StateType,
    TransitionAttribute,
    WorkflowDocument,
)
from integrations.v2import import mapping, texts
from integrations.v2import.participants import SYSTEM_NAMES
from integrations.v2import.report import Report
from integrations.v2import.source import SourceDatabase
from integrations.v2import.values import ticket_values
from integrations.v2import.workflows import Built, state_key, transition_key

BATCH = 200
ROBOT = "loonflow2"
_STATUS = {
    0: Ticket.Status.DRAFT,
    1: Ticket.Status.IN_PROGRESS,
    2: Ticket.Status.RETURNED,
    3: Ticket.Status.WITHDRAWN,
    4: Ticket.Status.FINISHED,
    5: Ticket.Status.CLOSED,
}
_ACTIONS = {
    1: "deliver",
    2: "consult",
    3: "consult_reply",
    4: "accept",
    5: "comment",
    7: "close",
    8: "force_state",
    10: "withdraw",
}


@dataclass
class Target:
    """Where a 2.x workflow's tickets go: our workflow, the version they pin, and its keys."""

    workflow_id: int
    version_id: int
    document: WorkflowDocument
    built: Built
    name: str


@dataclass
class Batch:
    fields: dict[int, list[dict[str, Any]]]
    logs: dict[int, list[dict[str, Any]]]
    pending: dict[int, list[str]]
    serials: set[str]  # the batch's 2.x sns that are already serials here
    free_ids: set[int] = field(default_factory=set)  # the batch's 2.x ids no ticket here has


class People:
    """Usernames → user ids; a name 2.x wrote without an account becomes an inactive user (once)."""

    def __init__(self, report: Report) -> None:
        self.report = report
        self.ids: dict[str, int] = {}
        self.fresh: list[str] = []  # created in the current ticket's transaction

    def settle(self, *, committed: bool) -> None:
        """After a ticket: a rolled-back ticket took the users it created with it."""
        if not committed:
            for name in self.fresh:
                self.ids.pop(name, None)
        self.fresh = []

    def id_of(self, username: str, *, create: bool = True) -> int | None:
        name = username.strip()[:150]
        if not name or name in SYSTEM_NAMES:
            return None
        if name not in self.ids:
            found = User.objects.filter(username=name).values_list("pk", flat=True).first()
            if found is None and create:
                user = User(username=name, is_active=False)
                user.set_unusable_password()
                user.save()
                found = user.pk
                self.fresh.append(name)
                self.report.count("users", "placeholder")
                self.report.issue("user", "named by tickets but not a 2.x user: created inactive", user=name)
            if found is None:
                return None
            self.ids[name] = found
        return self.ids[name]


_TICKET_IDS = f"pg_get_serial_sequence('{Ticket._meta.db_table}', 'id')"


def _free_ids(ids: list[Any], report: Report) -> set[int]:
    """Which 2.x ids the batch's tickets may keep: those no ticket here has. The id sequence is first
    moved past the batch's highest id (unless this is a dry run), so no ticket made meanwhile takes
    one; ids below where it stood were either used (and are not free) or never will be."""
    wanted = {int(pk) for pk in ids if isinstance(pk, int) and 0 < pk < 2**63}
    if not wanted:
        return set()
    if not report.dry_run:
        with connection.cursor() as cursor:
            cursor.execute(
                f"SELECT setval({_TICKET_IDS}, GREATEST(nextval({_TICKET_IDS}), %s))",
                [max(wanted)],
            )
    taken = set(Ticket.objects.filter(pk__in=wanted).values_list("pk", flat=True))
    return wanted - taken


def _load_batch(source: SourceDatabase, rows: list[dict[str, Any]]) -> Batch:
    ids = [row["id"] for row in rows]
    sns = [texts.text(row.get("sn")).strip() for row in rows]
    taken = set(Ticket.objects.filter(serial__in=sns).values_list("serial", flat=True))
    batch = Batch(fields=defaultdict(list), logs=defaultdict(list), pending=defaultdict(list), serials=taken)
    for row in source.rows_in("ticket_ticketcustomfield", "ticket_id", ids):
        batch.fields[row["ticket_id"]].append(row)
    for row in source.rows_in("ticket_ticketflowlog", "ticket_id", ids):
        batch.logs[row["ticket_id"]].append(row)
    for row in source.rows_in("ticket_ticketuser", "ticket_id", ids):
        if texts.flag(row.get("in_process")):
            batch.pending[row["ticket_id"]].append(texts.text(row.get("username")))
    return batch


def import_tickets(
    *,
    source: SourceDatabase,
    report: Report,
    targets: dict[int, Target],
    people: People,
    progress: Callable[[int], None] | None = None,
) -> None:
    done = 0
    for found in source.rows("ticket_ticketrecord", batch=BATCH):
        rows = [row for row in found if not texts.flag(row.get("is_deleted"))]
        report.count("tickets", "deleted_in_source", len(found) - len(rows))
        seen = mapping.known_ids("ticket", [row["id"] for row in rows])
        todo = [row for row in rows if str(row["id"]) not in seen]
        report.count("tickets", "unchanged", len(rows) - len(todo))
        batch = _load_batch(source, todo) if todo else None
        if batch is not None:
            batch.free_ids = _free_ids([row["id"] for row in todo], report)
        for row in todo:
            assert batch is not None
            target = targets.get(texts.as_int(row.get("workflow_id")))
            if target is None:
                report.count("tickets", "skipped")
                report.issue(
                    "ticket", "its workflow was not imported", ticket=row.get("sn"), source_id=row["id"]
                )
                continue
            _import_guarded(row, target, batch, people, report)
        done += len(found)
        if progress is not None:
            progress(done)


def _import_guarded(
    row: dict[str, Any], target: Target, batch: Batch, people: People, report: Report
) -> None:
    try:
        with transaction.atomic():
            import_one(row, target, batch, people, report)
    except Exception as exc:
        people.settle(committed=False)
        report.count("tickets", "failed")
        report.issue(
            "ticket", f"not imported: {exc}", workflow=target.name, ticket=row.get("sn"), source_id=row["id"]
        )
        return
    people.settle(committed=True)
    report.count("tickets", "created")


def _serial(row: dict[str, Any], taken: set[str]) -> tuple[str, str]:
    sn = texts.text(row.get("sn")).strip()
    if sn and len(sn) <= 40 and not sn.startswith("~") and sn not in taken:
        taken.add(sn)
        return sn, ""
    return f"LF2-{row['id']}", sn[:100]


def import_one(row: dict[str, Any], target: Target, batch: Batch, people: People, report: Report) -> Ticket:
    document, built = target.document, target.built
    key = state_key(row.get("state_id"))
    state = document.state(key)
    if state is None:
        raise ValueError(f"it sits in state {row.get('state_id')}, which its workflow does not have")
    values, problems = ticket_values(document, built.fields, batch.fields.get(row["id"], []))
    for key_of_field, why in problems:
        report.issue(
            "value", f"value left out: {why}", workflow=target.name, ticket=row.get("sn"), field=key_of_field
        )
    created = texts.aware(row.get("gmt_created")) or timezone.now()
    modified = texts.aware(row.get("gmt_modified")) or created
    serial, external = _serial(row, batch.serials)
    creator = people.id_of(texts.text(row.get("creator"))) or people.id_of("loonflow2-unknown")
    assert creator is not None  # id_of creates the (inactive) user a real name needs
    status = _status(row, state.type)
    ticket = Ticket(
        serial=serial,
        title=texts.text(row.get("title"), 500) or serial,
        workflow_id=target.workflow_id,
        version_id=target.version_id,
        state_key=key,
        status=status,
        creator_id=creator,
        parent_id=_parent(row),
        values=stored_values(document, values),
    )
    if row["id"] in batch.free_ids:
        # The 2.x id stays the ticket's id, so clients of the 2.x-compatible API keep theirs.
        ticket.pk = row["id"]
        ticket.save(force_insert=True)
    else:
        ticket.save()
        report.count("tickets", "renumbered")
        report.issue(
            "ticket",
            f"its 2.x id {row['id']} belongs to a ticket here: it is {ticket.pk} now",
            ticket=row.get("sn"),
            source_id=row["id"],
        )
    finished = modified if status in (Ticket.Status.FINISHED, Ticket.Status.CLOSED) else None
    Ticket.objects.filter(pk=ticket.pk).update(
        created_at=created,
        updated_at=modified,
        state_entered_at=_entered_at(batch.logs.get(row["id"], []), modified),
        finished_at=finished,
    )
    ticket.created_at = created
    _flow_log(ticket, target, batch.logs.get(row["id"], []), people, creator)
    if status not in (Ticket.Status.FINISHED, Ticket.Status.CLOSED) and state.type != StateType.START:
        _handlers(ticket, row, target, batch.pending.get(row["id"], []), people, report)
    mapping.remember_new("ticket", row["id"], target_id=ticket.pk, target_key=serial, external_ref=external)
    return ticket


def _status(row: dict[str, Any], state_type: StateType) -> str:
    status = _STATUS.get(texts.as_int(row.get("act_state_id"), 1), Ticket.Status.IN_PROGRESS)
    if state_type == StateType.END and status not in (Ticket.Status.CLOSED,):
        return Ticket.Status.FINISHED
    if state_type != StateType.END and status == Ticket.Status.FINISHED:
        return Ticket.Status.IN_PROGRESS
    return status


def _parent(row: dict[str, Any]) -> int | None:
    parent = texts.as_int(row.get("parent_ticket_id"))
    if not parent:
        return None
    found = mapping.known_ids("ticket", [parent]).get(str(parent))
    return found.target_id if found else None


def _entered_at(logs: list[dict[str, Any]], fallback: datetime) -> datetime:
    times = [texts.aware(log.get("gmt_created")) for log in logs]
    return max((t for t in times if t is not None), default=fallback)


def _handlers(
    ticket: Ticket, row: dict[str, Any], target: Target, pending: list[str], people: People, report: Report
) -> None:
    """The 2.x current handlers (expanded at the time, as 2.x keeps them) as ours."""
    state = target.document.state(ticket.state_key)
    assert state is not None
    names = pending or [
        n
        for n in texts.names(row.get("participant"))
        if texts.as_int(row.get("participant_type_id")) in (1, 2)
    ]
    ids = [pk for pk in (people.id_of(name) for name in names) if pk is not None]
    if not ids:
        report.issue(
            "ticket",
            "no current handler could be carried over; an admin must reassign it",
            workflow=target.name,
            ticket=ticket.serial,
        )
    claim = state.distribution.kind == DistributionKind.CLAIM and len(ids) > 1
    kind = TicketHandler.Kind.CANDIDATE if claim else TicketHandler.Kind.HANDLER
    if state.distribution.kind == DistributionKind.COUNTERSIGN:
        ids = _votes(ticket, row, target, people, ids)
    # Through the runtime's own rows: a handler away on a delegation is stood in for, as usual.
    TicketHandler.objects.bulk_create(handler_rows(ticket, ids, kind))


def _votes(ticket: Ticket, row: dict[str, Any], target: Target, people: People, ids: list[int]) -> list[int]:
    """Everyone-must-handle progress (`multi_all_person`): who handled it has voted; the rest wait."""
    progress, ok = texts.json_value(row.get("multi_all_person"))
    if not ok or not isinstance(progress, dict):
        return ids
    voted = set()
    for name, done in progress.items():
        pk = people.id_of(texts.text(name))
        transition = texts.as_int(done.get("transition_id")) if isinstance(done, dict) else 0
        if pk is None or not transition:
            continue
        chosen = next((t for t in target.document.transitions if t.key == transition_key(transition)), None)
        if chosen is None:
            continue
        reject = chosen.attribute == TransitionAttribute.REJECT
        TicketVote.objects.create(
            ticket=ticket,
            state_key=ticket.state_key,
            state_entry=ticket.state_entry,
            user_id=pk,
            decision=TicketVote.Decision.REJECT if reject else TicketVote.Decision.AGREE,
            transition_key=chosen.key,
        )
        voted.add(pk)
    return [pk for pk in ids if pk not in voted]


def _flow_log(
    ticket: Ticket, target: Target, logs: list[dict[str, Any]], people: People, creator: int | None
) -> None:
    """The 2.x history, after a `create` row of ours (2.x logs the submission, not the filing)."""
    start = target.document.start_state()
    rows = [
        FlowLog(
            ticket=ticket,
            actor_id=creator,
            action="create",
            to_state=start.key if start else ticket.state_key,
        )
    ]
    times = [ticket.created_at]
    for log in sorted(logs, key=lambda item: item["id"]):
        if texts.flag(log.get("is_deleted")):
            continue
        rows.append(_log_row(target, ticket, log, people))
        times.append(texts.aware(log.get("gmt_created")) or ticket.created_at)
    FlowLog.objects.bulk_create(rows)
    # bulk_create stamps now (auto_now_add): the 2.x times go in after, in one statement.
    values = ", ".join(["(%s::bigint, %s::timestamptz)"] * len(rows))
    params = [item for row, at in zip(rows, times, strict=True) for item in (row.pk, at)]
    with connection.cursor() as cursor:
        cursor.execute(
            f"UPDATE {FlowLog._meta.db_table} AS log SET created_at = v.at "  # noqa: S608 - our table name
            f"FROM (VALUES {values}) AS v(id, at) WHERE log.id = v.id",
            params,
        )


def _log_row(target: Target, ticket: Ticket, log: dict[str, Any], people: People) -> FlowLog:
    name = texts.text(log.get("participant")).strip()
    actor = people.id_of(name) if texts.as_int(log.get("participant_type_id"), 1) in (1, 2) else None
    source = state_key(log.get("state_id"))
    transition = texts.as_int(log.get("transition_id"))
    intervene = texts.as_int(log.get("intervene_type_id"))
    action = "transition" if transition else _ACTIONS.get(intervene, "comment")
    return FlowLog(
        ticket=ticket,
        actor_id=actor,
        via_app="" if actor is not None else ROBOT,
        action=action,
        transition_key=transition_key(transition) if transition else "",
        from_state=source,
        to_state=target.built.targets.get(transition, source) if transition else source,
        comment=texts.text(log.get("suggestion"), 10_000),
    )
