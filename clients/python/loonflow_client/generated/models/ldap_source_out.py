from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.ldap_source_out_department_source import LdapSourceOutDepartmentSource
from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.ldap_run_out import LdapRunOut
  from ..models.ldap_source_out_attributes import LdapSourceOutAttributes
  from ..models.ldap_source_out_role_map import LdapSourceOutRoleMap





T = TypeVar("T", bound="LdapSourceOut")



@_attrs_define
class LdapSourceOut:
    """ 
        Attributes:
            attributes (LdapSourceOutAttributes):
            bind_dn (str):
            ca_certificate (str):
            created_at (datetime.datetime):
            department_attribute (str):
            department_source (LdapSourceOutDepartmentSource):
            enabled (bool):
            group_base_dn (str):
            group_filter (str):
            group_member_attribute (str):
            has_bind_password (bool):
            id (int):
            interval_minutes (int):
            last_run (LdapRunOut | None):
            name (str):
            people (int): People this source owns (active or not).
            role_map (LdapSourceOutRoleMap):
            server_url (str):
            start_tls (bool):
            updated_at (datetime.datetime):
            user_base_dn (str):
            user_filter (str):
     """

    attributes: LdapSourceOutAttributes
    bind_dn: str
    ca_certificate: str
    created_at: datetime.datetime
    department_attribute: str
    department_source: LdapSourceOutDepartmentSource
    enabled: bool
    group_base_dn: str
    group_filter: str
    group_member_attribute: str
    has_bind_password: bool
    id: int
    interval_minutes: int
    last_run: LdapRunOut | None
    name: str
    people: int
    role_map: LdapSourceOutRoleMap
    server_url: str
    start_tls: bool
    updated_at: datetime.datetime
    user_base_dn: str
    user_filter: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.ldap_run_out import LdapRunOut # noqa: PLC0415
        from ..models.ldap_source_out_attributes import LdapSourceOutAttributes # noqa: PLC0415
        from ..models.ldap_source_out_role_map import LdapSourceOutRoleMap # noqa: PLC0415
        attributes = self.attributes.to_dict()

        bind_dn = self.bind_dn

        ca_certificate = self.ca_certificate

        created_at = self.created_at.isoformat()

        department_attribute = self.department_attribute

        department_source = self.department_source.value

        enabled = self.enabled

        group_base_dn = self.group_base_dn

        group_filter = self.group_filter

        group_member_attribute = self.group_member_attribute

        has_bind_password = self.has_bind_password

        id = self.id

        interval_minutes = self.interval_minutes

        last_run: dict[str, Any] | None
        if isinstance(self.last_run, LdapRunOut):
            last_run = self.last_run.to_dict()
        else:
            last_run = self.last_run

        name = self.name

        people = self.people

        role_map = self.role_map.to_dict()

        server_url = self.server_url

        start_tls = self.start_tls

        updated_at = self.updated_at.isoformat()

        user_base_dn = self.user_base_dn

        user_filter = self.user_filter


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "attributes": attributes,
            "bind_dn": bind_dn,
            "ca_certificate": ca_certificate,
            "created_at": created_at,
            "department_attribute": department_attribute,
            "department_source": department_source,
            "enabled": enabled,
            "group_base_dn": group_base_dn,
            "group_filter": group_filter,
            "group_member_attribute": group_member_attribute,
            "has_bind_password": has_bind_password,
            "id": id,
            "interval_minutes": interval_minutes,
            "last_run": last_run,
            "name": name,
            "people": people,
            "role_map": role_map,
            "server_url": server_url,
            "start_tls": start_tls,
            "updated_at": updated_at,
            "user_base_dn": user_base_dn,
            "user_filter": user_filter,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ldap_run_out import LdapRunOut # noqa: PLC0415
        from ..models.ldap_source_out_attributes import LdapSourceOutAttributes # noqa: PLC0415
        from ..models.ldap_source_out_role_map import LdapSourceOutRoleMap # noqa: PLC0415
        d = dict(src_dict)
        attributes = LdapSourceOutAttributes.from_dict(d.pop("attributes"))




        bind_dn = d.pop("bind_dn")

        ca_certificate = d.pop("ca_certificate")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        department_attribute = d.pop("department_attribute")

        department_source = LdapSourceOutDepartmentSource(d.pop("department_source"))




        enabled = d.pop("enabled")

        group_base_dn = d.pop("group_base_dn")

        group_filter = d.pop("group_filter")

        group_member_attribute = d.pop("group_member_attribute")

        has_bind_password = d.pop("has_bind_password")

        id = d.pop("id")

        interval_minutes = d.pop("interval_minutes")

        def _parse_last_run(data: object) -> LdapRunOut | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                last_run_type_0 = LdapRunOut.from_dict(data)



                return last_run_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LdapRunOut | None, data)

        last_run = _parse_last_run(d.pop("last_run"))


        name = d.pop("name")

        people = d.pop("people")

        role_map = LdapSourceOutRoleMap.from_dict(d.pop("role_map"))




        server_url = d.pop("server_url")

        start_tls = d.pop("start_tls")

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))




        user_base_dn = d.pop("user_base_dn")

        user_filter = d.pop("user_filter")

        ldap_source_out = cls(
            attributes=attributes,
            bind_dn=bind_dn,
            ca_certificate=ca_certificate,
            created_at=created_at,
            department_attribute=department_attribute,
            department_source=department_source,
            enabled=enabled,
            group_base_dn=group_base_dn,
            group_filter=group_filter,
            group_member_attribute=group_member_attribute,
            has_bind_password=has_bind_password,
            id=id,
            interval_minutes=interval_minutes,
            last_run=last_run,
            name=name,
            people=people,
            role_map=role_map,
            server_url=server_url,
            start_tls=start_tls,
            updated_at=updated_at,
            user_base_dn=user_base_dn,
            user_filter=user_filter,
        )


        ldap_source_out.additional_properties = d
        return ldap_source_out

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
