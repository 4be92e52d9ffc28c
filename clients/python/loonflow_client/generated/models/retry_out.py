from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast






T = TypeVar("T", bound="RetryOut")



@_attrs_define
class RetryOut:
    """ 
        Attributes:
            hook_calls (list[int]): Ids of the hook calls sent again.
            script_runs (list[int]): Ids of the script runs sent again.
     """

    hook_calls: list[int]
    script_runs: list[int]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        hook_calls = self.hook_calls



        script_runs = self.script_runs




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "hook_calls": hook_calls,
            "script_runs": script_runs,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        hook_calls = cast(list[int], d.pop("hook_calls"))


        script_runs = cast(list[int], d.pop("script_runs"))


        retry_out = cls(
            hook_calls=hook_calls,
            script_runs=script_runs,
        )


        retry_out.additional_properties = d
        return retry_out

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
