from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="DelegationListParams")



@_attrs_define
class DelegationListParams:
    """ 
        Attributes:
            cursor (None | str | Unset):
            delegate (None | str | Unset): Only those to this person (with scope=all).
            delegator (None | str | Unset): Only those of this person (with scope=all).
            include_past (bool | Unset): Also the ended and cancelled ones. Default: False.
            limit (int | Unset):  Default: 50.
            scope (str | Unset): mine: given or received; all: everyone's (admins). Default: 'mine'.
     """

    cursor: None | str | Unset = UNSET
    delegate: None | str | Unset = UNSET
    delegator: None | str | Unset = UNSET
    include_past: bool | Unset = False
    limit: int | Unset = 50
    scope: str | Unset = 'mine'
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        cursor: None | str | Unset
        if isinstance(self.cursor, Unset):
            cursor = UNSET
        else:
            cursor = self.cursor

        delegate: None | str | Unset
        if isinstance(self.delegate, Unset):
            delegate = UNSET
        else:
            delegate = self.delegate

        delegator: None | str | Unset
        if isinstance(self.delegator, Unset):
            delegator = UNSET
        else:
            delegator = self.delegator

        include_past = self.include_past

        limit = self.limit

        scope = self.scope


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if cursor is not UNSET:
            field_dict["cursor"] = cursor
        if delegate is not UNSET:
            field_dict["delegate"] = delegate
        if delegator is not UNSET:
            field_dict["delegator"] = delegator
        if include_past is not UNSET:
            field_dict["include_past"] = include_past
        if limit is not UNSET:
            field_dict["limit"] = limit
        if scope is not UNSET:
            field_dict["scope"] = scope

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_cursor(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cursor = _parse_cursor(d.pop("cursor", UNSET))


        def _parse_delegate(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        delegate = _parse_delegate(d.pop("delegate", UNSET))


        def _parse_delegator(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        delegator = _parse_delegator(d.pop("delegator", UNSET))


        include_past = d.pop("include_past", UNSET)

        limit = d.pop("limit", UNSET)

        scope = d.pop("scope", UNSET)

        delegation_list_params = cls(
            cursor=cursor,
            delegate=delegate,
            delegator=delegator,
            include_past=include_past,
            limit=limit,
            scope=scope,
        )


        delegation_list_params.additional_properties = d
        return delegation_list_params

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
