from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset







T = TypeVar("T", bound="DashboardSummaryOut")



@_attrs_define
class DashboardSummaryOut:
    """ 
        Attributes:
            finished (int):
            open_now (int): Tickets in progress or returned now, whatever the period.
            opened (int):
            sla_breaches (int):
     """

    finished: int
    open_now: int
    opened: int
    sla_breaches: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        finished = self.finished

        open_now = self.open_now

        opened = self.opened

        sla_breaches = self.sla_breaches


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "finished": finished,
            "open_now": open_now,
            "opened": opened,
            "sla_breaches": sla_breaches,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        finished = d.pop("finished")

        open_now = d.pop("open_now")

        opened = d.pop("opened")

        sla_breaches = d.pop("sla_breaches")

        dashboard_summary_out = cls(
            finished=finished,
            open_now=open_now,
            opened=opened,
            sla_breaches=sla_breaches,
        )


        dashboard_summary_out.additional_properties = d
        return dashboard_summary_out

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
