"""The rules for gateways: parallel and inclusive splits and their joins.

A split names its join. The states its branches reach before that join are the split's *region*. The
rules keep every ticket able to finish:
- every state of a region can still reach the join (no branch ends, or waits forever, beside it);
- nothing enters a region or its join except through the split (a branch started elsewhere would
  never be waited for, and a join could wait for a branch that never started);
- a branch leaves its region early only by a reject transition (it cancels the sibling branches);
- regions nest: an inner split's branches meet at its own join before the outer one's.
Gateways take no people, fields, SLA or scripts, and only `auto` transitions leave them.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Mapping

from django.utils.translation import gettext as _

from engine.workflows.definitions.gateways import region as split_region
from engine.workflows.definitions.gateways import targets
from engine.workflows.definitions.schema import (
    GATEWAY_TYPES,
    JOIN_OF_SPLIT,
    JOIN_TYPES,
    DistributionKind,
    ParticipantKind,
    StateDef,
    StateType,
    TransitionAttribute,
    TransitionDef,
    TransitionKind,
)
from engine.workflows.definitions.validation.branches import BranchRules, has_condition

# What a gateway must leave unset: (attribute, "is it set?", what it is called).
_GATEWAY_SETTINGS = (
    ("participant", lambda state: state.participant.kind != ParticipantKind.NONE, "a participant"),
    ("distribution", lambda state: state.distribution.kind != DistributionKind.ANY, "a distribution"),
    ("field_permissions", lambda state: bool(state.field_permissions), "field permissions"),
    ("sla", lambda state: state.sla is not None, "an SLA"),
    ("scripts", lambda state: bool(state.scripts), "scripts"),
    ("can_withdraw", lambda state: state.can_withdraw, "withdrawal"),
    ("reuse_last_handler", lambda state: state.reuse_last_handler, "handler reuse"),
)


class GatewayRules(BranchRules):
    def check_gateways(self, field_types: Mapping[str, str]) -> None:
        joined_by: dict[str, str] = {}
        for index, state in enumerate(self.doc.states):
            path = f"states.{index}"
            if state.type in GATEWAY_TYPES:
                self.check_gateway_settings(path, state)
                self.check_gateway_exits(path, state)
            self.check_join_reference(path, state, joined_by)
            if state.type in JOIN_TYPES and state.key not in self.joins_named():
                self.add(
                    path,
                    "join_without_split",
                    _("No split names %(key)s as its join.") % {"key": repr(state.key)},
                )
        for index, transition in enumerate(self.doc.transitions):
            self.check_gateway_transition(f"transitions.{index}", transition, field_types)
        regions = {
            state.key: self.check_region(state)
            for state in self.doc.states
            if state.type in JOIN_OF_SPLIT and self.join_of(state) is not None
        }
        self.check_nesting(regions)

    def joins_named(self) -> set[str]:
        return {state.join for state in self.doc.states if state.type in JOIN_OF_SPLIT and state.join}

    def join_of(self, split: StateDef) -> StateDef | None:
        """The split's join when it names one of the right kind (else None, reported elsewhere)."""
        join = self.states.get(split.join or "")
        return join if join is not None and join.type == JOIN_OF_SPLIT[StateType(split.type)] else None

    def check_gateway_settings(self, path: str, state: StateDef) -> None:
        for attribute, is_set, what in _GATEWAY_SETTINGS:
            if is_set(state):
                self.add(
                    f"{path}.{attribute}",
                    "gateway_settings",
                    _("Gateway %(key)s is passed by the engine at once: it takes no %(what)s.")
                    % {"key": repr(state.key), "what": what},
                )

    def check_gateway_exits(self, path: str, state: StateDef) -> None:
        exits = len(self.doc.transitions_from(state.key))
        if state.type in JOIN_OF_SPLIT and exits < 2:
            self.add(
                path,
                "split_needs_branches",
                _("Split %(key)s needs at least two branches out.") % {"key": repr(state.key)},
            )
        if state.type in JOIN_TYPES and exits != 1:
            self.add(
                path,
                "join_needs_one_exit",
                _("Join %(key)s needs exactly one transition out.") % {"key": repr(state.key)},
            )

    def check_join_reference(self, path: str, state: StateDef, joined_by: dict[str, str]) -> None:
        if state.type not in JOIN_OF_SPLIT:
            if state.join is not None:
                self.add(f"{path}.join", "join_not_allowed", _("Only a split gateway names a join."))
            return
        kind = JOIN_OF_SPLIT[StateType(state.type)]
        if not state.join:
            self.add(
                f"{path}.join",
                "split_without_join",
                _("Split %(key)s needs its join (a %(kind)s).") % {"key": repr(state.key), "kind": kind},
            )
        elif state.join not in self.states:
            self.add(
                f"{path}.join", "unknown_state", _("There is no state %(join)s.") % {"join": repr(state.join)}
            )
        elif self.states[state.join].type != kind:
            self.add(
                f"{path}.join",
                "join_mismatch",
                _("%(join)s is not a %(kind)s, as split %(key)s needs.")
                % {"join": repr(state.join), "kind": kind, "key": repr(state.key)},
            )
        elif state.join in joined_by:
            self.add(
                f"{path}.join",
                "join_shared",
                _("%(join)s already joins the branches of %(value)s; each split has its own join.")
                % {"join": repr(state.join), "value": repr(joined_by[state.join])},
            )
        else:
            joined_by[state.join] = state.key

    def check_gateway_transition(
        self, path: str, transition: TransitionDef, field_types: Mapping[str, str]
    ) -> None:
        source = self.states.get(transition.source)
        if source is None:
            return  # reported with the transition's other rules
        from_gateway = source.type in GATEWAY_TYPES
        if from_gateway and transition.kind != TransitionKind.AUTO:
            self.add(
                f"{path}.kind",
                "gateway_transition_kind",
                _("Transitions out of gateway %(key)s are taken by the engine: their kind is auto.")
                % {"key": repr(source.key)},
            )
        if not from_gateway and transition.kind == TransitionKind.AUTO:
            self.add(f"{path}.kind", "auto_outside_gateway", _("Only transitions out of a gateway are auto."))
        if not has_condition(transition):
            return
        if source.type == StateType.INCLUSIVE_SPLIT:
            self.check_conditional(path, transition, field_types)
        else:
            where = "condition" if transition.condition else "expression"
            self.add(
                f"{path}.{where}",
                "condition_not_allowed",
                _(
                    "Only a branch out of an inclusive split has a condition "
                    "(use `branches` to choose a target)."
                ),
            )

    # ---- regions ----------------------------------------------------------------------------------

    def reaching(self, join: str, region: set[str]) -> set[str]:
        """The region's states from which the join can be reached (without reject transitions)."""
        back: dict[str, set[str]] = {}
        for transition in self.doc.transitions:
            if transition.source in region and transition.attribute != TransitionAttribute.REJECT:
                for target in targets(transition):
                    back.setdefault(target, set()).add(transition.source)
        seen: set[str] = set()
        queue = deque([join])
        while queue:
            for source in back.get(queue.popleft(), ()):
                if source not in seen:
                    seen.add(source)
                    queue.append(source)
        return seen

    def check_region(self, split: StateDef) -> set[str]:
        join = split.join or ""
        region = split_region(self.doc, split)
        split_path = f"states.{self.doc.states.index(split)}"
        if split.key in region:
            self.add(
                split_path,
                "branch_loops_to_split",
                _("A branch of %(key)s comes back to it before its join %(join)s.")
                % {"key": repr(split.key), "join": repr(join)},
            )
        stuck = region - self.reaching(join, region) - {split.key}
        for index, state in enumerate(self.doc.states):
            if state.key in stuck:
                self.add(f"states.{index}", *self.stuck_problem(state, split.key, join))
        self.check_region_entries(split, join, region)
        self.check_region_subprocesses(split, region)
        return region

    def check_region_subprocesses(self, split: StateDef, region: set[str]) -> None:
        """Sub-tickets belong to the ticket, not to one of its branches: a state that waits for them
        stays on the ticket's own path."""
        waiting = {t.source for t in self.doc.transitions if t.kind == TransitionKind.SUBTICKETS}
        for index, state in enumerate(self.doc.states):
            if state.key in region and (state.key in waiting or state.subprocess is not None):
                self.add(
                    f"states.{index}",
                    "subprocess_in_branch",
                    _(
                        "%(key)s waits for sub-tickets on a branch of %(key2)s: "
                        "sub-processes run on the ticket's "
                        "own path, before the split or after its join."
                    )
                    % {"key": repr(state.key), "key2": repr(split.key)},
                )

    def stuck_problem(self, state: StateDef, split: str, join: str) -> tuple[str, str]:
        if state.type == StateType.END:
            return (
                "branch_bypasses_join",
                f"End state {state.key!r} is on a branch of {split!r}: "
                f"the branch would end without its join {join!r}.",
            )
        return (
            "branch_cannot_reach_join",
            f"{state.key!r} is on a branch of {split!r} but cannot reach its join {join!r}: "
            "the join would wait forever.",
        )

    def check_region_entries(self, split: StateDef, join: str, region: set[str]) -> None:
        inside = region | {split.key}
        for index, transition in enumerate(self.doc.transitions):
            if transition.source in inside:
                continue
            entered = next(
                (target for target in targets(transition) if target in region or target == join), None
            )
            if entered is not None:
                self.add(
                    f"transitions.{index}.target",
                    "enters_branch",
                    _(
                        "Transition %(key)s reaches %(entered)s without passing split "
                        "%(key2)s: its join %(join)s "
                        "could not wait for it."
                    )
                    % {
                        "key": repr(transition.key),
                        "entered": repr(entered),
                        "key2": repr(split.key),
                        "join": repr(join),
                    },
                )

    def check_nesting(self, regions: dict[str, set[str]]) -> None:
        for outer, outer_region in regions.items():
            outer_join = self.states[outer].join
            for inner, inner_region in regions.items():
                if inner in outer_region and outer_join in inner_region:
                    index = self.doc.states.index(self.states[inner])
                    self.add(
                        f"states.{index}.join",
                        "improper_nesting",
                        _(
                            "Split %(inner)s is on a branch of %(outer)s, but its branches "
                            "reach %(outer)s's join "
                            "%(outer_join)s before their own join %(join)s."
                        )
                        % {
                            "inner": repr(inner),
                            "outer": repr(outer),
                            "outer_join": repr(outer_join),
                            "join": repr(self.states[inner].join),
                        },
                    )
