"""Branch conditions: parsing a branch's condition or expression, and the rules it must meet (it
parses, and fits the document's fields)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Protocol

from django.utils.translation import gettext as _
from pydantic import ValidationError

from core.i18n_validation import problem_message
from engine.workflows.conditions import (
    Condition,
    ConditionSyntaxError,
    check_condition,
    parse_expression,
    to_expression,
)
from engine.workflows.definitions.schema import Branch
from engine.workflows.definitions.validation.context import RuleContext


def _blank(value: Any) -> bool:
    return value is None or value == {} or (isinstance(value, str) and not value.strip())


class Conditional(Protocol):
    """What carries a condition: a branch of a transition, or a transition out of an inclusive split."""

    @property
    def condition(self) -> dict[str, Any] | None: ...

    @property
    def expression(self) -> str | None: ...


def has_condition(item: Conditional) -> bool:
    return not (_blank(item.condition) and _blank(item.expression))


def parse_branch_condition(branch: Conditional) -> Condition:
    """The branch's condition as a tree, from the structured `condition` or from the `expression`.

    Raises `ConditionSyntaxError` for an expression that does not parse, pydantic's
    `ValidationError` (a `ValueError`) for a malformed structured condition, and `ValueError` when
    the branch gives neither or both.
    """
    has_condition, has_expression = not _blank(branch.condition), not _blank(branch.expression)
    if has_condition and has_expression:
        raise ValueError(_("a branch takes either a condition or an expression, not both"))
    if has_condition:
        return Condition.model_validate(branch.condition)
    if has_expression:
        assert branch.expression is not None
        return parse_expression(branch.expression)
    raise ValueError(_("a branch needs a condition or an expression"))


def _comparison_text(condition: Condition, where: str) -> str | None:
    """The comparison a check path (`groups.0.1.value`) is about, as expression text."""
    parts = where.split(".")
    if len(parts) < 3 or parts[0] != "groups" or not (parts[1].isdigit() and parts[2].isdigit()):
        return None
    group, position = int(parts[1]), int(parts[2])
    if group >= len(condition.groups) or position >= len(condition.groups[group]):
        return None
    return to_expression(Condition(groups=[[condition.groups[group][position]]]))


class BranchRules(RuleContext):
    def check_branch(self, path: str, branch: Branch, field_types: Mapping[str, str]) -> None:
        self.check_conditional(path, branch, field_types)
        if branch.target not in self.states:
            self.add(
                f"{path}.target",
                "unknown_state",
                _("There is no state %(target)s.") % {"target": repr(branch.target)},
            )

    def check_conditional(self, path: str, item: Conditional, field_types: Mapping[str, str]) -> None:
        """`item` gives exactly one of `condition` and `expression`, which parses and fits the fields."""
        has_condition, has_expression = not _blank(item.condition), not _blank(item.expression)
        if has_condition == has_expression:
            self.add(
                path,
                "invalid_branch",
                _("A branch needs exactly one of `condition` and `expression`, not both.")
                if has_condition
                else _("A branch needs exactly one of `condition` and `expression`."),
            )
            return
        base = f"{path}.condition" if has_condition else f"{path}.expression"
        condition = self.parsed_condition(base, item)
        if condition is not None:
            self.check_condition_fits(base, condition, field_types, structured=has_condition)

    def parsed_condition(self, base: str, branch: Conditional) -> Condition | None:
        """The branch's condition, or None after reporting why it does not parse."""
        try:
            return parse_branch_condition(branch)
        except ConditionSyntaxError as error:
            self.add(
                base,
                "condition_syntax",
                _("The expression does not parse: %(message)s (at position %(position)s).")
                % {"message": error.message, "position": error.position},
            )
        except ValidationError as error:
            for detail in error.errors():
                where = ".".join(str(part) for part in detail["loc"])
                self.add(
                    f"{base}.{where}" if where else base,
                    "condition_syntax",
                    _("The condition is malformed: %(msg)s.") % {"msg": problem_message(dict(detail))},
                )
        except ValueError as error:
            self.add(base, "condition_syntax", _("The condition is malformed: %(error)s.") % {"error": error})
        return None

    def check_condition_fits(
        self, base: str, condition: Condition, field_types: Mapping[str, str], *, structured: bool
    ) -> None:
        try:
            issues = check_condition(condition, field_types)
        except ValueError as error:
            issues = [("", str(error))]
        reported: set[str] = set()
        for where, message in issues:
            # A structured condition is addressed inside the document. An expression is a
            # single string, so its problems point at it and name the comparison instead
            # (once: `and` over `or` can copy a comparison into several groups).
            if structured:
                self.add(f"{base}.{where}" if where else base, "condition_invalid", message)
                continue
            text = _comparison_text(condition, where)
            message = (
                _("In `%(comparison)s`: %(problem)s") % {"comparison": text, "problem": message}
                if text
                else message
            )
            if message not in reported:
                reported.add(message)
                self.add(base, "condition_invalid", message)
