from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime






T = TypeVar("T", bound="AppOut")



@_attrs_define
class AppOut:
    """ 
        Attributes:
            created_at (datetime.datetime):
            description (str):
            has_signing_secret (bool):
            id (int):
            is_active (bool):
            name (str):
            require_signature (bool):
            scopes (list[str]):
     """

    created_at: datetime.datetime
    description: str
    has_signing_secret: bool
    id: int
    is_active: bool
    name: str
    require_signature: bool
    scopes: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        description = self.description

        has_signing_secret = self.has_signing_secret

        id = self.id

        is_active = self.is_active

        name = self.name

        require_signature = self.require_signature

        scopes = self.scopes




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "created_at": created_at,
            "description": description,
            "has_signing_secret": has_signing_secret,
            "id": id,
            "is_active": is_active,
            "name": name,
            "require_signature": require_signature,
            "scopes": scopes,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        description = d.pop("description")

        has_signing_secret = d.pop("has_signing_secret")

        id = d.pop("id")

        is_active = d.pop("is_active")

        name = d.pop("name")

        require_signature = d.pop("require_signature")

        scopes = cast(list[str], d.pop("scopes"))


        app_out = cls(
            created_at=created_at,
            description=description,
            has_signing_secret=has_signing_secret,
            id=id,
            is_active=is_active,
            name=name,
            require_signature=require_signature,
            scopes=scopes,
        )


        app_out.additional_properties = d
        return app_out

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
