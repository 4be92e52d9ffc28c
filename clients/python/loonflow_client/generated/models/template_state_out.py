from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.template_state_out_position_type_0 import TemplateStateOutPositionType0





T = TypeVar("T", bound="TemplateStateOut")



@_attrs_define
class TemplateStateOut:
    """ 
        Attributes:
            key (str):
            name (str):
            position (None | TemplateStateOutPositionType0 | Unset):
            type_ (None | str | Unset):
     """

    key: str
    name: str
    position: None | TemplateStateOutPositionType0 | Unset = UNSET
    type_: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.template_state_out_position_type_0 import TemplateStateOutPositionType0 # noqa: PLC0415
        key = self.key

        name = self.name

        position: dict[str, Any] | None | Unset
        if isinstance(self.position, Unset):
            position = UNSET
        elif isinstance(self.position, TemplateStateOutPositionType0):
            position = self.position.to_dict()
        else:
            position = self.position

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "key": key,
            "name": name,
        })
        if position is not UNSET:
            field_dict["position"] = position
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.template_state_out_position_type_0 import TemplateStateOutPositionType0 # noqa: PLC0415
        d = dict(src_dict)
        key = d.pop("key")

        name = d.pop("name")

        def _parse_position(data: object) -> None | TemplateStateOutPositionType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                position_type_0 = TemplateStateOutPositionType0.from_dict(data)



                return position_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TemplateStateOutPositionType0 | Unset, data)

        position = _parse_position(d.pop("position", UNSET))


        def _parse_type_(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))


        template_state_out = cls(
            key=key,
            name=name,
            position=position,
            type_=type_,
        )


        template_state_out.additional_properties = d
        return template_state_out

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
