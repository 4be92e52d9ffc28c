from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.delivery_list_params_status_type_0 import DeliveryListParamsStatusType0
from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="DeliveryListParams")



@_attrs_define
class DeliveryListParams:
    """ 
        Attributes:
            cursor (None | str | Unset):
            limit (int | Unset):  Default: 50.
            status (DeliveryListParamsStatusType0 | None | Unset):
            ticket_id (int | None | Unset):
            ticket_serial (None | str | Unset): Only this ticket (its serial).
            webhook_id (int | None | Unset):
            workflow_key (None | str | Unset): Only this workflow's tickets.
     """

    cursor: None | str | Unset = UNSET
    limit: int | Unset = 50
    status: DeliveryListParamsStatusType0 | None | Unset = UNSET
    ticket_id: int | None | Unset = UNSET
    ticket_serial: None | str | Unset = UNSET
    webhook_id: int | None | Unset = UNSET
    workflow_key: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        cursor: None | str | Unset
        if isinstance(self.cursor, Unset):
            cursor = UNSET
        else:
            cursor = self.cursor

        limit = self.limit

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, DeliveryListParamsStatusType0):
            status = self.status.value
        else:
            status = self.status

        ticket_id: int | None | Unset
        if isinstance(self.ticket_id, Unset):
            ticket_id = UNSET
        else:
            ticket_id = self.ticket_id

        ticket_serial: None | str | Unset
        if isinstance(self.ticket_serial, Unset):
            ticket_serial = UNSET
        else:
            ticket_serial = self.ticket_serial

        webhook_id: int | None | Unset
        if isinstance(self.webhook_id, Unset):
            webhook_id = UNSET
        else:
            webhook_id = self.webhook_id

        workflow_key: None | str | Unset
        if isinstance(self.workflow_key, Unset):
            workflow_key = UNSET
        else:
            workflow_key = self.workflow_key


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if cursor is not UNSET:
            field_dict["cursor"] = cursor
        if limit is not UNSET:
            field_dict["limit"] = limit
        if status is not UNSET:
            field_dict["status"] = status
        if ticket_id is not UNSET:
            field_dict["ticket_id"] = ticket_id
        if ticket_serial is not UNSET:
            field_dict["ticket_serial"] = ticket_serial
        if webhook_id is not UNSET:
            field_dict["webhook_id"] = webhook_id
        if workflow_key is not UNSET:
            field_dict["workflow_key"] = workflow_key

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_cursor(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cursor = _parse_cursor(d.pop("cursor", UNSET))


        limit = d.pop("limit", UNSET)

        def _parse_status(data: object) -> DeliveryListParamsStatusType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = DeliveryListParamsStatusType0(data)



                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DeliveryListParamsStatusType0 | None | Unset, data)

        status = _parse_status(d.pop("status", UNSET))


        def _parse_ticket_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        ticket_id = _parse_ticket_id(d.pop("ticket_id", UNSET))


        def _parse_ticket_serial(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        ticket_serial = _parse_ticket_serial(d.pop("ticket_serial", UNSET))


        def _parse_webhook_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        webhook_id = _parse_webhook_id(d.pop("webhook_id", UNSET))


        def _parse_workflow_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        workflow_key = _parse_workflow_key(d.pop("workflow_key", UNSET))


        delivery_list_params = cls(
            cursor=cursor,
            limit=limit,
            status=status,
            ticket_id=ticket_id,
            ticket_serial=ticket_serial,
            webhook_id=webhook_id,
            workflow_key=workflow_key,
        )


        delivery_list_params.additional_properties = d
        return delivery_list_params

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
