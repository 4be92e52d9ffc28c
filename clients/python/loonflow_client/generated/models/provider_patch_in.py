from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.provider_patch_in_match_claim import ProviderPatchInMatchClaim
from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.provider_patch_in_department_map import ProviderPatchInDepartmentMap
  from ..models.provider_patch_in_role_map import ProviderPatchInRoleMap





T = TypeVar("T", bound="ProviderPatchIn")



@_attrs_define
class ProviderPatchIn:
    """ 
        Attributes:
            client_id (str | Unset):
            client_secret (str | Unset): Absent: keep the stored secret.
            create_users (bool | Unset):
            department_claim (str | Unset):
            department_map (ProviderPatchInDepartmentMap | Unset):
            is_enabled (bool | Unset):
            issuer (str | Unset):
            label (str | Unset):
            match_claim (ProviderPatchInMatchClaim | Unset):
            role_claim (str | Unset):
            role_map (ProviderPatchInRoleMap | Unset):
            scopes (str | Unset):
     """

    client_id: str | Unset = UNSET
    client_secret: str | Unset = UNSET
    create_users: bool | Unset = UNSET
    department_claim: str | Unset = UNSET
    department_map: ProviderPatchInDepartmentMap | Unset = UNSET
    is_enabled: bool | Unset = UNSET
    issuer: str | Unset = UNSET
    label: str | Unset = UNSET
    match_claim: ProviderPatchInMatchClaim | Unset = UNSET
    role_claim: str | Unset = UNSET
    role_map: ProviderPatchInRoleMap | Unset = UNSET
    scopes: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.provider_patch_in_department_map import ProviderPatchInDepartmentMap # noqa: PLC0415
        from ..models.provider_patch_in_role_map import ProviderPatchInRoleMap # noqa: PLC0415
        client_id = self.client_id

        client_secret = self.client_secret

        create_users = self.create_users

        department_claim = self.department_claim

        department_map: dict[str, Any] | Unset = UNSET
        if not isinstance(self.department_map, Unset):
            department_map = self.department_map.to_dict()

        is_enabled = self.is_enabled

        issuer = self.issuer

        label = self.label

        match_claim: str | Unset = UNSET
        if not isinstance(self.match_claim, Unset):
            match_claim = self.match_claim.value


        role_claim = self.role_claim

        role_map: dict[str, Any] | Unset = UNSET
        if not isinstance(self.role_map, Unset):
            role_map = self.role_map.to_dict()

        scopes = self.scopes


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if client_id is not UNSET:
            field_dict["client_id"] = client_id
        if client_secret is not UNSET:
            field_dict["client_secret"] = client_secret
        if create_users is not UNSET:
            field_dict["create_users"] = create_users
        if department_claim is not UNSET:
            field_dict["department_claim"] = department_claim
        if department_map is not UNSET:
            field_dict["department_map"] = department_map
        if is_enabled is not UNSET:
            field_dict["is_enabled"] = is_enabled
        if issuer is not UNSET:
            field_dict["issuer"] = issuer
        if label is not UNSET:
            field_dict["label"] = label
        if match_claim is not UNSET:
            field_dict["match_claim"] = match_claim
        if role_claim is not UNSET:
            field_dict["role_claim"] = role_claim
        if role_map is not UNSET:
            field_dict["role_map"] = role_map
        if scopes is not UNSET:
            field_dict["scopes"] = scopes

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.provider_patch_in_department_map import ProviderPatchInDepartmentMap # noqa: PLC0415
        from ..models.provider_patch_in_role_map import ProviderPatchInRoleMap # noqa: PLC0415
        d = dict(src_dict)
        client_id = d.pop("client_id", UNSET)

        client_secret = d.pop("client_secret", UNSET)

        create_users = d.pop("create_users", UNSET)

        department_claim = d.pop("department_claim", UNSET)

        _department_map = d.pop("department_map", UNSET)
        department_map: ProviderPatchInDepartmentMap | Unset
        if isinstance(_department_map,  Unset):
            department_map = UNSET
        else:
            department_map = ProviderPatchInDepartmentMap.from_dict(_department_map)




        is_enabled = d.pop("is_enabled", UNSET)

        issuer = d.pop("issuer", UNSET)

        label = d.pop("label", UNSET)

        _match_claim = d.pop("match_claim", UNSET)
        match_claim: ProviderPatchInMatchClaim | Unset
        if isinstance(_match_claim,  Unset):
            match_claim = UNSET
        else:
            match_claim = ProviderPatchInMatchClaim(_match_claim)




        role_claim = d.pop("role_claim", UNSET)

        _role_map = d.pop("role_map", UNSET)
        role_map: ProviderPatchInRoleMap | Unset
        if isinstance(_role_map,  Unset):
            role_map = UNSET
        else:
            role_map = ProviderPatchInRoleMap.from_dict(_role_map)




        scopes = d.pop("scopes", UNSET)

        provider_patch_in = cls(
            client_id=client_id,
            client_secret=client_secret,
            create_users=create_users,
            department_claim=department_claim,
            department_map=department_map,
            is_enabled=is_enabled,
            issuer=issuer,
            label=label,
            match_claim=match_claim,
            role_claim=role_claim,
            role_map=role_map,
            scopes=scopes,
        )


        provider_patch_in.additional_properties = d
        return provider_patch_in

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
