from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.delivery_attempt_out import DeliveryAttemptOut
  from ..models.delivery_detail_out_payload import DeliveryDetailOutPayload





T = TypeVar("T", bound="DeliveryDetailOut")



@_attrs_define
class DeliveryDetailOut:
    """ 
        Attributes:
            attempt_log (list[DeliveryAttemptOut]):
            attempts (int): Attempts since the delivery was created or last redelivered.
            created_at (datetime.datetime):
            event (str):
            event_id (int | None):
            finished_at (datetime.datetime | None):
            id (int):
            key (str): The X-Loonflow-Delivery header: the same on every attempt.
            last_error (str):
            last_error_code (None | str): The machine code of the text beside it (null: a plain text, such as a remote's own
                words, or a row written before codes existed); the text is in the reader's language.
            last_status_code (int | None):
            next_attempt_at (datetime.datetime | None):
            payload (DeliveryDetailOutPayload):
            status (str):
            ticket_id (int | None):
            ticket_serial (None | str):
            ticket_title (None | str):
            url (str):
            webhook_id (int | None): null: a subscription in the workflow document.
            workflow_key (None | str):
            workflow_name (None | str):
     """

    attempt_log: list[DeliveryAttemptOut]
    attempts: int
    created_at: datetime.datetime
    event: str
    event_id: int | None
    finished_at: datetime.datetime | None
    id: int
    key: str
    last_error: str
    last_error_code: None | str
    last_status_code: int | None
    next_attempt_at: datetime.datetime | None
    payload: DeliveryDetailOutPayload
    status: str
    ticket_id: int | None
    ticket_serial: None | str
    ticket_title: None | str
    url: str
    webhook_id: int | None
    workflow_key: None | str
    workflow_name: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.delivery_attempt_out import DeliveryAttemptOut # noqa: PLC0415
        from ..models.delivery_detail_out_payload import DeliveryDetailOutPayload # noqa: PLC0415
        attempt_log = []
        for attempt_log_item_data in self.attempt_log:
            attempt_log_item = attempt_log_item_data.to_dict()
            attempt_log.append(attempt_log_item)



        attempts = self.attempts

        created_at = self.created_at.isoformat()

        event = self.event

        event_id: int | None
        event_id = self.event_id

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

        last_status_code: int | None
        last_status_code = self.last_status_code

        next_attempt_at: None | str
        if isinstance(self.next_attempt_at, datetime.datetime):
            next_attempt_at = self.next_attempt_at.isoformat()
        else:
            next_attempt_at = self.next_attempt_at

        payload = self.payload.to_dict()

        status = self.status

        ticket_id: int | None
        ticket_id = self.ticket_id

        ticket_serial: None | str
        ticket_serial = self.ticket_serial

        ticket_title: None | str
        ticket_title = self.ticket_title

        url = self.url

        webhook_id: int | None
        webhook_id = self.webhook_id

        workflow_key: None | str
        workflow_key = self.workflow_key

        workflow_name: None | str
        workflow_name = self.workflow_name


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "attempt_log": attempt_log,
            "attempts": attempts,
            "created_at": created_at,
            "event": event,
            "event_id": event_id,
            "finished_at": finished_at,
            "id": id,
            "key": key,
            "last_error": last_error,
            "last_error_code": last_error_code,
            "last_status_code": last_status_code,
            "next_attempt_at": next_attempt_at,
            "payload": payload,
            "status": status,
            "ticket_id": ticket_id,
            "ticket_serial": ticket_serial,
            "ticket_title": ticket_title,
            "url": url,
            "webhook_id": webhook_id,
            "workflow_key": workflow_key,
            "workflow_name": workflow_name,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.delivery_attempt_out import DeliveryAttemptOut # noqa: PLC0415
        from ..models.delivery_detail_out_payload import DeliveryDetailOutPayload # noqa: PLC0415
        d = dict(src_dict)
        attempt_log = []
        _attempt_log = d.pop("attempt_log")
        for attempt_log_item_data in (_attempt_log):
            attempt_log_item = DeliveryAttemptOut.from_dict(attempt_log_item_data)



            attempt_log.append(attempt_log_item)


        attempts = d.pop("attempts")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        event = d.pop("event")

        def _parse_event_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        event_id = _parse_event_id(d.pop("event_id"))


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


        def _parse_last_status_code(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        last_status_code = _parse_last_status_code(d.pop("last_status_code"))


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


        payload = DeliveryDetailOutPayload.from_dict(d.pop("payload"))




        status = d.pop("status")

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


        url = d.pop("url")

        def _parse_webhook_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        webhook_id = _parse_webhook_id(d.pop("webhook_id"))


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


        delivery_detail_out = cls(
            attempt_log=attempt_log,
            attempts=attempts,
            created_at=created_at,
            event=event,
            event_id=event_id,
            finished_at=finished_at,
            id=id,
            key=key,
            last_error=last_error,
            last_error_code=last_error_code,
            last_status_code=last_status_code,
            next_attempt_at=next_attempt_at,
            payload=payload,
            status=status,
            ticket_id=ticket_id,
            ticket_serial=ticket_serial,
            ticket_title=ticket_title,
            url=url,
            webhook_id=webhook_id,
            workflow_key=workflow_key,
            workflow_name=workflow_name,
        )


        delivery_detail_out.additional_properties = d
        return delivery_detail_out

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
