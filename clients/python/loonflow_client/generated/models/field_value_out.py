from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.field_def import FieldDef





T = TypeVar("T", bound="FieldValueOut")



@_attrs_define
class FieldValueOut:
    """ 
        Attributes:
            field (FieldDef):
            key (str):
            label (str):
            permission (str):
            type_ (str):
            value (Any | Unset):
     """

    field: FieldDef
    key: str
    label: str
    permission: str
    type_: str
    value: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.field_def import FieldDef # noqa: PLC0415
        field = self.field.to_dict()

        key = self.key

        label = self.label

        permission = self.permission

        type_ = self.type_

        value = self.value


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "field": field,
            "key": key,
            "label": label,
            "permission": permission,
            "type": type_,
        })
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.field_def import FieldDef # noqa: PLC0415
        d = dict(src_dict)
        field = FieldDef.from_dict(d.pop("field"))




        key = d.pop("key")

        label = d.pop("label")

        permission = d.pop("permission")

        type_ = d.pop("type")

        value = d.pop("value", UNSET)

        field_value_out = cls(
            field=field,
            key=key,
            label=label,
            permission=permission,
            type_=type_,
            value=value,
        )


        field_value_out.additional_properties = d
        return field_value_out

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
