from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.ldap_source_in_department_source import LdapSourceInDepartmentSource
from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.ldap_source_in_attributes import LdapSourceInAttributes
  from ..models.ldap_source_in_role_map import LdapSourceInRoleMap





T = TypeVar("T", bound="LdapSourceIn")



@_attrs_define
class LdapSourceIn:
    """ 
        Attributes:
            name (str):
            server_url (str): ldap://host[:port] or ldaps://host[:port].
            user_base_dn (str):
            attributes (LdapSourceInAttributes | Unset): Our field -> the directory's attribute (username, email, name,
                employee_id, phone); absent: the default.
            bind_dn (str | Unset):  Default: ''.
            bind_password (str | Unset): Write-only: stored encrypted, never returned. Default: ''.
            ca_certificate (str | Unset): PEM certificates of the CA that signed the server's; empty: the system's. Default:
                ''.
            department_attribute (str | Unset):  Default: ''.
            department_source (LdapSourceInDepartmentSource | Unset):  Default: LdapSourceInDepartmentSource.OU.
            enabled (bool | Unset):  Default: True.
            group_base_dn (str | Unset):  Default: ''.
            group_filter (str | Unset):  Default: '(objectClass=groupOfNames)'.
            group_member_attribute (str | Unset):  Default: 'member'.
            interval_minutes (int | Unset):  Default: 60.
            role_map (LdapSourceInRoleMap | Unset): Group DN or cn -> role code.
            start_tls (bool | Unset):  Default: False.
            user_filter (str | Unset):  Default: '(objectClass=inetOrgPerson)'.
     """

    name: str
    server_url: str
    user_base_dn: str
    attributes: LdapSourceInAttributes | Unset = UNSET
    bind_dn: str | Unset = ''
    bind_password: str | Unset = ''
    ca_certificate: str | Unset = ''
    department_attribute: str | Unset = ''
    department_source: LdapSourceInDepartmentSource | Unset = LdapSourceInDepartmentSource.OU
    enabled: bool | Unset = True
    group_base_dn: str | Unset = ''
    group_filter: str | Unset = '(objectClass=groupOfNames)'
    group_member_attribute: str | Unset = 'member'
    interval_minutes: int | Unset = 60
    role_map: LdapSourceInRoleMap | Unset = UNSET
    start_tls: bool | Unset = False
    user_filter: str | Unset = '(objectClass=inetOrgPerson)'
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.ldap_source_in_attributes import LdapSourceInAttributes # noqa: PLC0415
        from ..models.ldap_source_in_role_map import LdapSourceInRoleMap # noqa: PLC0415
        name = self.name

        server_url = self.server_url

        user_base_dn = self.user_base_dn

        attributes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.attributes, Unset):
            attributes = self.attributes.to_dict()

        bind_dn = self.bind_dn

        bind_password = self.bind_password

        ca_certificate = self.ca_certificate

        department_attribute = self.department_attribute

        department_source: str | Unset = UNSET
        if not isinstance(self.department_source, Unset):
            department_source = self.department_source.value


        enabled = self.enabled

        group_base_dn = self.group_base_dn

        group_filter = self.group_filter

        group_member_attribute = self.group_member_attribute

        interval_minutes = self.interval_minutes

        role_map: dict[str, Any] | Unset = UNSET
        if not isinstance(self.role_map, Unset):
            role_map = self.role_map.to_dict()

        start_tls = self.start_tls

        user_filter = self.user_filter


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "name": name,
            "server_url": server_url,
            "user_base_dn": user_base_dn,
        })
        if attributes is not UNSET:
            field_dict["attributes"] = attributes
        if bind_dn is not UNSET:
            field_dict["bind_dn"] = bind_dn
        if bind_password is not UNSET:
            field_dict["bind_password"] = bind_password
        if ca_certificate is not UNSET:
            field_dict["ca_certificate"] = ca_certificate
        if department_attribute is not UNSET:
            field_dict["department_attribute"] = department_attribute
        if department_source is not UNSET:
            field_dict["department_source"] = department_source
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if group_base_dn is not UNSET:
            field_dict["group_base_dn"] = group_base_dn
        if group_filter is not UNSET:
            field_dict["group_filter"] = group_filter
        if group_member_attribute is not UNSET:
            field_dict["group_member_attribute"] = group_member_attribute
        if interval_minutes is not UNSET:
            field_dict["interval_minutes"] = interval_minutes
        if role_map is not UNSET:
            field_dict["role_map"] = role_map
        if start_tls is not UNSET:
            field_dict["start_tls"] = start_tls
        if user_filter is not UNSET:
            field_dict["user_filter"] = user_filter

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ldap_source_in_attributes import LdapSourceInAttributes # noqa: PLC0415
        from ..models.ldap_source_in_role_map import LdapSourceInRoleMap # noqa: PLC0415
        d = dict(src_dict)
        name = d.pop("name")

        server_url = d.pop("server_url")

        user_base_dn = d.pop("user_base_dn")

        _attributes = d.pop("attributes", UNSET)
        attributes: LdapSourceInAttributes | Unset
        if isinstance(_attributes,  Unset):
            attributes = UNSET
        else:
            attributes = LdapSourceInAttributes.from_dict(_attributes)




        bind_dn = d.pop("bind_dn", UNSET)

        bind_password = d.pop("bind_password", UNSET)

        ca_certificate = d.pop("ca_certificate", UNSET)

        department_attribute = d.pop("department_attribute", UNSET)

        _department_source = d.pop("department_source", UNSET)
        department_source: LdapSourceInDepartmentSource | Unset
        if isinstance(_department_source,  Unset):
            department_source = UNSET
        else:
            department_source = LdapSourceInDepartmentSource(_department_source)




        enabled = d.pop("enabled", UNSET)

        group_base_dn = d.pop("group_base_dn", UNSET)

        group_filter = d.pop("group_filter", UNSET)

        group_member_attribute = d.pop("group_member_attribute", UNSET)

        interval_minutes = d.pop("interval_minutes", UNSET)

        _role_map = d.pop("role_map", UNSET)
        role_map: LdapSourceInRoleMap | Unset
        if isinstance(_role_map,  Unset):
            role_map = UNSET
        else:
            role_map = LdapSourceInRoleMap.from_dict(_role_map)




        start_tls = d.pop("start_tls", UNSET)

        user_filter = d.pop("user_filter", UNSET)

        ldap_source_in = cls(
            name=name,
            server_url=server_url,
            user_base_dn=user_base_dn,
            attributes=attributes,
            bind_dn=bind_dn,
            bind_password=bind_password,
            ca_certificate=ca_certificate,
            department_attribute=department_attribute,
            department_source=department_source,
            enabled=enabled,
            group_base_dn=group_base_dn,
            group_filter=group_filter,
            group_member_attribute=group_member_attribute,
            interval_minutes=interval_minutes,
            role_map=role_map,
            start_tls=start_tls,
            user_filter=user_filter,
        )


        ldap_source_in.additional_properties = d
        return ldap_source_in

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
