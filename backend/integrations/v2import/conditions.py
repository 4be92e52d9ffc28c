"""Loonflow 2.x transition conditions (Python expressions over `{field_key}` placeholders) rewritten
into our condition language, by parsing them with `ast` — never by evaluating them.

2.x substitutes every placeholder with the value (strings as '''value''') and `eval`s the result;
the first expression that holds picks its `target_state_id`. What translates: `and`, `or`, `not`,
comparisons (also chained, and with the placeholder on either side), `in` / `not in` a list or
tuple of literals, literals (numbers, strings, True/False/None), and a bare placeholder (truthy:
`is not empty`). Anything else — calls (`datetime.now()`, `len(...)`), attribute access, arithmetic,
subscripts, comprehensions, a comparison of two fields or of two literals — is refused with the
reason, and the importer keeps the transition without that branch (see docs/migration-loonflow2.md).
"""

from __future__ import annotations

import ast
import json
import re
from dataclasses import dataclass
from typing import Any

from engine.workflows.conditions import ConditionSyntaxError, parse_expression, to_expression

# `{days}` and the quoted forms `'{days}'` / "{days}" people write for strings.
_PLACEHOLDER = re.compile(r"""(['"]{0,3})\{([A-Za-z_][^{}\s'"]{0,99})\}\1""")
_MARK = "__v2f_"
_OPS = {
    ast.Eq: "==",
    ast.NotEq: "!=",
    ast.Gt: ">",
    ast.GtE: ">=",
    ast.Lt: "<",
    ast.LtE: "<=",
    ast.In: "in",
    ast.NotIn: "not in",
}
_FLIPPED = {">": "<", "<": ">", ">=": "<=", "<=": ">=", "==": "==", "!=": "!="}
MAX_EXPRESSION = 2000


class Untranslatable(ValueError):
    """The reason a condition has no equivalent in our language."""


@dataclass(frozen=True)
class Translated:
    expression: str  # our language, canonical
    fields: frozenset[str]


def translate(expression: str, *, field_keys: dict[str, str] | None = None) -> Translated:
    """Our expression for a 2.x one, its placeholders renamed by `field_keys` (2.x key → ours).
    Raises `Untranslatable` with the reason."""
    if len(expression) > MAX_EXPRESSION:
        raise Untranslatable(f"longer than {MAX_EXPRESSION} characters")
    if "\x00" in expression:
        raise Untranslatable("contains a NUL character")
    names: dict[str, str] = {}

    def mark(match: re.Match[str]) -> str:
        key = match.group(2)
        if "." in key:
            raise Untranslatable(f"{{{key}}} is a built-in of the ticket row, not a field")
        mark = f"{_MARK}{len(names)}"
        names[mark] = (field_keys or {}).get(key, key)
        return mark

    try:
        tree = ast.parse(_PLACEHOLDER.sub(mark, expression).strip(), mode="eval")
    except SyntaxError as exc:
        raise Untranslatable(f"not a valid Python expression ({exc.msg})") from None
    text = _Writer(names).node(tree.body)
    try:
        condition = parse_expression(text)
    except ConditionSyntaxError as exc:
        raise Untranslatable(f"cannot be written in our language ({exc})") from None
    fields = frozenset(comparison.field for group in condition.groups for comparison in group)
    return Translated(expression=to_expression(condition), fields=fields)


class _Writer:
    def __init__(self, names: dict[str, str]) -> None:
        self.names = names

    def node(self, node: ast.expr) -> str:
        if isinstance(node, ast.BoolOp):
            joiner = " and " if isinstance(node.op, ast.And) else " or "
            return "(" + joiner.join(self.node(value) for value in node.values) + ")"
        if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.Not):
            return f"not ({self.node(node.operand)})"
        if isinstance(node, ast.Compare):
            return self.compare(node)
        if isinstance(node, ast.Name) and node.id in self.names:
            return f"{self.field(node)} is not empty"
        raise Untranslatable(f"{_describe(node)} is not supported")

    def field(self, node: ast.expr) -> str:
        assert isinstance(node, ast.Name)
        return "`" + self.names[node.id] + "`"

    def is_field(self, node: ast.expr) -> bool:
        return isinstance(node, ast.Name) and node.id in self.names

    def compare(self, node: ast.Compare) -> str:
        parts, left = [], node.left
        for op, right in zip(node.ops, node.comparators, strict=True):
            parts.append(self.pair(left, type(op), right))
            left = right
        return parts[0] if len(parts) == 1 else "(" + " and ".join(parts) + ")"

    def pair(self, left: ast.expr, op: type[ast.cmpop], right: ast.expr) -> str:
        symbol = _OPS.get(op)
        if symbol is None:
            raise Untranslatable(f"the operator {op.__name__} is not supported")
        if symbol in ("in", "not in"):
            if self.is_field(left):
                return f"{self.field(left)} {symbol} {_literal_list(right)}"
            if self.is_field(right):  # 'x' in {tags}: the field contains the value
                word = "contains" if symbol == "in" else "not contains"
                return f"{self.field(right)} {word} {_literal(left)}"
            raise Untranslatable("`in` needs a field on one side")
        if self.is_field(left) and not self.is_field(right):
            return f"{self.field(left)} {symbol} {_literal(right)}"
        if self.is_field(right) and not self.is_field(left):
            return f"{self.field(right)} {_FLIPPED[symbol]} {_literal(left)}"
        if self.is_field(left):
            raise Untranslatable("comparing two fields is not supported")
        for side in (left, right):
            if not isinstance(side, ast.Constant):
                raise Untranslatable(f"{_describe(side)} is not supported")
        raise Untranslatable("a comparison without a field")


def _constant(node: ast.expr) -> Any:
    if (
        isinstance(node, ast.UnaryOp)
        and isinstance(node.op, ast.USub)
        and isinstance(node.operand, ast.Constant)
    ):
        value = node.operand.value
        if isinstance(value, int | float) and not isinstance(value, bool):
            return -value
    if isinstance(node, ast.Constant) and (
        node.value is None or isinstance(node.value, str | int | float | bool)
    ):
        return node.value
    raise Untranslatable(f"{_describe(node)} is not supported")


def _literal(node: ast.expr) -> str:
    value = _constant(node)
    if isinstance(value, float) and value != value:  # NaN has no literal
        raise Untranslatable("NaN is not supported")
    return json.dumps(value, ensure_ascii=False)


def _literal_list(node: ast.expr) -> str:
    if not isinstance(node, ast.List | ast.Tuple | ast.Set):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            raise Untranslatable("`in` a string (a substring test on a value) is not supported")
        raise Untranslatable(f"`in` {_describe(node)} is not supported")
    return "[" + ", ".join(_literal(item) for item in node.elts) + "]"


def _describe(node: ast.expr) -> str:
    kinds = {
        ast.Call: "a function call",
        ast.Attribute: "attribute access",
        ast.Subscript: "a subscript",
        ast.BinOp: "arithmetic",
        ast.ListComp: "a comprehension",
        ast.GeneratorExp: "a comprehension",
        ast.SetComp: "a comprehension",
        ast.DictComp: "a comprehension",
        ast.Lambda: "a lambda",
        ast.IfExp: "a conditional expression",
        ast.Name: "a name that is not a {field} placeholder",
        ast.Constant: "a bare literal",
    }
    for kind, text in kinds.items():
        if isinstance(node, kind):
            if isinstance(node, ast.Name):
                return f"the name {node.id!r} (not a {{field}} placeholder)"
            return text
    return type(node).__name__
