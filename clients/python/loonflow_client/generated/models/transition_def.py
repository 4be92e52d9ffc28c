from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.transition_attribute import TransitionAttribute
from ..models.transition_def_timer_clock_type_0 import TransitionDefTimerClockType0
from ..models.transition_kind import TransitionKind
from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.branch import Branch
  from ..models.transition_def_condition_type_0 import TransitionDefConditionType0





T = TypeVar("T", bound="TransitionDef")



@_attrs_define
class TransitionDef:
    """ 
        Attributes:
            key (str):
            name (str):
            source (str):
            target (str):
            attribute (TransitionAttribute | Unset):  Default: TransitionAttribute.AGREE.
            branches (list[Branch] | Unset):
            check_required_fields (bool | Unset):  Default: True.
            condition (None | TransitionDefConditionType0 | Unset):
            confirm_text (str | Unset):  Default: ''.
            expression (None | str | Unset):
            kind (TransitionKind | Unset):  Default: TransitionKind.MANUAL.
            scripts (list[str] | Unset):
            timer_clock (None | TransitionDefTimerClockType0 | Unset): What `timer_seconds` counts; null: wall.
            timer_seconds (int | None | Unset):
     """

    key: str
    name: str
    source: str
    target: str
    attribute: TransitionAttribute | Unset = TransitionAttribute.AGREE
    branches: list[Branch] | Unset = UNSET
    check_required_fields: bool | Unset = True
    condition: None | TransitionDefConditionType0 | Unset = UNSET
    confirm_text: str | Unset = ''
    expression: None | str | Unset = UNSET
    kind: TransitionKind | Unset = TransitionKind.MANUAL
    scripts: list[str] | Unset = UNSET
    timer_clock: None | TransitionDefTimerClockType0 | Unset = UNSET
    timer_seconds: int | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.branch import Branch # noqa: PLC0415
        from ..models.transition_def_condition_type_0 import TransitionDefConditionType0 # noqa: PLC0415
        key = self.key

        name = self.name

        source = self.source

        target = self.target

        attribute: str | Unset = UNSET
        if not isinstance(self.attribute, Unset):
            attribute = self.attribute.value


        branches: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.branches, Unset):
            branches = []
            for branches_item_data in self.branches:
                branches_item = branches_item_data.to_dict()
                branches.append(branches_item)



        check_required_fields = self.check_required_fields

        condition: dict[str, Any] | None | Unset
        if isinstance(self.condition, Unset):
            condition = UNSET
        elif isinstance(self.condition, TransitionDefConditionType0):
            condition = self.condition.to_dict()
        else:
            condition = self.condition

        confirm_text = self.confirm_text

        expression: None | str | Unset
        if isinstance(self.expression, Unset):
            expression = UNSET
        else:
            expression = self.expression

        kind: str | Unset = UNSET
        if not isinstance(self.kind, Unset):
            kind = self.kind.value


        scripts: list[str] | Unset = UNSET
        if not isinstance(self.scripts, Unset):
            scripts = self.scripts



        timer_clock: None | str | Unset
        if isinstance(self.timer_clock, Unset):
            timer_clock = UNSET
        elif isinstance(self.timer_clock, TransitionDefTimerClockType0):
            timer_clock = self.timer_clock.value
        else:
            timer_clock = self.timer_clock

        timer_seconds: int | None | Unset
        if isinstance(self.timer_seconds, Unset):
            timer_seconds = UNSET
        else:
            timer_seconds = self.timer_seconds


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "key": key,
            "name": name,
            "source": source,
            "target": target,
        })
        if attribute is not UNSET:
            field_dict["attribute"] = attribute
        if branches is not UNSET:
            field_dict["branches"] = branches
        if check_required_fields is not UNSET:
            field_dict["check_required_fields"] = check_required_fields
        if condition is not UNSET:
            field_dict["condition"] = condition
        if confirm_text is not UNSET:
            field_dict["confirm_text"] = confirm_text
        if expression is not UNSET:
            field_dict["expression"] = expression
        if kind is not UNSET:
            field_dict["kind"] = kind
        if scripts is not UNSET:
            field_dict["scripts"] = scripts
        if timer_clock is not UNSET:
            field_dict["timer_clock"] = timer_clock
        if timer_seconds is not UNSET:
            field_dict["timer_seconds"] = timer_seconds

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.branch import Branch # noqa: PLC0415
        from ..models.transition_def_condition_type_0 import TransitionDefConditionType0 # noqa: PLC0415
        d = dict(src_dict)
        key = d.pop("key")

        name = d.pop("name")

        source = d.pop("source")

        target = d.pop("target")

        _attribute = d.pop("attribute", UNSET)
        attribute: TransitionAttribute | Unset
        if isinstance(_attribute,  Unset):
            attribute = UNSET
        else:
            attribute = TransitionAttribute(_attribute)




        _branches = d.pop("branches", UNSET)
        branches: list[Branch] | Unset = UNSET
        if _branches is not UNSET:
            branches = []
            for branches_item_data in _branches:
                branches_item = Branch.from_dict(branches_item_data)



                branches.append(branches_item)


        check_required_fields = d.pop("check_required_fields", UNSET)

        def _parse_condition(data: object) -> None | TransitionDefConditionType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                condition_type_0 = TransitionDefConditionType0.from_dict(data)



                return condition_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TransitionDefConditionType0 | Unset, data)

        condition = _parse_condition(d.pop("condition", UNSET))


        confirm_text = d.pop("confirm_text", UNSET)

        def _parse_expression(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        expression = _parse_expression(d.pop("expression", UNSET))


        _kind = d.pop("kind", UNSET)
        kind: TransitionKind | Unset
        if isinstance(_kind,  Unset):
            kind = UNSET
        else:
            kind = TransitionKind(_kind)




        scripts = cast(list[str], d.pop("scripts", UNSET))


        def _parse_timer_clock(data: object) -> None | TransitionDefTimerClockType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                timer_clock_type_0 = TransitionDefTimerClockType0(data)



                return timer_clock_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TransitionDefTimerClockType0 | Unset, data)

        timer_clock = _parse_timer_clock(d.pop("timer_clock", UNSET))


        def _parse_timer_seconds(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        timer_seconds = _parse_timer_seconds(d.pop("timer_seconds", UNSET))


        transition_def = cls(
            key=key,
            name=name,
            source=source,
            target=target,
            attribute=attribute,
            branches=branches,
            check_required_fields=check_required_fields,
            condition=condition,
            confirm_text=confirm_text,
            expression=expression,
            kind=kind,
            scripts=scripts,
            timer_clock=timer_clock,
            timer_seconds=timer_seconds,
        )

        return transition_def

