from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.change_out_op import ChangeOutOp
from ..types import UNSET, Unset






T = TypeVar("T", bound="ChangeOut")



@_attrs_define
class ChangeOut:
    """ 
        Attributes:
            op (ChangeOutOp):
            path (str):
            after (Any | Unset):
            before (Any | Unset):
     """

    op: ChangeOutOp
    path: str
    after: Any | Unset = UNSET
    before: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        op = self.op.value

        path = self.path

        after = self.after

        before = self.before


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "op": op,
            "path": path,
        })
        if after is not UNSET:
            field_dict["after"] = after
        if before is not UNSET:
            field_dict["before"] = before

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        op = ChangeOutOp(d.pop("op"))




        path = d.pop("path")

        after = d.pop("after", UNSET)

        before = d.pop("before", UNSET)

        change_out = cls(
            op=op,
            path=path,
            after=after,
            before=before,
        )


        change_out.additional_properties = d
        return change_out

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
