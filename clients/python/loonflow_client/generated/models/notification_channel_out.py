from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.notification_channel_out_config import NotificationChannelOutConfig





T = TypeVar("T", bound="NotificationChannelOut")



@_attrs_define
class NotificationChannelOut:
    """ 
        Attributes:
            code (str):
            config (NotificationChannelOutConfig):
            created_at (datetime.datetime):
            has_secret (bool): Whether an SMTP password / robot secret is set (never shown).
            id (int):
            is_active (bool):
            is_default (bool):
            kind (str):
            name (str):
            updated_at (datetime.datetime):
     """

    code: str
    config: NotificationChannelOutConfig
    created_at: datetime.datetime
    has_secret: bool
    id: int
    is_active: bool
    is_default: bool
    kind: str
    name: str
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.notification_channel_out_config import NotificationChannelOutConfig # noqa: PLC0415
        code = self.code

        config = self.config.to_dict()

        created_at = self.created_at.isoformat()

        has_secret = self.has_secret

        id = self.id

        is_active = self.is_active

        is_default = self.is_default

        kind = self.kind

        name = self.name

        updated_at = self.updated_at.isoformat()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "code": code,
            "config": config,
            "created_at": created_at,
            "has_secret": has_secret,
            "id": id,
            "is_active": is_active,
            "is_default": is_default,
            "kind": kind,
            "name": name,
            "updated_at": updated_at,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.notification_channel_out_config import NotificationChannelOutConfig # noqa: PLC0415
        d = dict(src_dict)
        code = d.pop("code")

        config = NotificationChannelOutConfig.from_dict(d.pop("config"))




        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        has_secret = d.pop("has_secret")

        id = d.pop("id")

        is_active = d.pop("is_active")

        is_default = d.pop("is_default")

        kind = d.pop("kind")

        name = d.pop("name")

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))




        notification_channel_out = cls(
            code=code,
            config=config,
            created_at=created_at,
            has_secret=has_secret,
            id=id,
            is_active=is_active,
            is_default=is_default,
            kind=kind,
            name=name,
            updated_at=updated_at,
        )


        notification_channel_out.additional_properties = d
        return notification_channel_out

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
