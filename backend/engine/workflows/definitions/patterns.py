r"""Tenant-written regular expressions (a field's `validation.regex`), run by RE2 in linear time.

A workflow designer writes the pattern and any user sends the text, so neither may cost more than a
bounded amount of CPU or memory: Python's backtracking `re` takes exponential time on patterns like
`^(a+)+$` (ReDoS). RE2 (`google-re2`) matches in time linear in the text and refuses to compile what
it cannot do that way: backreferences, lookahead and lookbehind, atomic groups, possessive
quantifiers, conditionals. `pattern_problem` says why in words a designer understands; publishing
refuses such a pattern, and `compile_pattern` raises `PatternError` for it.

Semantics (what the pattern means is what it meant under Python `re`, where RE2 can say it):

* The whole value must match (`fullmatch`); `^`/`$` are allowed and change nothing.
* `\d \D \w \W \s \S` keep Python's Unicode meaning (RE2's own are ASCII-only): they are
  rewritten to Unicode classes (`\d` → `\p{Nd}`, `\w` → `[\p{L}\p{N}_]`, `\s` → Python's
  whitespace). `\W` and `\S` inside `[...]` cannot be rewritten and are refused.
* `\Z` (Python's end of text) becomes RE2's `\z`; `\uXXXX` and `\UXXXXXXXX` become `\x{...}`.
* `\b` and `\B` are ASCII word boundaries (RE2 has no Unicode ones).
* `(?i)`, `(?m)`, `(?s)` and named groups `(?P<name>...)` work as in Python; `(?x)`, `(?a)` do not.

Bounds: a pattern has at most `MAX_PATTERN_LENGTH` characters and RE2 compiles it within
`MAX_MEMORY` bytes (`max_mem`: the compiled program and its DFA cache); a bigger one is refused as too
complex. Verdicts are cached (LRU, `CACHE_SIZE`); compiled programs live in the re2 module's own
LRU cache (128 per process), so at most 128 * `MAX_MEMORY` bytes per process.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import re2
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop

MAX_PATTERN_LENGTH = 200
MAX_MEMORY = 4 << 20  # RE2 `max_mem` per pattern; `\w{1,200}` fits, `\w{1,400}` does not
CACHE_SIZE = 1024

# Python's `\s` for str patterns (str.isspace): \t-\r, \x1c-\x1f, space, \x85 and Unicode Z*.
_SPACE = r"\t-\r\x{1c}-\x{20}\x{85}\p{Z}"
_WORD = r"\p{L}\p{N}_"
# Escape → (outside brackets, inside brackets or None when it cannot be said there).
_PERL_CLASSES: dict[str, tuple[str, str | None]] = {
    "d": (r"\p{Nd}", r"\p{Nd}"),
    "D": (r"\P{Nd}", r"\P{Nd}"),
    "w": (f"[{_WORD}]", _WORD),
    "W": (f"[^{_WORD}]", None),
    "s": (f"[{_SPACE}]", _SPACE),
    "S": (f"[^{_SPACE}]", None),
}
_HEX = re.compile(r"[0-9A-Fa-f]+")

# RE2's compile errors → what to tell the designer (checked in order, first hit wins). The hints
# are catalogue keys: verdicts are cached, so they are put into words when told (`_Problem.say`).
_HINTS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"invalid escape sequence: \\[1-9]"), gettext_noop("backreferences (\\1) are not supported")),
    (re.compile(r"\(\?P$"), gettext_noop("named backreferences (?P=name) are not supported")),
    (re.compile(r"\(\?[=!]"), gettext_noop("lookahead assertions (?=...) and (?!...) are not supported")),
    (re.compile(r"\(\?<[=!]"), gettext_noop("lookbehind assertions (?<=...) and (?<!...) are not supported")),
    (re.compile(r"\(\?>"), gettext_noop("atomic groups (?>...) are not supported")),
    (re.compile(r"\(\?\("), gettext_noop("conditionals (?(...)...) are not supported")),
    (
        re.compile(r"bad repetition operator: .\+"),
        gettext_noop("possessive quantifiers (*+, ++, ?+) are not supported"),
    ),
    (re.compile(r"invalid perl operator"), gettext_noop("this (?...) construct is not supported")),
    (re.compile(r"invalid repetition size"), gettext_noop("a counted repetition {n,m} may not exceed 1000")),
    (
        re.compile(r"pattern too large"),
        gettext_noop("it is too complex (over %(mib)s MiB compiled): use smaller repetition counts"),
    ),
)


@dataclass(frozen=True)
class _Problem:
    """Why RE2 cannot run a pattern, kept as a catalogue key and its values (a cached verdict is
    told to designers of any language)."""

    text: str
    values: tuple[tuple[str, str | int], ...] = ()
    hint: str = ""

    def say(self) -> str:
        values: dict[str, str | int] = dict(self.values)
        if self.hint:
            values["hint"] = _(self.hint) % {"mib": MAX_MEMORY >> 20} if "%(" in self.hint else _(self.hint)
        return _(self.text) % values if values else _(self.text)


class _Refused(Exception):
    def __init__(self, problem: _Problem) -> None:
        super().__init__(problem.text)
        self.problem = problem


class PatternError(ValueError):
    """A pattern RE2 cannot run; `str(error)` is a sentence for the workflow designer."""


@dataclass(frozen=True)
class TenantPattern:
    source: str  # as the designer wrote it
    regexp: Any  # the compiled RE2 program (re2._Regexp, untyped)

    def fullmatch(self, text: str) -> bool:
        """Whether the whole text matches, in time linear in its length."""
        # Encoded here: lone surrogates (valid in a JSON string) do not stop the check.
        return self.regexp.fullmatch(text.encode("utf-8", "surrogatepass")) is not None


def _options() -> re2.Options:
    options = re2.Options()
    options.max_mem = MAX_MEMORY
    options.log_errors = False  # RE2 would print each refused pattern to stderr
    return options


_OPTIONS = _options()


def _translate(source: str) -> str:
    """The Python-syntax pattern in RE2 syntax with Python's meaning (see the module docstring)."""
    out: list[str] = []
    index, size = 0, len(source)
    in_class, class_body = False, -1  # class_body: where a `]` is still a literal (`[]a]`, `[^]a]`)
    while index < size:
        char = source[index]
        if char == "\\" and index + 1 < size:
            replacement, index = _escape(source, index, in_class)
            out.append(replacement)
            continue
        if in_class:
            if char == "]" and index != class_body:
                in_class = False
        elif char == "[":
            in_class = True
            class_body = index + (2 if source.startswith("[^", index) else 1)
            out.append(source[index:class_body])
            index = class_body
            continue
        out.append(char)
        index += 1
    return "".join(out)


