from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.recipient import Recipient
from ..models.workflow_event import WorkflowEvent
from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="NotificationRule")



@_attrs_define
class NotificationRule:
    """ 
        Attributes:
            channel (str):
            events (list[WorkflowEvent]):
            recipients (list[Recipient] | Unset):
            states (list[str] | Unset):
            template (str | Unset):  Default: ''.
     """

    channel: str
    events: list[WorkflowEvent]
    recipients: list[Recipient] | Unset = UNSET
    states: list[str] | Unset = UNSET
    template: str | Unset = ''





    def to_dict(self) -> dict[str, Any]:
        channel = self.channel

        events = []
        for events_item_data in self.events:
            events_item = events_item_data.value
            events.append(events_item)



        recipients: list[str] | Unset = UNSET
        if not isinstance(self.recipients, Unset):
            recipients = []
            for recipients_item_data in self.recipients:
                recipients_item = recipients_item_data.value
                recipients.append(recipients_item)



        states: list[str] | Unset = UNSET
        if not isinstance(self.states, Unset):
            states = self.states



        template = self.template


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "channel": channel,
            "events": events,
        })
        if recipients is not UNSET:
            field_dict["recipients"] = recipients
        if states is not UNSET:
            field_dict["states"] = states
        if template is not UNSET:
            field_dict["template"] = template

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        channel = d.pop("channel")

        events = []
        _events = d.pop("events")
        for events_item_data in (_events):
            events_item = WorkflowEvent(events_item_data)



            events.append(events_item)


        _recipients = d.pop("recipients", UNSET)
        recipients: list[Recipient] | Unset = UNSET
        if _recipients is not UNSET:
            recipients = []
            for recipients_item_data in _recipients:
                recipients_item = Recipient(recipients_item_data)



                recipients.append(recipients_item)


        states = cast(list[str], d.pop("states", UNSET))


        template = d.pop("template", UNSET)

        notification_rule = cls(
            channel=channel,
            events=events,
            recipients=recipients,
            states=states,
            template=template,
        )

        return notification_rule

