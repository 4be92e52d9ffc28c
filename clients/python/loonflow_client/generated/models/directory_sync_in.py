from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.sync_department_in import SyncDepartmentIn
  from ..models.sync_role_in import SyncRoleIn
  from ..models.sync_user_in import SyncUserIn





T = TypeVar("T", bound="DirectorySyncIn")



@_attrs_define
class DirectorySyncIn:
    """ 
        Attributes:
            departments (list[SyncDepartmentIn] | Unset):
            full (bool | Unset):  Default: False.
            roles (list[SyncRoleIn] | Unset):
            users (list[SyncUserIn] | Unset):
     """

    departments: list[SyncDepartmentIn] | Unset = UNSET
    full: bool | Unset = False
    roles: list[SyncRoleIn] | Unset = UNSET
    users: list[SyncUserIn] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.sync_department_in import SyncDepartmentIn # noqa: PLC0415
        from ..models.sync_role_in import SyncRoleIn # noqa: PLC0415
        from ..models.sync_user_in import SyncUserIn # noqa: PLC0415
        departments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.departments, Unset):
            departments = []
            for departments_item_data in self.departments:
                departments_item = departments_item_data.to_dict()
                departments.append(departments_item)



        full = self.full

        roles: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.roles, Unset):
            roles = []
            for roles_item_data in self.roles:
                roles_item = roles_item_data.to_dict()
                roles.append(roles_item)



        users: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.users, Unset):
            users = []
            for users_item_data in self.users:
                users_item = users_item_data.to_dict()
                users.append(users_item)




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if departments is not UNSET:
            field_dict["departments"] = departments
        if full is not UNSET:
            field_dict["full"] = full
        if roles is not UNSET:
            field_dict["roles"] = roles
        if users is not UNSET:
            field_dict["users"] = users

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.sync_department_in import SyncDepartmentIn # noqa: PLC0415
        from ..models.sync_role_in import SyncRoleIn # noqa: PLC0415
        from ..models.sync_user_in import SyncUserIn # noqa: PLC0415
        d = dict(src_dict)
        _departments = d.pop("departments", UNSET)
        departments: list[SyncDepartmentIn] | Unset = UNSET
        if _departments is not UNSET:
            departments = []
            for departments_item_data in _departments:
                departments_item = SyncDepartmentIn.from_dict(departments_item_data)



                departments.append(departments_item)


        full = d.pop("full", UNSET)

        _roles = d.pop("roles", UNSET)
        roles: list[SyncRoleIn] | Unset = UNSET
        if _roles is not UNSET:
            roles = []
            for roles_item_data in _roles:
                roles_item = SyncRoleIn.from_dict(roles_item_data)



                roles.append(roles_item)


        _users = d.pop("users", UNSET)
        users: list[SyncUserIn] | Unset = UNSET
        if _users is not UNSET:
            users = []
            for users_item_data in _users:
                users_item = SyncUserIn.from_dict(users_item_data)



                users.append(users_item)


        directory_sync_in = cls(
            departments=departments,
            full=full,
            roles=roles,
            users=users,
        )


        directory_sync_in.additional_properties = d
        return directory_sync_in

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
