from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset







T = TypeVar("T", bound="SimulatedHookOut")



@_attrs_define
class SimulatedHookOut:
    """ 
        Attributes:
            host (str):
            returns_handlers (bool):
            wait (bool):
     """

    host: str
    returns_handlers: bool
    wait: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        host = self.host

        returns_handlers = self.returns_handlers

        wait = self.wait


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "host": host,
            "returns_handlers": returns_handlers,
            "wait": wait,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        host = d.pop("host")

        returns_handlers = d.pop("returns_handlers")

        wait = d.pop("wait")

        simulated_hook_out = cls(
            host=host,
            returns_handlers=returns_handlers,
            wait=wait,
        )


        simulated_hook_out.additional_properties = d
        return simulated_hook_out

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
