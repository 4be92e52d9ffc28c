"""Property tests of `engine.workflows.conditions` (round trips, totality, `not`), and proof that no
Python evaluation is reachable from an expression.

Pure Python: no database, no Django.
"""

from __future__ import annotations

import ast
import builtins
import string
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any
from unittest import mock

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import engine.workflows.conditions as conditions_package
from engine.workflows.conditions import (
    Comparison,
    Condition,
    ConditionSyntaxError,
    Op,
    check_condition,
    evaluate,
    parse_expression,
    to_expression,
)
from engine.workflows.conditions.fieldtypes import KIND, allowed_ops
from engine.workflows.tests.factories import CONDITION_FIELDS, UTC2

# ---- property tests ---------------------------------------------------------------------------

KIND_VALUES: dict[str, st.SearchStrategy[Any]] = {
    "str": st.sampled_from(["", "a", "ab", "ops", "dev", "Prod", 'q"uo\\te', "line\nbreak"])
    | st.text(max_size=6),
    "number": st.integers(-5, 5)
    | st.integers(-(10**30), 10**30)
    | st.sampled_from([0.1, 0.2, 0.3, 1000.5, -2.25, 1e16, 1e-7])
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.sampled_from(["0.1", "0.30000000000000004", "2.50", "1e3"]),
    "bool": st.booleans(),
    "date": st.dates(min_value=date(2023, 12, 30), max_value=date(2024, 1, 3)).map(date.isoformat)
    | st.dates().map(date.isoformat),
    "datetime": st.datetimes(
        min_value=datetime(2023, 12, 31, 22),
        max_value=datetime(2024, 1, 1, 2),
        timezones=st.sampled_from([None, UTC, UTC2]),
    ).map(datetime.isoformat),
    "time": st.times().map(lambda t: t.strftime("%H:%M"))
    | st.times().map(lambda t: t.strftime("%H:%M:%S"))
    | st.sampled_from(["09:00", "09:00:30", "17:30"]),
}


@st.composite
def typed_comparisons(draw: st.DrawFn, *, affixes: bool = True) -> Comparison:
    """A comparison `check_condition` accepts: a field of CONDITION_FIELDS, one of its operators, a value of
    the right type and shape."""
    field = draw(st.sampled_from(sorted(CONDITION_FIELDS)))
    field_type = CONDITION_FIELDS[field]
    ops = sorted(allowed_ops(field_type))
    if not affixes:
        ops = [op for op in ops if op not in (Op.STARTS_WITH, Op.ENDS_WITH)]
    op = draw(st.sampled_from(ops))
    value: Any = None
    # None for is_empty / is_not_empty, and sometimes for eq / ne (`x == null`: an emptiness test)
    if op in (Op.IS_EMPTY, Op.IS_NOT_EMPTY) or (op in (Op.EQ, Op.NE) and draw(st.integers(0, 9)) == 0):
        value = None
    elif op in (Op.IN, Op.NOT_IN):
        value = draw(st.lists(KIND_VALUES[KIND[field_type]], max_size=4))
    else:
        value = draw(KIND_VALUES[KIND[field_type]])
    return Comparison(field=field, op=op, value=value)


def conditions(comparisons: st.SearchStrategy[Comparison], size: int = 4) -> st.SearchStrategy[Condition]:
    return st.lists(st.lists(comparisons, min_size=1, max_size=size), min_size=1, max_size=size).map(
        lambda groups: Condition(groups=groups)
    )


STORED_VALUES: dict[str, st.SearchStrategy[Any]] = {
    "str": KIND_VALUES["str"],
    "number": st.integers(-5, 5)
    | st.sampled_from([Decimal("0.1"), Decimal("0.3"), Decimal("0.30000000000000004"), Decimal("1000.50")])
    | st.decimals(allow_nan=False, allow_infinity=False, places=3),
    "bool": st.booleans(),
    "date": st.dates(min_value=date(2023, 12, 30), max_value=date(2024, 1, 3)),
    "datetime": st.datetimes(
        min_value=datetime(2023, 12, 31, 22),
        max_value=datetime(2024, 1, 1, 2),
        timezones=st.sampled_from([UTC, UTC2]),
    ),
    "time": st.times(),
}


def stored_value(field_type: str, *, allow_empty: bool = True) -> st.SearchStrategy[Any]:
    if field_type in ("attachment", "table"):
        present: st.SearchStrategy[Any] = st.lists(
            st.fixed_dictionaries({"name": st.text(max_size=3)}), min_size=1
        )
    elif field_type in ("checkbox", "multi_select", "users"):
        present = st.lists(STORED_VALUES["str"], min_size=1, max_size=3)
    else:
        present = STORED_VALUES[KIND[field_type]]
        if not allow_empty and KIND[field_type] == "str":
            present = present.filter(bool)
    if not allow_empty:
        return present
    return st.none() | st.sampled_from(["", [], {}]) | present


