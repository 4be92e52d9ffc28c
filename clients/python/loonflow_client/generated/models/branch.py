from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.branch_condition_type_0 import BranchConditionType0





T = TypeVar("T", bound="Branch")



@_attrs_define
class Branch:
    """ One conditional branch: the first branch whose condition holds picks the target.

    Give the condition either structured (`condition`: OR of AND-groups of comparisons) or as an
    `expression` in the small condition language; both are parsed into the same tree.

        Attributes:
            target (str):
            condition (BranchConditionType0 | None | Unset):
            expression (None | str | Unset):
     """

    target: str
    condition: BranchConditionType0 | None | Unset = UNSET
    expression: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.branch_condition_type_0 import BranchConditionType0 # noqa: PLC0415
        target = self.target

        condition: dict[str, Any] | None | Unset
        if isinstance(self.condition, Unset):
            condition = UNSET
        elif isinstance(self.condition, BranchConditionType0):
            condition = self.condition.to_dict()
        else:
            condition = self.condition

        expression: None | str | Unset
        if isinstance(self.expression, Unset):
            expression = UNSET
        else:
            expression = self.expression


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "target": target,
        })
        if condition is not UNSET:
            field_dict["condition"] = condition
        if expression is not UNSET:
            field_dict["expression"] = expression

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.branch_condition_type_0 import BranchConditionType0 # noqa: PLC0415
        d = dict(src_dict)
        target = d.pop("target")

        def _parse_condition(data: object) -> BranchConditionType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                condition_type_0 = BranchConditionType0.from_dict(data)



                return condition_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BranchConditionType0 | None | Unset, data)

        condition = _parse_condition(d.pop("condition", UNSET))


        def _parse_expression(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        expression = _parse_expression(d.pop("expression", UNSET))


        branch = cls(
            target=target,
            condition=condition,
            expression=expression,
        )

        return branch

