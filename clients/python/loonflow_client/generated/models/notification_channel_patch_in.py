from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.notification_channel_patch_in_kind_type_0 import NotificationChannelPatchInKindType0
from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.notification_channel_patch_in_config_type_0 import NotificationChannelPatchInConfigType0





T = TypeVar("T", bound="NotificationChannelPatchIn")



@_attrs_define
class NotificationChannelPatchIn:
    """ 
        Attributes:
            code (None | str | Unset):
            config (None | NotificationChannelPatchInConfigType0 | Unset): Replaces the whole config.
            is_active (bool | None | Unset):
            is_default (bool | None | Unset):
            kind (None | NotificationChannelPatchInKindType0 | Unset):
            name (None | str | Unset):
            secret (None | str | Unset): Absent or null keeps it; "" removes it.
     """

    code: None | str | Unset = UNSET
    config: None | NotificationChannelPatchInConfigType0 | Unset = UNSET
    is_active: bool | None | Unset = UNSET
    is_default: bool | None | Unset = UNSET
    kind: None | NotificationChannelPatchInKindType0 | Unset = UNSET
    name: None | str | Unset = UNSET
    secret: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.notification_channel_patch_in_config_type_0 import NotificationChannelPatchInConfigType0 # noqa: PLC0415
        code: None | str | Unset
        if isinstance(self.code, Unset):
            code = UNSET
        else:
            code = self.code

        config: dict[str, Any] | None | Unset
        if isinstance(self.config, Unset):
            config = UNSET
        elif isinstance(self.config, NotificationChannelPatchInConfigType0):
            config = self.config.to_dict()
        else:
            config = self.config

        is_active: bool | None | Unset
        if isinstance(self.is_active, Unset):
            is_active = UNSET
        else:
            is_active = self.is_active

        is_default: bool | None | Unset
        if isinstance(self.is_default, Unset):
            is_default = UNSET
        else:
            is_default = self.is_default

        kind: None | str | Unset
        if isinstance(self.kind, Unset):
            kind = UNSET
        elif isinstance(self.kind, NotificationChannelPatchInKindType0):
            kind = self.kind.value
        else:
            kind = self.kind

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        secret: None | str | Unset
        if isinstance(self.secret, Unset):
            secret = UNSET
        else:
            secret = self.secret


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if code is not UNSET:
            field_dict["code"] = code
        if config is not UNSET:
            field_dict["config"] = config
        if is_active is not UNSET:
            field_dict["is_active"] = is_active
        if is_default is not UNSET:
            field_dict["is_default"] = is_default
        if kind is not UNSET:
            field_dict["kind"] = kind
        if name is not UNSET:
            field_dict["name"] = name
        if secret is not UNSET:
            field_dict["secret"] = secret

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.notification_channel_patch_in_config_type_0 import NotificationChannelPatchInConfigType0 # noqa: PLC0415
        d = dict(src_dict)
        def _parse_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        code = _parse_code(d.pop("code", UNSET))


        def _parse_config(data: object) -> None | NotificationChannelPatchInConfigType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                config_type_0 = NotificationChannelPatchInConfigType0.from_dict(data)



                return config_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | NotificationChannelPatchInConfigType0 | Unset, data)

        config = _parse_config(d.pop("config", UNSET))


        def _parse_is_active(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_active = _parse_is_active(d.pop("is_active", UNSET))


        def _parse_is_default(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_default = _parse_is_default(d.pop("is_default", UNSET))


        def _parse_kind(data: object) -> None | NotificationChannelPatchInKindType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                kind_type_0 = NotificationChannelPatchInKindType0(data)



                return kind_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | NotificationChannelPatchInKindType0 | Unset, data)

        kind = _parse_kind(d.pop("kind", UNSET))


        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))


        def _parse_secret(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        secret = _parse_secret(d.pop("secret", UNSET))


        notification_channel_patch_in = cls(
            code=code,
            config=config,
            is_active=is_active,
            is_default=is_default,
            kind=kind,
            name=name,
            secret=secret,
        )


        notification_channel_patch_in.additional_properties = d
        return notification_channel_patch_in

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
