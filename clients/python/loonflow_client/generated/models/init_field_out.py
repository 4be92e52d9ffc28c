from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.field_def import FieldDef





T = TypeVar("T", bound="InitFieldOut")



@_attrs_define
class InitFieldOut:
    """ 
        Attributes:
            field (FieldDef):
            permission (str):
     """

    field: FieldDef
    permission: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.field_def import FieldDef # noqa: PLC0415
        field = self.field.to_dict()

        permission = self.permission


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "field": field,
            "permission": permission,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.field_def import FieldDef # noqa: PLC0415
        d = dict(src_dict)
        field = FieldDef.from_dict(d.pop("field"))




        permission = d.pop("permission")

        init_field_out = cls(
            field=field,
            permission=permission,
        )


        init_field_out.additional_properties = d
        return init_field_out

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
