from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.simulated_sla_out_clock_type_0 import SimulatedSlaOutClockType0
from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="SimulatedSlaOut")



@_attrs_define
class SimulatedSlaOut:
    """ 
        Attributes:
            action (str):
            seconds (int):
            transition (None | str):
            clock (None | SimulatedSlaOutClockType0 | Unset): What `seconds` counts; null: wall.
            warn_before_seconds (int | None | Unset): Handlers are warned this long before the SLA runs out (same clock);
                null: none.
     """

    action: str
    seconds: int
    transition: None | str
    clock: None | SimulatedSlaOutClockType0 | Unset = UNSET
    warn_before_seconds: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        action = self.action

        seconds = self.seconds

        transition: None | str
        transition = self.transition

        clock: None | str | Unset
        if isinstance(self.clock, Unset):
            clock = UNSET
        elif isinstance(self.clock, SimulatedSlaOutClockType0):
            clock = self.clock.value
        else:
            clock = self.clock

        warn_before_seconds: int | None | Unset
        if isinstance(self.warn_before_seconds, Unset):
            warn_before_seconds = UNSET
        else:
            warn_before_seconds = self.warn_before_seconds


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "action": action,
            "seconds": seconds,
            "transition": transition,
        })
        if clock is not UNSET:
            field_dict["clock"] = clock
        if warn_before_seconds is not UNSET:
            field_dict["warn_before_seconds"] = warn_before_seconds

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        action = d.pop("action")

        seconds = d.pop("seconds")

        def _parse_transition(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        transition = _parse_transition(d.pop("transition"))


        def _parse_clock(data: object) -> None | SimulatedSlaOutClockType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                clock_type_0 = SimulatedSlaOutClockType0(data)



                return clock_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SimulatedSlaOutClockType0 | Unset, data)

        clock = _parse_clock(d.pop("clock", UNSET))


        def _parse_warn_before_seconds(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        warn_before_seconds = _parse_warn_before_seconds(d.pop("warn_before_seconds", UNSET))


        simulated_sla_out = cls(
            action=action,
            seconds=seconds,
            transition=transition,
            clock=clock,
            warn_before_seconds=warn_before_seconds,
        )


        simulated_sla_out.additional_properties = d
        return simulated_sla_out

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
