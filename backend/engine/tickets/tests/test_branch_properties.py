"""Property: every workflow that publishes runs to an end state under random choices, never deadlocks.

Hypothesis builds block-structured workflows: sequences of tasks, parallel and inclusive blocks
(nested, with empty branches and conditions on the ticket's flags) and rejects back to the start
from anywhere. Each must pass publish-time validation; a ticket is then driven by random choices
(which of the open places acts, agree or reject) and after every action:

- it is finished, or someone can act (a handler of an open place, or the creator in the start state);
- every active branch that is not waiting at a nested split has handlers on its current visit;
- no branch is active at a join (arriving there makes it `arrived`).

Rejects are capped, so a ticket that keeps agreeing must finish within the step budget. An inclusive
split whose conditions all fail refuses the move (409 `no_branch`) and changes nothing: that ends
the example too (the creator would have to change the flags).
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from typing import Any

from django_tenants.utils import schema_context
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from core.errors import Conflict
from engine.tickets.models import Ticket, TicketBranch, TicketHandler
from engine.tickets.services import ticket_create, ticket_handle
from engine.tickets.tests.factories import publish
from engine.workflows.definitions.gateways import is_split
from engine.workflows.definitions.schema import JOIN_TYPES, WorkflowDocument
from engine.workflows.samples import end_state, start_state, state, transition, variable
from engine.workflows.samples import field as field_def
from engine.workflows.tests.factories import user_principal

FLAGS = ("f1", "f2", "f3")
MAX_REJECTS = 2
MAX_STEPS = 150
_keys = itertools.count()

# A block is ("task",) or (kind, [branch, ...]) where a branch is a list of blocks and kind is
# "parallel" or "inclusive"; inclusive branches carry an optional condition flag.
tasks = st.just(("task", None))


def _blocks(inner: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    branch = st.tuples(st.lists(inner, max_size=3), st.sampled_from([None, *FLAGS]))
    return st.one_of(
        tasks,
        # A split needs two branches at least.
        st.tuples(st.sampled_from(["parallel", "inclusive"]), st.lists(branch, min_size=2, max_size=3)),
    )


blocks = st.recursive(tasks, _blocks, max_leaves=8)


@dataclass
class Builder:
    """Turns blocks into a workflow document: every task is handled by the creator and may reject."""

    rejects: list[bool]
    states: list[dict[str, Any]] = field(default_factory=list)
    transitions: list[dict[str, Any]] = field(default_factory=list)

    def key(self, prefix: str) -> str:
        return f"{prefix}{next(_keys)}"

    def link(self, source: tuple[str, str], target: str, **extra: Any) -> None:
        key, kind = source
        name = "Next" if kind == "manual" else "Auto"
        self.transitions.append(transition(self.key("t"), name, key, target, kind=kind, **extra))

    def sequence(
        self, items: list[Any], source: tuple[str, str], condition: str | None = None
    ) -> tuple[str, str]:
        """Emit `items` after `source`; the place the next element links from."""
        for item in items:
            source = self.block(item, source, condition)
            condition = None  # only the branch's first link carries it
        return source

    def block(self, item: Any, source: tuple[str, str], condition: str | None) -> tuple[str, str]:
        extra = {"expression": f"{condition} == true"} if condition else {}
        kind, branches = item
        if kind == "task":
            key = self.key("s")
            self.states.append(state(key, key.upper(), participant=variable("creator")))
            self.link(source, key, **extra)
            if self.rejects[len(self.states) % len(self.rejects)]:
                self.transitions.append(transition(self.key("r"), "Reject", key, "start", attribute="reject"))
            return (key, "manual")
        split, join = self.key("split"), self.key("join")
        self.states.append(state(split, split.upper(), type=f"{kind}_split", join=join))
        self.states.append(state(join, join.upper(), type=f"{kind}_join"))
        self.link(source, split, **extra)
        for items, flag in branches:
            last = self.sequence(items, (split, "auto"), flag if kind == "inclusive" else None)
            if last == (split, "auto"):  # an empty branch goes straight to the join
                when = {"expression": f"{flag} == true"} if kind == "inclusive" and flag else {}
                self.link(last, join, **when)
            else:
                self.link(last, join)
        return (join, "auto")

    def document(self, items: list[Any]) -> dict[str, Any]:
        last = self.sequence(items, ("start", "manual"))
        self.link(last, "done")
        # The first link out of the start state is its submit transition.
        self.transitions[0]["key"] = "submit"
        return {
            "fields": [field_def(flag, flag.upper(), "bool", required=False) for flag in FLAGS],
            "states": [start_state("start"), *self.states, end_state("done", "Done")],
            "transitions": self.transitions,
        }


def _open_places(ticket: Ticket) -> list[TicketHandler]:
    return list(TicketHandler.objects.filter(ticket=ticket).select_related("branch").order_by("id"))


def _check_invariants(ticket: Ticket, document: WorkflowDocument) -> None:
    active = TicketBranch.objects.filter(ticket=ticket, status=TicketBranch.Status.ACTIVE)
    for branch in active:
        here = document.state(branch.state_key)
        assert here is not None, branch.key
        assert here.type not in JOIN_TYPES, branch.key
        if not is_split(here):
            handled = TicketHandler.objects.filter(ticket=ticket, state_entry=branch.state_entry).exists()
            assert handled, f"branch {branch.key} at {branch.state_key} has nobody to act"
    if ticket.status != Ticket.Status.FINISHED:
        in_start = ticket.state_key == "start"
        assert in_start or _open_places(ticket), f"deadlock at {ticket.state_key}"


def _step(ticket: Ticket, document: WorkflowDocument, data: Any, rejects_left: int) -> bool:
    """One random action; whether it was a reject."""
    alice = user_principal("alice")
    if ticket.state_key == "start":
        ticket_handle(ticket_id=ticket.pk, principal=alice, transition="submit")
        return False
    place = data.draw(st.sampled_from(_open_places(ticket)))
    here = place.branch.state_key if place.branch is not None else ticket.state_key
    ways = [t for t in document.transitions_from(here) if t.kind == "manual"]
    agree = [t for t in ways if t.attribute != "reject"]
    reject = [t for t in ways if t.attribute == "reject"]
    chosen = agree[0]
    if reject and rejects_left and data.draw(st.integers(0, 9)) == 0:
        chosen = reject[0]
    branch = place.branch.key if place.branch is not None else None
    ticket_handle(ticket_id=ticket.pk, principal=alice, transition=chosen.key, branch=branch)
    return chosen in reject


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    items=st.lists(blocks, min_size=1, max_size=3),
    rejects=st.lists(st.booleans(), min_size=1, max_size=4),
    flags=st.fixed_dictionaries({flag: st.booleans() for flag in FLAGS}),
    data=st.data(),
)
def test_random_valid_workflows_finish_without_deadlock(
    world: Any, items: list[Any], rejects: list[bool], flags: dict[str, bool], data: Any
) -> None:
    raw = Builder(rejects=rejects).document(items)
    workflow = publish(f"gen{next(_keys)}", raw)  # publish-time validation must accept it
    document = WorkflowDocument.model_validate(raw)
    with schema_context("it"):
        ticket = ticket_create(workflow=workflow, principal=user_principal("alice"), values=flags)
        rejects_left = MAX_REJECTS
        for _ in range(MAX_STEPS):
            ticket.refresh_from_db()
            if ticket.status == Ticket.Status.FINISHED:
                assert ticket.state_key == "done"
                event(f"finished; {sum(s.get('type', '').endswith('split') for s in raw['states'])} split(s)")
                return
            _check_invariants(ticket, document)
            before = ticket.row_version
            try:
                rejects_left -= _step(ticket, document, data, rejects_left)
            except Conflict as refused:
                refusal = refused.code
            else:
                continue
            ticket.refresh_from_db()
            assert refusal == "no_branch"
            event("refused: no inclusive branch holds")
            assert ticket.row_version == before  # refused whole: nothing changed
            return
        raise AssertionError(f"not finished after {MAX_STEPS} steps: at {ticket.state_key}")
