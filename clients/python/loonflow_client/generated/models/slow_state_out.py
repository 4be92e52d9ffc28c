from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset







T = TypeVar("T", bound="SlowStateOut")



@_attrs_define
class SlowStateOut:
    """ 
        Attributes:
            median_seconds (float):
            p90_seconds (float):
            state (str):
            state_name (str):
            visits (int):
            workflow (str):
            workflow_id (int):
     """

    median_seconds: float
    p90_seconds: float
    state: str
    state_name: str
    visits: int
    workflow: str
    workflow_id: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        median_seconds = self.median_seconds

        p90_seconds = self.p90_seconds

        state = self.state

        state_name = self.state_name

        visits = self.visits

        workflow = self.workflow

        workflow_id = self.workflow_id


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "median_seconds": median_seconds,
            "p90_seconds": p90_seconds,
            "state": state,
            "state_name": state_name,
            "visits": visits,
            "workflow": workflow,
            "workflow_id": workflow_id,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        median_seconds = d.pop("median_seconds")

        p90_seconds = d.pop("p90_seconds")

        state = d.pop("state")

        state_name = d.pop("state_name")

        visits = d.pop("visits")

        workflow = d.pop("workflow")

        workflow_id = d.pop("workflow_id")

        slow_state_out = cls(
            median_seconds=median_seconds,
            p90_seconds=p90_seconds,
            state=state,
            state_name=state_name,
            visits=visits,
            workflow=workflow,
            workflow_id=workflow_id,
        )


        slow_state_out.additional_properties = d
        return slow_state_out

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
