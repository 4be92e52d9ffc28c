"""The rules for states: one start, at least one end, every state reachable and none a dead end,
and each state's distribution, field permissions and SLA."""

from __future__ import annotations

from collections import deque

from django.utils.translation import gettext as _

from engine.workflows.definitions.schema import (
    CountersignMode,
    DistributionKind,
    FieldPermission,
    ParticipantKind,
    SlaAction,
    StateDef,
    StateType,
)
from engine.workflows.definitions.validation.participants import ParticipantRules


class StateRules(ParticipantRules):
    def check_states(self) -> None:
        doc = self.doc
        starts = [index for index, state in enumerate(doc.states) if state.type == StateType.START]
        if not starts:
            self.add("states", "no_start_state", _("The workflow needs a start state."))
        if not any(state.type == StateType.END for state in doc.states):
            self.add("states", "no_end_state", _("The workflow needs at least one end state."))
        self.check_unique_keys("states", [state.key for state in doc.states], "state")
        reachable = self.reachable({doc.states[index].key for index in starts})
        for index, state in enumerate(doc.states):
            path = f"states.{index}"
            if starts and state.key not in reachable:
                self.add(
                    path,
                    "unreachable_state",
                    _("State %(key)s cannot be reached from the start.") % {"key": repr(state.key)},
                )
            if state.type != StateType.END and state.key not in self.sources:
                self.add(
                    path,
                    "dead_end",
                    _("State %(key)s has no transition out of it.") % {"key": repr(state.key)},
                )
            self.report_duplicate(path)
            if state.type == StateType.START and index != starts[0]:
                self.add(
                    f"{path}.type",
                    "multiple_start_states",
                    _("Only one state can be the start; %(key)s already is.")
                    % {"key": repr(doc.states[starts[0]].key)},
                )
            self.check_participant(
                f"{path}.participant", state.participant, none_allowed=state.type != StateType.NORMAL
            )
            self.check_robot(path, state)
            self.check_distribution(path, state)
            self.check_field_permissions(path, state)
            self.check_sla(path, state)
            self.check_sla_warning(path, state)
            self.check_scripts(path, state.scripts)

    def reachable(self, starts: set[str]) -> set[str]:
        edges: dict[str, set[str]] = {}
        for transition in self.doc.transitions:
            targets = edges.setdefault(transition.source, set())
            targets.add(transition.target)
            targets.update(branch.target for branch in transition.branches)
        seen, queue = set(starts), deque(starts)
        while queue:
            for target in edges.get(queue.popleft(), ()):
                if target not in seen:
                    seen.add(target)
                    queue.append(target)
        return seen

    def check_distribution(self, path: str, state: StateDef) -> None:
        path, distribution = f"{path}.distribution", state.distribution
        settings = distribution.countersign
        if distribution.kind != DistributionKind.COUNTERSIGN:
            if settings is not None:
                self.add(
                    f"{path}.countersign",
                    "invalid_distribution",
                    _("Countersign settings only apply to countersign distribution, not %(kind)s.")
                    % {"kind": distribution.kind},
                )
            return
        if settings is None:
            self.add(
                f"{path}.countersign",
                "invalid_distribution",
                _("A countersign distribution needs its settings."),
            )
            return
        path = f"{path}.countersign"
        if settings.mode == CountersignMode.COUNT and settings.count is None:
            self.add(f"{path}.count", "invalid_distribution", _("Countersign by count needs a `count`."))
        if settings.mode == CountersignMode.PERCENT and settings.percent is None:
            self.add(
                f"{path}.percent", "invalid_distribution", _("Countersign by percentage needs a `percent`.")
            )
        participant = state.participant
        if (
            settings.mode == CountersignMode.COUNT
            and settings.count is not None
            and participant.kind == ParticipantKind.USERS
            and participant.users
            and settings.count > len(set(participant.users))
        ):
            self.add(
                f"{path}.count",
                "impossible_countersign",
                _("%(count)s approvals are needed but only %(count2)s users can sign.")
                % {"count": settings.count, "count2": len(set(participant.users))},
            )

    def check_field_permissions(self, path: str, state: StateDef) -> None:
        for key, permission in state.field_permissions.items():
            field = self.fields.get(key)
            if field is None:
                self.add(
                    f"{path}.field_permissions.{key}",
                    "unknown_field",
                    _("There is no field %(key)s.") % {"key": repr(key)},
                )
            elif state.type == StateType.START and field.required and permission == FieldPermission.HIDDEN:
                self.add(
                    f"{path}.field_permissions.{key}",
                    "required_field_hidden_at_start",
                    _("Field %(key)s is required, so the creator must see it in the start state.")
                    % {"key": repr(key)},
                )

    def check_sla(self, path: str, state: StateDef) -> None:
        sla = state.sla
        if sla is None:
            return
        path = f"{path}.sla"
        self.check_clock(f"{path}.clock", sla.clock or "wall", sla.duration_seconds)
        if state.type == StateType.END:
            self.add(path, "invalid_sla", _("An end state cannot have an SLA: tickets there are finished."))
        if sla.action == SlaAction.AUTO_TRANSITION:
            transitions = {t.key for t in self.doc.transitions if t.source == state.key}
            if not sla.transition:
                self.add(
                    f"{path}.transition", "invalid_sla", _("An auto-transition SLA needs a `transition`.")
                )
            elif sla.transition not in transitions:
                self.add(
                    f"{path}.transition",
                    "invalid_sla",
                    _("There is no transition %(transition)s out of state %(key)s.")
                    % {"transition": repr(sla.transition), "key": repr(state.key)},
                )
        elif sla.transition is not None:
            self.add(
                f"{path}.transition",
                "invalid_sla",
                _("A %(action)s SLA does not take a `transition`.") % {"action": sla.action},
            )
        if sla.action == SlaAction.ESCALATE:
            if sla.escalate_to is None:
                self.add(f"{path}.escalate_to", "invalid_sla", _("An escalating SLA needs `escalate_to`."))
            elif sla.escalate_to.kind in (ParticipantKind.HOOK, ParticipantKind.SCRIPT):
                self.add(
                    f"{path}.escalate_to.kind",
                    "invalid_sla",
                    _("An SLA escalates to people, not to a robot."),
                )
            else:
                self.check_participant(f"{path}.escalate_to", sla.escalate_to, none_allowed=False)
        elif sla.escalate_to is not None:
            self.add(
                f"{path}.escalate_to",
                "invalid_sla",
                _("A %(action)s SLA does not take `escalate_to`.") % {"action": sla.action},
            )

    def check_sla_warning(self, path: str, state: StateDef) -> None:
        """The warning comes before the SLA runs out, on the same clock (whole days for working days)."""
        sla = state.sla
        if sla is None or sla.warn_before_seconds is None:
            return
        path = f"{path}.sla.warn_before_seconds"
        if sla.warn_before_seconds >= sla.duration_seconds:
            self.add(
                path, "invalid_sla", _("The warning must come before the SLA runs out: make it shorter.")
            )
        if sla.clock == "working_days" and sla.warn_before_seconds % 86400:
            self.add(
                path,
                "invalid_sla",
                _("Working days count whole days: warn a multiple of 86400 seconds before."),
            )
