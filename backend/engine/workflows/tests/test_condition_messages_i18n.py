# ruff: noqa: RUF001 (Chinese punctuation is what these texts are written with)
"""The designer's problems with branch conditions, field patterns and tables are told in the admin's
language, down to what the expression parser and the condition checks say; `code` and `path` stay
the same in every language."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from django.utils import translation
from pydantic import ValidationError

from core.errors import ValidationFailed
from engine.workflows.conditions import ConditionSyntaxError, check_condition, parse_expression
from engine.workflows.definitions.patterns import pattern_problem
from engine.workflows.definitions.schema import WorkflowDocument, starter_document
from engine.workflows.definitions.transfer import export_bundle, parse_bundle
from engine.workflows.tests.factories import bundle_meta, mutated, post_json, problems, setting

pytestmark = pytest.mark.django_db

ZH = {"HTTP_ACCEPT_LANGUAGE": "zh-CN"}
EXPRESSION = "transitions.1.branches.0.expression"


def _checker(admin: Any) -> Callable[..., list[dict[str, Any]]]:
    """The designer's validate call on one workflow: the problems of a document, in a language."""
    created = post_json(admin, "/api/v1/workflows", {"key": "talk", "name": "Talk"})
    assert created.status_code == 201, created.content
    url = f"/api/v1/workflows/{created.json()['id']}/validate"

    def problems(document: dict[str, Any], under: str, **headers: Any) -> list[dict[str, Any]]:
        """Those at `under` (the sample also names people this tenant does not have)."""
        response = post_json(admin, url, {"document": document}, **headers)
        assert response.status_code == 200, response.content
        return [p for p in response.json()["problems"] if p["path"].startswith(under)]

    return problems


def test_an_expression_that_does_not_parse_in_chinese(admin):
    _problems, under = _checker(admin), EXPRESSION
    document = mutated(setting(EXPRESSION, "days >"))
    [zh] = _problems(document, under, **ZH)
    [en] = _problems(document, under)
    assert (zh["code"], zh["path"]) == (en["code"], en["path"]) == ("condition_syntax", EXPRESSION)
    assert zh["message"] == (
        "表达式无法解析：“>”之后应为一个值（数字、字符串、true、false、null 或 [列表]），"
        "却是表达式结尾（位置 6）。"
    )
    assert en["message"] == (
        "The expression does not parse: expected a value (number, string, true, false, null or [list]) "
        "after '>', found the end of the expression (at position 6)."
    )


def test_an_expression_that_does_not_fit_the_fields_in_chinese(admin):
    _problems, under = _checker(admin), EXPRESSION
    document = mutated(setting(EXPRESSION, "ghost > 3 and days == 'x'"))
    zh = _problems(document, under, **ZH)
    en = _problems(document, under)
    assert [(p["code"], p["path"]) for p in zh] == [(p["code"], p["path"]) for p in en]
    assert {p["code"] for p in zh} == {"condition_invalid"}
    assert {p["message"] for p in zh} == {
        "在 `ghost > 3` 中：未知字段“ghost”。",
        "在 `days == \"x\"` 中：int 类型字段“days”的值无效：应为数字，却是 'x'。",
    }


def test_a_pattern_re2_cannot_run_in_chinese(admin):
    _problems, under = _checker(admin), "fields.1"
    document = mutated(setting("fields.1.validation", {"regex": "(?=a)b"}))
    [zh] = _problems(document, under, **ZH)
    [en] = _problems(document, under)
    assert (
        (zh["code"], zh["path"])
        == (en["code"], en["path"])
        == ("invalid_validation", "fields.1.validation.regex")
    )
    assert zh["message"].startswith(
        "线性时间正则引擎（RE2）无法运行此模式：不支持先行断言 (?=...) 和 (?!...)（RE2："
    )
    assert en["message"].startswith("The linear-time engine (RE2) cannot run this pattern: lookahead")


@pytest.mark.parametrize(
    ("text", "chinese"),
    [
        ("", "表达式为空"),
        ("days = 3", "未知运算符“=”（比较请用“==”）"),
        ("days > 3)", "多余的“)”（没有对应的“(”）"),
        ("(days > 3", "此处应为“)”以闭合位置 0 的“(”，却是表达式结尾"),
        ("days is 3", "“is”之后应为“empty”或“not empty”，却是'3'"),
        ("and > 3", "此处应为比较，却是关键字“and”"),
        ("in > 3", "此处应为比较，却是关键字“in”；若要把它用作字段名，请写成 `in`（加反引号）"),
        ("name == 'a", "字符串没有结束引号"),
        ("x in [1, [2]]", "列表不能嵌套"),
        ("not (x starts_with 'a')", "无法对 starts_with 取反"),
    ],
)
def test_every_parser_message_has_its_chinese(text: str, chinese: str) -> None:
    with translation.override("zh-hans"), pytest.raises(ConditionSyntaxError) as raised:
        parse_expression(text)
    assert raised.value.message == chinese
    with pytest.raises(ConditionSyntaxError) as english:
        parse_expression(text)
    assert english.value.position == raised.value.position
    assert english.value.message != chinese


def test_check_messages_and_dates_in_chinese() -> None:
    condition = parse_expression("day == '2024-02-30' and at > 'soon' and x in ['a']")
    with translation.override("zh-hans"):
        found = dict(check_condition(condition, {"day": "date", "at": "datetime", "x": "int"}))
        verdict = pattern_problem("a" * 201)
    assert found == {
        "groups.0.0.value": "date 类型字段“day”的值无效：不是有效的日期：'2024-02-30'。",
        "groups.0.1.value": "datetime 类型字段“at”的值无效：不是有效的 ISO 8601 日期时间：'soon'。",
        "groups.0.2.value.0": "int 类型字段“x”的列表项无效：应为数字，却是 'a'。",
    }
    assert verdict == "模式超过 200 个字符。"
    assert (
        pattern_problem("a" * 201) == "The pattern is longer than 200 characters."
    )  # the cache keeps no language


def test_a_table_in_a_table_in_chinese() -> None:
    inner = {"key": "inner", "label": "I", "type": "table"}
    document = mutated(setting("fields.1", {"key": "t", "label": "T", "type": "table", "columns": [inner]}))
    with translation.override("zh-hans"), pytest.raises(ValidationError) as raised:
        WorkflowDocument.model_validate(document)
    [error] = raised.value.errors()
    assert (error["type"], error["loc"]) == ("value_error", ("fields",))
    assert "表格 't'：列本身不能是表格" in error["msg"]


def test_a_malformed_structured_condition_and_an_imported_table_say_it_without_pydantics_english() -> None:
    nested = {"groups": [[{"field": "type", "op": "in", "value": [["a"]]}]]}
    document = mutated(setting("transitions.1.branches.0", {"condition": nested, "target": "hr_review"}))
    with translation.override("zh-hans"):
        found = [p for p in problems(document) if p.code == "condition_syntax"]
    assert [p.message for p in found] == ["条件格式错误：条件中的列表不能嵌套。"]

    data = export_bundle(bundle_meta(), starter_document(), version=1)
    data["definition"]["fields"] = [
        {
            "key": "t",
            "label": "T",
            "type": "table",
            "columns": [{"key": "inner", "label": "I", "type": "table"}],
        }
    ]
    with translation.override("zh-hans"), pytest.raises(ValidationFailed) as raised:
        parse_bundle(data)
    [problem] = raised.value.details
    assert (problem["field"], problem["type"]) == ("definition.fields", "value_error")
    assert problem["message"] == "表格 't'：列本身不能是表格"
