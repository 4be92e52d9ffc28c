from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="DepartmentCreateIn")



@_attrs_define
class DepartmentCreateIn:
    """ 
        Attributes:
            code (str):
            name (str):
            approver_id (int | None | Unset):
            leader_id (int | None | Unset):
            parent_id (int | None | Unset):
     """

    code: str
    name: str
    approver_id: int | None | Unset = UNSET
    leader_id: int | None | Unset = UNSET
    parent_id: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        code = self.code

        name = self.name

        approver_id: int | None | Unset
        if isinstance(self.approver_id, Unset):
            approver_id = UNSET
        else:
            approver_id = self.approver_id

        leader_id: int | None | Unset
        if isinstance(self.leader_id, Unset):
            leader_id = UNSET
        else:
            leader_id = self.leader_id

        parent_id: int | None | Unset
        if isinstance(self.parent_id, Unset):
            parent_id = UNSET
        else:
            parent_id = self.parent_id


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "code": code,
            "name": name,
        })
        if approver_id is not UNSET:
            field_dict["approver_id"] = approver_id
        if leader_id is not UNSET:
            field_dict["leader_id"] = leader_id
        if parent_id is not UNSET:
            field_dict["parent_id"] = parent_id

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        name = d.pop("name")

        def _parse_approver_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        approver_id = _parse_approver_id(d.pop("approver_id", UNSET))


        def _parse_leader_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        leader_id = _parse_leader_id(d.pop("leader_id", UNSET))


        def _parse_parent_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        parent_id = _parse_parent_id(d.pop("parent_id", UNSET))


        department_create_in = cls(
            code=code,
            name=name,
            approver_id=approver_id,
            leader_id=leader_id,
            parent_id=parent_id,
        )


        department_create_in.additional_properties = d
        return department_create_in

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
