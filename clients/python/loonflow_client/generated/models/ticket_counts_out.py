from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset







T = TypeVar("T", bound="TicketCountsOut")



@_attrs_define
class TicketCountsOut:
    """ 
        Attributes:
            can_list_all (bool): Whether I may list all tickets (view=all answers, not 403).
            created (int): Open tickets I created.
            handled (int): Open tickets I acted on.
            related (int): Open tickets I created, handle or handled.
            todo (int): Open tickets waiting for me (my turn, to claim, or asked for an opinion).
     """

    can_list_all: bool
    created: int
    handled: int
    related: int
    todo: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        can_list_all = self.can_list_all

        created = self.created

        handled = self.handled

        related = self.related

        todo = self.todo


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "can_list_all": can_list_all,
            "created": created,
            "handled": handled,
            "related": related,
            "todo": todo,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        can_list_all = d.pop("can_list_all")

        created = d.pop("created")

        handled = d.pop("handled")

        related = d.pop("related")

        todo = d.pop("todo")

        ticket_counts_out = cls(
            can_list_all=can_list_all,
            created=created,
            handled=handled,
            related=related,
            todo=todo,
        )


        ticket_counts_out.additional_properties = d
        return ticket_counts_out

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
