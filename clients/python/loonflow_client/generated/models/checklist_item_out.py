from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.checklist_item_out_key import ChecklistItemOutKey






T = TypeVar("T", bound="ChecklistItemOut")



@_attrs_define
class ChecklistItemOut:
    """ 
        Attributes:
            done (bool):
            key (ChecklistItemOutKey):
            link (str): The console page that does it.
     """

    done: bool
    key: ChecklistItemOutKey
    link: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        done = self.done

        key = self.key.value

        link = self.link


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "done": done,
            "key": key,
            "link": link,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        done = d.pop("done")

        key = ChecklistItemOutKey(d.pop("key"))




        link = d.pop("link")

        checklist_item_out = cls(
            done=done,
            key=key,
            link=link,
        )


        checklist_item_out.additional_properties = d
        return checklist_item_out

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
