from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.workflow_event import WorkflowEvent
from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="WebhookPatchIn")



@_attrs_define
class WebhookPatchIn:
    """ 
        Attributes:
            events (list[WorkflowEvent] | Unset):
            is_active (bool | Unset):
            name (str | Unset):
            url (str | Unset):
            workflow_id (int | None | Unset): null: every workflow.
     """

    events: list[WorkflowEvent] | Unset = UNSET
    is_active: bool | Unset = UNSET
    name: str | Unset = UNSET
    url: str | Unset = UNSET
    workflow_id: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        events: list[str] | Unset = UNSET
        if not isinstance(self.events, Unset):
            events = []
            for events_item_data in self.events:
                events_item = events_item_data.value
                events.append(events_item)



        is_active = self.is_active

        name = self.name

        url = self.url

        workflow_id: int | None | Unset
        if isinstance(self.workflow_id, Unset):
            workflow_id = UNSET
        else:
            workflow_id = self.workflow_id


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if events is not UNSET:
            field_dict["events"] = events
        if is_active is not UNSET:
            field_dict["is_active"] = is_active
        if name is not UNSET:
            field_dict["name"] = name
        if url is not UNSET:
            field_dict["url"] = url
        if workflow_id is not UNSET:
            field_dict["workflow_id"] = workflow_id

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _events = d.pop("events", UNSET)
        events: list[WorkflowEvent] | Unset = UNSET
        if _events is not UNSET:
            events = []
            for events_item_data in _events:
                events_item = WorkflowEvent(events_item_data)



                events.append(events_item)


        is_active = d.pop("is_active", UNSET)

        name = d.pop("name", UNSET)

        url = d.pop("url", UNSET)

        def _parse_workflow_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        workflow_id = _parse_workflow_id(d.pop("workflow_id", UNSET))


        webhook_patch_in = cls(
            events=events,
            is_active=is_active,
            name=name,
            url=url,
            workflow_id=workflow_id,
        )


        webhook_patch_in.additional_properties = d
        return webhook_patch_in

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