def _escape(source: str, index: int, in_class: bool) -> tuple[str, int]:
    """The RE2 form of the escape at `source[index]` (a backslash and more), and the index after it."""
    escape = source[index + 1]
    index += 2
    if escape in _PERL_CLASSES:
        outside, inside = _PERL_CLASSES[escape]
        replacement = inside if in_class else outside
        if replacement is None:
            raise _Refused(
                _Problem(
                    gettext_noop(
                        "`\\%(escape)s` inside [...] is not supported: "
                        "write [^...] or use it outside the brackets."
                    ),
                    (("escape", escape),),
                )
            )
        return replacement, index
    if escape == "Z" and not in_class:
        return r"\z", index
    if escape in "uU":
        digits = 4 if escape == "u" else 8
        code = source[index : index + digits]
        if len(code) != digits or not _HEX.fullmatch(code):
            raise _Refused(
                _Problem(
                    gettext_noop("`\\%(escape)s` needs %(digits)s hexadecimal digits."),
                    (("escape", escape), ("digits", digits)),
                )
            )
        return f"\\x{{{code}}}", index + digits
    return "\\" + escape, index


def _explain(message: str) -> _Problem:
    for pattern, hint in _HINTS:
        if pattern.search(message):
            return _Problem(
                gettext_noop(
                    "The linear-time engine (RE2) cannot run this pattern: %(hint)s (RE2: %(detail)s)."
                ),
                (("detail", message),),
                hint,
            )
    return _Problem(gettext_noop("The pattern does not compile (RE2: %(detail)s)."), (("detail", message),))


@lru_cache(maxsize=CACHE_SIZE)
def _verdict(source: str) -> tuple[_Problem | None, str]:
    """(None, the RE2 pattern) when RE2 compiles it, else (the problem, "")."""
    if len(source) > MAX_PATTERN_LENGTH:
        return (
            _Problem(
                gettext_noop("The pattern is longer than %(value)s characters."),
                (("value", MAX_PATTERN_LENGTH),),
            ),
            "",
        )
    try:
        translated = _translate(source)
        re2.compile(translated, _OPTIONS)
    except _Refused as error:
        return error.problem, ""
    except re2.error as error:
        detail = error.args[0] if error.args else ""
        text = detail.decode("utf-8", "replace") if isinstance(detail, bytes) else str(detail)
        return _explain(text), ""
    return None, translated


def pattern_problem(source: str) -> str | None:
    """Why RE2 cannot run this tenant pattern (in the active language), or None when it can."""
    problem = _verdict(source)[0]
    return None if problem is None else problem.say()


def compile_pattern(source: str) -> TenantPattern:
    """The tenant pattern compiled by RE2 (cached); raises `PatternError` when RE2 cannot run it."""
    problem, translated = _verdict(source)
    if problem is not None:
        raise PatternError(problem.say())
    return TenantPattern(source=source, regexp=re2.compile(translated, _OPTIONS))
