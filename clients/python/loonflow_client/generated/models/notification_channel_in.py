from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.notification_channel_in_kind import NotificationChannelInKind
from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.notification_channel_in_config import NotificationChannelInConfig





T = TypeVar("T", bound="NotificationChannelIn")



@_attrs_define
class NotificationChannelIn:
    """ 
        Attributes:
            code (str):
            kind (NotificationChannelInKind):
            name (str):
            config (NotificationChannelInConfig | Unset): email: host, port, username, from_email, use_tls, use_ssl,
                timeout; robots: url.
            is_active (bool | Unset):  Default: True.
            is_default (bool | Unset):  Default: False.
            secret (None | str | Unset): SMTP password, or the robot's signing secret (DingTalk, Feishu). Write-only.
     """

    code: str
    kind: NotificationChannelInKind
    name: str
    config: NotificationChannelInConfig | Unset = UNSET
    is_active: bool | Unset = True
    is_default: bool | Unset = False
    secret: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.notification_channel_in_config import NotificationChannelInConfig # noqa: PLC0415
        code = self.code

        kind = self.kind.value

        name = self.name

        config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.config, Unset):
            config = self.config.to_dict()

        is_active = self.is_active

        is_default = self.is_default

        secret: None | str | Unset
        if isinstance(self.secret, Unset):
            secret = UNSET
        else:
            secret = self.secret


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "code": code,
            "kind": kind,
            "name": name,
        })
        if config is not UNSET:
            field_dict["config"] = config
        if is_active is not UNSET:
            field_dict["is_active"] = is_active
        if is_default is not UNSET:
            field_dict["is_default"] = is_default
        if secret is not UNSET:
            field_dict["secret"] = secret

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.notification_channel_in_config import NotificationChannelInConfig # noqa: PLC0415
        d = dict(src_dict)
        code = d.pop("code")

        kind = NotificationChannelInKind(d.pop("kind"))




        name = d.pop("name")

        _config = d.pop("config", UNSET)
        config: NotificationChannelInConfig | Unset
        if isinstance(_config,  Unset):
            config = UNSET
        else:
            config = NotificationChannelInConfig.from_dict(_config)




        is_active = d.pop("is_active", UNSET)

        is_default = d.pop("is_default", UNSET)

        def _parse_secret(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        secret = _parse_secret(d.pop("secret", UNSET))


        notification_channel_in = cls(
            code=code,
            kind=kind,
            name=name,
            config=config,
            is_active=is_active,
            is_default=is_default,
            secret=secret,
        )


        notification_channel_in.additional_properties = d
        return notification_channel_in

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
