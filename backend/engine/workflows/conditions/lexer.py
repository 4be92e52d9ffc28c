"""Tokenizer of the condition language.

Tokens: field names (`days`, or any key in backticks: `` `not` ``), keywords (case-insensitive),
numbers (`12`, `-3`, `1000.50`, `1e-3`), strings ('...' or "..." with the escapes \\\\ \\" \\' \\n
\\t), the comparison symbols == != > >= < <=, and ( ) [ ] ,. Everything else is an error with the
offset of the offending character.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from django.utils.translation import gettext as _

from engine.workflows.conditions.errors import ConditionSyntaxError

KEYWORDS = frozenset(
    {"and", "or", "not", "in", "contains", "starts_with", "ends_with", "is", "empty", "true", "false", "null"}
)
SYMBOLS = frozenset({"==", "!=", ">", ">=", "<", "<="})
MAX_NUMBER_LENGTH = 128
MAX_FIELD_LENGTH = 64

_IDENT = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_NUMBER = re.compile(r"-?[0-9]+(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?")
_SYMBOL_CHARS = frozenset("=!<>~")
_WHITESPACE = frozenset(" \t\r\n")
_PUNCTUATION = {"(": "lparen", ")": "rparen", "[": "lbracket", "]": "rbracket", ",": "comma"}
_ESCAPES = {"\\": "\\", '"': '"', "'": "'", "n": "\n", "t": "\t"}


@dataclass(frozen=True, slots=True)
class Token:
    """kind: field, keyword, number, string, symbol, lparen, rparen, lbracket, rbracket, comma, eof.

    `value` is the field name, the lower-cased keyword, the number's text or the decoded string.
    """

    kind: str
    text: str
    pos: int
    value: Any = None

    def describe(self) -> str:
        if self.kind == "eof":
            return _("the end of the expression")
        text = self.text if len(self.text) <= 24 else self.text[:21] + "..."
        if self.kind == "keyword":
            return _("the keyword '%(word)s'") % {"word": text}
        return f"'{text}'"


def tokenize(text: str) -> list[Token]:
    tokens: list[Token] = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch in _WHITESPACE:
            i += 1
        elif ch in _PUNCTUATION:
            tokens.append(Token(_PUNCTUATION[ch], ch, i))
            i += 1
        elif ch in "\"'":
            i = _string(text, i, tokens)
        elif ch == "`":
            i = _quoted_field(text, i, tokens)
        elif ch == "-" or "0" <= ch <= "9":
            i = _number(text, i, tokens)
        elif ch == "_" or ("a" <= ch <= "z") or ("A" <= ch <= "Z"):
            i = _word(text, i, tokens)
        elif ch in _SYMBOL_CHARS:
            i = _symbol(text, i, tokens)
        else:
            raise ConditionSyntaxError(_("unexpected character %(char)s") % {"char": repr(ch)}, i)
    tokens.append(Token("eof", "", n))
    return tokens


def _word(text: str, start: int, tokens: list[Token]) -> int:
    """A keyword (any case) or a bare field name."""
    match = _IDENT.match(text, start)
    assert match is not None
    word = match.group()
    if word.lower() in KEYWORDS:
        tokens.append(Token("keyword", word, start, word.lower()))
    else:
        _check_field_length(word, start)
        tokens.append(Token("field", word, start, word))
    return match.end()


def _symbol(text: str, start: int, tokens: list[Token]) -> int:
    """A comparison symbol: the longest run of symbol characters, which must be one of SYMBOLS."""
    end = start
    while end < len(text) and text[end] in _SYMBOL_CHARS:
        end += 1
    symbol = text[start:end]
    if symbol not in SYMBOLS:
        message = (
            _("unknown operator '%(symbol)s' (use '==' to compare)")
            if symbol == "="
            else _("unknown operator '%(symbol)s'")
        )
        raise ConditionSyntaxError(message % {"symbol": symbol}, start)
    tokens.append(Token("symbol", symbol, start, symbol))
    return end


def _check_field_length(name: str, pos: int) -> None:
    if len(name) > MAX_FIELD_LENGTH:
        raise ConditionSyntaxError(
            _("field name longer than %(value)s characters") % {"value": MAX_FIELD_LENGTH}, pos
        )


def _string(text: str, start: int, tokens: list[Token]) -> int:
    quote = text[start]
    chars: list[str] = []
    i, n = start + 1, len(text)
    while i < n:
        ch = text[i]
        if ch == quote:
            tokens.append(Token("string", text[start : i + 1], start, "".join(chars)))
            return i + 1
        if ch == "\\":
            if i + 1 >= n:
                break
            escaped = _ESCAPES.get(text[i + 1])
            if escaped is None:
                raise ConditionSyntaxError(
                    _("unknown escape '\\%(char)s' in string (use \\\\ \\\" \\' \\n or \\t)")
                    % {"char": text[i + 1]},
                    i,
                )
            chars.append(escaped)
            i += 2
        else:
            chars.append(ch)
            i += 1
    raise ConditionSyntaxError(_("unterminated string"), start)


def _quoted_field(text: str, start: int, tokens: list[Token]) -> int:
    end = text.find("`", start + 1)
    if end < 0:
        raise ConditionSyntaxError(_("unterminated `quoted field name`"), start)
    name = text[start + 1 : end]
    if not _IDENT.fullmatch(name):
        raise ConditionSyntaxError(
            _("a quoted field name must be a letter or '_' followed by letters, digits or '_'"), start
        )
    _check_field_length(name, start)
    tokens.append(Token("field", text[start : end + 1], start, name))
    return end + 1


def _number(text: str, start: int, tokens: list[Token]) -> int:
    match = _NUMBER.match(text, start)
    if match is None:
        raise ConditionSyntaxError(_("expected a number after '-'"), start)
    end = match.end()
    if end < len(text) and (text[end] == "." or text[end] == "_" or text[end].isalnum()):
        raise ConditionSyntaxError(_("invalid number '%(text)s'") % {"text": text[start : end + 1]}, start)
    if end - start > MAX_NUMBER_LENGTH:
        raise ConditionSyntaxError(
            _("number longer than %(value)s characters") % {"value": MAX_NUMBER_LENGTH}, start
        )
    tokens.append(Token("number", match.group(), start, match.group()))
    return end
