from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="ActionOut")



@_attrs_define
class ActionOut:
    """ 
        Attributes:
            action (str):
            attribute (None | str | Unset):
            branch (None | str | Unset): The branch the action is on; send it back when you act on several at once.
            check_required_fields (bool | None | Unset):
            confirm_text (None | str | Unset):
            name (None | str | Unset):
            transition (None | str | Unset):
     """

    action: str
    attribute: None | str | Unset = UNSET
    branch: None | str | Unset = UNSET
    check_required_fields: bool | None | Unset = UNSET
    confirm_text: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    transition: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        action = self.action

        attribute: None | str | Unset
        if isinstance(self.attribute, Unset):
            attribute = UNSET
        else:
            attribute = self.attribute

        branch: None | str | Unset
        if isinstance(self.branch, Unset):
            branch = UNSET
        else:
            branch = self.branch

        check_required_fields: bool | None | Unset
        if isinstance(self.check_required_fields, Unset):
            check_required_fields = UNSET
        else:
            check_required_fields = self.check_required_fields

        confirm_text: None | str | Unset
        if isinstance(self.confirm_text, Unset):
            confirm_text = UNSET
        else:
            confirm_text = self.confirm_text

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        transition: None | str | Unset
        if isinstance(self.transition, Unset):
            transition = UNSET
        else:
            transition = self.transition


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "action": action,
        })
        if attribute is not UNSET:
            field_dict["attribute"] = attribute
        if branch is not UNSET:
            field_dict["branch"] = branch
        if check_required_fields is not UNSET:
            field_dict["check_required_fields"] = check_required_fields
        if confirm_text is not UNSET:
            field_dict["confirm_text"] = confirm_text
        if name is not UNSET:
            field_dict["name"] = name
        if transition is not UNSET:
            field_dict["transition"] = transition

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        action = d.pop("action")

        def _parse_attribute(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        attribute = _parse_attribute(d.pop("attribute", UNSET))


        def _parse_branch(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        branch = _parse_branch(d.pop("branch", UNSET))


        def _parse_check_required_fields(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        check_required_fields = _parse_check_required_fields(d.pop("check_required_fields", UNSET))


        def _parse_confirm_text(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        confirm_text = _parse_confirm_text(d.pop("confirm_text", UNSET))


        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))


        def _parse_transition(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        transition = _parse_transition(d.pop("transition", UNSET))


        action_out = cls(
            action=action,
            attribute=attribute,
            branch=branch,
            check_required_fields=check_required_fields,
            confirm_text=confirm_text,
            name=name,
            transition=transition,
        )


        action_out.additional_properties = d
        return action_out

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
