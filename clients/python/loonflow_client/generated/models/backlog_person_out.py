from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset







T = TypeVar("T", bound="BacklogPersonOut")



@_attrs_define
class BacklogPersonOut:
    """ 
        Attributes:
            count (int): Open tickets waiting on them (to handle, claim or give an opinion on).
            name (str):
            user_id (int):
            username (str):
     """

    count: int
    name: str
    user_id: int
    username: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        count = self.count

        name = self.name

        user_id = self.user_id

        username = self.username


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "count": count,
            "name": name,
            "user_id": user_id,
            "username": username,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        count = d.pop("count")

        name = d.pop("name")

        user_id = d.pop("user_id")

        username = d.pop("username")

        backlog_person_out = cls(
            count=count,
            name=name,
            user_id=user_id,
            username=username,
        )


        backlog_person_out.additional_properties = d
        return backlog_person_out

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
