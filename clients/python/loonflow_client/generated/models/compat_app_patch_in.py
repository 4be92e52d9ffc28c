from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="CompatAppPatchIn")



@_attrs_define
class CompatAppPatchIn:
    """ 
        Attributes:
            acting_usernames (list[str] | None | Unset):
            description (None | str | Unset):
            is_active (bool | None | Unset):
            workflow_ids (list[int] | None | Unset):
     """

    acting_usernames: list[str] | None | Unset = UNSET
    description: None | str | Unset = UNSET
    is_active: bool | None | Unset = UNSET
    workflow_ids: list[int] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        acting_usernames: list[str] | None | Unset
        if isinstance(self.acting_usernames, Unset):
            acting_usernames = UNSET
        elif isinstance(self.acting_usernames, list):
            acting_usernames = self.acting_usernames


        else:
            acting_usernames = self.acting_usernames

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        is_active: bool | None | Unset
        if isinstance(self.is_active, Unset):
            is_active = UNSET
        else:
            is_active = self.is_active

        workflow_ids: list[int] | None | Unset
        if isinstance(self.workflow_ids, Unset):
            workflow_ids = UNSET
        elif isinstance(self.workflow_ids, list):
            workflow_ids = self.workflow_ids


        else:
            workflow_ids = self.workflow_ids


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if acting_usernames is not UNSET:
            field_dict["acting_usernames"] = acting_usernames
        if description is not UNSET:
            field_dict["description"] = description
        if is_active is not UNSET:
            field_dict["is_active"] = is_active
        if workflow_ids is not UNSET:
            field_dict["workflow_ids"] = workflow_ids

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_acting_usernames(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                acting_usernames_type_0 = cast(list[str], data)

                return acting_usernames_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        acting_usernames = _parse_acting_usernames(d.pop("acting_usernames", UNSET))


        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))


        def _parse_is_active(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_active = _parse_is_active(d.pop("is_active", UNSET))


        def _parse_workflow_ids(data: object) -> list[int] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                workflow_ids_type_0 = cast(list[int], data)

                return workflow_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[int] | None | Unset, data)

        workflow_ids = _parse_workflow_ids(d.pop("workflow_ids", UNSET))


        compat_app_patch_in = cls(
            acting_usernames=acting_usernames,
            description=description,
            is_active=is_active,
            workflow_ids=workflow_ids,
        )


        compat_app_patch_in.additional_properties = d
        return compat_app_patch_in

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