def with_values(
    condition_strategy: st.SearchStrategy[Condition], *, allow_empty: bool = True
) -> st.SearchStrategy[tuple[Condition, dict[str, Any]]]:
    """A condition and stored values for the fields it names (some missing, when allowed)."""

    def values_for(condition: Condition) -> st.SearchStrategy[dict[str, Any]]:
        fields = sorted({c.field for group in condition.groups for c in group})
        strategies = {
            field: stored_value(CONDITION_FIELDS[field], allow_empty=allow_empty) for field in fields
        }
        if allow_empty:
            return st.fixed_dictionaries({}, optional=strategies)
        return st.fixed_dictionaries(strategies)

    return condition_strategy.flatmap(lambda c: st.tuples(st.just(c), values_for(c)))


PROPERTY = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@PROPERTY
@given(conditions(typed_comparisons()))
def test_round_trip(condition: Condition) -> None:
    assert check_condition(condition, CONDITION_FIELDS) == []
    text = to_expression(condition)
    assert parse_expression(text) == condition
    assert to_expression(parse_expression(text)) == text


@PROPERTY
@given(with_values(conditions(typed_comparisons())))
def test_round_trip_evaluates_the_same(case: tuple[Condition, dict[str, Any]]) -> None:
    condition, values = case
    assert evaluate(parse_expression(to_expression(condition)), values, CONDITION_FIELDS) == evaluate(
        condition, values, CONDITION_FIELDS
    )


@PROPERTY
@given(with_values(conditions(typed_comparisons(affixes=False), size=3), allow_empty=False))
def test_not_is_the_complement_on_present_values(case: tuple[Condition, dict[str, Any]]) -> None:
    """With every value present and every comparison well-typed, pushing `not` down is exact
    (at most 3 groups of 3, so the negation's DNF stays within 27 groups)."""
    condition, values = case
    negated = parse_expression(f"not ({to_expression(condition)})")
    assert evaluate(negated, values, CONDITION_FIELDS) is (not evaluate(condition, values, CONDITION_FIELDS))


JSON_SCALARS = (
    st.none()
    | st.booleans()
    | st.integers(-(10**40), 10**40)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=50)
)
ANY_COMPARISONS = st.builds(
    Comparison,
    field=st.sampled_from([*CONDITION_FIELDS, "ghost"]),
    op=st.sampled_from(list(Op)),
    value=JSON_SCALARS | st.lists(JSON_SCALARS, max_size=3),
)
ANY_STORED = st.dictionaries(
    st.sampled_from([*CONDITION_FIELDS, "ghost"]),
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats()
    | st.decimals()
    | st.text(max_size=5)
    | st.dates()
    | st.datetimes(timezones=st.none() | st.just(UTC))
    | st.times(timezones=st.none() | st.just(UTC))
    | st.lists(st.text(max_size=3) | st.integers(), max_size=3)
    | st.dictionaries(st.text(max_size=2), st.integers(), max_size=2),
)


@PROPERTY
@given(conditions(ANY_COMPARISONS), ANY_STORED)
def test_check_and_evaluate_are_total(condition: Condition, values: dict[str, Any]) -> None:
    """Any well-formed tree, typed or not, against any stored values: a bool and a problem list."""
    assert isinstance(evaluate(condition, values, CONDITION_FIELDS), bool)
    problems = check_condition(condition, CONDITION_FIELDS)
    assert all(isinstance(path, str) and isinstance(message, str) for path, message in problems)
    try:
        text = to_expression(condition)
    except ValueError:
        return  # a value on is_empty: not expressible, and reported by check_condition
    if len(text) <= 4000:
        assert parse_expression(text) == condition


TOKENS = [
    "(", ")", "[", "]", ",", "and", "OR", "not", "Not", "in", "contains", "starts_with", "ends_with",
    "is", "empty", "true", "FALSE", "null", "==", "!=", ">", ">=", "<", "<=", "=", "=~", "!", "-",
    "days", "title", "`x`", "`not`", "`", "1", "-2.5", "1e400", "0.1", "1.", "'s'", '"d\\"q"', '"',
    "'", "\\", "é", ";", "__import__('os')", "().__class__", "{", "}", ".", "_",
]  # fmt: skip
TOKEN_TEXTS = st.lists(st.sampled_from(TOKENS), max_size=25).flatmap(
    lambda words: st.sampled_from([" ", ""]).map(lambda sep: sep.join(words))
)
NESTED_TEXTS = st.builds(
    lambda n, m, core: "(" * n + core + ")" * m,
    st.integers(0, 60),
    st.integers(0, 60),
    st.sampled_from(["a == 1", "not a == 1", "a == 1 or b in [1]", ""]),
) | st.builds(lambda n: "not " * n + "a == 1", st.integers(0, 60))
ANY_TEXT = st.text() | st.text(alphabet=string.printable) | TOKEN_TEXTS | NESTED_TEXTS


@PROPERTY
@given(ANY_TEXT)
def test_parse_either_succeeds_or_raises_syntax_error(text: str) -> None:
    try:
        condition = parse_expression(text)
    except ConditionSyntaxError as exc:
        error = exc
    else:
        assert isinstance(condition, Condition)
        canonical = to_expression(condition)
        if len(canonical) <= 4000:
            assert parse_expression(canonical) == condition
        return
    assert isinstance(error.message, str)
    assert error.message
    assert 0 <= error.position <= len(text)


