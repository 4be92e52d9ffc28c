"""Test runs: what a ticket would go through in a workflow version, without writing anything.

`simulate` walks a document (a workflow's draft, or one of its versions) the way the runtime would
move a ticket: from the start state through the submit transition, branch conditions picking the
targets, splits starting their branches (an inclusive split: those whose conditions hold) and joins
meeting them, until an end state. At each state it answers who would be asked (the participant rule
resolved against the real directory), how they would share the work, the timers its visit would arm,
the hooks and scripts it would start and the sub-tickets it would file.

Where it lives: the walk needs the runtime's pure pieces (`resolve_participants` and `TicketContext`,
the value checks of `runtime.values`, the directory the checks use), and import-linter's `engine`
contract lets `engine.tickets` import `engine.workflows`, never the reverse. So the simulator is a
module of the tickets area, and its endpoint (`POST /workflows/{id}/simulate`) sits in
`engine/tickets/api.py` next to the workflow statistics, tagged `workflows`, behind the same guard
as validate and publish (`engine.workflows.permissions.managed_workflow`).

Who decides, where the runtime would wait for someone:

- the start state takes `choices[start]`, else its only manual transition, else its first agree one;
- a state whose people decide (it has manual transitions) takes `choices[state]`, else its first
  manual agree transition (else its first manual one); its timers, hooks and sub-tickets are listed;
- a state only timers, hooks or sub-tickets move on takes `choices[state]` if given, else the walk
  stops there (`waits`): what they would answer is not made up;
- a random distribution lists every candidate (one of them would be picked), a countersign lists
  every voter and the agreements it needs.

The walk stops at an end state (`finished`), where nobody can handle a state (`no_handlers`), at an
inclusive split none of whose conditions holds (`no_branch`), or after `max_steps` states
(`too_many_steps`, e.g. a loop). Nothing is written: no ticket, flow log, outbox event, timer or hook
call; the only queries read the directory.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from django.utils.translation import gettext as _

from core.access.models import User
from core.errors import Conflict, ValidationFailed, field_problem
from engine.tickets.runtime.countersign import required_agreements
from engine.tickets.runtime.creation import start_values
from engine.tickets.runtime.loading import field_types
from engine.tickets.runtime.nobody import no_handlers_error
from engine.tickets.runtime.participants import ResolutionError, TicketContext, resolve_participants
from engine.workflows import selectors as workflow_selectors
from engine.workflows.conditions import evaluate
from engine.workflows.definitions.gateways import region
from engine.workflows.definitions.schema import (
    JOIN_OF_SPLIT,
    JOIN_TYPES,
    DistributionKind,
    ParticipantKind,
    StateDef,
    StateType,
    TransitionAttribute,
    TransitionDef,
    TransitionKind,
    WorkflowDocument,
)
from engine.workflows.definitions.validation import parse_branch_condition
from engine.workflows.definitions.validation.branches import has_condition
from engine.workflows.models import Workflow

MAX_HANDLERS = 50  # people listed per step (`handlers_total` says how many there are)
WAITING_KINDS = frozenset({TransitionKind.TIMER, TransitionKind.HOOK, TransitionKind.SUBTICKETS})


class _Stop(Exception):
    """The walk ends before an end state: `outcome` at `state`, with a human `message`."""

    def __init__(self, outcome: str, state: str, message: str) -> None:
        super().__init__(message)
        self.outcome, self.state, self.message = outcome, state, message


@dataclass
class _Step:
    state: StateDef
    branch: str
    handler_ids: list[int] = field(default_factory=list)
    transition_taken: str | None = None


@dataclass
class Simulation:
    """What `simulate` found: the steps in the order the walk took them, the branches started
    together, how it ended and where."""

    document: WorkflowDocument
    values: dict[str, Any]
    steps: list[_Step] = field(default_factory=list)
    branches: list[list[str]] = field(default_factory=list)
    outcome: str = "finished"
    end_state: str | None = None
    stopped_at: str | None = None
    message: str = ""


def simulated_document(workflow: Workflow, version: int | None) -> WorkflowDocument:
    """The workflow's draft, or its version `version` (404 when there is none)."""
    if version is None:
        chosen = workflow_selectors.draft_get(workflow=workflow)
    else:
        chosen = workflow_selectors.version_get(workflow=workflow, number=version)
    return WorkflowDocument.model_validate(chosen.document)


