# ruff: noqa: RUF001 (Chinese punctuation is what these texts are written with)
"""The flow-log notes a failing hook call leaves are stored with a code and parameters, and read in
each reader's language (the worker that wrote them had no reader); old rows keep their text."""

from __future__ import annotations

import pytest

from conftest import allow_private
from engine.tickets.models import FlowLog
from integrations.hooks import tasks as hook_tasks
from integrations.hooks.tests.factories import attempt, call_of, hook_workflow, submit
from integrations.tests.factories import notes_read, readers

pytestmark = pytest.mark.django_db


def test_a_hook_that_gave_up_is_told_in_each_readers_language(busy, login):
    call = call_of(busy)
    for _ in range(hook_tasks.MAX_ATTEMPTS):
        call = attempt(call)
    assert call.status == "failed"
    assert (call.last_error, call.last_error_code) == ("HTTP 503", "outbound.http_status")
    url = call.url

    seen = notes_read(readers(login), busy, "hook_failed")

    assert seen["en"] == [
        ("hook.gave_up", f"The hook call to {url} failed 5 times; giving up. Last error: HTTP 503")
    ]
    assert seen["zh-hans"] == [
        ("hook.gave_up", f"对 {url} 的钩子调用失败了 5 次，已放弃。最后一次错误：HTTP 503")
    ]
    [row] = FlowLog.objects.filter(ticket=busy, action="hook_failed")
    assert row.comment == seen["en"][0][1]  # the English text is stored too
    assert row.comment_params == {
        "url": url,
        "attempts": 5,
        "error": {"code": "outbound.http_status", "params": {"status": 503}, "text": "HTTP 503"},
    }


def test_a_refused_call_and_an_unusable_answer_are_told_in_each_readers_language(world, receiver, login):
    allow_private("it", [])
    refused = submit(hook_workflow(receiver.url()))
    call = attempt(call_of(refused))
    assert (call.last_error_code, call.last_error_params["code"]) == ("outbound.refused", "private_address")
    allow_private("it", ["127.0.0.1/32"])
    receiver.default = (200, {"fields": {"build": "not a number"}})
    unusable = submit(hook_workflow(receiver.url(), key="ci2"))
    attempt(call_of(unusable))
    clients = readers(login)

    [(code, english)] = notes_read(clients, refused, "hook_failed")["en"]
    assert code == "hook.refused"
    assert english.startswith(f"The hook call to {call.url} was refused: ")
    [(code, chinese)] = notes_read(clients, refused, "hook_failed")["zh-hans"]
    assert code == "hook.refused"
    assert chinese.startswith(f"对 {call.url} 的钩子调用被拒绝：")

    seen = notes_read(clients, unusable, "hook_failed")
    [(code, english)], [(code_zh, chinese)] = seen["en"], seen["zh-hans"]
    assert code == code_zh == "hook.not_applied"
    assert english.startswith("The hook's answer was not applied: ")
    assert chinese.startswith("钩子的应答未被采用：")


def test_notes_written_before_codes_existed_keep_their_text(busy, login):
    FlowLog.objects.create(ticket=busy, action="hook_failed", comment="An old note in English.")
    FlowLog.objects.create(
        ticket=busy, action="hook_failed", comment="From a newer release.", comment_code="hook.renamed_later"
    )

    seen = notes_read(readers(login), busy, "hook_failed")

    expected = [(None, "An old note in English."), ("hook.renamed_later", "From a newer release.")]
    assert seen["zh-hans"] == seen["en"] == expected
