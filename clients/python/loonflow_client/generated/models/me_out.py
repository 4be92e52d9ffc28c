from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.ref_out import RefOut
  from ..models.user_out import UserOut





T = TypeVar("T", bound="MeOut")



@_attrs_define
class MeOut:
    """ 
        Attributes:
            departments (list[RefOut]):
            is_tenant_admin (bool):
            roles (list[RefOut]):
            tenant (str):
            user (None | UserOut):
            app (None | str | Unset):
     """

    departments: list[RefOut]
    is_tenant_admin: bool
    roles: list[RefOut]
    tenant: str
    user: None | UserOut
    app: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.ref_out import RefOut # noqa: PLC0415
        from ..models.user_out import UserOut # noqa: PLC0415
        departments = []
        for departments_item_data in self.departments:
            departments_item = departments_item_data.to_dict()
            departments.append(departments_item)



        is_tenant_admin = self.is_tenant_admin

        roles = []
        for roles_item_data in self.roles:
            roles_item = roles_item_data.to_dict()
            roles.append(roles_item)



        tenant = self.tenant

        user: dict[str, Any] | None
        if isinstance(self.user, UserOut):
            user = self.user.to_dict()
        else:
            user = self.user

        app: None | str | Unset
        if isinstance(self.app, Unset):
            app = UNSET
        else:
            app = self.app


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "departments": departments,
            "is_tenant_admin": is_tenant_admin,
            "roles": roles,
            "tenant": tenant,
            "user": user,
        })
        if app is not UNSET:
            field_dict["app"] = app

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ref_out import RefOut # noqa: PLC0415
        from ..models.user_out import UserOut # noqa: PLC0415
        d = dict(src_dict)
        departments = []
        _departments = d.pop("departments")
        for departments_item_data in (_departments):
            departments_item = RefOut.from_dict(departments_item_data)



            departments.append(departments_item)


        is_tenant_admin = d.pop("is_tenant_admin")

        roles = []
        _roles = d.pop("roles")
        for roles_item_data in (_roles):
            roles_item = RefOut.from_dict(roles_item_data)



            roles.append(roles_item)


        tenant = d.pop("tenant")

        def _parse_user(data: object) -> None | UserOut:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                user_type_0 = UserOut.from_dict(data)



                return user_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UserOut, data)

        user = _parse_user(d.pop("user"))


        def _parse_app(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        app = _parse_app(d.pop("app", UNSET))


        me_out = cls(
            departments=departments,
            is_tenant_admin=is_tenant_admin,
            roles=roles,
            tenant=tenant,
            user=user,
            app=app,
        )


        me_out.additional_properties = d
        return me_out

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
