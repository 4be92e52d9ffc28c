from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="SsoSettingsIn")



@_attrs_define
class SsoSettingsIn:
    """ 
        Attributes:
            passwords_enabled (bool):
            break_glass_usernames (list[str] | Unset): Tenant admins who keep password sign-in when passwords are off (at
                least one then).
     """

    passwords_enabled: bool
    break_glass_usernames: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        passwords_enabled = self.passwords_enabled

        break_glass_usernames: list[str] | Unset = UNSET
        if not isinstance(self.break_glass_usernames, Unset):
            break_glass_usernames = self.break_glass_usernames




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "passwords_enabled": passwords_enabled,
        })
        if break_glass_usernames is not UNSET:
            field_dict["break_glass_usernames"] = break_glass_usernames

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        passwords_enabled = d.pop("passwords_enabled")

        break_glass_usernames = cast(list[str], d.pop("break_glass_usernames", UNSET))


        sso_settings_in = cls(
            passwords_enabled=passwords_enabled,
            break_glass_usernames=break_glass_usernames,
        )


        sso_settings_in.additional_properties = d
        return sso_settings_in

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
