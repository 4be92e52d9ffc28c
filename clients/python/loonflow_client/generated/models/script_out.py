from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime






T = TypeVar("T", bound="ScriptOut")



@_attrs_define
class ScriptOut:
    """ 
        Attributes:
            code (str):
            created_at (datetime.datetime):
            description (str):
            id (int):
            is_active (bool):
            name (str):
            source (str):
            updated_at (datetime.datetime):
     """

    code: str
    created_at: datetime.datetime
    description: str
    id: int
    is_active: bool
    name: str
    source: str
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        code = self.code

        created_at = self.created_at.isoformat()

        description = self.description

        id = self.id

        is_active = self.is_active

        name = self.name

        source = self.source

        updated_at = self.updated_at.isoformat()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "code": code,
            "created_at": created_at,
            "description": description,
            "id": id,
            "is_active": is_active,
            "name": name,
            "source": source,
            "updated_at": updated_at,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        description = d.pop("description")

        id = d.pop("id")

        is_active = d.pop("is_active")

        name = d.pop("name")

        source = d.pop("source")

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))




        script_out = cls(
            code=code,
            created_at=created_at,
            description=description,
            id=id,
            is_active=is_active,
            name=name,
            source=source,
            updated_at=updated_at,
        )


        script_out.additional_properties = d
        return script_out

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
