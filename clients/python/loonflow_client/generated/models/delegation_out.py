from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.delegation_person_out import DelegationPersonOut





T = TypeVar("T", bound="DelegationOut")



@_attrs_define
class DelegationOut:
    """ 
        Attributes:
            cancelled_at (datetime.datetime | None):
            created_at (datetime.datetime):
            created_by (DelegationPersonOut | None):
            delegate (DelegationPersonOut):
            delegator (DelegationPersonOut):
            ends_at (datetime.datetime):
            id (int):
            move_waiting (bool):
            moved_at (datetime.datetime | None):
            note (str):
            running (bool): Whether it runs now (started, not ended, not cancelled).
            starts_at (datetime.datetime):
            workflow_ids (list[int]):
     """

    cancelled_at: datetime.datetime | None
    created_at: datetime.datetime
    created_by: DelegationPersonOut | None
    delegate: DelegationPersonOut
    delegator: DelegationPersonOut
    ends_at: datetime.datetime
    id: int
    move_waiting: bool
    moved_at: datetime.datetime | None
    note: str
    running: bool
    starts_at: datetime.datetime
    workflow_ids: list[int]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.delegation_person_out import DelegationPersonOut # noqa: PLC0415
        cancelled_at: None | str
        if isinstance(self.cancelled_at, datetime.datetime):
            cancelled_at = self.cancelled_at.isoformat()
        else:
            cancelled_at = self.cancelled_at

        created_at = self.created_at.isoformat()

        created_by: dict[str, Any] | None
        if isinstance(self.created_by, DelegationPersonOut):
            created_by = self.created_by.to_dict()
        else:
            created_by = self.created_by

        delegate = self.delegate.to_dict()

        delegator = self.delegator.to_dict()

        ends_at = self.ends_at.isoformat()

        id = self.id

        move_waiting = self.move_waiting

        moved_at: None | str
        if isinstance(self.moved_at, datetime.datetime):
            moved_at = self.moved_at.isoformat()
        else:
            moved_at = self.moved_at

        note = self.note

        running = self.running

        starts_at = self.starts_at.isoformat()

        workflow_ids = self.workflow_ids




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "cancelled_at": cancelled_at,
            "created_at": created_at,
            "created_by": created_by,
            "delegate": delegate,
            "delegator": delegator,
            "ends_at": ends_at,
            "id": id,
            "move_waiting": move_waiting,
            "moved_at": moved_at,
            "note": note,
            "running": running,
            "starts_at": starts_at,
            "workflow_ids": workflow_ids,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.delegation_person_out import DelegationPersonOut # noqa: PLC0415
        d = dict(src_dict)
        def _parse_cancelled_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                cancelled_at_type_0 = datetime.datetime.fromisoformat(data)



                return cancelled_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        cancelled_at = _parse_cancelled_at(d.pop("cancelled_at"))


        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        def _parse_created_by(data: object) -> DelegationPersonOut | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                created_by_type_0 = DelegationPersonOut.from_dict(data)



                return created_by_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DelegationPersonOut | None, data)

        created_by = _parse_created_by(d.pop("created_by"))


        delegate = DelegationPersonOut.from_dict(d.pop("delegate"))




        delegator = DelegationPersonOut.from_dict(d.pop("delegator"))




        ends_at = datetime.datetime.fromisoformat(d.pop("ends_at"))




        id = d.pop("id")

        move_waiting = d.pop("move_waiting")

        def _parse_moved_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                moved_at_type_0 = datetime.datetime.fromisoformat(data)



                return moved_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        moved_at = _parse_moved_at(d.pop("moved_at"))


        note = d.pop("note")

        running = d.pop("running")

        starts_at = datetime.datetime.fromisoformat(d.pop("starts_at"))




        workflow_ids = cast(list[int], d.pop("workflow_ids"))


        delegation_out = cls(
            cancelled_at=cancelled_at,
            created_at=created_at,
            created_by=created_by,
            delegate=delegate,
            delegator=delegator,
            ends_at=ends_at,
            id=id,
            move_waiting=move_waiting,
            moved_at=moved_at,
            note=note,
            running=running,
            starts_at=starts_at,
            workflow_ids=workflow_ids,
        )


        delegation_out.additional_properties = d
        return delegation_out

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
