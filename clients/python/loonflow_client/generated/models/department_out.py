from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast






T = TypeVar("T", bound="DepartmentOut")



@_attrs_define
class DepartmentOut:
    """ 
        Attributes:
            approver_id (int | None):
            code (str):
            id (int):
            is_active (bool):
            leader_id (int | None):
            member_count (int):
            name (str):
            parent_id (int | None):
     """

    approver_id: int | None
    code: str
    id: int
    is_active: bool
    leader_id: int | None
    member_count: int
    name: str
    parent_id: int | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        approver_id: int | None
        approver_id = self.approver_id

        code = self.code

        id = self.id

        is_active = self.is_active

        leader_id: int | None
        leader_id = self.leader_id

        member_count = self.member_count

        name = self.name

        parent_id: int | None
        parent_id = self.parent_id


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "approver_id": approver_id,
            "code": code,
            "id": id,
            "is_active": is_active,
            "leader_id": leader_id,
            "member_count": member_count,
            "name": name,
            "parent_id": parent_id,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_approver_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        approver_id = _parse_approver_id(d.pop("approver_id"))


        code = d.pop("code")

        id = d.pop("id")

        is_active = d.pop("is_active")

        def _parse_leader_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        leader_id = _parse_leader_id(d.pop("leader_id"))


        member_count = d.pop("member_count")

        name = d.pop("name")

        def _parse_parent_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        parent_id = _parse_parent_id(d.pop("parent_id"))


        department_out = cls(
            approver_id=approver_id,
            code=code,
            id=id,
            is_active=is_active,
            leader_id=leader_id,
            member_count=member_count,
            name=name,
            parent_id=parent_id,
        )


        department_out.additional_properties = d
        return department_out

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
