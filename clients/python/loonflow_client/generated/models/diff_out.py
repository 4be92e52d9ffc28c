from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.change_out import ChangeOut





T = TypeVar("T", bound="DiffOut")



@_attrs_define
class DiffOut:
    """ 
        Attributes:
            changes (list[ChangeOut]):
            from_version (int):
            to_version (int):
     """

    changes: list[ChangeOut]
    from_version: int
    to_version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.change_out import ChangeOut # noqa: PLC0415
        changes = []
        for changes_item_data in self.changes:
            changes_item = changes_item_data.to_dict()
            changes.append(changes_item)



        from_version = self.from_version

        to_version = self.to_version


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "changes": changes,
            "from_version": from_version,
            "to_version": to_version,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.change_out import ChangeOut # noqa: PLC0415
        d = dict(src_dict)
        changes = []
        _changes = d.pop("changes")
        for changes_item_data in (_changes):
            changes_item = ChangeOut.from_dict(changes_item_data)



            changes.append(changes_item)


        from_version = d.pop("from_version")

        to_version = d.pop("to_version")

        diff_out = cls(
            changes=changes,
            from_version=from_version,
            to_version=to_version,
        )


        diff_out.additional_properties = d
        return diff_out

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
