from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="Audience")



@_attrs_define
class Audience:
    """ Everyone in the tenant, or the union of the listed users, departments (members) and roles.

        Attributes:
            departments (list[str] | Unset):
            everyone (bool | Unset):  Default: False.
            roles (list[str] | Unset):
            users (list[str] | Unset):
     """

    departments: list[str] | Unset = UNSET
    everyone: bool | Unset = False
    roles: list[str] | Unset = UNSET
    users: list[str] | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        departments: list[str] | Unset = UNSET
        if not isinstance(self.departments, Unset):
            departments = self.departments



        everyone = self.everyone

        roles: list[str] | Unset = UNSET
        if not isinstance(self.roles, Unset):
            roles = self.roles



        users: list[str] | Unset = UNSET
        if not isinstance(self.users, Unset):
            users = self.users




        field_dict: dict[str, Any] = {}

        field_dict.update({
        })
        if departments is not UNSET:
            field_dict["departments"] = departments
        if everyone is not UNSET:
            field_dict["everyone"] = everyone
        if roles is not UNSET:
            field_dict["roles"] = roles
        if users is not UNSET:
            field_dict["users"] = users

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        departments = cast(list[str], d.pop("departments", UNSET))


        everyone = d.pop("everyone", UNSET)

        roles = cast(list[str], d.pop("roles", UNSET))


        users = cast(list[str], d.pop("users", UNSET))


        audience = cls(
            departments=departments,
            everyone=everyone,
            roles=roles,
            users=users,
        )

        return audience

