from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset






T = TypeVar("T", bound="SyncCounts")



@_attrs_define
class SyncCounts:
    """ 
        Attributes:
            created (int | Unset):  Default: 0.
            deactivated (int | Unset):  Default: 0.
            unchanged (int | Unset):  Default: 0.
            updated (int | Unset):  Default: 0.
     """

    created: int | Unset = 0
    deactivated: int | Unset = 0
    unchanged: int | Unset = 0
    updated: int | Unset = 0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        created = self.created

        deactivated = self.deactivated

        unchanged = self.unchanged

        updated = self.updated


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if created is not UNSET:
            field_dict["created"] = created
        if deactivated is not UNSET:
            field_dict["deactivated"] = deactivated
        if unchanged is not UNSET:
            field_dict["unchanged"] = unchanged
        if updated is not UNSET:
            field_dict["updated"] = updated

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        created = d.pop("created", UNSET)

        deactivated = d.pop("deactivated", UNSET)

        unchanged = d.pop("unchanged", UNSET)

        updated = d.pop("updated", UNSET)

        sync_counts = cls(
            created=created,
            deactivated=deactivated,
            unchanged=unchanged,
            updated=updated,
        )


        sync_counts.additional_properties = d
        return sync_counts

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
