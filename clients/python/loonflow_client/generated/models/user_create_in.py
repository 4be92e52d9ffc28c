from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="UserCreateIn")



@_attrs_define
class UserCreateIn:
    """ 
        Attributes:
            username (str):
            department_ids (list[int] | Unset):
            display_name (str | Unset):  Default: ''.
            email (None | str | Unset):
            is_active (bool | Unset):  Default: True.
            is_tenant_admin (bool | Unset):  Default: False.
            password (None | str | Unset):
            phone (str | Unset):  Default: ''.
            role_ids (list[int] | Unset):
     """

    username: str
    department_ids: list[int] | Unset = UNSET
    display_name: str | Unset = ''
    email: None | str | Unset = UNSET
    is_active: bool | Unset = True
    is_tenant_admin: bool | Unset = False
    password: None | str | Unset = UNSET
    phone: str | Unset = ''
    role_ids: list[int] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        username = self.username

        department_ids: list[int] | Unset = UNSET
        if not isinstance(self.department_ids, Unset):
            department_ids = self.department_ids



        display_name = self.display_name

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        is_active = self.is_active

        is_tenant_admin = self.is_tenant_admin

        password: None | str | Unset
        if isinstance(self.password, Unset):
            password = UNSET
        else:
            password = self.password

        phone = self.phone

        role_ids: list[int] | Unset = UNSET
        if not isinstance(self.role_ids, Unset):
            role_ids = self.role_ids




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "username": username,
        })
        if department_ids is not UNSET:
            field_dict["department_ids"] = department_ids
        if display_name is not UNSET:
            field_dict["display_name"] = display_name
        if email is not UNSET:
            field_dict["email"] = email
        if is_active is not UNSET:
            field_dict["is_active"] = is_active
        if is_tenant_admin is not UNSET:
            field_dict["is_tenant_admin"] = is_tenant_admin
        if password is not UNSET:
            field_dict["password"] = password
        if phone is not UNSET:
            field_dict["phone"] = phone
        if role_ids is not UNSET:
            field_dict["role_ids"] = role_ids

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        username = d.pop("username")

        department_ids = cast(list[int], d.pop("department_ids", UNSET))


        display_name = d.pop("display_name", UNSET)

        def _parse_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        email = _parse_email(d.pop("email", UNSET))


        is_active = d.pop("is_active", UNSET)

        is_tenant_admin = d.pop("is_tenant_admin", UNSET)

        def _parse_password(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        password = _parse_password(d.pop("password", UNSET))


        phone = d.pop("phone", UNSET)

        role_ids = cast(list[int], d.pop("role_ids", UNSET))


        user_create_in = cls(
            username=username,
            department_ids=department_ids,
            display_name=display_name,
            email=email,
            is_active=is_active,
            is_tenant_admin=is_tenant_admin,
            password=password,
            phone=phone,
            role_ids=role_ids,
        )


        user_create_in.additional_properties = d
        return user_create_in

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
