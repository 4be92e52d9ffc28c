from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.workflow_event import WorkflowEvent
from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="WebhookSubscription")



@_attrs_define
class WebhookSubscription:
    """ 
        Attributes:
            events (list[WorkflowEvent]):
            url (str):
            active (bool | Unset):  Default: True.
     """

    events: list[WorkflowEvent]
    url: str
    active: bool | Unset = True





    def to_dict(self) -> dict[str, Any]:
        events = []
        for events_item_data in self.events:
            events_item = events_item_data.value
            events.append(events_item)



        url = self.url

        active = self.active


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "events": events,
            "url": url,
        })
        if active is not UNSET:
            field_dict["active"] = active

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        events = []
        _events = d.pop("events")
        for events_item_data in (_events):
            events_item = WorkflowEvent(events_item_data)



            events.append(events_item)


        url = d.pop("url")

        active = d.pop("active", UNSET)

        webhook_subscription = cls(
            events=events,
            url=url,
            active=active,
        )

        return webhook_subscription

