"""Recursive-descent parser of the condition language, and the normalisation of what it reads to
disjunctive normal form (the `Condition` tree).

Grammar (keywords case-insensitive; precedence `or` < `and` < `not` < comparison)::

    expression := or_expr EOF
    or_expr    := and_expr ("or" and_expr)*
    and_expr   := not_expr ("and" not_expr)*
    not_expr   := "not" not_expr | "(" or_expr ")" | comparison
    comparison := FIELD ( ("==" | "!=" | ">" | ">=" | "<" | "<=" | "in" | "not" "in"
                           | "contains" | "not" "contains" | "starts_with" | "ends_with") literal
                        | "is" ["not"] "empty" )
    literal    := scalar | "[" [scalar ("," scalar)*] "]"
    scalar     := NUMBER | STRING | "true" | "false" | "null"

The parser checks syntax only: `x in 3` or `x > [1]` parse, and `check_condition` reports them.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from django.utils.translation import gettext as _
from pydantic import ValidationError

from engine.workflows.conditions.errors import ConditionSyntaxError
from engine.workflows.conditions.lexer import Token, tokenize
from engine.workflows.conditions.model import (
    MAX_GROUP_SIZE,
    MAX_GROUPS,
    MAX_INT_DIGITS,
    MAX_LIST_LENGTH,
    Comparison,
    Condition,
    Op,
)

MAX_TEXT_LENGTH = 4000
MAX_DEPTH = 32

_SYMBOL_OPS = {"==": Op.EQ, "!=": Op.NE, ">": Op.GT, ">=": Op.GTE, "<": Op.LT, "<=": Op.LTE}
_KEYWORD_OPS = {
    "in": Op.IN,
    "contains": Op.CONTAINS,
    "starts_with": Op.STARTS_WITH,
    "ends_with": Op.ENDS_WITH,
}
NEGATED: dict[Op, Op] = {
    Op.EQ: Op.NE,
    Op.NE: Op.EQ,
    Op.GT: Op.LTE,
    Op.LTE: Op.GT,
    Op.GTE: Op.LT,
    Op.LT: Op.GTE,
    Op.IN: Op.NOT_IN,
    Op.NOT_IN: Op.IN,
    Op.CONTAINS: Op.NOT_CONTAINS,
    Op.NOT_CONTAINS: Op.CONTAINS,
    Op.IS_EMPTY: Op.IS_NOT_EMPTY,
    Op.IS_NOT_EMPTY: Op.IS_EMPTY,
}


# ---- syntax tree -----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Compare:
    comparison: Comparison
    op_pos: int


@dataclass(frozen=True, slots=True)
class _Not:
    item: _Node


@dataclass(frozen=True, slots=True)
class _Junction:
    """`items[0] and items[1] and ...` (or `or`); `op_pos[k]` is where the operator before
    `items[k + 1]` stands."""

    conjunction: bool
    items: list[_Node]
    op_pos: list[int]


_Node = _Compare | _Not | _Junction


# ---- parser ----------------------------------------------------------------------------------


def number_value(text: str, pos: int) -> int | float | str:
    """A number literal as stored in `Comparison.value`.

    Integers stay `int`. A decimal literal becomes a `float` when that float's repr denotes
    exactly the same number (`1000.50` → 1000.5, `0.1` → 0.1); otherwise (too many digits, or
    beyond the float range) the literal is kept as its text (`"0.10000000000000000001"`), which
    number fields read back exactly as a Decimal.
    """
    if "." not in text and "e" not in text and "E" not in text:
        if len(text.lstrip("-")) > MAX_INT_DIGITS:
            raise ConditionSyntaxError(
                _("integer with more than %(value)s digits") % {"value": MAX_INT_DIGITS}, pos
            )
        return int(text)
    try:
        exact = Decimal(text)
    except ArithmeticError as exc:
        raise ConditionSyntaxError(_("number out of range: %(text)s") % {"text": text}, pos) from exc
    approx = float(text)
    if math.isfinite(approx) and Decimal(repr(approx)) == exact:
        return approx
    return text


def _expected_comparison(previous: Token | None, token: Token) -> str:
    """What is wrong where a comparison should start: after what, and how to use a keyword as a field."""
    found = token.describe()
    if previous is not None and token.kind == "eof":
        return _("expected a comparison after '%(previous)s', found %(found)s") % {
            "previous": previous.text,
            "found": found,
        }
    if token.kind == "keyword" and token.value not in ("and", "or"):
        return _(
            "expected a comparison, found %(found)s; write `%(word)s` in backticks to use it as a field name"
        ) % {"found": found, "word": token.text}
    return _("expected a comparison, found %(found)s") % {"found": found}


class _Parser:
    def __init__(self, tokens: list[Token]) -> None:
        self.tokens = tokens
        self.index = 0

    def peek(self) -> Token:
        return self.tokens[self.index]

    def advance(self) -> Token:
        token = self.tokens[self.index]
        if token.kind != "eof":
            self.index += 1
        return token

    def at_keyword(self, *words: str) -> bool:
        token = self.peek()
        return token.kind == "keyword" and token.value in words

    def parse(self) -> _Node:
        if self.peek().kind == "eof":
            raise ConditionSyntaxError(_("empty expression"), 0)
        node = self.or_expr(0)
        token = self.peek()
        if token.kind == "rparen":
            raise ConditionSyntaxError(_("unbalanced ')' (no '(' to close)"), token.pos)
        if token.kind != "eof":
            raise ConditionSyntaxError(
                _(
                    "unexpected %(found)s after a complete comparison; "
                    "expected 'and', 'or' or the end of the expression"
                )
                % {"found": token.describe()},
                token.pos,
            )
        return node

    def or_expr(self, depth: int) -> _Node:
        return self.junction(depth, conjunction=False)

    def junction(self, depth: int, *, conjunction: bool) -> _Node:
        word = "and" if conjunction else "or"
        items = [self.not_expr(depth) if conjunction else self.junction(depth, conjunction=True)]
        op_pos: list[int] = []
        while self.at_keyword(word):
            op_pos.append(self.advance().pos)
            items.append(self.not_expr(depth) if conjunction else self.junction(depth, conjunction=True))
        if len(items) == 1:
            return items[0]
        return _Junction(conjunction, items, op_pos)

    def deeper(self, depth: int, token: Token) -> int:
        if depth + 1 > MAX_DEPTH:
            raise ConditionSyntaxError(
                _("expression nested more than %(value)s levels deep") % {"value": MAX_DEPTH}, token.pos
            )
        return depth + 1

    def not_expr(self, depth: int) -> _Node:
        token = self.peek()
        if self.at_keyword("not"):
            inner = self.deeper(depth, token)
            self.advance()
            return _Not(self.not_expr(inner))
        if token.kind == "lparen":
            inner = self.deeper(depth, token)
            self.advance()
            node = self.or_expr(inner)
            closing = self.peek()
            if closing.kind != "rparen":
                raise ConditionSyntaxError(
                    _("expected ')' to close the '(' at position %(position)s, found %(found)s")
                    % {"position": token.pos, "found": closing.describe()},
                    closing.pos,
                )
            self.advance()
            return node
        return self.comparison()

    def comparison(self) -> _Node:
        previous = self.tokens[self.index - 1] if self.index > 0 else None
        token = self.advance()
        if token.kind != "field":
            raise ConditionSyntaxError(_expected_comparison(previous, token), token.pos)
        field = str(token.value)
        op_token = self.advance()
        op = self.operator(field, op_token)
        value: Any = None
        if op not in (Op.IS_EMPTY, Op.IS_NOT_EMPTY):
            value = self.literal(op_token)
        try:
            comparison = Comparison(field=field, op=op, value=value)
        except ValidationError as exc:  # the lexer already bounds everything; kept as a backstop
            raise ConditionSyntaxError(
                _("invalid comparison: %(problem)s") % {"problem": exc.errors()[0]["msg"]}, token.pos
            ) from None
        return _Compare(comparison, op_token.pos)

    def operator(self, field: str, token: Token) -> Op:
        if token.kind == "symbol":
            return _SYMBOL_OPS[token.text]
        if token.kind == "keyword":
            if token.value in _KEYWORD_OPS:
                return _KEYWORD_OPS[token.value]
            if token.value == "not":
                return self.not_operator()
            if token.value == "is":
                return self.is_operator()
        raise ConditionSyntaxError(
            _(
                "expected a comparison operator after field '%(field)s' "
                "(== != > >= < <= in, not in, contains, not contains, starts_with, ends_with, is empty, "
                "is not empty), found %(found)s"
            )
            % {"field": field, "found": token.describe()},
            token.pos,
        )

    def not_operator(self) -> Op:
        """After `not`: `in` or `contains`."""
        following = self.advance()
        if following.kind == "keyword" and following.value == "in":
            return Op.NOT_IN
        if following.kind == "keyword" and following.value == "contains":
            return Op.NOT_CONTAINS
        raise ConditionSyntaxError(
            _("expected 'in' or 'contains' after 'not', found %(found)s") % {"found": following.describe()},
            following.pos,
        )

    def is_operator(self) -> Op:
        """After `is`: `empty` or `not empty`."""
        negated = False
        following = self.advance()
        if following.kind == "keyword" and following.value == "not":
            negated = True
            following = self.advance()
        if following.kind == "keyword" and following.value == "empty":
            return Op.IS_NOT_EMPTY if negated else Op.IS_EMPTY
        message = (
            _("expected 'empty' after 'is not', found %(found)s")
            if negated
            else _("expected 'empty' or 'not empty' after 'is', found %(found)s")
        )
        raise ConditionSyntaxError(message % {"found": following.describe()}, following.pos)

    def literal(self, op_token: Token) -> Any:
        token = self.peek()
        if token.kind == "lbracket":
            self.advance()
            items: list[Any] = []
            if self.peek().kind == "rbracket":
                self.advance()
                return items
            while True:
                item_token = self.peek()
                if len(items) >= MAX_LIST_LENGTH:
                    raise ConditionSyntaxError(
                        _("list longer than %(value)s items") % {"value": MAX_LIST_LENGTH}, item_token.pos
                    )
                if item_token.kind == "lbracket":
                    raise ConditionSyntaxError(_("lists cannot be nested"), item_token.pos)
                items.append(
                    self.scalar(_("expected a list item, found %(found)s") % {"found": item_token.describe()})
                )
                separator = self.advance()
                if separator.kind == "rbracket":
                    return items
                if separator.kind != "comma":
                    raise ConditionSyntaxError(
                        _("expected ',' or ']' in the list, found %(found)s")
                        % {"found": separator.describe()},
                        separator.pos,
                    )
        return self.scalar(
            _(
                "expected a value (number, string, true, false, null or [list]) after '%(op)s', "
                "found %(found)s"
            )
            % {"op": op_token.text, "found": token.describe()}
        )

    def scalar(self, problem: str) -> Any:
        """The next token as a value; `problem` (what was expected instead) when it is none."""
        token = self.advance()
        if token.kind == "number":
            return number_value(str(token.value), token.pos)
        if token.kind == "string":
            return token.value
        if token.kind == "keyword" and token.value in ("true", "false", "null"):
            return {"true": True, "false": False, "null": None}[token.value]
        raise ConditionSyntaxError(problem, token.pos)


# ---- normalisation ---------------------------------------------------------------------------

_Groups = list[list[Comparison]]


def _too_complex(pos: int) -> ConditionSyntaxError:
    return ConditionSyntaxError(
        _(
            "expression too complex: as an OR of AND-groups it needs more than %(groups)s groups "
            "or more than %(size)s comparisons in a group"
        )
        % {"groups": MAX_GROUPS, "size": MAX_GROUP_SIZE},
        pos,
    )


def _negate(node: _Compare) -> Comparison:
    comparison = node.comparison
    negated = NEGATED.get(comparison.op)
    if negated is None:
        raise ConditionSyntaxError(_("cannot negate %(op)s") % {"op": comparison.op.value}, node.op_pos)
    return Comparison(field=comparison.field, op=negated, value=comparison.value)


def _dnf(node: _Node, negate: bool) -> _Groups:
    """The node (negated when `negate`) as an OR of AND-groups: `not` is pushed down to the
    comparisons by De Morgan's laws and operator negation; `and` distributes over `or`."""
    if isinstance(node, _Compare):
        return [[_negate(node) if negate else node.comparison]]
    if isinstance(node, _Not):
        return _dnf(node.item, not negate)
    conjunction = node.conjunction != negate
    result = _dnf(node.items[0], negate)
    for item, pos in zip(node.items[1:], node.op_pos, strict=True):
        part = _dnf(item, negate)
        if conjunction:
            if len(result) * len(part) > MAX_GROUPS:
                raise _too_complex(pos)
            combined = [left + right for left in result for right in part]
            if any(len(group) > MAX_GROUP_SIZE for group in combined):
                raise _too_complex(pos)
            result = combined
        else:
            if len(result) + len(part) > MAX_GROUPS:
                raise _too_complex(pos)
            result = result + part
    return result


def parse_expression(text: str) -> Condition:
    """Parse the condition language into the `Condition` tree (see the module docstring).

    Raises `ConditionSyntaxError` (with a message and a character position) for every malformed
    input, and for inputs beyond the limits: 4000 characters, 32 levels of nesting, lists of 200
    items, 64 groups of 64 comparisons after normalisation.
    """
    if not isinstance(text, str):
        raise ConditionSyntaxError(_("the expression must be a string"), 0)
    if len(text) > MAX_TEXT_LENGTH:
        raise ConditionSyntaxError(
            _("expression longer than %(value)s characters") % {"value": MAX_TEXT_LENGTH}, MAX_TEXT_LENGTH
        )
    node = _Parser(tokenize(text)).parse()
    groups = _dnf(node, negate=False)
    try:
        return Condition(groups=groups)
    except ValidationError as exc:  # unreachable given the checks above; kept as a backstop
        raise ConditionSyntaxError(
            _("invalid condition: %(problem)s") % {"problem": exc.errors()[0]["msg"]}, 0
        ) from None
