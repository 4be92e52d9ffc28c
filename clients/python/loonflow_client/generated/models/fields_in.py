from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.fields_in_fields import FieldsInFields





T = TypeVar("T", bound="FieldsIn")



@_attrs_define
class FieldsIn:
    """ 
        Attributes:
            fields (FieldsInFields):
            branch (None | str | Unset): Which of the ticket's parallel branches you act on; needed only when you are on
                several at once (else 409 branch_required lists them).
            comment (str | Unset):  Default: ''.
     """

    fields: FieldsInFields
    branch: None | str | Unset = UNSET
    comment: str | Unset = ''
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.fields_in_fields import FieldsInFields # noqa: PLC0415
        fields = self.fields.to_dict()

        branch: None | str | Unset
        if isinstance(self.branch, Unset):
            branch = UNSET
        else:
            branch = self.branch

        comment = self.comment


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "fields": fields,
        })
        if branch is not UNSET:
            field_dict["branch"] = branch
        if comment is not UNSET:
            field_dict["comment"] = comment

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.fields_in_fields import FieldsInFields # noqa: PLC0415
        d = dict(src_dict)
        fields = FieldsInFields.from_dict(d.pop("fields"))




        def _parse_branch(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        branch = _parse_branch(d.pop("branch", UNSET))


        comment = d.pop("comment", UNSET)

        fields_in = cls(
            fields=fields,
            branch=branch,
            comment=comment,
        )


        fields_in.additional_properties = d
        return fields_in

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
