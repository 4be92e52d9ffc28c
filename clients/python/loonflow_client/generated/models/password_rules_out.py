from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.password_rule_out import PasswordRuleOut





T = TypeVar("T", bound="PasswordRulesOut")



@_attrs_define
class PasswordRulesOut:
    """ 
        Attributes:
            max_length (int): The longest password the API takes.
            min_length (int): The shortest password the rules allow.
            rules (list[PasswordRuleOut]):
     """

    max_length: int
    min_length: int
    rules: list[PasswordRuleOut]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.password_rule_out import PasswordRuleOut # noqa: PLC0415
        max_length = self.max_length

        min_length = self.min_length

        rules = []
        for rules_item_data in self.rules:
            rules_item = rules_item_data.to_dict()
            rules.append(rules_item)




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "max_length": max_length,
            "min_length": min_length,
            "rules": rules,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.password_rule_out import PasswordRuleOut # noqa: PLC0415
        d = dict(src_dict)
        max_length = d.pop("max_length")

        min_length = d.pop("min_length")

        rules = []
        _rules = d.pop("rules")
        for rules_item_data in (_rules):
            rules_item = PasswordRuleOut.from_dict(rules_item_data)



            rules.append(rules_item)


        password_rules_out = cls(
            max_length=max_length,
            min_length=min_length,
            rules=rules,
        )


        password_rules_out.additional_properties = d
        return password_rules_out

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
