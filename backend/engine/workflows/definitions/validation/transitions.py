"""The rules for transitions: known source and target states, hook and timer settings, branches and
scripts."""

from __future__ import annotations

from django.utils.translation import gettext as _

from engine.workflows.definitions.schema import ParticipantKind, StateType, TransitionDef, TransitionKind
from engine.workflows.definitions.validation.branches import BranchRules


class TransitionRules(BranchRules):
    def check_transitions(self) -> None:
        self.check_unique_keys("transitions", [t.key for t in self.doc.transitions], "transition")
        field_types = {key: str(field.type) for key, field in self.fields.items()}
        for index, transition in enumerate(self.doc.transitions):
            path = f"transitions.{index}"
            self.report_duplicate(path)
            self.check_ends(path, transition)
            self.check_timer(path, transition)
            for number, branch in enumerate(transition.branches):
                self.check_branch(f"{path}.branches.{number}", branch, field_types)
            self.check_scripts(path, transition.scripts)

    def check_ends(self, path: str, transition: TransitionDef) -> None:
        """The source and target states exist, the source may be left, and a hook transition leaves
        a state handled by a hook or a script."""
        source = self.states.get(transition.source)
        if source is None:
            self.add(
                f"{path}.source",
                "unknown_state",
                _("There is no state %(source)s.") % {"source": repr(transition.source)},
            )
        elif source.type == StateType.END:
            self.add(
                f"{path}.source",
                "end_state_has_exit",
                _("State %(key)s is an end state: no transition can leave it.") % {"key": repr(source.key)},
            )
        if transition.target not in self.states:
            self.add(
                f"{path}.target",
                "unknown_state",
                _("There is no state %(target)s.") % {"target": repr(transition.target)},
            )
        if (
            transition.kind == TransitionKind.HOOK
            and source is not None
            and source.participant.kind not in (ParticipantKind.HOOK, ParticipantKind.SCRIPT)
        ):
            self.add(
                f"{path}.kind",
                "hook_transition_without_hook",
                _("A hook transition needs a source state handled by a hook or a script; %(key)s is not.")
                % {"key": repr(source.key)},
            )

    def check_timer(self, path: str, transition: TransitionDef) -> None:
        if transition.kind == TransitionKind.TIMER:
            if transition.timer_seconds is None or transition.timer_seconds < 1:
                self.add(
                    f"{path}.timer_seconds",
                    "invalid_timer",
                    _("A timer transition needs `timer_seconds` of at least 1."),
                )
            self.check_clock(
                f"{path}.timer_clock", transition.timer_clock or "wall", transition.timer_seconds
            )
        elif transition.timer_seconds is not None:
            self.add(
                f"{path}.timer_seconds",
                "invalid_timer",
                _("Only timer transitions take `timer_seconds`, not %(kind)s ones.")
                % {"kind": transition.kind},
            )
        if transition.kind != TransitionKind.TIMER and transition.timer_clock not in (None, "wall"):
            self.add(
                f"{path}.timer_clock",
                "invalid_timer",
                _("Only timer transitions take `timer_clock`, not %(kind)s ones.")
                % {"kind": transition.kind},
            )
