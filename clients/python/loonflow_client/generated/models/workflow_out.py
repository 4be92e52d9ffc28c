from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime






T = TypeVar("T", bound="WorkflowOut")



@_attrs_define
class WorkflowOut:
    """ 
        Attributes:
            admin_ids (list[int]):
            can_manage (bool):
            category (str):
            created_at (datetime.datetime):
            current_version (int | None): The published version new tickets start in.
            description (str):
            draft_etag (None | str):
            draft_version (int | None):
            id (int):
            key (str):
            name (str):
            updated_at (datetime.datetime):
     """

    admin_ids: list[int]
    can_manage: bool
    category: str
    created_at: datetime.datetime
    current_version: int | None
    description: str
    draft_etag: None | str
    draft_version: int | None
    id: int
    key: str
    name: str
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        admin_ids = self.admin_ids



        can_manage = self.can_manage

        category = self.category

        created_at = self.created_at.isoformat()

        current_version: int | None
        current_version = self.current_version

        description = self.description

        draft_etag: None | str
        draft_etag = self.draft_etag

        draft_version: int | None
        draft_version = self.draft_version

        id = self.id

        key = self.key

        name = self.name

        updated_at = self.updated_at.isoformat()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "admin_ids": admin_ids,
            "can_manage": can_manage,
            "category": category,
            "created_at": created_at,
            "current_version": current_version,
            "description": description,
            "draft_etag": draft_etag,
            "draft_version": draft_version,
            "id": id,
            "key": key,
            "name": name,
            "updated_at": updated_at,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        admin_ids = cast(list[int], d.pop("admin_ids"))


        can_manage = d.pop("can_manage")

        category = d.pop("category")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        def _parse_current_version(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        current_version = _parse_current_version(d.pop("current_version"))


        description = d.pop("description")

        def _parse_draft_etag(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        draft_etag = _parse_draft_etag(d.pop("draft_etag"))


        def _parse_draft_version(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        draft_version = _parse_draft_version(d.pop("draft_version"))


        id = d.pop("id")

        key = d.pop("key")

        name = d.pop("name")

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))




        workflow_out = cls(
            admin_ids=admin_ids,
            can_manage=can_manage,
            category=category,
            created_at=created_at,
            current_version=current_version,
            description=description,
            draft_etag=draft_etag,
            draft_version=draft_version,
            id=id,
            key=key,
            name=name,
            updated_at=updated_at,
        )


        workflow_out.additional_properties = d
        return workflow_out

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
