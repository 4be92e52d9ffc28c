from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.holiday_out import HolidayOut
  from ..models.interval_out import IntervalOut
  from ..models.workday_out import WorkdayOut





T = TypeVar("T", bound="CalendarOut")



@_attrs_define
class CalendarOut:
    """ 
        Attributes:
            holidays (list[HolidayOut]):
            time_zone (str):
            updated_at (datetime.datetime | None): null: never saved (the defaults apply).
            week (list[list[IntervalOut]]): Working hours of each weekday, Monday first.
            weekly_seconds (int): Working seconds of an ordinary week.
            workdays (list[WorkdayOut]): Make-up working days.
     """

    holidays: list[HolidayOut]
    time_zone: str
    updated_at: datetime.datetime | None
    week: list[list[IntervalOut]]
    weekly_seconds: int
    workdays: list[WorkdayOut]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.holiday_out import HolidayOut # noqa: PLC0415
        from ..models.interval_out import IntervalOut # noqa: PLC0415
        from ..models.workday_out import WorkdayOut # noqa: PLC0415
        holidays = []
        for holidays_item_data in self.holidays:
            holidays_item = holidays_item_data.to_dict()
            holidays.append(holidays_item)



        time_zone = self.time_zone

        updated_at: None | str
        if isinstance(self.updated_at, datetime.datetime):
            updated_at = self.updated_at.isoformat()
        else:
            updated_at = self.updated_at

        week = []
        for week_item_data in self.week:
            week_item = []
            for week_item_item_data in week_item_data:
                week_item_item = week_item_item_data.to_dict()
                week_item.append(week_item_item)


            week.append(week_item)



        weekly_seconds = self.weekly_seconds

        workdays = []
        for workdays_item_data in self.workdays:
            workdays_item = workdays_item_data.to_dict()
            workdays.append(workdays_item)




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "holidays": holidays,
            "time_zone": time_zone,
            "updated_at": updated_at,
            "week": week,
            "weekly_seconds": weekly_seconds,
            "workdays": workdays,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.holiday_out import HolidayOut # noqa: PLC0415
        from ..models.interval_out import IntervalOut # noqa: PLC0415
        from ..models.workday_out import WorkdayOut # noqa: PLC0415
        d = dict(src_dict)
        holidays = []
        _holidays = d.pop("holidays")
        for holidays_item_data in (_holidays):
            holidays_item = HolidayOut.from_dict(holidays_item_data)



            holidays.append(holidays_item)


        time_zone = d.pop("time_zone")

        def _parse_updated_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                updated_at_type_0 = datetime.datetime.fromisoformat(data)



                return updated_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        updated_at = _parse_updated_at(d.pop("updated_at"))


        week = []
        _week = d.pop("week")
        for week_item_data in (_week):
            week_item = []
            _week_item = week_item_data
            for week_item_item_data in (_week_item):
                week_item_item = IntervalOut.from_dict(week_item_item_data)



                week_item.append(week_item_item)

            week.append(week_item)


        weekly_seconds = d.pop("weekly_seconds")

        workdays = []
        _workdays = d.pop("workdays")
        for workdays_item_data in (_workdays):
            workdays_item = WorkdayOut.from_dict(workdays_item_data)



            workdays.append(workdays_item)


        calendar_out = cls(
            holidays=holidays,
            time_zone=time_zone,
            updated_at=updated_at,
            week=week,
            weekly_seconds=weekly_seconds,
            workdays=workdays,
        )


        calendar_out.additional_properties = d
        return calendar_out

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
