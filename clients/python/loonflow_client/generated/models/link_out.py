from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.link_person_out import LinkPersonOut
  from ..models.link_ticket_out import LinkTicketOut
  from ..models.link_transition_out import LinkTransitionOut





T = TypeVar("T", bound="LinkOut")



@_attrs_define
class LinkOut:
    """ 
        Attributes:
            expires_at (datetime.datetime):
            person (LinkPersonOut):
            requires_session (bool): Only in this person's signed-in session (chat links)
            state_name (str):
            ticket (LinkTicketOut):
            transition (LinkTransitionOut):
     """

    expires_at: datetime.datetime
    person: LinkPersonOut
    requires_session: bool
    state_name: str
    ticket: LinkTicketOut
    transition: LinkTransitionOut
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.link_person_out import LinkPersonOut # noqa: PLC0415
        from ..models.link_ticket_out import LinkTicketOut # noqa: PLC0415
        from ..models.link_transition_out import LinkTransitionOut # noqa: PLC0415
        expires_at = self.expires_at.isoformat()

        person = self.person.to_dict()

        requires_session = self.requires_session

        state_name = self.state_name

        ticket = self.ticket.to_dict()

        transition = self.transition.to_dict()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "expires_at": expires_at,
            "person": person,
            "requires_session": requires_session,
            "state_name": state_name,
            "ticket": ticket,
            "transition": transition,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.link_person_out import LinkPersonOut # noqa: PLC0415
        from ..models.link_ticket_out import LinkTicketOut # noqa: PLC0415
        from ..models.link_transition_out import LinkTransitionOut # noqa: PLC0415
        d = dict(src_dict)
        expires_at = datetime.datetime.fromisoformat(d.pop("expires_at"))




        person = LinkPersonOut.from_dict(d.pop("person"))




        requires_session = d.pop("requires_session")

        state_name = d.pop("state_name")

        ticket = LinkTicketOut.from_dict(d.pop("ticket"))




        transition = LinkTransitionOut.from_dict(d.pop("transition"))




        link_out = cls(
            expires_at=expires_at,
            person=person,
            requires_session=requires_session,
            state_name=state_name,
            ticket=ticket,
            transition=transition,
        )


        link_out.additional_properties = d
        return link_out

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
