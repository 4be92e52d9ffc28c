from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset







T = TypeVar("T", bound="BacklogStateOut")



@_attrs_define
class BacklogStateOut:
    """ 
        Attributes:
            count (int):
            state (str):
            state_name (str):
            workflow (str):
            workflow_id (int):
     """

    count: int
    state: str
    state_name: str
    workflow: str
    workflow_id: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        count = self.count

        state = self.state

        state_name = self.state_name

        workflow = self.workflow

        workflow_id = self.workflow_id


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "count": count,
            "state": state,
            "state_name": state_name,
            "workflow": workflow,
            "workflow_id": workflow_id,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        count = d.pop("count")

        state = d.pop("state")

        state_name = d.pop("state_name")

        workflow = d.pop("workflow")

        workflow_id = d.pop("workflow_id")

        backlog_state_out = cls(
            count=count,
            state=state,
            state_name=state_name,
            workflow=workflow,
            workflow_id=workflow_id,
        )


        backlog_state_out.additional_properties = d
        return backlog_state_out

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
