from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.workflow_event import WorkflowEvent
from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="WebhookIn")



@_attrs_define
class WebhookIn:
    """ 
        Attributes:
            events (list[WorkflowEvent]):
            name (str):
            url (str): http(s) URL; private addresses only if the allow-list covers them.
            is_active (bool | Unset):  Default: True.
            workflow_id (int | None | Unset): Only this workflow's tickets; null: every workflow.
     """

    events: list[WorkflowEvent]
    name: str
    url: str
    is_active: bool | Unset = True
    workflow_id: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        events = []
        for events_item_data in self.events:
            events_item = events_item_data.value
            events.append(events_item)



        name = self.name

        url = self.url

        is_active = self.is_active

        workflow_id: int | None | Unset
        if isinstance(self.workflow_id, Unset):
            workflow_id = UNSET
        else:
            workflow_id = self.workflow_id


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "events": events,
            "name": name,
            "url": url,
        })
        if is_active is not UNSET:
            field_dict["is_active"] = is_active
        if workflow_id is not UNSET:
            field_dict["workflow_id"] = workflow_id

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        events = []
        _events = d.pop("events")
        for events_item_data in (_events):
            events_item = WorkflowEvent(events_item_data)



            events.append(events_item)


        name = d.pop("name")

        url = d.pop("url")

        is_active = d.pop("is_active", UNSET)

        def _parse_workflow_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        workflow_id = _parse_workflow_id(d.pop("workflow_id", UNSET))


        webhook_in = cls(
            events=events,
            name=name,
            url=url,
            is_active=is_active,
            workflow_id=workflow_id,
        )


        webhook_in.additional_properties = d
        return webhook_in

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
