from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast






T = TypeVar("T", bound="SimulatedSubticketsOut")



@_attrs_define
class SimulatedSubticketsOut:
    """ 
        Attributes:
            count (int | None):
            rows (None | str):
            workflow (None | str):
     """

    count: int | None
    rows: None | str
    workflow: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        count: int | None
        count = self.count

        rows: None | str
        rows = self.rows

        workflow: None | str
        workflow = self.workflow


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "count": count,
            "rows": rows,
            "workflow": workflow,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_count(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        count = _parse_count(d.pop("count"))


        def _parse_rows(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        rows = _parse_rows(d.pop("rows"))


        def _parse_workflow(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        workflow = _parse_workflow(d.pop("workflow"))


        simulated_subtickets_out = cls(
            count=count,
            rows=rows,
            workflow=workflow,
        )


        simulated_subtickets_out.additional_properties = d
        return simulated_subtickets_out

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
