from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="BulkTicketIn")



@_attrs_define
class BulkTicketIn:
    """ 
        Attributes:
            id (int):
            branch (None | str | Unset): Which of the ticket's parallel branches you act on; needed only when you are on
                several at once (else 409 branch_required lists them).
            row_version (int | None | Unset): The version you saw (as If-Match): stale answers 412.
     """

    id: int
    branch: None | str | Unset = UNSET
    row_version: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        id = self.id

        branch: None | str | Unset
        if isinstance(self.branch, Unset):
            branch = UNSET
        else:
            branch = self.branch

        row_version: int | None | Unset
        if isinstance(self.row_version, Unset):
            row_version = UNSET
        else:
            row_version = self.row_version


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "id": id,
        })
        if branch is not UNSET:
            field_dict["branch"] = branch
        if row_version is not UNSET:
            field_dict["row_version"] = row_version

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        def _parse_branch(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        branch = _parse_branch(d.pop("branch", UNSET))


        def _parse_row_version(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        row_version = _parse_row_version(d.pop("row_version", UNSET))


        bulk_ticket_in = cls(
            id=id,
            branch=branch,
            row_version=row_version,
        )


        bulk_ticket_in.additional_properties = d
        return bulk_ticket_in

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
