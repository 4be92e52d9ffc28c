from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.due_out_clock import DueOutClock
from typing import cast
import datetime






T = TypeVar("T", bound="DueOut")



@_attrs_define
class DueOut:
    """ 
        Attributes:
            clock (DueOutClock):
            due_at (datetime.datetime):
            start (datetime.datetime):
            working_seconds (float): Working time between start and due_at.
     """

    clock: DueOutClock
    due_at: datetime.datetime
    start: datetime.datetime
    working_seconds: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        clock = self.clock.value

        due_at = self.due_at.isoformat()

        start = self.start.isoformat()

        working_seconds = self.working_seconds


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "clock": clock,
            "due_at": due_at,
            "start": start,
            "working_seconds": working_seconds,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        clock = DueOutClock(d.pop("clock"))




        due_at = datetime.datetime.fromisoformat(d.pop("due_at"))




        start = datetime.datetime.fromisoformat(d.pop("start"))




        working_seconds = d.pop("working_seconds")

        due_out = cls(
            clock=clock,
            due_at=due_at,
            start=start,
            working_seconds=working_seconds,
        )


        due_out.additional_properties = d
        return due_out

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
