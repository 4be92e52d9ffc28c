"""2.x Python-expression conditions → our condition language, by `ast` (never eval)."""

from __future__ import annotations

import pytest

from integrations.v2import.conditions import Untranslatable, translate


@pytest.mark.parametrize(
    ("expression", "ours"),
    [
        ("{days} > 3 and {leave_type} == 'sick'", 'days > 3 and leave_type == "sick"'),
        ("{days} > 3 and {days} <= 10", "days > 3 and days <= 10"),
        ("'{leave_type}' == '1'", 'leave_type == "1"'),
        ("'''{leave_type}''' == \"1\"", 'leave_type == "1"'),
        ("3 < {days} <= 10", "days > 3 and days <= 10"),
        ("{days} >= -2.5", "days >= -2.5"),
        ("not ({kind} in ['a', 'b'])", 'kind not in ["a", "b"]'),
        ("{kind} not in ('a',)", 'kind not in ["a"]'),
        ("'x' in {tags}", 'tags contains "x"'),
        ("{a} == 1 or {b} != 2 and {c} == True", "a == 1 or (b != 2 and c == true)"),
        ("{approver}", "approver is not empty"),
        ("{x} == None", "x == null"),
        ("{in} == 1", "`in` == 1"),
    ],
)
def test_translates(expression: str, ours: str) -> None:
    assert translate(expression).expression == ours


def test_renames_fields() -> None:
    assert (
        translate("{leave-days} > 1", field_keys={"leave-days": "leave_days"}).expression == "leave_days > 1"
    )


@pytest.mark.parametrize(
    ("expression", "reason"),
    [
        ("datetime.datetime.now().weekday() < 5", "a function call is not supported"),
        ("len({name}) > 3", "a function call is not supported"),
        ("{days} + 1 > 3", "arithmetic is not supported"),
        ("{a} == {b}", "comparing two fields"),
        ("{a} in 'abc'", "substring"),
        ("[x for x in {a}]", "a comprehension is not supported"),
        ("__import__('os').system('id')", "not supported"),
        ("{workflow.workflow_name} == 'x'", "built-in of the ticket row"),
        ("{days} >", "not a valid Python expression"),
        ("days > 3", "not a {field} placeholder"),
        ("{a} is None", "the operator Is is not supported"),
        ("x" * 3000, "longer than"),
        ("{a} == 'x\x00'", "NUL"),
    ],
)
def test_refuses_with_a_reason(expression: str, reason: str) -> None:
    with pytest.raises(Untranslatable, match=None) as caught:
        translate(expression)
    assert reason in str(caught.value)
