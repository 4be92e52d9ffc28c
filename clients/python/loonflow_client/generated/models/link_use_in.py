from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset






T = TypeVar("T", bound="LinkUseIn")



@_attrs_define
class LinkUseIn:
    """ 
        Attributes:
            token (str): The token from the link (`/act/<token>`)
            comment (str | Unset):  Default: ''.
     """

    token: str
    comment: str | Unset = ''





    def to_dict(self) -> dict[str, Any]:
        token = self.token

        comment = self.comment


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "token": token,
        })
        if comment is not UNSET:
            field_dict["comment"] = comment

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        token = d.pop("token")

        comment = d.pop("comment", UNSET)

        link_use_in = cls(
            token=token,
            comment=comment,
        )

        return link_use_in

