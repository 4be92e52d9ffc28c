from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime






T = TypeVar("T", bound="NotificationOut")



@_attrs_define
class NotificationOut:
    """ 
        Attributes:
            attempts (int):
            body (str):
            channel_code (str):
            channel_id (int):
            created_at (datetime.datetime):
            event (None | str):
            finished_at (datetime.datetime | None):
            id (int):
            key (str):
            last_error (str):
            last_error_code (None | str): The machine code of the text beside it (null: a plain text, such as a remote's own
                words, or a row written before codes existed); the text is in the reader's language.
            next_attempt_at (datetime.datetime | None):
            recipients (list[str]):
            rule_index (int):
            status (str):
            subject (str):
            ticket_id (int | None):
            ticket_serial (None | str):
            ticket_title (None | str):
            workflow_key (None | str):
            workflow_name (None | str):
     """

    attempts: int
    body: str
    channel_code: str
    channel_id: int
    created_at: datetime.datetime
    event: None | str
    finished_at: datetime.datetime | None
    id: int
    key: str
    last_error: str
    last_error_code: None | str
    next_attempt_at: datetime.datetime | None
    recipients: list[str]
    rule_index: int
    status: str
    subject: str
    ticket_id: int | None
    ticket_serial: None | str
    ticket_title: None | str
    workflow_key: None | str
    workflow_name: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        attempts = self.attempts

        body = self.body

        channel_code = self.channel_code

        channel_id = self.channel_id

        created_at = self.created_at.isoformat()

        event: None | str
        event = self.event

        finished_at: None | str
        if isinstance(self.finished_at, datetime.datetime):
            finished_at = self.finished_at.isoformat()
        else:
            finished_at = self.finished_at

        id = self.id

        key = self.key

        last_error = self.last_error

        last_error_code: None | str
        last_error_code = self.last_error_code

        next_attempt_at: None | str
        if isinstance(self.next_attempt_at, datetime.datetime):
            next_attempt_at = self.next_attempt_at.isoformat()
        else:
            next_attempt_at = self.next_attempt_at

        recipients = self.recipients



        rule_index = self.rule_index

        status = self.status

        subject = self.subject

        ticket_id: int | None
        ticket_id = self.ticket_id

        ticket_serial: None | str
        ticket_serial = self.ticket_serial

        ticket_title: None | str
        ticket_title = self.ticket_title

        workflow_key: None | str
        workflow_key = self.workflow_key

        workflow_name: None | str
        workflow_name = self.workflow_name


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "attempts": attempts,
            "body": body,
            "channel_code": channel_code,
            "channel_id": channel_id,
            "created_at": created_at,
            "event": event,
            "finished_at": finished_at,
            "id": id,
            "key": key,
            "last_error": last_error,
            "last_error_code": last_error_code,
            "next_attempt_at": next_attempt_at,
            "recipients": recipients,
            "rule_index": rule_index,
            "status": status,
            "subject": subject,
            "ticket_id": ticket_id,
            "ticket_serial": ticket_serial,
            "ticket_title": ticket_title,
            "workflow_key": workflow_key,
            "workflow_name": workflow_name,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        attempts = d.pop("attempts")

        body = d.pop("body")

        channel_code = d.pop("channel_code")

        channel_id = d.pop("channel_id")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        def _parse_event(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        event = _parse_event(d.pop("event"))


        def _parse_finished_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                finished_at_type_0 = datetime.datetime.fromisoformat(data)



                return finished_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        finished_at = _parse_finished_at(d.pop("finished_at"))


        id = d.pop("id")

        key = d.pop("key")

        last_error = d.pop("last_error")

        def _parse_last_error_code(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        last_error_code = _parse_last_error_code(d.pop("last_error_code"))


        def _parse_next_attempt_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                next_attempt_at_type_0 = datetime.datetime.fromisoformat(data)



                return next_attempt_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        next_attempt_at = _parse_next_attempt_at(d.pop("next_attempt_at"))


        recipients = cast(list[str], d.pop("recipients"))


        rule_index = d.pop("rule_index")

        status = d.pop("status")

        subject = d.pop("subject")

        def _parse_ticket_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        ticket_id = _parse_ticket_id(d.pop("ticket_id"))


        def _parse_ticket_serial(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        ticket_serial = _parse_ticket_serial(d.pop("ticket_serial"))


        def _parse_ticket_title(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        ticket_title = _parse_ticket_title(d.pop("ticket_title"))


        def _parse_workflow_key(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        workflow_key = _parse_workflow_key(d.pop("workflow_key"))


        def _parse_workflow_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        workflow_name = _parse_workflow_name(d.pop("workflow_name"))


        notification_out = cls(
            attempts=attempts,
            body=body,
            channel_code=channel_code,
            channel_id=channel_id,
            created_at=created_at,
            event=event,
            finished_at=finished_at,
            id=id,
            key=key,
            last_error=last_error,
            last_error_code=last_error_code,
            next_attempt_at=next_attempt_at,
            recipients=recipients,
            rule_index=rule_index,
            status=status,
            subject=subject,
            ticket_id=ticket_id,
            ticket_serial=ticket_serial,
            ticket_title=ticket_title,
            workflow_key=workflow_key,
            workflow_name=workflow_name,
        )


        notification_out.additional_properties = d
        return notification_out

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
