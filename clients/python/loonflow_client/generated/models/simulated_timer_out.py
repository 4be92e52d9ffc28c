from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.simulated_timer_out_clock_type_0 import SimulatedTimerOutClockType0
from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="SimulatedTimerOut")



@_attrs_define
class SimulatedTimerOut:
    """ 
        Attributes:
            seconds (int):
            transition (str):
            clock (None | SimulatedTimerOutClockType0 | Unset): What `seconds` counts; null: wall.
     """

    seconds: int
    transition: str
    clock: None | SimulatedTimerOutClockType0 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        seconds = self.seconds

        transition = self.transition

        clock: None | str | Unset
        if isinstance(self.clock, Unset):
            clock = UNSET
        elif isinstance(self.clock, SimulatedTimerOutClockType0):
            clock = self.clock.value
        else:
            clock = self.clock


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "seconds": seconds,
            "transition": transition,
        })
        if clock is not UNSET:
            field_dict["clock"] = clock

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        seconds = d.pop("seconds")

        transition = d.pop("transition")

        def _parse_clock(data: object) -> None | SimulatedTimerOutClockType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                clock_type_0 = SimulatedTimerOutClockType0(data)



                return clock_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SimulatedTimerOutClockType0 | Unset, data)

        clock = _parse_clock(d.pop("clock", UNSET))


        simulated_timer_out = cls(
            seconds=seconds,
            transition=transition,
            clock=clock,
        )


        simulated_timer_out.additional_properties = d
        return simulated_timer_out

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
