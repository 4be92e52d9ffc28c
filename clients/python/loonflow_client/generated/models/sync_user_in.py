from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="SyncUserIn")



@_attrs_define
class SyncUserIn:
    """ 
        Attributes:
            username (str):
            departments (list[str] | Unset):
            display_name (str | Unset):  Default: ''.
            email (None | str | Unset):
            is_active (bool | Unset):  Default: True.
            phone (str | Unset):  Default: ''.
            roles (list[str] | Unset):
     """

    username: str
    departments: list[str] | Unset = UNSET
    display_name: str | Unset = ''
    email: None | str | Unset = UNSET
    is_active: bool | Unset = True
    phone: str | Unset = ''
    roles: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        username = self.username

        departments: list[str] | Unset = UNSET
        if not isinstance(self.departments, Unset):
            departments = self.departments



        display_name = self.display_name

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        is_active = self.is_active

        phone = self.phone

        roles: list[str] | Unset = UNSET
        if not isinstance(self.roles, Unset):
            roles = self.roles




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "username": username,
        })
        if departments is not UNSET:
            field_dict["departments"] = departments
        if display_name is not UNSET:
            field_dict["display_name"] = display_name
        if email is not UNSET:
            field_dict["email"] = email
        if is_active is not UNSET:
            field_dict["is_active"] = is_active
        if phone is not UNSET:
            field_dict["phone"] = phone
        if roles is not UNSET:
            field_dict["roles"] = roles

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        username = d.pop("username")

        departments = cast(list[str], d.pop("departments", UNSET))


        display_name = d.pop("display_name", UNSET)

        def _parse_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        email = _parse_email(d.pop("email", UNSET))


        is_active = d.pop("is_active", UNSET)

        phone = d.pop("phone", UNSET)

        roles = cast(list[str], d.pop("roles", UNSET))


        sync_user_in = cls(
            username=username,
            departments=departments,
            display_name=display_name,
            email=email,
            is_active=is_active,
            phone=phone,
            roles=roles,
        )


        sync_user_in.additional_properties = d
        return sync_user_in

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