def simulate(
    *,
    document: WorkflowDocument,
    creator_id: int,
    values: dict[str, Any],
    choices: dict[str, str],
    max_steps: int,
) -> dict[str, Any]:
    """The test run's answer (see the module docstring); 422 for bad values, an unknown creator or a
    choice that is not a transition out of its state; 409 `invalid_definition` for a document the
    walk cannot follow (no start state, a state that does not exist, an unreadable condition)."""
    _check_choices(document, choices)
    creator = User.objects.filter(pk=creator_id, is_active=True).first()
    if creator is None:
        raise ValidationFailed(
            _("Unknown creator."),
            details=[field_problem("creator", _("No active user has this id."), "unknown_user")],
        )
    start = document.start_state()
    if start is None:
        raise Conflict(_("The document has no start state."), code="invalid_definition")
    submit = _start_transition(document, start, choices)
    cleaned = start_values(document, start, values, submitted=submit)
    context = TicketContext(
        creator_id=creator.pk,
        values=cleaned.values,
        parent_values=None,
        field_types=field_types(document),
        parent_field_types=None,
    )
    run = Simulation(document=document, values=cleaned.values)
    walk = _Walk(run, context, choices, max_steps)
    try:
        how, where = walk.path(start.key, "", None)
        run.end_state = where
        if how != "end":
            raise Conflict(
                _("%(where)s is a join outside any branch.") % {"where": repr(where)},
                code="invalid_definition",
            )
    except _Stop as stop:
        run.outcome, run.stopped_at, run.message = stop.outcome, stop.state, stop.message
    return answer(run)


def _check_choices(document: WorkflowDocument, choices: dict[str, str]) -> None:
    problems = []
    for state_key, transition_key in choices.items():
        where = f"choices.{state_key}"
        if document.state(state_key) is None:
            problems.append(
                field_problem(
                    where,
                    _("There is no state %(state_key)s.") % {"state_key": repr(state_key)},
                    "unknown_state",
                )
            )
            continue
        found = next((t for t in document.transitions_from(state_key) if t.key == transition_key), None)
        if found is None or found.kind == TransitionKind.AUTO:
            message = _("%(transition)s is not a transition a ticket in %(state)s can take.") % {
                "transition": repr(transition_key),
                "state": repr(state_key),
            }
            problems.append(field_problem(where, message, "unknown_transition"))
    if problems:
        raise ValidationFailed(
            _("Some choices name no transition."), code="invalid_choices", details=problems
        )


def _start_transition(
    document: WorkflowDocument, start: StateDef, choices: dict[str, str]
) -> TransitionDef | None:
    chosen = _chosen(document, start, choices)
    if chosen is not None:
        return chosen
    return _default(_manual(document, start))  # the only one, or the first agree one


def _chosen(document: WorkflowDocument, state: StateDef, choices: dict[str, str]) -> TransitionDef | None:
    key = choices.get(state.key)
    return next((t for t in document.transitions_from(state.key) if t.key == key), None) if key else None


def _manual(document: WorkflowDocument, state: StateDef) -> list[TransitionDef]:
    return [t for t in document.transitions_from(state.key) if t.kind == TransitionKind.MANUAL]


def _default(manual: list[TransitionDef]) -> TransitionDef | None:
    """What a person is assumed to choose: the first agree transition, else the first at all."""
    agree = [t for t in manual if t.attribute == TransitionAttribute.AGREE]
    chosen = agree or manual
    return chosen[0] if chosen else None


