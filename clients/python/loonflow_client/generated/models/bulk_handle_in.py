from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.bulk_handle_in_attribute_type_0 import BulkHandleInAttributeType0
from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.bulk_ticket_in import BulkTicketIn





T = TypeVar("T", bound="BulkHandleIn")



@_attrs_define
class BulkHandleIn:
    """ 
        Attributes:
            tickets (list[BulkTicketIn]):
            attribute (BulkHandleInAttributeType0 | None | Unset): Instead of `transition`: on each ticket, its one manual
                transition with this attribute (approve or reject); 409 `transition_ambiguous` for a ticket with several.
            comment (str | Unset):  Default: ''.
            transition (None | str | Unset): The transition to take on each ticket.
     """

    tickets: list[BulkTicketIn]
    attribute: BulkHandleInAttributeType0 | None | Unset = UNSET
    comment: str | Unset = ''
    transition: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.bulk_ticket_in import BulkTicketIn # noqa: PLC0415
        tickets = []
        for tickets_item_data in self.tickets:
            tickets_item = tickets_item_data.to_dict()
            tickets.append(tickets_item)



        attribute: None | str | Unset
        if isinstance(self.attribute, Unset):
            attribute = UNSET
        elif isinstance(self.attribute, BulkHandleInAttributeType0):
            attribute = self.attribute.value
        else:
            attribute = self.attribute

        comment = self.comment

        transition: None | str | Unset
        if isinstance(self.transition, Unset):
            transition = UNSET
        else:
            transition = self.transition


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "tickets": tickets,
        })
        if attribute is not UNSET:
            field_dict["attribute"] = attribute
        if comment is not UNSET:
            field_dict["comment"] = comment
        if transition is not UNSET:
            field_dict["transition"] = transition

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.bulk_ticket_in import BulkTicketIn # noqa: PLC0415
        d = dict(src_dict)
        tickets = []
        _tickets = d.pop("tickets")
        for tickets_item_data in (_tickets):
            tickets_item = BulkTicketIn.from_dict(tickets_item_data)



            tickets.append(tickets_item)


        def _parse_attribute(data: object) -> BulkHandleInAttributeType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                attribute_type_0 = BulkHandleInAttributeType0(data)



                return attribute_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BulkHandleInAttributeType0 | None | Unset, data)

        attribute = _parse_attribute(d.pop("attribute", UNSET))


        comment = d.pop("comment", UNSET)

        def _parse_transition(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        transition = _parse_transition(d.pop("transition", UNSET))


        bulk_handle_in = cls(
            tickets=tickets,
            attribute=attribute,
            comment=comment,
            transition=transition,
        )


        bulk_handle_in.additional_properties = d
        return bulk_handle_in

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
