from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset






T = TypeVar("T", bound="ScriptIn")



@_attrs_define
class ScriptIn:
    """ 
        Attributes:
            code (str):
            name (str):
            source (str): Python 3: reads the ticket (JSON) on stdin, prints {"fields": {…}, "transition": key}.
            description (str | Unset):  Default: ''.
            is_active (bool | Unset):  Default: True.
     """

    code: str
    name: str
    source: str
    description: str | Unset = ''
    is_active: bool | Unset = True
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        code = self.code

        name = self.name

        source = self.source

        description = self.description

        is_active = self.is_active


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "code": code,
            "name": name,
            "source": source,
        })
        if description is not UNSET:
            field_dict["description"] = description
        if is_active is not UNSET:
            field_dict["is_active"] = is_active

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        name = d.pop("name")

        source = d.pop("source")

        description = d.pop("description", UNSET)

        is_active = d.pop("is_active", UNSET)

        script_in = cls(
            code=code,
            name=name,
            source=source,
            description=description,
            is_active=is_active,
        )


        script_in.additional_properties = d
        return script_in

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
