"""The rules for who takes part: state participants, the creator/viewer/intervenor audiences, and the
notification rules (their channels and states)."""

from __future__ import annotations

from engine.workflows.definitions.schema import (
    Audience,
    FieldType,
    Participant,
    ParticipantKind,
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
