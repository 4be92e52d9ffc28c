from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.problem_out_severity import ProblemOutSeverity
from ..types import UNSET, Unset






T = TypeVar("T", bound="ProblemOut")



@_attrs_define
class ProblemOut:
    """ 
        Attributes:
            code (str):
            message (str):
            path (str):
            severity (ProblemOutSeverity | Unset): An error blocks publishing; a warning only informs. Default:
                ProblemOutSeverity.ERROR.
     """

    code: str
    message: str
    path: str
    severity: ProblemOutSeverity | Unset = ProblemOutSeverity.ERROR
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        code = self.code

        message = self.message

        path = self.path

        severity: str | Unset = UNSET
        if not isinstance(self.severity, Unset):
            severity = self.severity.value



        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "code": code,
            "message": message,
            "path": path,
        })
        if severity is not UNSET:
            field_dict["severity"] = severity

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        message = d.pop("message")

        path = d.pop("path")

        _severity = d.pop("severity", UNSET)
        severity: ProblemOutSeverity | Unset
        if isinstance(_severity,  Unset):
            severity = UNSET
        else:
            severity = ProblemOutSeverity(_severity)




        problem_out = cls(
            code=code,
            message=message,
            path=path,
            severity=severity,
        )


        problem_out.additional_properties = d
        return problem_out

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
