from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="CompatAppCreateIn")



@_attrs_define
class CompatAppCreateIn:
    """ 
        Attributes:
            name (str): The `appname` header its clients send (`loonflow` is reserved).
            acting_usernames (list[str] | Unset):
            description (str | Unset):  Default: ''.
            token (None | str | Unset): Keep an existing 2.x app's token (its clients sign with it); omit for a new one.
            workflow_ids (list[int] | Unset):
     """

    name: str
    acting_usernames: list[str] | Unset = UNSET
    description: str | Unset = ''
    token: None | str | Unset = UNSET
    workflow_ids: list[int] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        name = self.name

        acting_usernames: list[str] | Unset = UNSET
        if not isinstance(self.acting_usernames, Unset):
            acting_usernames = self.acting_usernames



        description = self.description

        token: None | str | Unset
        if isinstance(self.token, Unset):
            token = UNSET
        else:
            token = self.token

        workflow_ids: list[int] | Unset = UNSET
        if not isinstance(self.workflow_ids, Unset):
            workflow_ids = self.workflow_ids




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "name": name,
        })
        if acting_usernames is not UNSET:
            field_dict["acting_usernames"] = acting_usernames
        if description is not UNSET:
            field_dict["description"] = description
        if token is not UNSET:
            field_dict["token"] = token
        if workflow_ids is not UNSET:
            field_dict["workflow_ids"] = workflow_ids

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        acting_usernames = cast(list[str], d.pop("acting_usernames", UNSET))


        description = d.pop("description", UNSET)

        def _parse_token(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        token = _parse_token(d.pop("token", UNSET))


        workflow_ids = cast(list[int], d.pop("workflow_ids", UNSET))


        compat_app_create_in = cls(
            name=name,
            acting_usernames=acting_usernames,
            description=description,
            token=token,
            workflow_ids=workflow_ids,
        )


        compat_app_create_in.additional_properties = d
        return compat_app_create_in

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
