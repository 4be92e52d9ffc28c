from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="UserPatchIn")



@_attrs_define
class UserPatchIn:
    """ 
        Attributes:
            department_ids (list[int] | None | Unset):
            display_name (None | str | Unset):
            email (None | str | Unset):
            is_active (bool | None | Unset):
            is_tenant_admin (bool | None | Unset):
            password (None | str | Unset):
            phone (None | str | Unset):
            role_ids (list[int] | None | Unset):
     """

    department_ids: list[int] | None | Unset = UNSET
    display_name: None | str | Unset = UNSET
    email: None | str | Unset = UNSET
    is_active: bool | None | Unset = UNSET
    is_tenant_admin: bool | None | Unset = UNSET
    password: None | str | Unset = UNSET
    phone: None | str | Unset = UNSET
    role_ids: list[int] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        department_ids: list[int] | None | Unset
        if isinstance(self.department_ids, Unset):
            department_ids = UNSET
        elif isinstance(self.department_ids, list):
            department_ids = self.department_ids


        else:
            department_ids = self.department_ids

        display_name: None | str | Unset
        if isinstance(self.display_name, Unset):
            display_name = UNSET
        else:
            display_name = self.display_name

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        is_active: bool | None | Unset
        if isinstance(self.is_active, Unset):
            is_active = UNSET
        else:
            is_active = self.is_active

        is_tenant_admin: bool | None | Unset
        if isinstance(self.is_tenant_admin, Unset):
            is_tenant_admin = UNSET
        else:
            is_tenant_admin = self.is_tenant_admin

        password: None | str | Unset
        if isinstance(self.password, Unset):
            password = UNSET
        else:
            password = self.password

        phone: None | str | Unset
        if isinstance(self.phone, Unset):
            phone = UNSET
        else:
            phone = self.phone

        role_ids: list[int] | None | Unset
        if isinstance(self.role_ids, Unset):
            role_ids = UNSET
        elif isinstance(self.role_ids, list):
            role_ids = self.role_ids


        else:
            role_ids = self.role_ids


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
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
        def _parse_department_ids(data: object) -> list[int] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                department_ids_type_0 = cast(list[int], data)

                return department_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[int] | None | Unset, data)

        department_ids = _parse_department_ids(d.pop("department_ids", UNSET))


        def _parse_display_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        display_name = _parse_display_name(d.pop("display_name", UNSET))


        def _parse_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        email = _parse_email(d.pop("email", UNSET))


        def _parse_is_active(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_active = _parse_is_active(d.pop("is_active", UNSET))


        def _parse_is_tenant_admin(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_tenant_admin = _parse_is_tenant_admin(d.pop("is_tenant_admin", UNSET))


        def _parse_password(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        password = _parse_password(d.pop("password", UNSET))


        def _parse_phone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        phone = _parse_phone(d.pop("phone", UNSET))


        def _parse_role_ids(data: object) -> list[int] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                role_ids_type_0 = cast(list[int], data)

                return role_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[int] | None | Unset, data)

        role_ids = _parse_role_ids(d.pop("role_ids", UNSET))


        user_patch_in = cls(
            department_ids=department_ids,
            display_name=display_name,
            email=email,
            is_active=is_active,
            is_tenant_admin=is_tenant_admin,
            password=password,
            phone=phone,
            role_ids=role_ids,
        )


        user_patch_in.additional_properties = d
        return user_patch_in

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
