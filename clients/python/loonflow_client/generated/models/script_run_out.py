from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.script_run_out_result import ScriptRunOutResult





T = TypeVar("T", bound="ScriptRunOut")



@_attrs_define
class ScriptRunOut:
    """ 
        Attributes:
            attempts (int):
            created_at (datetime.datetime):
            duration_ms (int):
            finished_at (datetime.datetime | None):
            id (int):
            last_error (str):
            last_error_code (None | str): The machine code of the text beside it (null: a plain text, such as a remote's own
                words, or a row written before codes existed); the text is in the reader's language.
            outcome (str):
            result (ScriptRunOutResult):
            robot (bool): The run of a state's script participant (its result moves the ticket on).
            script_id (int):
            state_entry (int):
            state_key (str):
            status (str):
            ticket_id (int):
            ticket_serial (str):
     """

    attempts: int
    created_at: datetime.datetime
    duration_ms: int
    finished_at: datetime.datetime | None
    id: int
    last_error: str
    last_error_code: None | str
    outcome: str
    result: ScriptRunOutResult
    robot: bool
    script_id: int
    state_entry: int
    state_key: str
    status: str
    ticket_id: int
    ticket_serial: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.script_run_out_result import ScriptRunOutResult # noqa: PLC0415
        attempts = self.attempts

        created_at = self.created_at.isoformat()

        duration_ms = self.duration_ms

        finished_at: None | str
        if isinstance(self.finished_at, datetime.datetime):
            finished_at = self.finished_at.isoformat()
        else:
            finished_at = self.finished_at

        id = self.id

        last_error = self.last_error

        last_error_code: None | str
        last_error_code = self.last_error_code

        outcome = self.outcome

        result = self.result.to_dict()

        robot = self.robot

        script_id = self.script_id

        state_entry = self.state_entry

        state_key = self.state_key

        status = self.status

        ticket_id = self.ticket_id

        ticket_serial = self.ticket_serial


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "attempts": attempts,
            "created_at": created_at,
            "duration_ms": duration_ms,
            "finished_at": finished_at,
            "id": id,
            "last_error": last_error,
            "last_error_code": last_error_code,
            "outcome": outcome,
            "result": result,
            "robot": robot,
            "script_id": script_id,
            "state_entry": state_entry,
            "state_key": state_key,
            "status": status,
            "ticket_id": ticket_id,
            "ticket_serial": ticket_serial,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.script_run_out_result import ScriptRunOutResult # noqa: PLC0415
        d = dict(src_dict)
        attempts = d.pop("attempts")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        duration_ms = d.pop("duration_ms")

        def _parse_finished_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                finished_at_type_0 = datetime.datetime.fromisoformat(data)



                return finished_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        finished_at = _parse_finished_at(d.pop("finished_at"))


        id = d.pop("id")

        last_error = d.pop("last_error")

        def _parse_last_error_code(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        last_error_code = _parse_last_error_code(d.pop("last_error_code"))


        outcome = d.pop("outcome")

        result = ScriptRunOutResult.from_dict(d.pop("result"))




        robot = d.pop("robot")

        script_id = d.pop("script_id")

        state_entry = d.pop("state_entry")

        state_key = d.pop("state_key")

        status = d.pop("status")

        ticket_id = d.pop("ticket_id")

        ticket_serial = d.pop("ticket_serial")

        script_run_out = cls(
            attempts=attempts,
            created_at=created_at,
            duration_ms=duration_ms,
            finished_at=finished_at,
            id=id,
            last_error=last_error,
            last_error_code=last_error_code,
            outcome=outcome,
            result=result,
            robot=robot,
            script_id=script_id,
            state_entry=state_entry,
            state_key=state_key,
            status=status,
            ticket_id=ticket_id,
            ticket_serial=ticket_serial,
        )


        script_run_out.additional_properties = d
        return script_run_out

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
