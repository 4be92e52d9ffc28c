from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.sync_counts import SyncCounts





T = TypeVar("T", bound="DirectorySyncOut")



@_attrs_define
class DirectorySyncOut:
    """ 
        Attributes:
            changed (bool):
            departments (SyncCounts):
            memberships (SyncCounts):
            roles (SyncCounts):
            users (SyncCounts):
     """

    changed: bool
    departments: SyncCounts
    memberships: SyncCounts
    roles: SyncCounts
    users: SyncCounts
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.sync_counts import SyncCounts # noqa: PLC0415
        changed = self.changed

        departments = self.departments.to_dict()

        memberships = self.memberships.to_dict()

        roles = self.roles.to_dict()

        users = self.users.to_dict()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "changed": changed,
            "departments": departments,
            "memberships": memberships,
            "roles": roles,
            "users": users,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.sync_counts import SyncCounts # noqa: PLC0415
        d = dict(src_dict)
        changed = d.pop("changed")

        departments = SyncCounts.from_dict(d.pop("departments"))




        memberships = SyncCounts.from_dict(d.pop("memberships"))




        roles = SyncCounts.from_dict(d.pop("roles"))




        users = SyncCounts.from_dict(d.pop("users"))




        directory_sync_out = cls(
            changed=changed,
            departments=departments,
            memberships=memberships,
            roles=roles,
            users=users,
        )


        directory_sync_out.additional_properties = d
        return directory_sync_out

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
