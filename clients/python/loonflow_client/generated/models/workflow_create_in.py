from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="WorkflowCreateIn")



@_attrs_define
class WorkflowCreateIn:
    """ 
        Attributes:
            key (str):
            name (str):
            admin_ids (list[int] | Unset):
            category (str | Unset):  Default: ''.
            description (str | Unset):  Default: ''.
     """

    key: str
    name: str
    admin_ids: list[int] | Unset = UNSET
    category: str | Unset = ''
    description: str | Unset = ''
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        key = self.key

        name = self.name

        admin_ids: list[int] | Unset = UNSET
        if not isinstance(self.admin_ids, Unset):
            admin_ids = self.admin_ids



        category = self.category

        description = self.description


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "key": key,
            "name": name,
        })
        if admin_ids is not UNSET:
            field_dict["admin_ids"] = admin_ids
        if category is not UNSET:
            field_dict["category"] = category
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        key = d.pop("key")

        name = d.pop("name")

        admin_ids = cast(list[int], d.pop("admin_ids", UNSET))


        category = d.pop("category", UNSET)

        description = d.pop("description", UNSET)

        workflow_create_in = cls(
            key=key,
            name=name,
            admin_ids=admin_ids,
            category=category,
            description=description,
        )


        workflow_create_in.additional_properties = d
        return workflow_create_in

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
