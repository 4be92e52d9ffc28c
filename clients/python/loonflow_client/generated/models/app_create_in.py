from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="AppCreateIn")



@_attrs_define
class AppCreateIn:
    """ 
        Attributes:
            name (str):
            confirm_no_scopes (bool | Unset): Must be true to leave the app without any scope (it can then call almost
                nothing). Default: False.
            description (str | Unset):  Default: ''.
            require_signature (bool | Unset):  Default: False.
            scopes (list[str] | Unset):
     """

    name: str
    confirm_no_scopes: bool | Unset = False
    description: str | Unset = ''
    require_signature: bool | Unset = False
    scopes: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        name = self.name

        confirm_no_scopes = self.confirm_no_scopes

        description = self.description

        require_signature = self.require_signature

        scopes: list[str] | Unset = UNSET
        if not isinstance(self.scopes, Unset):
            scopes = self.scopes




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "name": name,
        })
        if confirm_no_scopes is not UNSET:
            field_dict["confirm_no_scopes"] = confirm_no_scopes
        if description is not UNSET:
            field_dict["description"] = description
        if require_signature is not UNSET:
            field_dict["require_signature"] = require_signature
        if scopes is not UNSET:
            field_dict["scopes"] = scopes

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        confirm_no_scopes = d.pop("confirm_no_scopes", UNSET)

        description = d.pop("description", UNSET)

        require_signature = d.pop("require_signature", UNSET)

        scopes = cast(list[str], d.pop("scopes", UNSET))


        app_create_in = cls(
            name=name,
            confirm_no_scopes=confirm_no_scopes,
            description=description,
            require_signature=require_signature,
            scopes=scopes,
        )


        app_create_in.additional_properties = d
        return app_create_in

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
