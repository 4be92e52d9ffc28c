from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.interval_in import IntervalIn





T = TypeVar("T", bound="CalendarIn")



@_attrs_define
class CalendarIn:
    """ 
        Attributes:
            time_zone (str): An IANA time zone, e.g. Europe/Berlin.
            week (list[list[IntervalIn]]): Working hours of each weekday, Monday first.
     """

    time_zone: str
    week: list[list[IntervalIn]]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.interval_in import IntervalIn # noqa: PLC0415
        time_zone = self.time_zone

        week = []
        for week_item_data in self.week:
            week_item = []
            for week_item_item_data in week_item_data:
                week_item_item = week_item_item_data.to_dict()
                week_item.append(week_item_item)


            week.append(week_item)




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "time_zone": time_zone,
            "week": week,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.interval_in import IntervalIn # noqa: PLC0415
        d = dict(src_dict)
        time_zone = d.pop("time_zone")

        week = []
        _week = d.pop("week")
        for week_item_data in (_week):
            week_item = []
            _week_item = week_item_data
            for week_item_item_data in (_week_item):
                week_item_item = IntervalIn.from_dict(week_item_item_data)



                week_item.append(week_item_item)

            week.append(week_item)


        calendar_in = cls(
            time_zone=time_zone,
            week=week,
        )


        calendar_in.additional_properties = d
        return calendar_in

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
