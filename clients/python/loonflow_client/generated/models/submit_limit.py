from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset







T = TypeVar("T", bound="SubmitLimit")



@_attrs_define
class SubmitLimit:
    """ 
        Attributes:
            count (int):
            period_seconds (int):
     """

    count: int
    period_seconds: int





    def to_dict(self) -> dict[str, Any]:
        count = self.count

        period_seconds = self.period_seconds


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "count": count,
            "period_seconds": period_seconds,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        count = d.pop("count")

        period_seconds = d.pop("period_seconds")

        submit_limit = cls(
            count=count,
            period_seconds=period_seconds,
        )

        return submit_limit

