"""What parallel branches cost: the onboarding sample (three branches) against the leave sample (one
path), transition by transition, in process; and the to-do list over tickets with three active
branches each. Used by bench/tickets.py (after django.setup(), in the `bench` tenant it made).

Per transition: the median and p95 wall time of the ticket service (`ticket_create` /
`ticket_handle`, commit and outbox relay included) over `rounds` tickets, and the queries it makes
(counted with CaptureQueriesContext on separate tickets, so counting does not slow the timed ones).
The target: each transition of a ticket with three active branches costs no more than three
single-branch transitions (`ratio` ≤ 3).
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django_tenants.utils import schema_context

from core.access.auth import Principal
from core.access.models import User
from engine.tickets import selectors
from engine.tickets.models import Ticket
from engine.tickets.services import ticket_create, ticket_handle
from engine.workflows.models import Workflow

LEAVE = {"leave_type": "annual", "start_date": "2026-12-01", "days": 2, "reason": "bench"}
HIRE = {"name": "Bench Hire", "start_date": "2027-01-04", "laptop": True, "desk": "3F-12"}
# Who acts on which step of the onboarding sample in the bench directory (see tickets.py's _setup).
SINGLE = [
    ("create + submit (enters a state)", "alice", "submit"),
    ("approve (to the end)", "lead", "lead_approve"),
]
PARALLEL = [
    ("create + submit (split: 3 branches)", "alice", "submit"),
    ("branch 1 of 3: IT ready (arrives)", "ivan", "it_ready"),
    ("branch 2 of 3: facilities ready", "fran", "facilities_ready"),
    ("branch 3 of 3: HR ready (the join)", "alice", "hr_ready"),
    ("sign off after the join (to the end)", "lead", "sign_off"),
]
# Each parallel step against the single-branch step it is the counterpart of (index into SINGLE).
COUNTERPART = [0, 1, 1, 1, 1]


@dataclass
class Step:
    label: str
    timings: list[float]
    queries: list[int]

    @property
    def p50(self) -> float:
        return statistics.median(self.timings)

    @property
    def p95(self) -> float:
        ordered = sorted(self.timings)
        return ordered[max(0, int(len(ordered) * 0.95) - 1)]

    @property
    def query_count(self) -> int:
        return int(statistics.median(self.queries))


def _principal(username: str) -> Principal:
    return Principal(user=User.objects.get(username=username))


def _run(
    workflow: Workflow, values: dict[str, Any], path: list[tuple[str, str, str]]
) -> list[Callable[[], Any]]:
    """The steps of one ticket along `path`, as calls to make one after the other."""
    people = {username: _principal(username) for _label, username, _transition in path}
    ticket: list[Ticket] = []

    def create() -> None:
        principal = people[path[0][1]]
        ticket.append(
            ticket_create(workflow=workflow, principal=principal, values=values, transition="submit")
        )

    def handler(username: str, transition: str) -> Callable[[], Any]:
        return lambda: ticket_handle(
            ticket_id=ticket[0].pk, principal=people[username], transition=transition
        )

    return [create, *(handler(username, transition) for _label, username, transition in path[1:])]


def _measure(
    workflow: Workflow, values: dict[str, Any], path: list[tuple[str, str, str]], rounds: int
) -> list[Step]:
    steps = [Step(label, [], []) for label, _username, _transition in path]
    for _ in range(3):  # warm up: parsed documents, directory caches
        for call in _run(workflow, values, path):
            call()
    for _ in range(3):
        for step, call in zip(steps, _run(workflow, values, path), strict=True):
            with CaptureQueriesContext(connection) as captured:
                call()
            step.queries.append(len(captured.captured_queries))
    for _ in range(rounds):
        for step, call in zip(steps, _run(workflow, values, path), strict=True):
            started = time.perf_counter()
            call()
            step.timings.append((time.perf_counter() - started) * 1000)
    return steps


def transition_costs(rounds: int) -> None:
    """Print the per-transition table: single path against three active branches."""
    with schema_context("bench"):
        single = _measure(Workflow.objects.get(key="leave"), LEAVE, SINGLE, rounds)
        parallel = _measure(Workflow.objects.get(key="onboarding"), HIRE, PARALLEL, rounds)
    print(f"per transition, in process, {rounds} tickets each (median / p95 ms, queries):")
    for title, steps in (("single path (leave)", single), ("three branches (onboarding)", parallel)):
        print(f"  {title}")
        for step in steps:
            print(f"    {step.label:<40} {step.p50:6.2f} / {step.p95:6.2f} ms  {step.query_count:3d} queries")
    print("  three branches against the single-path counterpart (target: ratio <= 3.00)")
    for step, index in zip(parallel, COUNTERPART, strict=True):
        base = single[index]
        ratio = step.p50 / base.p50
        verdict = "met" if ratio <= 3 else "NOT MET"
        print(
            f"    {step.label:<40} {ratio:4.2f}x time  {step.query_count / base.query_count:4.2f}x queries"
            f"  (vs {base.label.split(' (')[0]})  {verdict}"
        )


def bulk_parallel(total: int) -> None:
    """Add `total` onboarding tickets just split (three active branches, one handler each: ivan,
    fran, alice), as the runtime leaves them (SQL, no HTTP)."""
    with schema_context("bench"), connection.cursor() as cur:
        cur.execute("SELECT count(*) FROM engine_ticket WHERE serial LIKE 'PAR-%%'")
        have = cur.fetchone()[0]
        if have >= total:
            return
        cur.execute(
            "SELECT v.id, v.workflow_id FROM engine_workflowversion v JOIN engine_workflow w"
            " ON w.id = v.workflow_id WHERE w.key = 'onboarding' AND v.status = 'published'"
        )
        version, workflow = cur.fetchone()
        users = dict(
            User.objects.filter(username__in=["ivan", "fran", "alice"]).values_list("username", "id")
        )
        cur.execute(
            """
            INSERT INTO engine_ticket (serial, title, workflow_id, version_id, state_key, state_entry,
                state_entered_at, status, creator_id, values, row_version, created_at, updated_at)
            SELECT 'PAR-' || g, 'Onboarding ' || g, %s, %s, 'prepare', 5, now(), 'in_progress', %s,
                   '{"name": "Bulk", "start_date": "2027-01-04", "laptop": true, "desk": "1"}'::jsonb, 2,
                   now() - (g || ' seconds')::interval, now()
            FROM generate_series(%s, %s) AS g
            """,
            [workflow, version, users["alice"], have + 1, total],
        )
        cur.execute(
            """
            INSERT INTO engine_ticketbranch (ticket_id, key, split_key, split_entry, state_key, state_entry,
                state_entered_at, status, created_at)
            SELECT t.id, 'prepare:' || b.edge, 'prepare', 2, b.state, b.entry, now(), 'active', now()
            FROM engine_ticket t
            CROSS JOIN (VALUES ('to_it', 'it', 3), ('to_facilities', 'facilities', 4), ('to_hr', 'hr', 5))
                AS b(edge, state, entry)
            WHERE t.serial LIKE 'PAR-%%'
              AND NOT EXISTS (SELECT 1 FROM engine_ticketbranch x WHERE x.ticket_id = t.id)
            """
        )
        cur.execute(
            """
            INSERT INTO engine_tickethandler
                (ticket_id, user_id, kind, state_entry, branch_id, ticket_created_at, created_at)
            SELECT b.ticket_id, CASE b.state_key WHEN 'it' THEN %s WHEN 'facilities' THEN %s ELSE %s END,
                   'handler', b.state_entry, b.id, t.created_at, now()
            FROM engine_ticketbranch b JOIN engine_ticket t ON t.id = b.ticket_id
            WHERE t.serial LIKE 'PAR-%%'
              AND NOT EXISTS (SELECT 1 FROM engine_tickethandler h WHERE h.ticket_id = t.id)
            """,
            [users["ivan"], users["fran"], users["alice"]],
        )
        cur.execute("ANALYZE engine_ticket; ANALYZE engine_ticketbranch; ANALYZE engine_tickethandler")


def explain_todo(username: str) -> list[str]:
    """The plan of the to-do list's page query for `username` (whatever `selectors.ticket_list`
    runs: the longest query it makes), run with EXPLAIN ANALYZE."""
    with schema_context("bench"):
        principal = _principal(username)
        with CaptureQueriesContext(connection) as captured:
            selectors.ticket_list(
                principal=principal, view="todo", filters=selectors.TicketFilters(), cursor=None, limit=50
            )
        page_query = max((q["sql"] for q in captured.captured_queries), key=len)
        with connection.cursor() as cur:
            cur.execute("EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) " + page_query)
            return [row[0] for row in cur.fetchall()]


def index_verdict(plan: list[str]) -> str:
    """Whether the plan scans no table sequentially, and which indexes it reads."""
    sequential = [line.strip() for line in plan if "Seq Scan" in line]
    if sequential:
        return "SEQUENTIAL SCAN: " + "; ".join(sequential)
    indexes = sorted({line.split(" using ")[1].split()[0] for line in plan if " using " in line})
    return "index scans only (" + ", ".join(indexes) + ")"
