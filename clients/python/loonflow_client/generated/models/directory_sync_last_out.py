from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.sync_counts import SyncCounts





T = TypeVar("T", bound="DirectorySyncLastOut")



@_attrs_define
class DirectorySyncLastOut:
    """ 
        Attributes:
            actor (str):
            changed (bool):
            created_at (datetime.datetime):
            departments (SyncCounts):
            memberships (SyncCounts):
            roles (SyncCounts):
            users (SyncCounts):
     """

    actor: str
    changed: bool
    created_at: datetime.datetime
    departments: SyncCounts
    memberships: SyncCounts
    roles: SyncCounts
    users: SyncCounts
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.sync_counts import SyncCounts # noqa: PLC0415
        actor = self.actor

        changed = self.changed

        created_at = self.created_at.isoformat()

        departments = self.departments.to_dict()

        memberships = self.memberships.to_dict()

        roles = self.roles.to_dict()

        users = self.users.to_dict()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "actor": actor,
            "changed": changed,
            "created_at": created_at,
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
        actor = d.pop("actor")

        changed = d.pop("changed")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        departments = SyncCounts.from_dict(d.pop("departments"))




        memberships = SyncCounts.from_dict(d.pop("memberships"))




        roles = SyncCounts.from_dict(d.pop("roles"))




        users = SyncCounts.from_dict(d.pop("users"))




        directory_sync_last_out = cls(
            actor=actor,
            changed=changed,
            created_at=created_at,
            departments=departments,
            memberships=memberships,
            roles=roles,
            users=users,
        )


        directory_sync_last_out.additional_properties = d
        return directory_sync_last_out

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
