from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.position_out import PositionOut





T = TypeVar("T", bound="StepOut")



@_attrs_define
class StepOut:
    """ 
        Attributes:
            current (bool):
            key (str):
            name (str):
            type_ (str):
            visited (bool):
            position (None | PositionOut | Unset):
     """

    current: bool
    key: str
    name: str
    type_: str
    visited: bool
    position: None | PositionOut | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.position_out import PositionOut # noqa: PLC0415
        current = self.current

        key = self.key

        name = self.name

        type_ = self.type_

        visited = self.visited

        position: dict[str, Any] | None | Unset
        if isinstance(self.position, Unset):
            position = UNSET
        elif isinstance(self.position, PositionOut):
            position = self.position.to_dict()
        else:
            position = self.position


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "current": current,
            "key": key,
            "name": name,
            "type": type_,
            "visited": visited,
        })
        if position is not UNSET:
            field_dict["position"] = position

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.position_out import PositionOut # noqa: PLC0415
        d = dict(src_dict)
        current = d.pop("current")

        key = d.pop("key")

        name = d.pop("name")

        type_ = d.pop("type")

        visited = d.pop("visited")

        def _parse_position(data: object) -> None | PositionOut | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                position_type_0 = PositionOut.from_dict(data)



                return position_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PositionOut | Unset, data)

        position = _parse_position(d.pop("position", UNSET))


        step_out = cls(
            current=current,
            key=key,
            name=name,
            type_=type_,
            visited=visited,
            position=position,
        )


        step_out.additional_properties = d
        return step_out

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
