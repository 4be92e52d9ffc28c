from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.template_preview_out import TemplatePreviewOut





T = TypeVar("T", bound="TemplateOut")



@_attrs_define
class TemplateOut:
    """ 
        Attributes:
            category (str):
            description (str):
            key (str):
            name (str):
            preview (TemplatePreviewOut):
     """

    category: str
    description: str
    key: str
    name: str
    preview: TemplatePreviewOut
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.template_preview_out import TemplatePreviewOut # noqa: PLC0415
        category = self.category

        description = self.description

        key = self.key

        name = self.name

        preview = self.preview.to_dict()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "category": category,
            "description": description,
            "key": key,
            "name": name,
            "preview": preview,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.template_preview_out import TemplatePreviewOut # noqa: PLC0415
        d = dict(src_dict)
        category = d.pop("category")

        description = d.pop("description")

        key = d.pop("key")

        name = d.pop("name")

        preview = TemplatePreviewOut.from_dict(d.pop("preview"))




        template_out = cls(
            category=category,
            description=description,
            key=key,
            name=name,
            preview=preview,
        )


        template_out.additional_properties = d
        return template_out

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
