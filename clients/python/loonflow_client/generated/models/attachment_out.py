from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from uuid import UUID






T = TypeVar("T", bound="AttachmentOut")



@_attrs_define
class AttachmentOut:
    """ 
        Attributes:
            content_type (str):
            id (UUID):
            name (str):
            size (int):
            url (str):
     """

    content_type: str
    id: UUID
    name: str
    size: int
    url: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        content_type = self.content_type

        id = str(self.id)

        name = self.name

        size = self.size

        url = self.url


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "content_type": content_type,
            "id": id,
            "name": name,
            "size": size,
            "url": url,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        content_type = d.pop("content_type")

        id = UUID(d.pop("id"))




        name = d.pop("name")

        size = d.pop("size")

        url = d.pop("url")

        attachment_out = cls(
            content_type=content_type,
            id=id,
            name=name,
            size=size,
            url=url,
        )


        attachment_out.additional_properties = d
        return attachment_out

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