# ---- no Python evaluation is reachable ---------------------------------------------------------

HOSTILE = [
    "__import__('os').system('x')",
    "().__class__",
    "().__class__.__bases__[0].__subclasses__()",
    "eval('1')",
    "exec('import os')",
    "compile('1', 'x', 'eval')",
    "a == __import__('os')",
    "a == ().__class__",
    "a.b == 1",
    "a[0] == 1",
    "a() == 1",
    "lambda: 1",
    "a == 1; import os",
    "a == f'{1}'",
    "a == {1: 2}",
    "a == 1 if True else 2",
    'a == \'__import__("os").system("x")\'',
    "a in ['().__class__', \"eval('1')\"]",
    "`__class__` == 1",
    "__class__ == '__bases__'",
]


@contextmanager
def no_python_evaluation() -> Iterator[None]:
    def forbidden(*args: Any, **kwargs: Any) -> Any:
        raise AssertionError("Python evaluation reached")

    with (
        mock.patch.object(builtins, "eval", forbidden),
        mock.patch.object(builtins, "exec", forbidden),
        mock.patch.object(builtins, "compile", forbidden),
        mock.patch.object(builtins, "__import__", _imports_only_what_is_loaded()),
        mock.patch.object(ast, "literal_eval", forbidden),
    ):
        yield


def _imports_only_what_is_loaded() -> Any:
    import sys

    real = builtins.__import__

    def guarded(name: str, *args: Any, **kwargs: Any) -> Any:
        level = args[3] if len(args) > 3 else kwargs.get("level", 0)
        if level == 0 and name not in sys.modules:
            raise AssertionError(f"import of {name!r} reached")
        return real(name, *args, **kwargs)

    return guarded


def _run_everything(text: str, values: dict[str, Any]) -> Any:
    try:
        condition = parse_expression(text)
    except ConditionSyntaxError as exc:
        return exc
    for field_types in (CONDITION_FIELDS, {c.field: "string" for g in condition.groups for c in g}):
        result = evaluate(condition, values, field_types)
        assert isinstance(result, bool)
        check_condition(condition, field_types)
    return to_expression(condition)


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_inputs_are_inert(text: str) -> None:
    values = {"a": "__import__('os').system('x')", "__class__": "x", "title": "().__class__"}
    with no_python_evaluation():
        result = _run_everything(text, values)
    assert isinstance(result, ConditionSyntaxError | str)


def test_hostile_strings_are_just_strings() -> None:
    with no_python_evaluation():
        condition = parse_expression('a == \'__import__("os").system("x")\'')
        assert evaluate(condition, {"a": '__import__("os").system("x")'}, {"a": "string"}) is True
        assert evaluate(condition, {"a": "0"}, {"a": "string"}) is False


@PROPERTY
@given(ANY_TEXT | st.sampled_from(HOSTILE), ANY_STORED)
def test_no_python_evaluation_on_arbitrary_input(text: str, values: dict[str, Any]) -> None:
    with no_python_evaluation():
        result = _run_everything(text, values)
    assert isinstance(result, ConditionSyntaxError | str)


PACKAGE_DIR = Path(conditions_package.__file__).parent


FORBIDDEN_CALLS = {"eval", "exec", "compile", "__import__", "literal_eval", "import_module", "getattr"}
FORBIDDEN_IMPORTS = {"django", "ninja", "ast", "importlib", "pickle", "marshal", "builtins"}
# Messages are written in the request's language: Django's translation functions are the one
# part of Django the package may use (they read the active language; nothing else).
ALLOWED_IMPORTS = {"django.utils.translation"}


def _called_name(func: ast.expr) -> str:
    if isinstance(func, ast.Name):
        return func.id
    return func.attr if isinstance(func, ast.Attribute) else ""


def _is_regex_method(func: ast.expr) -> bool:
    """`re.compile(...)` and friends: a method of the `re` module, not the builtin."""
    return isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name) and func.value.id == "re"


def _imported_modules(node: ast.AST) -> list[str]:
    if isinstance(node, ast.Import):
        return [alias.name for alias in node.names]
    if isinstance(node, ast.ImportFrom):
        return [node.module or ""]
    return []


def _check_source(source: Path) -> None:
    tree = ast.parse(source.read_text(), filename=str(source))
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            name = _called_name(node.func)
            assert name not in FORBIDDEN_CALLS or _is_regex_method(node.func), (
                f"{source.name}:{node.lineno} calls {name}"
            )
        for module in _imported_modules(node):
            if module in ALLOWED_IMPORTS:
                continue
            assert module.split(".")[0] not in FORBIDDEN_IMPORTS, f"{source.name} imports {module}"


def test_package_source_has_no_evaluation_or_django() -> None:
    """Belt and braces: no call of eval/exec/compile/__import__/literal_eval, no dynamic import,
    no Django beyond its translation functions, anywhere in the package source."""
    sources = sorted(PACKAGE_DIR.glob("*.py"))
    assert {p.name for p in sources} >= {"__init__.py", "parser.py", "lexer.py", "evaluation.py", "check.py"}
    for source in sources:
        _check_source(source)
