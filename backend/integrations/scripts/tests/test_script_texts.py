# ruff: noqa: RUF001 (Chinese punctuation is what these texts are written with)
"""What a failed script run leaves (the flow-log note, the run's last error) is stored with a code
and parameters and read in each reader's language."""

from __future__ import annotations

import pytest

from core.stored_text import StoredText
from integrations.scripts.output import BadOutputError, Problem, parse_output
from integrations.scripts.tests.factories import STAMP, run_job, spend_workflow, submit, upload
from integrations.tests.factories import notes_read, readers

pytestmark = pytest.mark.django_db


def test_a_failed_run_is_told_in_each_readers_language(world, login):
    admin = world
    upload(admin, "stamp", STAMP)
    noisy = upload(admin, "noisy", "print('nope')\n")
    missing = upload(admin, "missing", "print('{}')\n")
    workflow = spend_workflow(state_scripts=["noisy", "missing"])
    # Deleted after publishing: the run cannot be made, which the flow log says.
    assert admin.delete(f"/api/v1/scripts/{missing['id']}").status_code == 204
    ticket = submit(workflow, 10)
    run = run_job(ticket, "noisy")
    assert (run.status, run.outcome, run.last_error_code) == ("failed", "bad_output", "script.not_json")
    clients = readers(login)

    seen = notes_read(clients, ticket, "script_failed")

    assert [code for code, _text in seen["en"]] == ["script.unknown", "script.failed"]
    assert [code for code, _text in seen["zh-hans"]] == ["script.unknown", "script.failed"]
    assert seen["en"][0][1] == "unknown script 'missing'"
    assert seen["zh-hans"][0][1] == "未知脚本“missing”"
    assert seen["en"][1][1].startswith("Script 'noisy' failed (bad_output): stdout is not one JSON object: ")
    assert seen["zh-hans"][1][1].startswith("脚本“noisy”运行失败（bad_output）：标准输出不是一个 JSON 对象：")

    for language, prefix in (
        ("en", "stdout is not one JSON object: "),
        ("zh-hans", "标准输出不是一个 JSON 对象："),
    ):
        response = clients[language].get(f"/api/v1/scripts/{noisy['id']}/runs")
        assert response.status_code == 200, response.content
        [item] = [item for item in response.json()["items"] if item["ticket_id"] == ticket.pk]
        assert item["last_error_code"] == "script.not_json"
        assert item["last_error"].startswith(prefix)


def test_a_plain_error_has_no_code(world, login):
    admin = world
    upload(admin, "stamp", STAMP)
    crash = upload(admin, "crash", "import sys\nprint('boom', file=sys.stderr)\nraise SystemExit(3)\n")
    ticket = submit(spend_workflow(state_scripts=["crash"]), 10)
    run_job(ticket, "crash")

    items = readers(login)["zh-hans"].get(f"/api/v1/scripts/{crash['id']}/runs").json()["items"]

    assert [(item["last_error"], item["last_error_code"]) for item in items] == [("boom", None)]


def test_the_sandboxs_english_texts_are_the_templates() -> None:
    """The sandbox runs without Django: it writes its problems' English itself, as the templates do."""
    for stdout, code in [
        (b"", "script.no_output"),
        (b"nope", "script.not_json"),
        (b"[1]", "script.not_object"),
        (b'{"x": 1}', "script.unknown_keys"),
        (b'{"fields": 1}', "script.bad_fields"),
        (b'{"transition": ""}', "script.bad_transition"),
    ]:
        try:
            parse_output(stdout)
        except BadOutputError as exc:
            problem = exc.args[0]
        assert isinstance(problem, Problem)
        assert problem.code == code
        assert StoredText(problem.code, problem.params).text == problem.message
