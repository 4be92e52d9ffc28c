"""Helpers of the scripts tests. For the sandbox isolation tests: a hostile script's preamble (each
attempt reported as "ok" or the exception's name), running it, and watching the processes it leaves
on the host. For the workflow tests: script sources, a workflow that runs them, tickets, runs; and
for the robot tests, workflows whose state a script handles."""

from __future__ import annotations

import dataclasses
import textwrap
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from engine.tickets.models import Ticket
from engine.tickets.services import ticket_create
from engine.workflows.models import Workflow
from engine.workflows.tests.factories import user_principal
from integrations.scripts import tasks as script_tasks
from integrations.scripts.models import ScriptRun
from integrations.scripts.sandbox import ScriptLimits, ScriptResult, run_script
from integrations.tests.factories import document, onboarding_document, process_events, published

FAST = ScriptLimits(cpu_seconds=2, wall_seconds=8)
# Lets the script fork and start threads, to show that what it starts dies with the run.
FORKING = dataclasses.replace(FAST, processes=16)
WORKTREE = Path(__file__).resolve().parents[3]
# Each attempt is reported as "ok" or the exception's name, so assertions name what got through.
ATTEMPT = """\
import json, os, socket, sys

def attempt(action):
    try:
        result = action()
    except BaseException as exc:
        return type(exc).__name__
    return "ok" if result is None else result
"""


def run(source: str, limits: ScriptLimits = FAST, **ticket: Any) -> ScriptResult:
    return run_script(ATTEMPT + textwrap.dedent(source), ticket, limits=limits)


def fields_of(source: str, **ticket: Any) -> dict[str, Any]:
    result = run(source, **ticket)
    assert result.outcome == "ok", result
    return result.fields


def processes_named(comm: str) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        try:
            if entry.name.isdigit() and (entry / "comm").read_text().strip() == comm:
                found.append(int(entry.name))
        except OSError:
            pass  # exited meanwhile
    return found


def in_background(action: Callable[[], ScriptResult]) -> tuple[threading.Thread, list[ScriptResult]]:
    results: list[ScriptResult] = []
    thread = threading.Thread(target=lambda: results.append(action()))
    thread.start()
    return thread, results


def wait_for(condition: Callable[[], Any], seconds: float = 8.0) -> Any:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(0.02)
    return condition()


# ---- scripts in a workflow (test_scripts.py) ----------------------------------------------------------

STAMP = """\
import json, sys
ticket = json.load(sys.stdin)
print(json.dumps({"fields": {"stamped_by": ticket["creator"]}}))
"""

ROUTE = """\
import json, sys
ticket = json.load(sys.stdin)
if ticket["values"].get("amount", 0) > 100:
    print(json.dumps({"fields": {"priority": "high"}, "transition": "escalate"}))
else:
    print("{}")
"""

SPIN = "while True:\n    pass\n"
BOGUS = 'print(\'{"transition": "no_such_transition"}\')\n'

SPEND_FIELDS: list[dict[str, Any]] = [
    {"key": "amount", "label": "Amount", "type": "int"},
    {"key": "priority", "label": "Priority", "type": "string", "required": False},
    {"key": "stamped_by", "label": "Stamped by", "type": "string", "required": False},
]


def spend_workflow(*, state_scripts: list[str], key: str = "spend") -> Workflow:
    """start → triage (by lead; runs `state_scripts` on entry) → done or escalated; submitting
    runs the `stamp` script."""
    triage = {
        "key": "triage",
        "name": "Triage",
        "participant": {"kind": "users", "users": ["lead"]},
        "scripts": state_scripts,
    }
    transitions: list[dict[str, Any]] = [
        {"key": "submit", "name": "Submit", "source": "start", "target": "triage", "scripts": ["stamp"]},
        {"key": "approve", "name": "Approve", "source": "triage", "target": "done"},
        {"key": "escalate", "name": "Escalate", "source": "triage", "target": "escalated"},
    ]
    spend = document(
        "SP",
        fields=SPEND_FIELDS,
        working=triage,
        ends=("done", "escalated"),
        transitions=transitions,
        start="start",
    )
    return published(key, spend)


def upload(admin: Any, code: str, source: str) -> dict[str, Any]:
    response = admin.post(
        "/api/v1/scripts",
        {"code": code, "name": code.title(), "source": source},
        content_type="application/json",
    )
    assert response.status_code == 201, response.content
    return response.json()


def submit(workflow: Workflow, amount: int) -> Ticket:
    """alice files a ticket for `amount`; its events are processed (the script runs are made)."""
    ticket = ticket_create(
        workflow=workflow, principal=user_principal("alice"), values={"amount": amount}, transition="submit"
    )
    process_events(ticket)
    return ticket


def run_job(ticket: Ticket, code: str) -> ScriptRun:
    """Run the ticket's run of script `code` as the worker would."""
    run = ScriptRun.objects.get(ticket=ticket, script__code=code)
    script_tasks.run_script_job.fn(run.pk)
    run.refresh_from_db()
    return run


# ---- robots: a script that handles a state (test_robots.py) --------------------------------------------

# Agrees (no transition named), noting whether it was told the branch's state and branch.
PREP = """\
import json, sys
ticket = json.load(sys.stdin)
print(json.dumps({"fields": {"laptop": [ticket["state"], ticket["branch"]] == ["it", "fork:to_it"]}}))
"""
HURRY = 'print(\'{"transition": "it_done"}\')\n'
REFUSE = 'print(\'{"transition": "it_refuse"}\')\n'
LATE = 'print(\'{"fields": {"laptop": true}}\')\n'
CRASH = "raise SystemExit(3)\n"


def robot_workflow(code: str, *, state_scripts: list[str] | None = None, key: str = "onboarding") -> Workflow:
    """The onboarding flow (integrations/tests/factories.py) whose `it` branch the script `code`
    handles, running `state_scripts` on entry too."""
    participant = {"kind": "script", "script": code}
    return published(key, onboarding_document(participant, it_state={"scripts": state_scripts or []}))


def spend_robot(code: str) -> Workflow:
    """start → triage (handled by the script `code`) → done (`approve`, agree) or escalated."""
    triage = {"key": "triage", "name": "Triage", "participant": {"kind": "script", "script": code}}
    transitions: list[dict[str, Any]] = [
        {"key": "submit", "name": "Submit", "source": "start", "target": "triage"},
        {"key": "approve", "name": "Approve", "source": "triage", "target": "done"},
        {"key": "escalate", "name": "Escalate", "source": "triage", "target": "escalated"},
    ]
    spend = document(
        "SR",
        fields=SPEND_FIELDS,
        working=triage,
        ends=("done", "escalated"),
        transitions=transitions,
        start="start",
    )
    return published("spend-robot", spend)


def robot_run(ticket: Ticket) -> ScriptRun:
    return ScriptRun.objects.get(ticket=ticket, robot=True)