class _Walk:
    def __init__(
        self, run: Simulation, context: TicketContext, choices: dict[str, str], max_steps: int
    ) -> None:
        self.run, self.document, self.context = run, run.document, context
        self.choices, self.max_steps = choices, max_steps

    def path(self, key: str, branch: str, within: tuple[StateDef, set[str]] | None) -> tuple[str, str]:
        """Walk one place from `key` until an end state ("end", key), or, on a split's branch
        (`within`: the split and its region), its join ("join", key) or a state outside the branches
        ("left", key: a reject left them, the path they split from goes on there)."""
        while True:
            if within is not None and key != within[0].join and key not in within[1]:
                return "left", key
            state = self._state(key)
            if state.type in JOIN_TYPES:
                return "join", key
            step = self._record(state, branch)
            if state.type == StateType.END:
                return "end", key
            if state.type in JOIN_OF_SPLIT:
                key = self._split(state, branch)
                continue
            transition = self._decide(state)
            step.transition_taken = transition.key
            key = self._target(transition)

    def _record(self, state: StateDef, branch: str) -> _Step:
        if len(self.run.steps) >= self.max_steps:
            message = _("The walk passed %(value)s states (a loop?).") % {"value": self.max_steps}
            raise _Stop("too_many_steps", state.key, message)
        step = _Step(state=state, branch=branch)
        self.run.steps.append(step)
        if state.type == StateType.START:
            step.handler_ids = [self.context.creator_id]
        elif state.type == StateType.NORMAL:
            step.handler_ids = self._handlers(state)
        return step

    def _handlers(self, state: StateDef) -> list[int]:
        try:
            people = resolve_participants(state.participant, self.context)
        except ResolutionError as exc:
            if exc.code == "needs_hook":
                return []  # the hook names them when the ticket gets there
            raise _Stop("no_handlers", state.key, exc.message) from None
        if not people:
            # What is missing and whom to ask, as a requester would be told.
            reason = no_handlers_error(state, self.context, self.document, new_ticket=False)
            raise _Stop("no_handlers", state.key, reason.message)
        return people

    def _decide(self, state: StateDef) -> TransitionDef:
        chosen = _chosen(self.document, state, self.choices)
        if chosen is not None:
            return chosen
        if state.type == StateType.START:
            start = _start_transition(self.document, state, self.choices)
            if start is not None:
                return start
        else:
            person = _default(_manual(self.document, state))
            if person is not None:
                return person
        waiting = [t.key for t in self.document.transitions_from(state.key) if t.kind in WAITING_KINDS]
        shown = {"name": repr(state.name), "waiting": ", ".join(waiting)}
        message = (
            _("The state %(name)s waits for %(waiting)s; choose a transition to go on.")
            if waiting
            else _("The state %(name)s has no way out; choose a transition to go on.")
        )
        raise _Stop("waits", state.key, message % shown)

    def _split(self, split: StateDef, branch: str) -> str:
        """Start the split's branches and walk each one to the join; the key the path goes on at."""
        edges = self.document.transitions_from(split.key)
        if split.type == StateType.INCLUSIVE_SPLIT:
            edges = [edge for edge in edges if not has_condition(edge) or self._holds(edge)]
            if not edges:
                raise _Stop(
                    "no_branch",
                    split.key,
                    _("No branch of %(name)s applies to this ticket.") % {"name": repr(split.name)},
                )
        prefix = f"{branch}/" if branch else ""
        started = [(edge, f"{prefix}{split.key}:{edge.key}") for edge in edges]
        self.run.branches.append([key for _edge, key in started])
        left = self._branches(split, started)
        if left is not None:
            return left
        join = self._state(split.join or "")
        self._record(join, branch)
        out = self.document.transitions_from(join.key)
        if len(out) != 1:
            raise Conflict(
                _("The join %(key)s needs one way out.") % {"key": repr(join.key)}, code="invalid_definition"
            )
        self.run.steps[-1].transition_taken = out[0].key
        return self._target(out[0])

    def _branches(self, split: StateDef, started: list[tuple[TransitionDef, str]]) -> str | None:
        """Walk each branch to the join (None), or until one leaves the branches (where it went)."""
        within = (split, region(self.document, split))
        stops: list[_Stop] = []
        for edge, key in started:
            try:
                how, where = self.path(self._target(edge), key, within)
            except _Stop as stop:
                if stop.outcome == "too_many_steps":
                    raise
                stops.append(stop)  # the other branches are still shown
                continue
            if how == "left":
                return where
            if how == "end" or where != split.join:
                raise Conflict(
                    _("A branch of %(key)s ends at %(where)s.")
                    % {"key": repr(split.key), "where": repr(where)},
                    code="invalid_definition",
                )
        if stops:
            raise stops[0]
        return None

    def _target(self, transition: TransitionDef) -> str:
        for branch in transition.branches:
            if self._holds(branch):
                return branch.target
        return transition.target

    def _holds(self, conditional: Any) -> bool:
        try:
            condition = parse_branch_condition(conditional)
        except ValueError as exc:
            raise Conflict(
                _("A condition does not read: %(exc)s") % {"exc": exc}, code="invalid_definition"
            ) from None
        return evaluate(condition, self.context.values, self.context.field_types)

    def _state(self, key: str) -> StateDef:
        state = self.document.state(key)
        if state is None:
            raise Conflict(
                _("The state %(key)s does not exist.") % {"key": repr(key)}, code="invalid_definition"
            )
        return state


