from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.backlog_person_out import BacklogPersonOut
  from ..models.backlog_state_out import BacklogStateOut
  from ..models.dashboard_day_out import DashboardDayOut
  from ..models.dashboard_summary_out import DashboardSummaryOut
  from ..models.slow_state_out import SlowStateOut
  from ..models.workflow_breaches_out import WorkflowBreachesOut





T = TypeVar("T", bound="DashboardOut")



@_attrs_define
class DashboardOut:
    """ 
        Attributes:
            backlog_by_person (list[BacklogPersonOut]): Open now; the 50 busiest people.
            backlog_by_state (list[BacklogStateOut]): Open now, busiest first.
            from_day (datetime.date):
            per_day (list[DashboardDayOut]):
            sla_breaches (list[WorkflowBreachesOut]): Breaches in the period per workflow.
            slowest_states (list[SlowStateOut]): Visits begun in the period; the 20 slowest by median.
            summary (DashboardSummaryOut):
            to_day (datetime.date):
     """

    backlog_by_person: list[BacklogPersonOut]
    backlog_by_state: list[BacklogStateOut]
    from_day: datetime.date
    per_day: list[DashboardDayOut]
    sla_breaches: list[WorkflowBreachesOut]
    slowest_states: list[SlowStateOut]
    summary: DashboardSummaryOut
    to_day: datetime.date
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.backlog_person_out import BacklogPersonOut # noqa: PLC0415
        from ..models.backlog_state_out import BacklogStateOut # noqa: PLC0415
        from ..models.dashboard_day_out import DashboardDayOut # noqa: PLC0415
        from ..models.dashboard_summary_out import DashboardSummaryOut # noqa: PLC0415
        from ..models.slow_state_out import SlowStateOut # noqa: PLC0415
        from ..models.workflow_breaches_out import WorkflowBreachesOut # noqa: PLC0415
        backlog_by_person = []
        for backlog_by_person_item_data in self.backlog_by_person:
            backlog_by_person_item = backlog_by_person_item_data.to_dict()
            backlog_by_person.append(backlog_by_person_item)



        backlog_by_state = []
        for backlog_by_state_item_data in self.backlog_by_state:
            backlog_by_state_item = backlog_by_state_item_data.to_dict()
            backlog_by_state.append(backlog_by_state_item)



        from_day = self.from_day.isoformat()

        per_day = []
        for per_day_item_data in self.per_day:
            per_day_item = per_day_item_data.to_dict()
            per_day.append(per_day_item)



        sla_breaches = []
        for sla_breaches_item_data in self.sla_breaches:
            sla_breaches_item = sla_breaches_item_data.to_dict()
            sla_breaches.append(sla_breaches_item)



        slowest_states = []
        for slowest_states_item_data in self.slowest_states:
            slowest_states_item = slowest_states_item_data.to_dict()
            slowest_states.append(slowest_states_item)



        summary = self.summary.to_dict()

        to_day = self.to_day.isoformat()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "backlog_by_person": backlog_by_person,
            "backlog_by_state": backlog_by_state,
            "from_day": from_day,
            "per_day": per_day,
            "sla_breaches": sla_breaches,
            "slowest_states": slowest_states,
            "summary": summary,
            "to_day": to_day,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.backlog_person_out import BacklogPersonOut # noqa: PLC0415
        from ..models.backlog_state_out import BacklogStateOut # noqa: PLC0415
        from ..models.dashboard_day_out import DashboardDayOut # noqa: PLC0415
        from ..models.dashboard_summary_out import DashboardSummaryOut # noqa: PLC0415
        from ..models.slow_state_out import SlowStateOut # noqa: PLC0415
        from ..models.workflow_breaches_out import WorkflowBreachesOut # noqa: PLC0415
        d = dict(src_dict)
        backlog_by_person = []
        _backlog_by_person = d.pop("backlog_by_person")
        for backlog_by_person_item_data in (_backlog_by_person):
            backlog_by_person_item = BacklogPersonOut.from_dict(backlog_by_person_item_data)



            backlog_by_person.append(backlog_by_person_item)


        backlog_by_state = []
        _backlog_by_state = d.pop("backlog_by_state")
        for backlog_by_state_item_data in (_backlog_by_state):
            backlog_by_state_item = BacklogStateOut.from_dict(backlog_by_state_item_data)



            backlog_by_state.append(backlog_by_state_item)


        from_day = datetime.date.fromisoformat(d.pop("from_day"))




        per_day = []
        _per_day = d.pop("per_day")
        for per_day_item_data in (_per_day):
            per_day_item = DashboardDayOut.from_dict(per_day_item_data)



            per_day.append(per_day_item)


        sla_breaches = []
        _sla_breaches = d.pop("sla_breaches")
        for sla_breaches_item_data in (_sla_breaches):
            sla_breaches_item = WorkflowBreachesOut.from_dict(sla_breaches_item_data)



            sla_breaches.append(sla_breaches_item)


        slowest_states = []
        _slowest_states = d.pop("slowest_states")
        for slowest_states_item_data in (_slowest_states):
            slowest_states_item = SlowStateOut.from_dict(slowest_states_item_data)



            slowest_states.append(slowest_states_item)


        summary = DashboardSummaryOut.from_dict(d.pop("summary"))




        to_day = datetime.date.fromisoformat(d.pop("to_day"))




        dashboard_out = cls(
            backlog_by_person=backlog_by_person,
            backlog_by_state=backlog_by_state,
            from_day=from_day,
            per_day=per_day,
            sla_breaches=sla_breaches,
            slowest_states=slowest_states,
            summary=summary,
            to_day=to_day,
        )


        dashboard_out.additional_properties = d
        return dashboard_out

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
