from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.provider_out_discovery_status import ProviderOutDiscoveryStatus
from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.provider_out_department_map import ProviderOutDepartmentMap
  from ..models.provider_out_role_map import ProviderOutRoleMap





T = TypeVar("T", bound="ProviderOut")



@_attrs_define
class ProviderOut:
    """ 
        Attributes:
            client_id (str):
            create_users (bool):
            created_at (datetime.datetime):
            department_claim (str):
            department_map (ProviderOutDepartmentMap):
            discovered_at (datetime.datetime | None):
            discovery_error (str):
            discovery_status (ProviderOutDiscoveryStatus):
            end_session_supported (bool):
            has_client_secret (bool):
            id (int):
            is_enabled (bool):
            issuer (str):
            key (str):
            label (str):
            match_claim (str):
            redirect_path (str): Register <your tenant's URL> + this path at the provider.
            role_claim (str):
            role_map (ProviderOutRoleMap):
            scopes (str):
            updated_at (datetime.datetime):
     """

    client_id: str
    create_users: bool
    created_at: datetime.datetime
    department_claim: str
    department_map: ProviderOutDepartmentMap
    discovered_at: datetime.datetime | None
    discovery_error: str
    discovery_status: ProviderOutDiscoveryStatus
    end_session_supported: bool
    has_client_secret: bool
    id: int
    is_enabled: bool
    issuer: str
    key: str
    label: str
    match_claim: str
    redirect_path: str
    role_claim: str
    role_map: ProviderOutRoleMap
    scopes: str
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.provider_out_department_map import ProviderOutDepartmentMap # noqa: PLC0415
        from ..models.provider_out_role_map import ProviderOutRoleMap # noqa: PLC0415
        client_id = self.client_id

        create_users = self.create_users

        created_at = self.created_at.isoformat()

        department_claim = self.department_claim

        department_map = self.department_map.to_dict()

        discovered_at: None | str
        if isinstance(self.discovered_at, datetime.datetime):
            discovered_at = self.discovered_at.isoformat()
        else:
            discovered_at = self.discovered_at

        discovery_error = self.discovery_error

        discovery_status = self.discovery_status.value

        end_session_supported = self.end_session_supported

        has_client_secret = self.has_client_secret

        id = self.id

        is_enabled = self.is_enabled

        issuer = self.issuer

        key = self.key

        label = self.label

        match_claim = self.match_claim

        redirect_path = self.redirect_path

        role_claim = self.role_claim

        role_map = self.role_map.to_dict()

        scopes = self.scopes

        updated_at = self.updated_at.isoformat()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "client_id": client_id,
            "create_users": create_users,
            "created_at": created_at,
            "department_claim": department_claim,
            "department_map": department_map,
            "discovered_at": discovered_at,
            "discovery_error": discovery_error,
            "discovery_status": discovery_status,
            "end_session_supported": end_session_supported,
            "has_client_secret": has_client_secret,
            "id": id,
            "is_enabled": is_enabled,
            "issuer": issuer,
            "key": key,
            "label": label,
            "match_claim": match_claim,
            "redirect_path": redirect_path,
            "role_claim": role_claim,
            "role_map": role_map,
            "scopes": scopes,
            "updated_at": updated_at,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.provider_out_department_map import ProviderOutDepartmentMap # noqa: PLC0415
        from ..models.provider_out_role_map import ProviderOutRoleMap # noqa: PLC0415
        d = dict(src_dict)
        client_id = d.pop("client_id")

        create_users = d.pop("create_users")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        department_claim = d.pop("department_claim")

        department_map = ProviderOutDepartmentMap.from_dict(d.pop("department_map"))




        def _parse_discovered_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                discovered_at_type_0 = datetime.datetime.fromisoformat(data)



                return discovered_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        discovered_at = _parse_discovered_at(d.pop("discovered_at"))


        discovery_error = d.pop("discovery_error")

        discovery_status = ProviderOutDiscoveryStatus(d.pop("discovery_status"))




        end_session_supported = d.pop("end_session_supported")

        has_client_secret = d.pop("has_client_secret")

        id = d.pop("id")

        is_enabled = d.pop("is_enabled")

        issuer = d.pop("issuer")

        key = d.pop("key")

        label = d.pop("label")

        match_claim = d.pop("match_claim")

        redirect_path = d.pop("redirect_path")

        role_claim = d.pop("role_claim")

        role_map = ProviderOutRoleMap.from_dict(d.pop("role_map"))




        scopes = d.pop("scopes")

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))




        provider_out = cls(
            client_id=client_id,
            create_users=create_users,
            created_at=created_at,
            department_claim=department_claim,
            department_map=department_map,
            discovered_at=discovered_at,
            discovery_error=discovery_error,
            discovery_status=discovery_status,
            end_session_supported=end_session_supported,
            has_client_secret=has_client_secret,
            id=id,
            is_enabled=is_enabled,
            issuer=issuer,
            key=key,
            label=label,
            match_claim=match_claim,
            redirect_path=redirect_path,
            role_claim=role_claim,
            role_map=role_map,
            scopes=scopes,
            updated_at=updated_at,
        )


        provider_out.additional_properties = d
        return provider_out

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
