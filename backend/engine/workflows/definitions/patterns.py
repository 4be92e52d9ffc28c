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

# RE2's compile errors → what to tell the designer (checked in order, first hit wins).
_HINTS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"invalid escape sequence: \\[1-9]"), "backreferences (\\1) are not supported"),
    (re.compile(r"\(\?P$"), "named backreferences (?P=name) are not supported"),
    (re.compile(r"\(\?[=!]"), "lookahead assertions (?=...) and (?!...) are not supported"),
    (re.compile(r"\(\?<[=!]"), "lookbehind assertions (?<=...) and (?<!...) are not supported"),
    (re.compile(r"\(\?>"), "atomic groups (?>...) are not supported"),
    (re.compile(r"\(\?\("), "conditionals (?(...)...) are not supported"),
    (re.compile(r"bad repetition operator: .\+"), "possessive quantifiers (*+, ++, ?+) are not supported"),
    (re.compile(r"invalid perl operator"), "this (?...) construct is not supported"),
    (re.compile(r"invalid repetition size"), "a counted repetition {n,m} may not exceed 1000"),
    (
        re.compile(r"pattern too large"),
        f"it is too complex (over {MAX_MEMORY >> 20} MiB compiled): use smaller repetition counts",
    ),
)


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
            raise PatternError(
                f"`\\{escape}` inside [...] is not supported: write [^...] or use it outside the brackets."
            )
        return replacement, index
    if escape == "Z" and not in_class:
        return r"\z", index
    if escape in "uU":
        digits = 4 if escape == "u" else 8
        code = source[index : index + digits]
        if len(code) != digits or not _HEX.fullmatch(code):
            raise PatternError(f"`\\{escape}` needs {digits} hexadecimal digits.")
        return f"\\x{{{code}}}", index + digits
    return "\\" + escape, index


def _explain(message: str) -> str:
    for pattern, hint in _HINTS:
        if pattern.search(message):
            return f"The linear-time engine (RE2) cannot run this pattern: {hint} (RE2: {message})."
    return f"The pattern does not compile (RE2: {message})."


@lru_cache(maxsize=CACHE_SIZE)
def _verdict(source: str) -> tuple[str | None, str]:
    """(None, the RE2 pattern) when RE2 compiles it, else (the problem, "")."""
    if len(source) > MAX_PATTERN_LENGTH:
        return f"The pattern is longer than {MAX_PATTERN_LENGTH} characters.", ""
    try:
        translated = _translate(source)
        re2.compile(translated, _OPTIONS)
    except PatternError as error:
        return str(error), ""
    except re2.error as error:
        detail = error.args[0] if error.args else ""
        text = detail.decode("utf-8", "replace") if isinstance(detail, bytes) else str(detail)
        return _explain(text), ""
    return None, translated


def pattern_problem(source: str) -> str | None:
    """Why RE2 cannot run this tenant pattern, or None when it can."""
    return _verdict(source)[0]


def compile_pattern(source: str) -> TenantPattern:
    """The tenant pattern compiled by RE2 (cached); raises `PatternError` when RE2 cannot run it."""
    problem, translated = _verdict(source)
    if problem is not None:
        raise PatternError(problem)
    return TenantPattern(source=source, regexp=re2.compile(translated, _OPTIONS))
