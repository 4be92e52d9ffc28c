from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.link_ticket_out import LinkTicketOut
  from ..models.link_transition_out import LinkTransitionOut





T = TypeVar("T", bound="LinkDoneOut")



@_attrs_define
class LinkDoneOut:
    """ 
        Attributes:
            state_name (str): The state the ticket is in now
            status (str):
            ticket (LinkTicketOut):
            transition (LinkTransitionOut):
     """

    state_name: str
    status: str
    ticket: LinkTicketOut
    transition: LinkTransitionOut
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.link_ticket_out import LinkTicketOut # noqa: PLC0415
        from ..models.link_transition_out import LinkTransitionOut # noqa: PLC0415
        state_name = self.state_name

        status = self.status

        ticket = self.ticket.to_dict()

        transition = self.transition.to_dict()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "state_name": state_name,
            "status": status,
            "ticket": ticket,
            "transition": transition,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.link_ticket_out import LinkTicketOut # noqa: PLC0415
        from ..models.link_transition_out import LinkTransitionOut # noqa: PLC0415
        d = dict(src_dict)
        state_name = d.pop("state_name")

        status = d.pop("status")

        ticket = LinkTicketOut.from_dict(d.pop("ticket"))




        transition = LinkTransitionOut.from_dict(d.pop("transition"))




        link_done_out = cls(
            state_name=state_name,
            status=status,
            ticket=ticket,
            transition=transition,
        )


        link_done_out.additional_properties = d
        return link_done_out

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
