from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.day_breaches_out import DayBreachesOut
  from ..models.day_count_out import DayCountOut
  from ..models.state_breaches_out import StateBreachesOut
  from ..models.state_time_out import StateTimeOut
  from ..models.statistics_out_by_status import StatisticsOutByStatus





T = TypeVar("T", bound="StatisticsOut")



@_attrs_define
class StatisticsOut:
    """ 
        Attributes:
            by_status (StatisticsOutByStatus):
            days (int):
            per_day (list[DayCountOut]):
            per_state (list[StateTimeOut]):
            sla_breaches_by_state (list[StateBreachesOut]):
            sla_breaches_per_day (list[DayBreachesOut]):
     """

    by_status: StatisticsOutByStatus
    days: int
    per_day: list[DayCountOut]
    per_state: list[StateTimeOut]
    sla_breaches_by_state: list[StateBreachesOut]
    sla_breaches_per_day: list[DayBreachesOut]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.day_breaches_out import DayBreachesOut # noqa: PLC0415
        from ..models.day_count_out import DayCountOut # noqa: PLC0415
        from ..models.state_breaches_out import StateBreachesOut # noqa: PLC0415
        from ..models.state_time_out import StateTimeOut # noqa: PLC0415
        from ..models.statistics_out_by_status import StatisticsOutByStatus # noqa: PLC0415
        by_status = self.by_status.to_dict()

        days = self.days

        per_day = []
        for per_day_item_data in self.per_day:
            per_day_item = per_day_item_data.to_dict()
            per_day.append(per_day_item)



        per_state = []
        for per_state_item_data in self.per_state:
            per_state_item = per_state_item_data.to_dict()
            per_state.append(per_state_item)



        sla_breaches_by_state = []
        for sla_breaches_by_state_item_data in self.sla_breaches_by_state:
            sla_breaches_by_state_item = sla_breaches_by_state_item_data.to_dict()
            sla_breaches_by_state.append(sla_breaches_by_state_item)



        sla_breaches_per_day = []
        for sla_breaches_per_day_item_data in self.sla_breaches_per_day:
            sla_breaches_per_day_item = sla_breaches_per_day_item_data.to_dict()
            sla_breaches_per_day.append(sla_breaches_per_day_item)




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "by_status": by_status,
            "days": days,
            "per_day": per_day,
            "per_state": per_state,
            "sla_breaches_by_state": sla_breaches_by_state,
            "sla_breaches_per_day": sla_breaches_per_day,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.day_breaches_out import DayBreachesOut # noqa: PLC0415
        from ..models.day_count_out import DayCountOut # noqa: PLC0415
        from ..models.state_breaches_out import StateBreachesOut # noqa: PLC0415
        from ..models.state_time_out import StateTimeOut # noqa: PLC0415
        from ..models.statistics_out_by_status import StatisticsOutByStatus # noqa: PLC0415
        d = dict(src_dict)
        by_status = StatisticsOutByStatus.from_dict(d.pop("by_status"))




        days = d.pop("days")

        per_day = []
        _per_day = d.pop("per_day")
        for per_day_item_data in (_per_day):
            per_day_item = DayCountOut.from_dict(per_day_item_data)



            per_day.append(per_day_item)


        per_state = []
        _per_state = d.pop("per_state")
        for per_state_item_data in (_per_state):
            per_state_item = StateTimeOut.from_dict(per_state_item_data)



            per_state.append(per_state_item)


        sla_breaches_by_state = []
        _sla_breaches_by_state = d.pop("sla_breaches_by_state")
        for sla_breaches_by_state_item_data in (_sla_breaches_by_state):
            sla_breaches_by_state_item = StateBreachesOut.from_dict(sla_breaches_by_state_item_data)



            sla_breaches_by_state.append(sla_breaches_by_state_item)


        sla_breaches_per_day = []
        _sla_breaches_per_day = d.pop("sla_breaches_per_day")
        for sla_breaches_per_day_item_data in (_sla_breaches_per_day):
            sla_breaches_per_day_item = DayBreachesOut.from_dict(sla_breaches_per_day_item_data)



            sla_breaches_per_day.append(sla_breaches_per_day_item)


        statistics_out = cls(
            by_status=by_status,
            days=days,
            per_day=per_day,
            per_state=per_state,
            sla_breaches_by_state=sla_breaches_by_state,
            sla_breaches_per_day=sla_breaches_per_day,
        )


        statistics_out.additional_properties = d
        return statistics_out

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
