from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime






T = TypeVar("T", bound="CompatAppOut")



@_attrs_define
class CompatAppOut:
    """ 
        Attributes:
            acting_usernames (list[str]): Whom the `username` header may name; ["*"]: anyone.
            created_at (datetime.datetime):
            description (str):
            id (int):
            is_active (bool):
            name (str):
            token_hint (str): The token's last four characters.
            token_rotated_at (datetime.datetime | None):
            workflow_ids (list[int]):
     """

    acting_usernames: list[str]
    created_at: datetime.datetime
    description: str
    id: int
    is_active: bool
    name: str
    token_hint: str
    token_rotated_at: datetime.datetime | None
    workflow_ids: list[int]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        acting_usernames = self.acting_usernames



        created_at = self.created_at.isoformat()

        description = self.description

        id = self.id

        is_active = self.is_active

        name = self.name

        token_hint = self.token_hint

        token_rotated_at: None | str
        if isinstance(self.token_rotated_at, datetime.datetime):
            token_rotated_at = self.token_rotated_at.isoformat()
        else:
            token_rotated_at = self.token_rotated_at

        workflow_ids = self.workflow_ids




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "acting_usernames": acting_usernames,
            "created_at": created_at,
            "description": description,
            "id": id,
            "is_active": is_active,
            "name": name,
            "token_hint": token_hint,
            "token_rotated_at": token_rotated_at,
            "workflow_ids": workflow_ids,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        acting_usernames = cast(list[str], d.pop("acting_usernames"))


        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        description = d.pop("description")

        id = d.pop("id")

        is_active = d.pop("is_active")

        name = d.pop("name")

        token_hint = d.pop("token_hint")

        def _parse_token_rotated_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                token_rotated_at_type_0 = datetime.datetime.fromisoformat(data)



                return token_rotated_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        token_rotated_at = _parse_token_rotated_at(d.pop("token_rotated_at"))


        workflow_ids = cast(list[int], d.pop("workflow_ids"))


        compat_app_out = cls(
            acting_usernames=acting_usernames,
            created_at=created_at,
            description=description,
            id=id,
            is_active=is_active,
            name=name,
            token_hint=token_hint,
            token_rotated_at=token_rotated_at,
            workflow_ids=workflow_ids,
        )


        compat_app_out.additional_properties = d
        return compat_app_out

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
