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
  from ..models.branch_out import BranchOut
  from ..models.field_value_out import FieldValueOut
  from ..models.handler_out import HandlerOut
  from ..models.my_step_out import MyStepOut
  from ..models.person_out import PersonOut
  from ..models.sla_due_out import SlaDueOut
  from ..models.state_ref_out import StateRefOut
  from ..models.waiting_out import WaitingOut
  from ..models.workflow_ref_out import WorkflowRefOut





T = TypeVar("T", bound="TicketDetailOut")



@_attrs_define
class TicketDetailOut:
    """ 
        Attributes:
            created_at (datetime.datetime):
            creator (PersonOut):
            fields (list[FieldValueOut]):
            handlers (list[HandlerOut]):
            id (int):
            row_version (int):
            serial (str):
            state (StateRefOut):
            status (str):
            title (str):
            updated_at (datetime.datetime):
            version (int):
            workflow (WorkflowRefOut):
            branches (list[BranchOut] | Unset): The parallel branches running now (none on a single path).
            due_at (datetime.datetime | None | Unset): When the SLA of the current state falls due (null: none; branches
                have their own).
            my_role (None | str | Unset):
            my_steps (list[MyStepOut] | Unset): Where you are asked to act: one entry per branch of the ticket you handle (a
                ticket is listed once, with all of them).
            parent_id (int | None | Unset):
            sla (None | SlaDueOut | Unset):
            waiting_count (int | Unset):  Default: 0.
            waiting_for (list[WaitingOut] | Unset): In lists: whom the ticket waits on (its first handlers; `waiting_count`
                says how many).
     """

    created_at: datetime.datetime
    creator: PersonOut
    fields: list[FieldValueOut]
    handlers: list[HandlerOut]
    id: int
    row_version: int
    serial: str
    state: StateRefOut
    status: str
    title: str
    updated_at: datetime.datetime
    version: int
    workflow: WorkflowRefOut
    branches: list[BranchOut] | Unset = UNSET
    due_at: datetime.datetime | None | Unset = UNSET
    my_role: None | str | Unset = UNSET
    my_steps: list[MyStepOut] | Unset = UNSET
    parent_id: int | None | Unset = UNSET
    sla: None | SlaDueOut | Unset = UNSET
    waiting_count: int | Unset = 0
    waiting_for: list[WaitingOut] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.branch_out import BranchOut # noqa: PLC0415
        from ..models.field_value_out import FieldValueOut # noqa: PLC0415
        from ..models.handler_out import HandlerOut # noqa: PLC0415
        from ..models.my_step_out import MyStepOut # noqa: PLC0415
        from ..models.person_out import PersonOut # noqa: PLC0415
        from ..models.sla_due_out import SlaDueOut # noqa: PLC0415
        from ..models.state_ref_out import StateRefOut # noqa: PLC0415
        from ..models.waiting_out import WaitingOut # noqa: PLC0415
        from ..models.workflow_ref_out import WorkflowRefOut # noqa: PLC0415
        created_at = self.created_at.isoformat()

        creator = self.creator.to_dict()

        fields = []
        for fields_item_data in self.fields:
            fields_item = fields_item_data.to_dict()
            fields.append(fields_item)



        handlers = []
        for handlers_item_data in self.handlers:
            handlers_item = handlers_item_data.to_dict()
            handlers.append(handlers_item)



        id = self.id

        row_version = self.row_version

        serial = self.serial

        state = self.state.to_dict()

        status = self.status

        title = self.title

        updated_at = self.updated_at.isoformat()

        version = self.version

        workflow = self.workflow.to_dict()

        branches: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.branches, Unset):
            branches = []
            for branches_item_data in self.branches:
                branches_item = branches_item_data.to_dict()
                branches.append(branches_item)



        due_at: None | str | Unset
        if isinstance(self.due_at, Unset):
            due_at = UNSET
        elif isinstance(self.due_at, datetime.datetime):
            due_at = self.due_at.isoformat()
        else:
            due_at = self.due_at

        my_role: None | str | Unset
        if isinstance(self.my_role, Unset):
            my_role = UNSET
        else:
            my_role = self.my_role

        my_steps: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.my_steps, Unset):
            my_steps = []
            for my_steps_item_data in self.my_steps:
                my_steps_item = my_steps_item_data.to_dict()
                my_steps.append(my_steps_item)



        parent_id: int | None | Unset
        if isinstance(self.parent_id, Unset):
            parent_id = UNSET
        else:
            parent_id = self.parent_id

        sla: dict[str, Any] | None | Unset
        if isinstance(self.sla, Unset):
            sla = UNSET
        elif isinstance(self.sla, SlaDueOut):
            sla = self.sla.to_dict()
        else:
            sla = self.sla

        waiting_count = self.waiting_count

        waiting_for: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.waiting_for, Unset):
            waiting_for = []
            for waiting_for_item_data in self.waiting_for:
                waiting_for_item = waiting_for_item_data.to_dict()
                waiting_for.append(waiting_for_item)




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "created_at": created_at,
            "creator": creator,
            "fields": fields,
            "handlers": handlers,
            "id": id,
            "row_version": row_version,
            "serial": serial,
            "state": state,
            "status": status,
            "title": title,
            "updated_at": updated_at,
            "version": version,
            "workflow": workflow,
        })
        if branches is not UNSET:
            field_dict["branches"] = branches
        if due_at is not UNSET:
            field_dict["due_at"] = due_at
        if my_role is not UNSET:
            field_dict["my_role"] = my_role
        if my_steps is not UNSET:
            field_dict["my_steps"] = my_steps
        if parent_id is not UNSET:
            field_dict["parent_id"] = parent_id
        if sla is not UNSET:
            field_dict["sla"] = sla
        if waiting_count is not UNSET:
            field_dict["waiting_count"] = waiting_count
        if waiting_for is not UNSET:
            field_dict["waiting_for"] = waiting_for

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.branch_out import BranchOut # noqa: PLC0415
        from ..models.field_value_out import FieldValueOut # noqa: PLC0415
        from ..models.handler_out import HandlerOut # noqa: PLC0415
        from ..models.my_step_out import MyStepOut # noqa: PLC0415
        from ..models.person_out import PersonOut # noqa: PLC0415
        from ..models.sla_due_out import SlaDueOut # noqa: PLC0415
        from ..models.state_ref_out import StateRefOut # noqa: PLC0415
        from ..models.waiting_out import WaitingOut # noqa: PLC0415
        from ..models.workflow_ref_out import WorkflowRefOut # noqa: PLC0415
        d = dict(src_dict)
        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        creator = PersonOut.from_dict(d.pop("creator"))




        fields = []
        _fields = d.pop("fields")
        for fields_item_data in (_fields):
            fields_item = FieldValueOut.from_dict(fields_item_data)



            fields.append(fields_item)


        handlers = []
        _handlers = d.pop("handlers")
        for handlers_item_data in (_handlers):
            handlers_item = HandlerOut.from_dict(handlers_item_data)



            handlers.append(handlers_item)


        id = d.pop("id")

        row_version = d.pop("row_version")

        serial = d.pop("serial")

        state = StateRefOut.from_dict(d.pop("state"))




        status = d.pop("status")

        title = d.pop("title")

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))




        version = d.pop("version")

        workflow = WorkflowRefOut.from_dict(d.pop("workflow"))




        _branches = d.pop("branches", UNSET)
        branches: list[BranchOut] | Unset = UNSET
        if _branches is not UNSET:
            branches = []
            for branches_item_data in _branches:
                branches_item = BranchOut.from_dict(branches_item_data)



                branches.append(branches_item)


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


        def _parse_my_role(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        my_role = _parse_my_role(d.pop("my_role", UNSET))


        _my_steps = d.pop("my_steps", UNSET)
        my_steps: list[MyStepOut] | Unset = UNSET
        if _my_steps is not UNSET:
            my_steps = []
            for my_steps_item_data in _my_steps:
                my_steps_item = MyStepOut.from_dict(my_steps_item_data)



                my_steps.append(my_steps_item)


        def _parse_parent_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        parent_id = _parse_parent_id(d.pop("parent_id", UNSET))


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


        waiting_count = d.pop("waiting_count", UNSET)

        _waiting_for = d.pop("waiting_for", UNSET)
        waiting_for: list[WaitingOut] | Unset = UNSET
        if _waiting_for is not UNSET:
            waiting_for = []
            for waiting_for_item_data in _waiting_for:
                waiting_for_item = WaitingOut.from_dict(waiting_for_item_data)



                waiting_for.append(waiting_for_item)


        ticket_detail_out = cls(
            created_at=created_at,
            creator=creator,
            fields=fields,
            handlers=handlers,
            id=id,
            row_version=row_version,
            serial=serial,
            state=state,
            status=status,
            title=title,
            updated_at=updated_at,
            version=version,
            workflow=workflow,
            branches=branches,
            due_at=due_at,
            my_role=my_role,
            my_steps=my_steps,
            parent_id=parent_id,
            sla=sla,
            waiting_count=waiting_count,
            waiting_for=waiting_for,
        )


        ticket_detail_out.additional_properties = d
        return ticket_detail_out

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
