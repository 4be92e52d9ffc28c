from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.due_params_clock import DueParamsClock
from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="DueParams")



@_attrs_define
class DueParams:
    """ 
        Attributes:
            clock (DueParamsClock | Unset):  Default: DueParamsClock.WORKING.
            days (int | None | Unset): For the working_days clock.
            from_ (datetime.datetime | None | Unset): Default: now.
            hours (float | None | Unset): For the wall and working clocks.
     """

    clock: DueParamsClock | Unset = DueParamsClock.WORKING
    days: int | None | Unset = UNSET
    from_: datetime.datetime | None | Unset = UNSET
    hours: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        clock: str | Unset = UNSET
        if not isinstance(self.clock, Unset):
            clock = self.clock.value


        days: int | None | Unset
        if isinstance(self.days, Unset):
            days = UNSET
        else:
            days = self.days

        from_: None | str | Unset
        if isinstance(self.from_, Unset):
            from_ = UNSET
        elif isinstance(self.from_, datetime.datetime):
            from_ = self.from_.isoformat()
        else:
            from_ = self.from_

        hours: float | None | Unset
        if isinstance(self.hours, Unset):
            hours = UNSET
        else:
            hours = self.hours


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if clock is not UNSET:
            field_dict["clock"] = clock
        if days is not UNSET:
            field_dict["days"] = days
        if from_ is not UNSET:
            field_dict["from"] = from_
        if hours is not UNSET:
            field_dict["hours"] = hours

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _clock = d.pop("clock", UNSET)
        clock: DueParamsClock | Unset
        if isinstance(_clock,  Unset):
            clock = UNSET
        else:
            clock = DueParamsClock(_clock)




        def _parse_days(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        days = _parse_days(d.pop("days", UNSET))


        def _parse_from_(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                from_type_0 = datetime.datetime.fromisoformat(data)



                return from_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        from_ = _parse_from_(d.pop("from", UNSET))


        def _parse_hours(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        hours = _parse_hours(d.pop("hours", UNSET))


        due_params = cls(
            clock=clock,
            days=days,
            from_=from_,
            hours=hours,
        )


        due_params.additional_properties = d
        return due_params

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
