from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.sla_action import SlaAction
from ..models.sla_clock_type_0 import SlaClockType0
from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.participant import Participant





T = TypeVar("T", bound="Sla")



@_attrs_define
class Sla:
    """ 
        Attributes:
            duration_seconds (int):
            action (SlaAction | Unset):  Default: SlaAction.REMIND.
            clock (None | SlaClockType0 | Unset): What it counts (docs/workflows.md "SLA clock"); null: wall.
            escalate_to (None | Participant | Unset):
            transition (None | str | Unset):
            warn_before_seconds (int | None | Unset): Warn the handlers this long before the SLA runs out, counted on the
                SLA's clock (working_days: whole days, N x 86400); null: no warning.
     """

    duration_seconds: int
    action: SlaAction | Unset = SlaAction.REMIND
    clock: None | SlaClockType0 | Unset = UNSET
    escalate_to: None | Participant | Unset = UNSET
    transition: None | str | Unset = UNSET
    warn_before_seconds: int | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.participant import Participant # noqa: PLC0415
        duration_seconds = self.duration_seconds

        action: str | Unset = UNSET
        if not isinstance(self.action, Unset):
            action = self.action.value


        clock: None | str | Unset
        if isinstance(self.clock, Unset):
            clock = UNSET
        elif isinstance(self.clock, SlaClockType0):
            clock = self.clock.value
        else:
            clock = self.clock

        escalate_to: dict[str, Any] | None | Unset
        if isinstance(self.escalate_to, Unset):
            escalate_to = UNSET
        elif isinstance(self.escalate_to, Participant):
            escalate_to = self.escalate_to.to_dict()
        else:
            escalate_to = self.escalate_to

        transition: None | str | Unset
        if isinstance(self.transition, Unset):
            transition = UNSET
        else:
            transition = self.transition

        warn_before_seconds: int | None | Unset
        if isinstance(self.warn_before_seconds, Unset):
            warn_before_seconds = UNSET
        else:
            warn_before_seconds = self.warn_before_seconds


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "duration_seconds": duration_seconds,
        })
        if action is not UNSET:
            field_dict["action"] = action
        if clock is not UNSET:
            field_dict["clock"] = clock
        if escalate_to is not UNSET:
            field_dict["escalate_to"] = escalate_to
        if transition is not UNSET:
            field_dict["transition"] = transition
        if warn_before_seconds is not UNSET:
            field_dict["warn_before_seconds"] = warn_before_seconds

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.participant import Participant # noqa: PLC0415
        d = dict(src_dict)
        duration_seconds = d.pop("duration_seconds")

        _action = d.pop("action", UNSET)
        action: SlaAction | Unset
        if isinstance(_action,  Unset):
            action = UNSET
        else:
            action = SlaAction(_action)




        def _parse_clock(data: object) -> None | SlaClockType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                clock_type_0 = SlaClockType0(data)



                return clock_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SlaClockType0 | Unset, data)

        clock = _parse_clock(d.pop("clock", UNSET))


        def _parse_escalate_to(data: object) -> None | Participant | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                escalate_to_type_0 = Participant.from_dict(data)



                return escalate_to_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Participant | Unset, data)

        escalate_to = _parse_escalate_to(d.pop("escalate_to", UNSET))


        def _parse_transition(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        transition = _parse_transition(d.pop("transition", UNSET))


        def _parse_warn_before_seconds(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        warn_before_seconds = _parse_warn_before_seconds(d.pop("warn_before_seconds", UNSET))


        sla = cls(
            duration_seconds=duration_seconds,
            action=action,
            clock=clock,
            escalate_to=escalate_to,
            transition=transition,
            warn_before_seconds=warn_before_seconds,
        )

        return sla

