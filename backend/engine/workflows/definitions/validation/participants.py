"""The rules for who takes part: state participants (robots among them: a script or a hook that
handles a state by itself), the creator/viewer/intervenor audiences, and the notification rules
(their channels and states)."""

from __future__ import annotations

from engine.workflows.definitions.schema import (
    Audience,
    DistributionKind,
    FieldType,
    Participant,
    ParticipantKind,
    StateDef,
    TransitionAttribute,
    TransitionKind,
)
from engine.workflows.definitions.validation.context import RuleContext

# Field types a `field` participant rule may read the handlers from.
PARTICIPANT_FIELD_TYPES = frozenset({FieldType.USER, FieldType.USERS, FieldType.DEPARTMENT})


class ParticipantRules(RuleContext):
    def check_participant(self, path: str, who: Participant, *, none_allowed: bool) -> None:
        kind = who.kind
        if kind == ParticipantKind.NONE and not none_allowed:
            self.add(
                f"{path}.kind",
                "missing_participant",
                "Someone must handle this: only start and end states can have no participant.",
            )
        self.check_names(path, who)
        required = {
            ParticipantKind.USERS: ("users", "at least one user"),
            ParticipantKind.DEPARTMENTS: ("departments", "at least one department"),
            ParticipantKind.ROLES: ("roles", "at least one role"),
            ParticipantKind.VARIABLE: ("variable", "a variable"),
            ParticipantKind.FIELD: ("field", "a field"),
            ParticipantKind.PARENT_FIELD: ("field", "a field of the parent ticket's workflow"),
            ParticipantKind.HOOK: ("hook", "a hook"),
            ParticipantKind.SCRIPT: ("script", "a script"),
        }.get(kind)
        if required is not None and not getattr(who, required[0]):
            self.add(
                f"{path}.{required[0]}",
                "incomplete_participant",
                f"A {kind} participant needs {required[1]}.",
            )
        if kind == ParticipantKind.FIELD and who.field:
            field = self.fields.get(who.field)
            if field is None:
                self.add(f"{path}.field", "invalid_participant_field", f"There is no field {who.field!r}.")
            elif field.type not in PARTICIPANT_FIELD_TYPES:
                self.add(
                    f"{path}.field",
                    "invalid_participant_field",
                    f"Field {who.field!r} is a {field.type} field; handlers come from a user, users "
                    "or department field.",
                )

    def check_robot(self, path: str, state: StateDef) -> None:
        """A state a script or a hook handles by itself (no person): the script exists and is
        switched on, no person's distribution applies, and its result has a transition to pick."""
        who = state.participant
        if who.kind == ParticipantKind.SCRIPT and who.script:
            if who.script not in self.directory.script_codes:
                self.add(
                    f"{path}.participant.script", "unknown_script", f"There is no script {who.script!r}."
                )
            elif who.script not in self.directory.enabled_script_codes:
                self.add(
                    f"{path}.participant.script",
                    "disabled_script",
                    f"The script {who.script!r} is switched off: nothing would handle the state.",
                )
        if not who.robot:
            return
        distribution = state.distribution
        if distribution.kind != DistributionKind.ANY or distribution.countersign is not None:
            self.add(
                f"{path}.distribution",
                "robot_distribution",
                f"A {who.kind} handles this state, not people: it takes no {distribution.kind} distribution "
                "or countersign.",
            )
        if state.reuse_last_handler:
            self.add(
                f"{path}.reuse_last_handler",
                "robot_distribution",
                f"A {who.kind} handles this state: there is no earlier handler to reuse.",
            )
        ways = [
            t
            for t in self.doc.transitions
            if t.source == state.key and t.kind in (TransitionKind.MANUAL, TransitionKind.HOOK)
        ]
        if not ways:
            self.add(
                f"{path}.participant",
                "robot_without_transition",
                f"State {state.key!r} is handled by a {who.kind}: it needs a manual or hook transition "
                "for the result to pick.",
            )
        elif not any(t.attribute == TransitionAttribute.AGREE for t in self.doc.transitions_from(state.key)):
            # A result that names no transition (and a callback's `decision: agree`) takes it.
            self.add(
                f"{path}.participant",
                "robot_without_agree",
                f"State {state.key!r} is handled by a {who.kind}: a result naming no transition takes "
                "the state's agree transition, and it has none.",
            )

    def check_audience(self, path: str, audience: Audience, *, must_have_someone: bool = False) -> None:
        if (
            must_have_someone
            and not audience.everyone
            and not (audience.users or audience.departments or audience.roles)
        ):
            self.add(path, "nobody_can_create", "No one could create tickets: name who may, or everyone.")
        self.check_names(path, audience)

    def check_notifications(self) -> None:
        for index, rule in enumerate(self.doc.notifications):
            if rule.channel not in self.directory.channel_codes:
                self.add(
                    f"notifications.{index}.channel",
                    "unknown_channel",
                    f"There is no notification channel {rule.channel!r}.",
                )
            for number, key in enumerate(rule.states):
                if key not in self.states:
                    self.add(
                        f"notifications.{index}.states.{number}",
                        "unknown_state",
                        f"There is no state {key!r}.",
                    )
