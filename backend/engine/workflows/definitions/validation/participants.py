"""The rules for who takes part: state participants (robots among them: a script or a hook that
handles a state by itself), the creator/viewer/intervenor audiences, and the notification rules
(their channels and states)."""

from __future__ import annotations

from django.utils.translation import gettext as _

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
                _("Someone must handle this: only start and end states can have no participant."),
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
                _("A %(kind)s participant needs %(value)s.") % {"kind": kind, "value": required[1]},
            )
        if kind == ParticipantKind.FIELD and who.field:
            field = self.fields.get(who.field)
            if field is None:
                self.add(
                    f"{path}.field",
                    "invalid_participant_field",
                    _("There is no field %(field)s.") % {"field": repr(who.field)},
                )
            elif field.type not in PARTICIPANT_FIELD_TYPES:
                self.add(
                    f"{path}.field",
                    "invalid_participant_field",
                    _(
                        "Field %(field)s is a %(type)s field; handlers come from a user, "
                        "users or department field."
                    )
                    % {"field": repr(who.field), "type": field.type},
                )

    def check_robot(self, path: str, state: StateDef) -> None:
        """A state a script or a hook handles by itself (no person): the script exists and is
        switched on, no person's distribution applies, and its result has a transition to pick."""
        who = state.participant
        if who.kind == ParticipantKind.SCRIPT and who.script:
            if who.script not in self.directory.script_codes:
                self.add(
                    f"{path}.participant.script",
                    "unknown_script",
                    _("There is no script %(script)s.") % {"script": repr(who.script)},
                )
            elif who.script not in self.directory.enabled_script_codes:
                self.add(
                    f"{path}.participant.script",
                    "disabled_script",
                    _("The script %(script)s is switched off: nothing would handle the state.")
                    % {"script": repr(who.script)},
                )
        if not who.robot:
            return
        distribution = state.distribution
        if distribution.kind != DistributionKind.ANY or distribution.countersign is not None:
            self.add(
                f"{path}.distribution",
                "robot_distribution",
                _(
                    "A %(kind)s handles this state, not people: it takes no %(kind2)s distribution or "
                    "countersign."
                )
                % {"kind": who.kind, "kind2": distribution.kind},
            )
        if state.reuse_last_handler:
            self.add(
                f"{path}.reuse_last_handler",
                "robot_distribution",
                _("A %(kind)s handles this state: there is no earlier handler to reuse.")
                % {"kind": who.kind},
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
                _(
                    "State %(key)s is handled by a %(kind)s: it needs a manual or "
                    "hook transition for the "
                    "result to pick."
                )
                % {"key": repr(state.key), "kind": who.kind},
            )
        elif not any(t.attribute == TransitionAttribute.AGREE for t in self.doc.transitions_from(state.key)):
            # A result that names no transition (and a callback's `decision: agree`) takes it.
            self.add(
                f"{path}.participant",
                "robot_without_agree",
                _(
                    "State %(key)s is handled by a %(kind)s: a result naming no transition takes the state's "
                    "agree transition, and it has none."
                )
                % {"key": repr(state.key), "kind": who.kind},
            )

    def check_audience(self, path: str, audience: Audience, *, must_have_someone: bool = False) -> None:
        if (
            must_have_someone
            and not audience.everyone
            and not (audience.users or audience.departments or audience.roles)
        ):
            self.add(path, "nobody_can_create", _("No one could create tickets: name who may, or everyone."))
        self.check_names(path, audience)

    def check_notifications(self) -> None:
        for index, rule in enumerate(self.doc.notifications):
            if rule.channel not in self.directory.channel_codes:
                self.add(
                    f"notifications.{index}.channel",
                    "unknown_channel",
                    _("There is no notification channel %(channel)s.") % {"channel": repr(rule.channel)},
                )
            for number, key in enumerate(rule.states):
                if key not in self.states:
                    self.add(
                        f"notifications.{index}.states.{number}",
                        "unknown_state",
                        _("There is no state %(key)s.") % {"key": repr(key)},
                    )
