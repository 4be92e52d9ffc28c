from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.login_provider_out import LoginProviderOut





T = TypeVar("T", bound="LoginOptionsOut")



@_attrs_define
class LoginOptionsOut:
    """ 
        Attributes:
            passwords_enabled (bool): False: only break-glass admins may use a password.
            providers (list[LoginProviderOut]):
     """

    passwords_enabled: bool
    providers: list[LoginProviderOut]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.login_provider_out import LoginProviderOut # noqa: PLC0415
        passwords_enabled = self.passwords_enabled

        providers = []
        for providers_item_data in self.providers:
            providers_item = providers_item_data.to_dict()
            providers.append(providers_item)




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "passwords_enabled": passwords_enabled,
            "providers": providers,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.login_provider_out import LoginProviderOut # noqa: PLC0415
        d = dict(src_dict)
        passwords_enabled = d.pop("passwords_enabled")

        providers = []
        _providers = d.pop("providers")
        for providers_item_data in (_providers):
            providers_item = LoginProviderOut.from_dict(providers_item_data)



            providers.append(providers_item)


        login_options_out = cls(
            passwords_enabled=passwords_enabled,
            providers=providers,
        )


        login_options_out.additional_properties = d
        return login_options_out

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
