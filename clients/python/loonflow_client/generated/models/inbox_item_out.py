from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.inbox_item_out_kind import InboxItemOutKind
from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.inbox_ticket_out import InboxTicketOut





T = TypeVar("T", bound="InboxItemOut")



@_attrs_define
class InboxItemOut:
    """ 
        Attributes:
            actor (None | str): Who caused it (display name); null: the engine
            created_at (datetime.datetime):
            due_at (datetime.datetime | None): For an SLA warning (kind sla): when the SLA runs out; null for a breach and
                other kinds
            excerpt (str): The comment's first words, for comments and mentions
            id (int):
            kind (InboxItemOutKind):
            read (bool):
            state_name (str): The state the event is about
            ticket (InboxTicketOut):
     """

    actor: None | str
    created_at: datetime.datetime
    due_at: datetime.datetime | None
    excerpt: str
    id: int
    kind: InboxItemOutKind
    read: bool
    state_name: str
    ticket: InboxTicketOut
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.inbox_ticket_out import InboxTicketOut # noqa: PLC0415
        actor: None | str
        actor = self.actor

        created_at = self.created_at.isoformat()

        due_at: None | str
        if isinstance(self.due_at, datetime.datetime):
            due_at = self.due_at.isoformat()
        else:
            due_at = self.due_at

        excerpt = self.excerpt

        id = self.id

        kind = self.kind.value

        read = self.read

        state_name = self.state_name

        ticket = self.ticket.to_dict()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "actor": actor,
            "created_at": created_at,
            "due_at": due_at,
            "excerpt": excerpt,
            "id": id,
            "kind": kind,
            "read": read,
            "state_name": state_name,
            "ticket": ticket,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.inbox_ticket_out import InboxTicketOut # noqa: PLC0415
        d = dict(src_dict)
        def _parse_actor(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        actor = _parse_actor(d.pop("actor"))


        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        def _parse_due_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                due_at_type_0 = datetime.datetime.fromisoformat(data)



                return due_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        due_at = _parse_due_at(d.pop("due_at"))


        excerpt = d.pop("excerpt")

        id = d.pop("id")

        kind = InboxItemOutKind(d.pop("kind"))




        read = d.pop("read")

        state_name = d.pop("state_name")

        ticket = InboxTicketOut.from_dict(d.pop("ticket"))




        inbox_item_out = cls(
            actor=actor,
            created_at=created_at,
            due_at=due_at,
            excerpt=excerpt,
            id=id,
            kind=kind,
            read=read,
            state_name=state_name,
            ticket=ticket,
        )


        inbox_item_out.additional_properties = d
        return inbox_item_out

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
