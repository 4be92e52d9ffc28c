"""2.x state participants (type id + text) as our participant rules (loonflow2-notes §1.3)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from engine.workflows.definitions.schema import (
    Countersign,
    Distribution,
    DistributionKind,
    FieldType,
    Participant,
    ParticipantKind,
    Variable,
)
from integrations.v2import import texts

# Names 2.x writes where a person would be, that are nobody's account (the engine, hooks).
SYSTEM_NAMES = frozenset({"loonrobot", "hook", "***"})
_UNMAPPED = {
    6: "a script participant (2.x Python scripts are not imported)",
    9: "participant type 9 (documented by 2.x but never used by its code)",
    10: "a hook participant (its URL and token are not imported)",
    11: "an external-lookup participant (its URL and token are not imported)",
}
SECRET_TYPES = frozenset({10, 11})
_DISTRIBUTION = {
    1: DistributionKind.CLAIM,
    2: DistributionKind.ANY,
    3: DistributionKind.RANDOM,
}
PERSON_FIELD_TYPES = frozenset({FieldType.USER, FieldType.USERS, FieldType.DEPARTMENT})


def department_code(source_id: Any) -> str:
    return f"v2-dept-{source_id}"


def role_code(source_id: Any) -> str:
    return f"v2-role-{source_id}"


@dataclass(frozen=True)
class Mapped:
    participant: Participant
    problem: str = ""  # why it is not what 2.x did (empty: faithful)


def participant(type_id: int, value: Any, *, fields: dict[str, tuple[str, FieldType]]) -> Mapped:
    """Our rule for a state's 2.x participant; `fields` maps 2.x field keys to (our key, type)."""
    if type_id in _UNMAPPED:
        return Mapped(Participant(), _UNMAPPED[type_id])
    parts = texts.names(value)
    if type_id == 0 or not parts:
        return Mapped(Participant(), "" if type_id == 0 else "an empty participant")
    if type_id in (1, 2):
        return _people(parts)
    if type_id == 3:
        return Mapped(
            Participant(kind=ParticipantKind.DEPARTMENTS, departments=[department_code(p) for p in parts])
        )
    if type_id == 4:
        return Mapped(Participant(kind=ParticipantKind.ROLES, roles=[role_code(p) for p in parts]))
    if type_id == 5:
        return _variable(parts)
    if type_id in (7, 8):
        return _field(type_id, parts, fields)
    return Mapped(Participant(), f"unknown participant type {type_id}")


def _people(parts: list[str]) -> Mapped:
    people = [name for name in parts if name not in SYSTEM_NAMES]
    if not people:
        return Mapped(Participant(), "the only participant is a system name")
    problem = "" if len(people) == len(parts) else "system names (loonrobot, hook) left out"
    return Mapped(Participant(kind=ParticipantKind.USERS, users=people[:500]), problem)


def _variable(parts: list[str]) -> Mapped:
    known = {"creator": Variable.CREATOR, "creator_tl": Variable.CREATOR_APPROVER}
    usable = [known[part] for part in parts if part in known]
    if not usable:
        return Mapped(Participant(), f"unknown variable {','.join(parts)!r}")
    problem = "" if len(usable) == len(parts) == 1 else "only the first of several variables is kept"
    return Mapped(Participant(kind=ParticipantKind.VARIABLE, variable=usable[0]), problem)


def _field(type_id: int, parts: list[str], fields: dict[str, tuple[str, FieldType]]) -> Mapped:
    problem = "" if len(parts) == 1 else "only the first of several fields is kept"
    if type_id == 8:  # the parent's workflow is not known here; its keys are kept as 2.x named them
        key = texts.key_of(parts[0], set())
        return Mapped(Participant(kind=ParticipantKind.PARENT_FIELD, field=key), problem)
    found = fields.get(parts[0])
    if found is None:
        return Mapped(Participant(), f"the field {parts[0]!r} does not exist")
    if found[1] not in PERSON_FIELD_TYPES:
        return Mapped(Participant(), f"the field {parts[0]!r} does not hold people")
    return Mapped(Participant(kind=ParticipantKind.FIELD, field=found[0]), problem)


def distribution(type_id: int) -> Distribution:
    if type_id == 4:
        return Distribution(kind=DistributionKind.COUNTERSIGN, countersign=Countersign())
    return Distribution(kind=_DISTRIBUTION.get(type_id, DistributionKind.ANY))
