from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.ldap_source_patch_in_department_source_type_0 import LdapSourcePatchInDepartmentSourceType0
from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.ldap_source_patch_in_attributes_type_0 import LdapSourcePatchInAttributesType0
  from ..models.ldap_source_patch_in_role_map_type_0 import LdapSourcePatchInRoleMapType0





T = TypeVar("T", bound="LdapSourcePatchIn")



@_attrs_define
class LdapSourcePatchIn:
    """ 
        Attributes:
            attributes (LdapSourcePatchInAttributesType0 | None | Unset):
            bind_dn (None | str | Unset):
            bind_password (None | str | Unset): Absent or null: keep the stored one; "": no password.
            ca_certificate (None | str | Unset):
            department_attribute (None | str | Unset):
            department_source (LdapSourcePatchInDepartmentSourceType0 | None | Unset):
            enabled (bool | Unset):
            group_base_dn (None | str | Unset):
            group_filter (None | str | Unset):
            group_member_attribute (None | str | Unset):
            interval_minutes (int | Unset):
            name (str | Unset):
            role_map (LdapSourcePatchInRoleMapType0 | None | Unset):
            server_url (str | Unset):
            start_tls (bool | Unset):
            user_base_dn (str | Unset):
            user_filter (str | Unset):
     """

    attributes: LdapSourcePatchInAttributesType0 | None | Unset = UNSET
    bind_dn: None | str | Unset = UNSET
    bind_password: None | str | Unset = UNSET
    ca_certificate: None | str | Unset = UNSET
    department_attribute: None | str | Unset = UNSET
    department_source: LdapSourcePatchInDepartmentSourceType0 | None | Unset = UNSET
    enabled: bool | Unset = UNSET
    group_base_dn: None | str | Unset = UNSET
    group_filter: None | str | Unset = UNSET
    group_member_attribute: None | str | Unset = UNSET
    interval_minutes: int | Unset = UNSET
    name: str | Unset = UNSET
    role_map: LdapSourcePatchInRoleMapType0 | None | Unset = UNSET
    server_url: str | Unset = UNSET
    start_tls: bool | Unset = UNSET
    user_base_dn: str | Unset = UNSET
    user_filter: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.ldap_source_patch_in_attributes_type_0 import LdapSourcePatchInAttributesType0 # noqa: PLC0415
        from ..models.ldap_source_patch_in_role_map_type_0 import LdapSourcePatchInRoleMapType0 # noqa: PLC0415
        attributes: dict[str, Any] | None | Unset
        if isinstance(self.attributes, Unset):
            attributes = UNSET
        elif isinstance(self.attributes, LdapSourcePatchInAttributesType0):
            attributes = self.attributes.to_dict()
        else:
            attributes = self.attributes

        bind_dn: None | str | Unset
        if isinstance(self.bind_dn, Unset):
            bind_dn = UNSET
        else:
            bind_dn = self.bind_dn

        bind_password: None | str | Unset
        if isinstance(self.bind_password, Unset):
            bind_password = UNSET
        else:
            bind_password = self.bind_password

        ca_certificate: None | str | Unset
        if isinstance(self.ca_certificate, Unset):
            ca_certificate = UNSET
        else:
            ca_certificate = self.ca_certificate

        department_attribute: None | str | Unset
        if isinstance(self.department_attribute, Unset):
            department_attribute = UNSET
        else:
            department_attribute = self.department_attribute

        department_source: None | str | Unset
        if isinstance(self.department_source, Unset):
            department_source = UNSET
        elif isinstance(self.department_source, LdapSourcePatchInDepartmentSourceType0):
            department_source = self.department_source.value
        else:
            department_source = self.department_source

        enabled = self.enabled

        group_base_dn: None | str | Unset
        if isinstance(self.group_base_dn, Unset):
            group_base_dn = UNSET
        else:
            group_base_dn = self.group_base_dn

        group_filter: None | str | Unset
        if isinstance(self.group_filter, Unset):
            group_filter = UNSET
        else:
            group_filter = self.group_filter

        group_member_attribute: None | str | Unset
        if isinstance(self.group_member_attribute, Unset):
            group_member_attribute = UNSET
        else:
            group_member_attribute = self.group_member_attribute

        interval_minutes = self.interval_minutes

        name = self.name

        role_map: dict[str, Any] | None | Unset
        if isinstance(self.role_map, Unset):
            role_map = UNSET
        elif isinstance(self.role_map, LdapSourcePatchInRoleMapType0):
            role_map = self.role_map.to_dict()
        else:
            role_map = self.role_map

        server_url = self.server_url

        start_tls = self.start_tls

        user_base_dn = self.user_base_dn

        user_filter = self.user_filter


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
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
        if name is not UNSET:
            field_dict["name"] = name
        if role_map is not UNSET:
            field_dict["role_map"] = role_map
        if server_url is not UNSET:
            field_dict["server_url"] = server_url
        if start_tls is not UNSET:
            field_dict["start_tls"] = start_tls
        if user_base_dn is not UNSET:
            field_dict["user_base_dn"] = user_base_dn
        if user_filter is not UNSET:
            field_dict["user_filter"] = user_filter

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ldap_source_patch_in_attributes_type_0 import LdapSourcePatchInAttributesType0 # noqa: PLC0415
        from ..models.ldap_source_patch_in_role_map_type_0 import LdapSourcePatchInRoleMapType0 # noqa: PLC0415
        d = dict(src_dict)
        def _parse_attributes(data: object) -> LdapSourcePatchInAttributesType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                attributes_type_0 = LdapSourcePatchInAttributesType0.from_dict(data)



                return attributes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LdapSourcePatchInAttributesType0 | None | Unset, data)

        attributes = _parse_attributes(d.pop("attributes", UNSET))


        def _parse_bind_dn(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        bind_dn = _parse_bind_dn(d.pop("bind_dn", UNSET))


        def _parse_bind_password(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        bind_password = _parse_bind_password(d.pop("bind_password", UNSET))


        def _parse_ca_certificate(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        ca_certificate = _parse_ca_certificate(d.pop("ca_certificate", UNSET))


        def _parse_department_attribute(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        department_attribute = _parse_department_attribute(d.pop("department_attribute", UNSET))


        def _parse_department_source(data: object) -> LdapSourcePatchInDepartmentSourceType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                department_source_type_0 = LdapSourcePatchInDepartmentSourceType0(data)



                return department_source_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LdapSourcePatchInDepartmentSourceType0 | None | Unset, data)

        department_source = _parse_department_source(d.pop("department_source", UNSET))


        enabled = d.pop("enabled", UNSET)

        def _parse_group_base_dn(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        group_base_dn = _parse_group_base_dn(d.pop("group_base_dn", UNSET))


        def _parse_group_filter(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        group_filter = _parse_group_filter(d.pop("group_filter", UNSET))


        def _parse_group_member_attribute(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        group_member_attribute = _parse_group_member_attribute(d.pop("group_member_attribute", UNSET))


        interval_minutes = d.pop("interval_minutes", UNSET)

        name = d.pop("name", UNSET)

        def _parse_role_map(data: object) -> LdapSourcePatchInRoleMapType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                role_map_type_0 = LdapSourcePatchInRoleMapType0.from_dict(data)



                return role_map_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LdapSourcePatchInRoleMapType0 | None | Unset, data)

        role_map = _parse_role_map(d.pop("role_map", UNSET))


        server_url = d.pop("server_url", UNSET)

        start_tls = d.pop("start_tls", UNSET)

        user_base_dn = d.pop("user_base_dn", UNSET)

        user_filter = d.pop("user_filter", UNSET)

        ldap_source_patch_in = cls(
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
            name=name,
            role_map=role_map,
            server_url=server_url,
            start_tls=start_tls,
            user_base_dn=user_base_dn,
            user_filter=user_filter,
        )


        ldap_source_patch_in.additional_properties = d
        return ldap_source_patch_in

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
