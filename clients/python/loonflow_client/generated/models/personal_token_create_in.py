from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="PersonalTokenCreateIn")



@_attrs_define
class PersonalTokenCreateIn:
    """ 
        Attributes:
            name (str): What the token is for (the agent or script), so it can be told apart later.
            scopes (list[str]): What the token may do, on top of what its person may: `workflows` (tickets, to-do, inbox),
                `directory:read`, `directory:write`, `admin` (all a tenant admin may).
            expires_in_days (int | Unset): Days until it stops working. Default: 90.
     """

    name: str
    scopes: list[str]
    expires_in_days: int | Unset = 90
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        name = self.name

        scopes = self.scopes



        expires_in_days = self.expires_in_days


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "name": name,
            "scopes": scopes,
        })
        if expires_in_days is not UNSET:
            field_dict["expires_in_days"] = expires_in_days

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        scopes = cast(list[str], d.pop("scopes"))


        expires_in_days = d.pop("expires_in_days", UNSET)

        personal_token_create_in = cls(
            name=name,
            scopes=scopes,
            expires_in_days=expires_in_days,
        )


        personal_token_create_in.additional_properties = d
        return personal_token_create_in

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
