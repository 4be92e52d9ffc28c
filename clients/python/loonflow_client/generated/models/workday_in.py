from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.interval_in import IntervalIn





T = TypeVar("T", bound="WorkdayIn")



@_attrs_define
class WorkdayIn:
    """ 
        Attributes:
            date (datetime.date):
            hours (list[IntervalIn]): The working hours of that date.
            name (str | Unset):  Default: ''.
     """

    date: datetime.date
    hours: list[IntervalIn]
    name: str | Unset = ''
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.interval_in import IntervalIn # noqa: PLC0415
        date = self.date.isoformat()

        hours = []
        for hours_item_data in self.hours:
            hours_item = hours_item_data.to_dict()
            hours.append(hours_item)



        name = self.name


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "date": date,
            "hours": hours,
        })
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.interval_in import IntervalIn # noqa: PLC0415
        d = dict(src_dict)
        date = datetime.date.fromisoformat(d.pop("date"))




        hours = []
        _hours = d.pop("hours")
        for hours_item_data in (_hours):
            hours_item = IntervalIn.from_dict(hours_item_data)



            hours.append(hours_item)


        name = d.pop("name", UNSET)

        workday_in = cls(
            date=date,
            hours=hours,
            name=name,
        )


        workday_in.additional_properties = d
        return workday_in

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
