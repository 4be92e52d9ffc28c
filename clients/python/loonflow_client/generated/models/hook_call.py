from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset






T = TypeVar("T", bound="HookCall")



@_attrs_define
class HookCall:
    """ 
        Attributes:
            url (str):
            returns_handlers (bool | Unset):  Default: False.
            wait (bool | Unset):  Default: False.
     """

    url: str
    returns_handlers: bool | Unset = False
    wait: bool | Unset = False





    def to_dict(self) -> dict[str, Any]:
        url = self.url

        returns_handlers = self.returns_handlers

        wait = self.wait


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "url": url,
        })
        if returns_handlers is not UNSET:
            field_dict["returns_handlers"] = returns_handlers
        if wait is not UNSET:
            field_dict["wait"] = wait

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        url = d.pop("url")

        returns_handlers = d.pop("returns_handlers", UNSET)

        wait = d.pop("wait", UNSET)

        hook_call = cls(
            url=url,
            returns_handlers=returns_handlers,
            wait=wait,
        )

        return hook_call

