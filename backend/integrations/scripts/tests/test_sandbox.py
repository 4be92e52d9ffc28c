"""The script sandbox: real child processes, no database."""

from __future__ import annotations

import dataclasses
import json
import textwrap
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import pytest

from integrations.scripts.sandbox import ScriptLimits, ScriptResult, run_script

FAST = ScriptLimits(cpu_seconds=2, wall_seconds=5)


def run(source: str, ticket: Mapping[str, object] | None = None, **limits: Any) -> ScriptResult:
    return run_script(textwrap.dedent(source), ticket or {}, limits=dataclasses.replace(FAST, **limits))


def test_script_sets_a_field_and_picks_a_transition() -> None:
    result = run(
        """
        import json, sys
        ticket = json.load(sys.stdin)
        print("working on it", file=sys.stderr)
        approve = ticket["amount"] < 1000
        print(json.dumps({"fields": {"approved_by": "script", "total": ticket["amount"] * 2},
                          "transition": "approve" if approve else "escalate"}))
        """,
        {"amount": 250},
    )

    assert result.outcome == "ok", result
    assert result.ok
    assert result.fields == {"approved_by": "script", "total": 500}
    assert result.transition == "approve"
    assert result.message == ""
    assert result.stderr == "working on it\n"
    assert result.duration_ms > 0


def test_empty_object_means_no_change() -> None:
    result = run('print("{}")')

    assert result.outcome == "ok"
    assert (result.fields, result.transition) == ({}, None)


def test_ticket_arrives_intact_on_stdin() -> None:
    ticket = {"title": "Ünïcödé ✓ 日本語 🚀", "nested": {"list": [1, 2.5, None, True]}, "empty": ""}

    result = run(
        """
        import json, sys
        print(json.dumps({"fields": {"echo": json.load(sys.stdin)}}, ensure_ascii=False))
        """,
        ticket,
    )

    assert result.outcome == "ok", result
    assert result.fields == {"echo": ticket}


def test_exception_is_an_error_with_the_traceback_tail() -> None:
    result = run(
        """
        def check(ticket):
            raise ValueError("no approver for this amount")

        check({})
        """
    )

    assert result.outcome == "error"
    assert not result.ok
    assert result.fields == {}
    assert result.transition is None
    assert 'File "script.py", line 5' in result.message
    assert result.message.endswith("ValueError: no approver for this amount")
    assert "_runner" not in result.message  # only the script's own frames
    assert "ValueError" in result.stderr


def test_runaway_cpu_is_stopped_by_the_cpu_limit() -> None:
    result = run("while True: pass", cpu_seconds=1, wall_seconds=5)

    assert result.outcome == "cpu_limit", result
    assert result.duration_ms < 3500


def test_sleeping_forever_is_stopped_by_the_wall_clock() -> None:
    result = run(
        """
        import time
        while True:
            time.sleep(1)
        """,
        wall_seconds=1,
    )

    assert result.outcome == "timeout", result
    assert 1000 <= result.duration_ms < 2500


def test_unbounded_allocation_hits_the_memory_limit() -> None:
    result = run(
        """
        x = []
        while True:
            x.append(b"x" * 10**6)
        """,
        memory_bytes=128 * 1024 * 1024,
    )

    assert result.outcome == "memory_limit", result
    assert "128 MiB" in result.message
    assert "MemoryError" in result.stderr


@pytest.mark.parametrize("stream", ["sys.stdout", "sys.stderr"])
def test_printing_forever_hits_the_output_limit(stream: str) -> None:
    result = run(f"import sys\nwhile True:\n    print('x' * 1000, file={stream})")

    assert result.outcome == "output_limit", result
    assert stream.split(".")[1] in result.message
    assert len(result.stderr) <= 4000


def test_worker_secrets_are_not_inherited(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DATABASE_URL", "postgres://loonflow:hunter2@db/loonflow")
    monkeypatch.setenv("SECRET_KEY", "django-insecure-top-secret")

    result = run('import json, os\nprint(json.dumps({"fields": {"env": dict(os.environ)}}))')

    assert result.outcome == "ok", result
    env = result.fields["env"]
    assert isinstance(env, dict)
    assert "DATABASE_URL" not in env
    assert "SECRET_KEY" not in env
    assert not any("hunter2" in value or "top-secret" in value for value in env.values())
    assert set(env) <= {"PATH", "LANG", "LC_CTYPE"}


def test_project_code_and_files_are_out_of_reach() -> None:
    result = run(
        """
        import json, os, sys

        def attempt(action):
            try:
                action()
            except Exception as exc:
                return type(exc).__name__
            return "succeeded"

        print(json.dumps({"fields": {
            "config": attempt(lambda: __import__("config.settings")),
            "django": attempt(lambda: __import__("django")),
            "backend_relative": attempt(lambda: open("backend/config/settings/base.py").read()),
            "config_relative": attempt(lambda: open("config/settings/base.py").read()),
            "cwd": os.getcwd(),
            "sys_path": sys.path,
        }}))
        """
    )

    assert result.outcome == "ok", result
    fields = result.fields
    assert fields["config"] == "ModuleNotFoundError"
    assert fields["django"] == "ModuleNotFoundError"
    assert fields["backend_relative"] == "FileNotFoundError"
    assert fields["config_relative"] == "FileNotFoundError"
    backend = Path(__file__).resolve().parents[2]
    assert not str(fields["cwd"]).startswith(str(backend.parent))
    assert not Path(str(fields["cwd"])).exists()  # the scratch directory is deleted afterwards
    assert isinstance(fields["sys_path"], list)
    assert not any("site-packages" in entry or str(backend) in entry for entry in fields["sys_path"])


@pytest.mark.parametrize(
    ("stdout", "reason"),
    [
        ("'hello, world'", "not one JSON object"),
        ("''", "printed nothing"),
        ("'[1, 2]'", "must be a JSON object"),
        ("'{\"fields\": [1]}'", '"fields" must be a JSON object'),
        ("'{\"transition\": 5}'", '"transition" must be a non-empty string'),
        ('\'{"transition": ""}\'', '"transition" must be a non-empty string'),
        ("'{\"feilds\": {}}'", "unknown keys in the script result: feilds"),
        ('\'{"fields": {"x": NaN}}\'', "NaN is not allowed"),
        ("'{}\\n{}'", "not one JSON object"),
    ],
)
def test_anything_but_one_result_object_is_bad_output(stdout: str, reason: str) -> None:
    result = run(f"print({stdout})")

    assert result.outcome == "bad_output", result
    assert reason in result.message


def test_null_transition_is_allowed() -> None:
    result = run(f"print({json.dumps(json.dumps({'fields': {'a': 1}, 'transition': None}))})")

    assert result.outcome == "ok", result
    assert (result.fields, result.transition) == ({"a": 1}, None)


def test_forked_children_do_not_outlive_the_script() -> None:
    result = run(
        """
        import json, os, time
        try:
            pid = os.fork()
        except OSError:  # forbidden by RLIMIT_NPROC (not enforced for root)
            pid = None
        if pid == 0:
            time.sleep(60)
            os._exit(0)
        print(json.dumps({"fields": {"pid": pid}}))
        """
    )

    assert result.outcome == "ok", result
    pid = result.fields["pid"]
    if pid is None:
        return  # could not fork at all: nothing to outlive the script
    assert result.duration_ms < 2500  # did not wait for the sleeping child's pipes to close
    status = Path(f"/proc/{pid}/stat")
    # Gone, or a zombie waiting for a reaper: either way no longer running.
    assert not status.exists() or status.read_text().split(")")[-1].split()[0] in {"Z", "X"}
