from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime






T = TypeVar("T", bound="UserOut")



@_attrs_define
class UserOut:
    """ 
        Attributes:
            date_joined (datetime.datetime):
            department_ids (list[int]):
            display_name (str):
            email (str):
            id (int):
            is_active (bool):
            is_tenant_admin (bool):
            language (str):
            phone (str):
            role_ids (list[int]):
            updated_at (datetime.datetime):
            username (str):
     """

    date_joined: datetime.datetime
    department_ids: list[int]
    display_name: str
    email: str
    id: int
    is_active: bool
    is_tenant_admin: bool
    language: str
    phone: str
    role_ids: list[int]
    updated_at: datetime.datetime
    username: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        date_joined = self.date_joined.isoformat()

        department_ids = self.department_ids



        display_name = self.display_name

        email = self.email

        id = self.id

        is_active = self.is_active

        is_tenant_admin = self.is_tenant_admin

        language = self.language

        phone = self.phone

        role_ids = self.role_ids



        updated_at = self.updated_at.isoformat()

        username = self.username


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "date_joined": date_joined,
            "department_ids": department_ids,
            "display_name": display_name,
            "email": email,
            "id": id,
            "is_active": is_active,
            "is_tenant_admin": is_tenant_admin,
            "language": language,
            "phone": phone,
            "role_ids": role_ids,
            "updated_at": updated_at,
            "username": username,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        date_joined = datetime.datetime.fromisoformat(d.pop("date_joined"))




        department_ids = cast(list[int], d.pop("department_ids"))


        display_name = d.pop("display_name")

        email = d.pop("email")

        id = d.pop("id")

        is_active = d.pop("is_active")

        is_tenant_admin = d.pop("is_tenant_admin")

        language = d.pop("language")

        phone = d.pop("phone")

        role_ids = cast(list[int], d.pop("role_ids"))


        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))




        username = d.pop("username")

        user_out = cls(
            date_joined=date_joined,
            department_ids=department_ids,
            display_name=display_name,
            email=email,
            id=id,
            is_active=is_active,
            is_tenant_admin=is_tenant_admin,
            language=language,
            phone=phone,
            role_ids=role_ids,
            updated_at=updated_at,
            username=username,
        )


        user_out.additional_properties = d
        return user_out

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
