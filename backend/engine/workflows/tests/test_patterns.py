"""Unit tests of `engine.workflows.definitions.patterns`: tenant regexes compiled by RE2 (linear time).

Pure Python, no database.
"""

from __future__ import annotations

import re
import sys
import time
import unicodedata

import pytest

from engine.workflows.definitions.patterns import (
    MAX_PATTERN_LENGTH,
    PatternError,
    compile_pattern,
    pattern_problem,
)


def matches(pattern: str, text: str) -> bool:
    return compile_pattern(pattern).fullmatch(text)


def test_nested_quantifier_is_linear() -> None:
    """`^(a+)+$` on "a"*n + "!" backtracks 2^n times in `re`; RE2 answers at once, even at 100k."""
    pattern = compile_pattern(r"^(a+)+$")
    started = time.perf_counter()
    assert not pattern.fullmatch("a" * 100_000 + "!")
    assert not compile_pattern(r"(\w+\s?)+").fullmatch("中文 " * 30_000 + "!")
    assert time.perf_counter() - started < 1
    assert pattern.fullmatch("a" * 100_000)


@pytest.mark.parametrize(
    ("pattern", "words"),
    [
        (r"(a)\1", "backreferences"),
        (r"(?P<x>a)(?P=x)", "named backreferences"),
        (r"(?=a)a", "lookahead"),
        (r"(?!b)a", "lookahead"),
        (r"(?<=a)b", "lookbehind"),
        (r"(?<!a)b", "lookbehind"),
        (r"(?>a+)b", "atomic groups"),
        (r"a*+b", "possessive"),
        (r"a++b", "possessive"),
        (r"(a)?(?(1)b|c)", "conditionals"),
        (r"(?x) a", "not supported"),
        (r"a{1001}", "1000"),
        (r"\w{1,400}", "too complex"),
        (r"[\W]", "inside [...]"),
        (r"[^\S]", "inside [...]"),
        (r"\u12", "hexadecimal"),
        (r"(", "does not compile"),
        ("a" * (MAX_PATTERN_LENGTH + 1), "longer than"),
    ],
)
def test_refused_patterns_say_why(pattern: str, words: str) -> None:
    problem = pattern_problem(pattern)
    assert problem is not None
    assert words in problem
    with pytest.raises(PatternError, match=re.escape(problem)):
        compile_pattern(pattern)


@pytest.mark.parametrize(
    ("pattern", "text", "expected"),
    [
        (r"[a-z][a-z0-9-]{1,40}", "api-gateway", True),
        (r"v?[0-9]+\.[0-9]+\.[0-9]+", "v1.2.3", True),
        (r"v?[0-9]+\.[0-9]+\.[0-9]+", "v1.2.3-rc", False),  # full match, not search
        (r"^[A-Z]{2}$", "AB", True),
        (r"abc\Z", "abc", True),  # Python's \Z is RE2's \z
        (r"\u4e2d+", "中中", True),
        (r"\U0001F600", "😀", True),
        (r"\w+", "张三_Zoë2", True),  # \w is Unicode, as in Python
        (r"\d+", "١٢٣", True),  # Arabic-Indic digits are \d in Python
        (r"\s", "\u3000", True),  # ideographic space
        (r"[\w.-]+@[\w.-]+", "zoë@例子.cn", True),
        (r"[^\d]+", "abc", True),
        (r"[]a]+", "]a]", True),
        (r"(?i)abc", "ABC", True),
        (r"(?P<year>\d{4})-\d{2}", "2024-01", True),
        (r"a.c", "a\nc", False),  # . does not match a newline, as in Python
        (r"(?s)a.c", "a\nc", True),
        (r"\bfoo\b", "foo", True),
    ],
)
def test_python_meaning_is_kept(pattern: str, text: str, expected: bool) -> None:
    assert matches(pattern, text) is expected
    assert (re.fullmatch(pattern, text) is not None) is expected  # what `re` said before


@pytest.fixture(scope="module")
def assigned_characters() -> str:
    """Every character Python's Unicode database assigns (surrogates cannot be UTF-8 encoded)."""
    return "".join(
        char for char in map(chr, range(sys.maxunicode + 1)) if unicodedata.category(char) not in ("Cn", "Cs")
    )


@pytest.mark.parametrize("pattern", [r"\d", r"\D", r"\w", r"\W", r"\s", r"\S", r"[\d]", r"[\w]", r"[\s]"])
def test_perl_classes_match_pythons_on_every_assigned_character(
    assigned_characters: str, pattern: str
) -> None:
    """The rewritten classes agree with Python's `re` on every character Python's Unicode knows."""
    runs = f"(?:{pattern})+"  # one match per run of characters: fast enough for 280,000 characters
    kept = compile_pattern(runs).regexp.sub("", assigned_characters)
    assert kept == re.sub(runs, "", assigned_characters)


def test_lone_surrogates_do_not_crash() -> None:
    assert not matches(r"\w+", "ab\ud800")
    assert matches(r".+", "ab\ud800") in (True, False)


def test_compiled_patterns_are_cached() -> None:
    assert compile_pattern(r"[a-z]+").regexp is compile_pattern(r"[a-z]+").regexp
