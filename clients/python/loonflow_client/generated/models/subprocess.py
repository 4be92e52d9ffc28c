from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.subprocess_continue_on import SubprocessContinueOn
from ..models.subprocess_when_none import SubprocessWhenNone
from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.subprocess_values import SubprocessValues





T = TypeVar("T", bound="Subprocess")



@_attrs_define
class Subprocess:
    """ A state that waits for sub-tickets (it has a `subtickets` transition); see docs/workflows.md.

    With `workflow` (a published workflow's key) the engine files the sub-tickets when the ticket
    enters the state: one per row of the table field `rows`, or `count` of them, each value of
    `values` (child field → parent field or `row.<column>`) copied from the parent. Without it the
    state only accepts sub-tickets its handlers file. The state moves on when every sub-ticket has
    settled (`all_finished`), or at the first rejected one (`first_rejection`); with none at all it
    moves on at once (`when_none: continue`) or waits for the first (`wait`).

        Attributes:
            continue_on (SubprocessContinueOn | Unset):  Default: SubprocessContinueOn.ALL_FINISHED.
            count (int | None | Unset):
            rows (None | str | Unset):
            values (SubprocessValues | Unset):
            when_none (SubprocessWhenNone | Unset):  Default: SubprocessWhenNone.CONTINUE.
            workflow (None | str | Unset):
     """

    continue_on: SubprocessContinueOn | Unset = SubprocessContinueOn.ALL_FINISHED
    count: int | None | Unset = UNSET
    rows: None | str | Unset = UNSET
    values: SubprocessValues | Unset = UNSET
    when_none: SubprocessWhenNone | Unset = SubprocessWhenNone.CONTINUE
    workflow: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.subprocess_values import SubprocessValues # noqa: PLC0415
        continue_on: str | Unset = UNSET
        if not isinstance(self.continue_on, Unset):
            continue_on = self.continue_on.value


        count: int | None | Unset
        if isinstance(self.count, Unset):
            count = UNSET
        else:
            count = self.count

        rows: None | str | Unset
        if isinstance(self.rows, Unset):
            rows = UNSET
        else:
            rows = self.rows

        values: dict[str, Any] | Unset = UNSET
        if not isinstance(self.values, Unset):
            values = self.values.to_dict()

        when_none: str | Unset = UNSET
        if not isinstance(self.when_none, Unset):
            when_none = self.when_none.value


        workflow: None | str | Unset
        if isinstance(self.workflow, Unset):
            workflow = UNSET
        else:
            workflow = self.workflow


        field_dict: dict[str, Any] = {}

        field_dict.update({
        })
        if continue_on is not UNSET:
            field_dict["continue_on"] = continue_on
        if count is not UNSET:
            field_dict["count"] = count
        if rows is not UNSET:
            field_dict["rows"] = rows
        if values is not UNSET:
            field_dict["values"] = values
        if when_none is not UNSET:
            field_dict["when_none"] = when_none
        if workflow is not UNSET:
            field_dict["workflow"] = workflow

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.subprocess_values import SubprocessValues # noqa: PLC0415
        d = dict(src_dict)
        _continue_on = d.pop("continue_on", UNSET)
        continue_on: SubprocessContinueOn | Unset
        if isinstance(_continue_on,  Unset):
            continue_on = UNSET
        else:
            continue_on = SubprocessContinueOn(_continue_on)




        def _parse_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        count = _parse_count(d.pop("count", UNSET))


        def _parse_rows(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        rows = _parse_rows(d.pop("rows", UNSET))


        _values = d.pop("values", UNSET)
        values: SubprocessValues | Unset
        if isinstance(_values,  Unset):
            values = UNSET
        else:
            values = SubprocessValues.from_dict(_values)




        _when_none = d.pop("when_none", UNSET)
        when_none: SubprocessWhenNone | Unset
        if isinstance(_when_none,  Unset):
            when_none = UNSET
        else:
            when_none = SubprocessWhenNone(_when_none)




        def _parse_workflow(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        workflow = _parse_workflow(d.pop("workflow", UNSET))


        subprocess = cls(
            continue_on=continue_on,
            count=count,
            rows=rows,
            values=values,
            when_none=when_none,
            workflow=workflow,
        )

        return subprocess

