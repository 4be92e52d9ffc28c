# ruff: noqa: RUF001 (Chinese punctuation is what these texts are written with)
"""The API answers in the caller's language: the request's `Accept-Language` when it names one we
speak, else the person's own (`User.language`, also for an app acting for them), else English. The
`code` of an error never changes with it, and `Content-Language` says which language answered."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import override_settings
from django.utils import translation
from django_tenants.utils import schema_context

from conftest import error_of
from core.access.models import AppGrant, User
from core.i18n import by_language, from_accept_language, supported

pytestmark = pytest.mark.django_db

ZH = {"HTTP_ACCEPT_LANGUAGE": "zh-CN,zh;q=0.9,en;q=0.8"}


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("zh-CN", "zh-hans"),
        ("zh", "zh-hans"),
        ("zh-Hans", "zh-hans"),
        ("zh_CN", "zh-hans"),
        ("en-US,en;q=0.9", "en"),
        ("fr-FR,zh-CN;q=0.5", "zh-hans"),  # the first we speak
        ("en;q=0.2,zh-CN;q=0.8", "zh-hans"),  # by weight, not position
        ("zh-TW", None),  # traditional script: not ours
        ("fr, de", None),
        ("", None),
        ("zh-CN;q=0", None),
        ("x" * 300, None),
    ],
)
def test_accept_language(header: str, expected: str | None) -> None:
    assert from_accept_language(header) == expected


def test_supported_languages() -> None:
    assert [supported(tag) for tag in ("en", "zh-hans", "ZH-cn", "", "de")] == [
        "en",
        "zh-hans",
        "zh-hans",
        None,
        None,
    ]


def test_people_are_grouped_by_language() -> None:
    people = [
        User(username="a", language="zh-hans"),
        User(username="b", language=""),
        User(username="c", language="en"),
    ]
    assert [(language, [p.username for p in group]) for language, group in by_language(people)] == [
        ("zh-hans", ["a"]),
        ("en", ["b", "c"]),
    ]
    [(language, group)] = by_language(people, split=False)  # one chat message for everyone
    assert (language, len(group)) == ("en", 3)
    [(language, _group)] = by_language(people[:1], split=False)
    assert language == "zh-hans"


def test_a_404_of_the_router_in_chinese(client_for: Any) -> None:
    response = client_for("it").get("/api/v1/no-such-thing", **ZH)
    assert response.status_code == 404
    assert error_of(response)["code"] == "not_found"
    assert error_of(response)["message"] == "这里什么也没有。"
    assert response["Content-Language"] == "zh-hans"
    assert "Accept-Language" in response["Vary"]


def test_english_by_default(client_for: Any) -> None:
    response = client_for("it").get("/api/v1/no-such-thing")
    assert error_of(response)["message"] == "Nothing is here."
    assert response["Content-Language"] == "en"


def test_a_service_error_in_chinese_keeps_its_code(client_for: Any, make_user: Any) -> None:
    make_user("it", "alice")
    response = client_for("it").post(
        "/api/v1/auth/login",
        {"username": "alice", "password": "wrong"},
        content_type="application/json",
        **ZH,
    )
    assert response.status_code == 401
    assert (error_of(response)["code"], error_of(response)["message"]) == (
        "invalid_credentials",
        "用户名或密码错误。",
    )


def test_a_not_found_object_in_chinese(login: Any) -> None:
    client = login("it", "alice")
    response = client.get("/api/v1/tickets/987654", **ZH)
    assert response.status_code == 404
    assert (error_of(response)["code"], error_of(response)["message"]) == (
        "not_found",
        "没有 id 为 987654 的工单。",
    )


def test_validation_problems_in_chinese_by_pydantic_type(login: Any) -> None:
    client = login("it", "alice")
    response = client.post("/api/v1/tickets", {"fields": {}}, content_type="application/json", **ZH)
    assert response.status_code == 422
    error = error_of(response)
    assert (error["code"], error["message"]) == ("validation_failed", "请求中有无效的值。")
    by_field = {problem["field"]: (problem["type"], problem["message"]) for problem in error["details"]}
    assert by_field["workflow_id"] == ("missing", "此项为必填项")


def test_validation_values_from_the_context(login: Any) -> None:
    client = login("it", "alice")
    response = client.get("/api/v1/tickets?limit=abc", **ZH)
    assert response.status_code == 422
    [problem] = error_of(response)["details"]
    assert (problem["type"], problem["message"]) == ("int_parsing", "应为有效的整数，无法把字符串解析为整数")


def test_an_unknown_validation_type_stays_english() -> None:
    from core.i18n_validation import problem_message

    with translation.override("zh-hans"):
        assert problem_message({"type": "something_new", "msg": "Something new"}) == "Something new"
        assert problem_message({"type": "string_too_long", "msg": "x", "ctx": {"max_length": 5}}) == (
            "字符串最多只能有 5 个字符"
        )
        # Our validators raise translated text; pydantic's English "Value error, " prefix goes.
        assert problem_message({"type": "value_error", "msg": "Value error, 不能为 null"}) == "不能为 null"
    with translation.override("en"):
        assert problem_message({"type": "missing", "msg": "Field required"}) == "Field required"
        assert problem_message({"type": "value_error", "msg": "Value error, x"}) == "Value error, x"


def test_a_malformed_body_in_chinese(login: Any) -> None:
    client = login("it", "alice")
    response = client.post("/api/v1/tickets", "[1]", content_type="application/json", **ZH)
    assert response.status_code == 400
    assert error_of(response)["message"] == "请求体必须是 JSON 对象。"


def test_the_person_language_when_the_request_names_none(login: Any) -> None:
    client = login("it", "alice")
    with schema_context("it"):
        User.objects.filter(username="alice").update(language="zh-hans")
    response = client.get("/api/v1/tickets/987654")
    assert error_of(response)["message"] == "没有 id 为 987654 的工单。"
    assert response["Content-Language"] == "zh-hans"
    # The request's own choice wins over the person's.
    english = client.get("/api/v1/tickets/987654", HTTP_ACCEPT_LANGUAGE="en")
    assert error_of(english)["message"] == "No ticket with id 987654."


def test_an_app_acting_for_a_person_hears_that_person_language(
    client_for: Any, make_user: Any, make_app: Any
) -> None:
    make_user("it", "alice")
    with schema_context("it"):
        User.objects.filter(username="alice").update(language="zh-hans")
        app, token = make_app("it", "bot", scopes=["workflows", "admin"])
        AppGrant.objects.create(app=app, workflow_key="*")
    acting = client_for("it", HTTP_AUTHORIZATION=f"Bearer {token}", HTTP_X_ACTING_USER="alice")
    assert error_of(acting.get("/api/v1/tickets/987654"))["message"] == "没有 id 为 987654 的工单。"
    alone = client_for("it", HTTP_AUTHORIZATION=f"Bearer {token}")
    assert error_of(alone.get("/api/v1/tickets/987654"))["message"] != "没有 id 为 987654 的工单。"


@override_settings(LANGUAGE_CODE="zh-hans")
def test_the_default_language_is_the_setting(client_for: Any) -> None:
    assert error_of(client_for("it").get("/api/v1/no-such-thing"))["message"] == "这里什么也没有。"
