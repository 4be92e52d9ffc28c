# ruff: noqa: RUF001 (Chinese punctuation is what these texts are written with)
"""A channel's messages follow the admin's language: the problems of a config on save, and the
test message with its outcome, which the worker writes in the language of the request that asked
for it. The machine codes stay the same."""

from __future__ import annotations

from typing import Any

from django_tenants.utils import schema_context

from conftest import allow_private, error_of, free_port
from integrations.notifications.channel_tests import run_channel_test
from integrations.notifications.models import ChannelTest
from integrations.notifications.tests.factories import CHANNELS, api_channel, post_json

ZH = {"HTTP_ACCEPT_LANGUAGE": "zh-CN"}


def _in_chinese(client: Any) -> Any:
    """The client of an admin whose browser asks for Chinese (every request says so)."""
    client.defaults.update(ZH)
    return client


def _test(client: Any, channel_id: int, capture: Any) -> dict[str, Any]:
    with capture(execute=False):
        response = client.post(f"{CHANNELS}/{channel_id}/test", {}, content_type="application/json")
    assert response.status_code == 202, response.content
    started = response.json()
    with schema_context("it"):
        run_channel_test.fn(started["id"])
    return client.get(started["status_url"]).json()


def test_config_problems_in_chinese_keep_their_codes(login):
    admin = _in_chinese(login("it", "root", admin=True))
    body = {"code": "m", "name": "M", "kind": "email", "config": {"port": 0}}
    refused = post_json(admin, CHANNELS, body)
    assert refused.status_code == 422
    messages = {problem["message"] for problem in error_of(refused)["details"]}
    assert "email：必须填写 host" in messages
    assert "email：port 必须是 1 到 65535 之间的整数" in messages

    english = login("it", "sam", admin=True)
    again = post_json(english, CHANNELS, body)
    assert error_of(again)["code"] == error_of(refused)["code"]
    assert "email: host is required" in {problem["message"] for problem in error_of(again)["details"]}

    robot = {"code": "r", "name": "R", "kind": "webhook", "config": {"url": "http://10.1.2.3/hook"}}
    private = post_json(admin, CHANNELS, robot)
    assert private.status_code == 422
    assert any("10.1.2.3 不是公网地址" in problem["message"] for problem in error_of(private)["details"])


def test_the_test_message_and_its_outcome_in_the_admins_language(
    login, smtp, django_capture_on_commit_callbacks
):
    admin = _in_chinese(login("it", "root", admin=True, email="root@example.com"))
    allow_private("it", ["127.0.0.1/32"])
    mail = api_channel(
        admin, "email", {"host": "127.0.0.1", "port": smtp.port, "from_email": "lf@example.com", "timeout": 2}
    )
    done = _test(admin, mail["id"], django_capture_on_commit_callbacks)
    assert done["ok"] is True
    [(_to, message)] = smtp.mailbox.messages()
    assert str(message["Subject"]) == "Loonflow 测试消息"
    assert "这是通知渠道 C（" in message.get_payload(decode=True).decode()

    closed = api_channel(admin, "webhook", {"url": f"http://127.0.0.1:{free_port()}/hook"})
    failed = _test(admin, closed["id"], django_capture_on_commit_callbacks)
    assert (failed["status"], failed["error"]) == ("failed", "失败：无法连接到服务器")
    with schema_context("it"):
        assert ChannelTest.objects.get(pk=failed["id"]).language == "zh-hans"

    # The same test asked for in English is told in English (the request's language wins).
    english = _test(login("it", "sam", admin=True), closed["id"], django_capture_on_commit_callbacks)
    assert english["error"] == "Failed: could not connect to the server"


def test_an_expired_test_is_told_in_the_pollers_language(login, django_capture_on_commit_callbacks):
    admin = login("it", "root", admin=True)
    robot = api_channel(admin, "webhook", {"url": "https://hooks.example.com/x"})
    with django_capture_on_commit_callbacks(execute=False):
        started = post_json(admin, f"{CHANNELS}/{robot['id']}/test", {}).json()
    with schema_context("it"):
        ChannelTest.objects.filter(pk=started["id"]).update(created_at="2000-01-01T00:00:00Z")
    expired = admin.get(started["status_url"], **ZH).json()
    assert (expired["status"], expired["error"]) == ("failed", "测试没有按时运行；请稍后重试。")
