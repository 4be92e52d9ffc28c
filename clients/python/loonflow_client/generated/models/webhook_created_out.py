from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime






T = TypeVar("T", bound="WebhookCreatedOut")



@_attrs_define
class WebhookCreatedOut:
    """ 
        Attributes:
            created_at (datetime.datetime):
            events (list[str]):
            id (int):
            is_active (bool):
            name (str):
            secret (str): The signing secret. Shown only in this answer; store it now.
            updated_at (datetime.datetime):
            url (str):
            workflow_id (int | None):
     """

    created_at: datetime.datetime
    events: list[str]
    id: int
    is_active: bool
    name: str
    secret: str
    updated_at: datetime.datetime
    url: str
    workflow_id: int | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        events = self.events



        id = self.id

        is_active = self.is_active

        name = self.name

        secret = self.secret

        updated_at = self.updated_at.isoformat()

        url = self.url

        workflow_id: int | None
        workflow_id = self.workflow_id


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "created_at": created_at,
            "events": events,
            "id": id,
            "is_active": is_active,
            "name": name,
            "secret": secret,
            "updated_at": updated_at,
            "url": url,
            "workflow_id": workflow_id,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        events = cast(list[str], d.pop("events"))


        id = d.pop("id")

        is_active = d.pop("is_active")

        name = d.pop("name")

        secret = d.pop("secret")

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))




        url = d.pop("url")

        def _parse_workflow_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        workflow_id = _parse_workflow_id(d.pop("workflow_id"))


        webhook_created_out = cls(
            created_at=created_at,
            events=events,
            id=id,
            is_active=is_active,
            name=name,
            secret=secret,
            updated_at=updated_at,
            url=url,
            workflow_id=workflow_id,
        )


        webhook_created_out.additional_properties = d
        return webhook_created_out

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
