from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="SlaDueOut")



@_attrs_define
class SlaDueOut:
    """ 
        Attributes:
            clock (str): wall, working or working_days: what the SLA counts.
            due_at (datetime.datetime):
            overdue (bool):
            remaining_seconds (float): Left until due_at on that clock (working seconds for a working clock); negative:
                overdue.
            warn_at (datetime.datetime | None | Unset): When the warning falls due (`warn_before_seconds` before due_at);
                null: none.
            warning (bool | Unset): The warning time has passed and the SLA has not run out yet. Default: False.
     """

    clock: str
    due_at: datetime.datetime
    overdue: bool
    remaining_seconds: float
    warn_at: datetime.datetime | None | Unset = UNSET
    warning: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        clock = self.clock

        due_at = self.due_at.isoformat()

        overdue = self.overdue

        remaining_seconds = self.remaining_seconds

        warn_at: None | str | Unset
        if isinstance(self.warn_at, Unset):
            warn_at = UNSET
        elif isinstance(self.warn_at, datetime.datetime):
            warn_at = self.warn_at.isoformat()
        else:
            warn_at = self.warn_at

        warning = self.warning


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "clock": clock,
            "due_at": due_at,
            "overdue": overdue,
            "remaining_seconds": remaining_seconds,
        })
        if warn_at is not UNSET:
            field_dict["warn_at"] = warn_at
        if warning is not UNSET:
            field_dict["warning"] = warning

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        clock = d.pop("clock")

        due_at = datetime.datetime.fromisoformat(d.pop("due_at"))




        overdue = d.pop("overdue")

        remaining_seconds = d.pop("remaining_seconds")

        def _parse_warn_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                warn_at_type_0 = datetime.datetime.fromisoformat(data)



                return warn_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        warn_at = _parse_warn_at(d.pop("warn_at", UNSET))


        warning = d.pop("warning", UNSET)

        sla_due_out = cls(
            clock=clock,
            due_at=due_at,
            overdue=overdue,
            remaining_seconds=remaining_seconds,
            warn_at=warn_at,
            warning=warning,
        )


        sla_due_out.additional_properties = d
        return sla_due_out

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
