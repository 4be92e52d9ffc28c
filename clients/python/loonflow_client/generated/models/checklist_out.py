from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.checklist_item_out import ChecklistItemOut





T = TypeVar("T", bound="ChecklistOut")



@_attrs_define
class ChecklistOut:
    """ 
        Attributes:
            complete (bool):
            dismissed (bool): An admin put the checklist away (for the whole tenant).
            items (list[ChecklistItemOut]):
     """

    complete: bool
    dismissed: bool
    items: list[ChecklistItemOut]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.checklist_item_out import ChecklistItemOut # noqa: PLC0415
        complete = self.complete

        dismissed = self.dismissed

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "complete": complete,
            "dismissed": dismissed,
            "items": items,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.checklist_item_out import ChecklistItemOut # noqa: PLC0415
        d = dict(src_dict)
        complete = d.pop("complete")

        dismissed = d.pop("dismissed")

        items = []
        _items = d.pop("items")
        for items_item_data in (_items):
            items_item = ChecklistItemOut.from_dict(items_item_data)



            items.append(items_item)


        checklist_out = cls(
            complete=complete,
            dismissed=dismissed,
            items=items,
        )


        checklist_out.additional_properties = d
        return checklist_out

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
