from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.handler_out import HandlerOut
  from ..models.sla_due_out import SlaDueOut
  from ..models.state_ref_out import StateRefOut





T = TypeVar("T", bound="BranchOut")



@_attrs_define
class BranchOut:
    """ 
        Attributes:
            entered_at (datetime.datetime):
            handlers (list[HandlerOut]):
            key (str): `<split>:<transition>`, nested branches joined by "/".
            state (StateRefOut):
            status (str): active, or arrived (at its join, waiting for the others).
            due_at (datetime.datetime | None | Unset): When the SLA of its state falls due (null: no SLA).
            sla (None | SlaDueOut | Unset):
     """

    entered_at: datetime.datetime
    handlers: list[HandlerOut]
    key: str
    state: StateRefOut
    status: str
    due_at: datetime.datetime | None | Unset = UNSET
    sla: None | SlaDueOut | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.handler_out import HandlerOut # noqa: PLC0415
        from ..models.sla_due_out import SlaDueOut # noqa: PLC0415
        from ..models.state_ref_out import StateRefOut # noqa: PLC0415
        entered_at = self.entered_at.isoformat()

        handlers = []
        for handlers_item_data in self.handlers:
            handlers_item = handlers_item_data.to_dict()
            handlers.append(handlers_item)



        key = self.key

        state = self.state.to_dict()

        status = self.status

        due_at: None | str | Unset
        if isinstance(self.due_at, Unset):
            due_at = UNSET
        elif isinstance(self.due_at, datetime.datetime):
            due_at = self.due_at.isoformat()
        else:
            due_at = self.due_at

        sla: dict[str, Any] | None | Unset
        if isinstance(self.sla, Unset):
            sla = UNSET
        elif isinstance(self.sla, SlaDueOut):
            sla = self.sla.to_dict()
        else:
            sla = self.sla


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "entered_at": entered_at,
            "handlers": handlers,
            "key": key,
            "state": state,
            "status": status,
        })
        if due_at is not UNSET:
            field_dict["due_at"] = due_at
        if sla is not UNSET:
            field_dict["sla"] = sla

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.handler_out import HandlerOut # noqa: PLC0415
        from ..models.sla_due_out import SlaDueOut # noqa: PLC0415
        from ..models.state_ref_out import StateRefOut # noqa: PLC0415
        d = dict(src_dict)
        entered_at = datetime.datetime.fromisoformat(d.pop("entered_at"))




        handlers = []
        _handlers = d.pop("handlers")
        for handlers_item_data in (_handlers):
            handlers_item = HandlerOut.from_dict(handlers_item_data)



            handlers.append(handlers_item)


        key = d.pop("key")

        state = StateRefOut.from_dict(d.pop("state"))




        status = d.pop("status")

        def _parse_due_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                due_at_type_0 = datetime.datetime.fromisoformat(data)



                return due_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        due_at = _parse_due_at(d.pop("due_at", UNSET))


        def _parse_sla(data: object) -> None | SlaDueOut | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                sla_type_0 = SlaDueOut.from_dict(data)



                return sla_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SlaDueOut | Unset, data)

        sla = _parse_sla(d.pop("sla", UNSET))


        branch_out = cls(
            entered_at=entered_at,
            handlers=handlers,
            key=key,
            state=state,
            status=status,
            due_at=due_at,
            sla=sla,
        )


        branch_out.additional_properties = d
        return branch_out

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
