from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.ticket_create_in_fields import TicketCreateInFields





T = TypeVar("T", bound="TicketCreateIn")



@_attrs_define
class TicketCreateIn:
    """ 
        Attributes:
            workflow_id (int):
            comment (str | Unset):  Default: ''.
            fields (TicketCreateInFields | Unset): Field values by key.
            parent_id (int | None | Unset): File it as a sub-ticket of this ticket: you must handle that ticket's current
                state (or be an admin of its workflow); otherwise 404.
            transition (None | str | Unset): Submit at once with this transition of the start state; omit to save a draft.
     """

    workflow_id: int
    comment: str | Unset = ''
    fields: TicketCreateInFields | Unset = UNSET
    parent_id: int | None | Unset = UNSET
    transition: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.ticket_create_in_fields import TicketCreateInFields # noqa: PLC0415
        workflow_id = self.workflow_id

        comment = self.comment

        fields: dict[str, Any] | Unset = UNSET
        if not isinstance(self.fields, Unset):
            fields = self.fields.to_dict()

        parent_id: int | None | Unset
        if isinstance(self.parent_id, Unset):
            parent_id = UNSET
        else:
            parent_id = self.parent_id

        transition: None | str | Unset
        if isinstance(self.transition, Unset):
            transition = UNSET
        else:
            transition = self.transition


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "workflow_id": workflow_id,
        })
        if comment is not UNSET:
            field_dict["comment"] = comment
        if fields is not UNSET:
            field_dict["fields"] = fields
        if parent_id is not UNSET:
            field_dict["parent_id"] = parent_id
        if transition is not UNSET:
            field_dict["transition"] = transition

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ticket_create_in_fields import TicketCreateInFields # noqa: PLC0415
        d = dict(src_dict)
        workflow_id = d.pop("workflow_id")

        comment = d.pop("comment", UNSET)

        _fields = d.pop("fields", UNSET)
        fields: TicketCreateInFields | Unset
        if isinstance(_fields,  Unset):
            fields = UNSET
        else:
            fields = TicketCreateInFields.from_dict(_fields)




        def _parse_parent_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        parent_id = _parse_parent_id(d.pop("parent_id", UNSET))


        def _parse_transition(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        transition = _parse_transition(d.pop("transition", UNSET))


        ticket_create_in = cls(
            workflow_id=workflow_id,
            comment=comment,
            fields=fields,
            parent_id=parent_id,
            transition=transition,
        )


        ticket_create_in.additional_properties = d
        return ticket_create_in

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
