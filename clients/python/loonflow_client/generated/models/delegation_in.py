from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="DelegationIn")



@_attrs_define
class DelegationIn:
    """ 
        Attributes:
            delegate (str): Who takes the turns (an active user's username).
            ends_at (datetime.datetime): Exclusive; after starts_at, at most 366 days later.
            starts_at (datetime.datetime):
            delegator (None | str | Unset): Whose turns (tenant admins only, for someone else; default: yours).
            move_waiting (bool | Unset): Also hand over the turns already waiting for the delegator when it starts. Default:
                False.
            note (str | Unset):  Default: ''.
            workflow_ids (list[int] | Unset): The workflows it covers (empty: all).
     """

    delegate: str
    ends_at: datetime.datetime
    starts_at: datetime.datetime
    delegator: None | str | Unset = UNSET
    move_waiting: bool | Unset = False
    note: str | Unset = ''
    workflow_ids: list[int] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        delegate = self.delegate

        ends_at = self.ends_at.isoformat()

        starts_at = self.starts_at.isoformat()

        delegator: None | str | Unset
        if isinstance(self.delegator, Unset):
            delegator = UNSET
        else:
            delegator = self.delegator

        move_waiting = self.move_waiting

        note = self.note

        workflow_ids: list[int] | Unset = UNSET
        if not isinstance(self.workflow_ids, Unset):
            workflow_ids = self.workflow_ids




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "delegate": delegate,
            "ends_at": ends_at,
            "starts_at": starts_at,
        })
        if delegator is not UNSET:
            field_dict["delegator"] = delegator
        if move_waiting is not UNSET:
            field_dict["move_waiting"] = move_waiting
        if note is not UNSET:
            field_dict["note"] = note
        if workflow_ids is not UNSET:
            field_dict["workflow_ids"] = workflow_ids

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        delegate = d.pop("delegate")

        ends_at = datetime.datetime.fromisoformat(d.pop("ends_at"))




        starts_at = datetime.datetime.fromisoformat(d.pop("starts_at"))




        def _parse_delegator(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        delegator = _parse_delegator(d.pop("delegator", UNSET))


        move_waiting = d.pop("move_waiting", UNSET)

        note = d.pop("note", UNSET)

        workflow_ids = cast(list[int], d.pop("workflow_ids", UNSET))


        delegation_in = cls(
            delegate=delegate,
            ends_at=ends_at,
            starts_at=starts_at,
            delegator=delegator,
            move_waiting=move_waiting,
            note=note,
            workflow_ids=workflow_ids,
        )


        delegation_in.additional_properties = d
        return delegation_in

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