# ---- the answer -------------------------------------------------------------------------------


def answer(run: Simulation) -> dict[str, Any]:
    """The run as the endpoint serves it (people looked up in one query)."""
    shown = {pk for step in run.steps for pk in step.handler_ids[:MAX_HANDLERS]}
    people: dict[int, dict[str, Any]] = {
        row["id"]: dict(row)
        for row in User.objects.filter(pk__in=shown).values("id", "username", "display_name")
    }
    return {
        "steps": [_step_out(run, step, people) for step in run.steps],
        "branches": run.branches,
        "outcome": run.outcome,
        "end_state": run.end_state if run.outcome == "finished" else None,
        "stopped_at": run.stopped_at,
        "message": run.message,
    }


def _step_out(run: Simulation, step: _Step, people: dict[int, dict[str, Any]]) -> dict[str, Any]:
    state, document = step.state, run.document
    out = document.transitions_from(state.key)
    normal = state.type == StateType.NORMAL
    return {
        "state": state.key,
        "state_name": state.name,
        "state_type": str(state.type),
        "branch": step.branch,
        "handlers": [people[pk] for pk in step.handler_ids[:MAX_HANDLERS] if pk in people],
        "handlers_total": len(step.handler_ids),
        "distribution": _distribution(state, len(step.handler_ids)) if normal else None,
        "timers": [
            {"transition": t.key, "seconds": t.timer_seconds, "clock": t.timer_clock}
            for t in out
            if normal and t.kind == TransitionKind.TIMER and t.timer_seconds
        ],
        "hooks": _hooks(state) if normal else [],
        "subtickets": _subtickets(run, state) if normal else None,
        "sla": _sla(state) if normal else None,
        "scripts": list(state.scripts),
        "transition_taken": step.transition_taken,
    }


def _distribution(state: StateDef, handlers: int) -> dict[str, Any]:
    kind = DistributionKind(state.distribution.kind)
    required = None
    settings = state.distribution.countersign
    if kind == DistributionKind.COUNTERSIGN and settings is not None and handlers:
        try:
            required = required_agreements(settings, handlers)
        except ValueError:
            required = None  # an incomplete rule in a draft (publishing flags it)
    return {"kind": str(kind), "required": required}


def _hooks(state: StateDef) -> list[dict[str, Any]]:
    hook = state.participant.hook
    if state.participant.kind != ParticipantKind.HOOK or hook is None:
        return []
    return [
        {
            "host": urlsplit(hook.url).hostname or "",
            "wait": hook.wait,
            "returns_handlers": hook.returns_handlers,
        }
    ]


def _subtickets(run: Simulation, state: StateDef) -> dict[str, Any] | None:
    if not any(t.kind == TransitionKind.SUBTICKETS for t in run.document.transitions_from(state.key)):
        return None
    settings = state.subprocess
    if settings is None or settings.workflow is None:
        return {"workflow": None, "rows": None, "count": None}  # its handlers file them
    count = settings.count
    if settings.rows is not None:
        rows = run.values.get(settings.rows)
        count = len(rows) if isinstance(rows, list) else 0
    return {"workflow": settings.workflow, "rows": settings.rows, "count": count}


def _sla(state: StateDef) -> dict[str, Any] | None:
    sla = state.sla
    if sla is None:
        return None
    return {
        "seconds": sla.duration_seconds,
        "clock": sla.clock,
        "action": str(sla.action),
        "transition": sla.transition,
        # As the runtime arms it: a warning only before the SLA runs out.
        "warn_before_seconds": warn
        if (warn := sla.warn_before_seconds) and warn < sla.duration_seconds
        else None,
    }
