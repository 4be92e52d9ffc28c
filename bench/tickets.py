"""Ticket throughput and to-do latency against the production server (gunicorn).

    make bench-tickets    (python tools/stack.py --profile bench exec -- python bench/tickets.py)

Creates a throw-away tenant `bench`, starts gunicorn with production settings on loopback, then:
1. creations per second with 8 concurrent clients (POST /tickets, submitted);
2. transitions per second with 8 concurrent clients (POST /tickets/{id}/handle on those tickets);
3. to-do list latency (GET /tickets?view=todo, p50/p95 of sequential requests) with 10 000 and
   then 1 000 000 tickets in the tenant (bulk-inserted with SQL, as the lead's to-do);
4. parallel branches (bench/branches.py): each transition of the onboarding sample (three active
   branches) against the leave sample's (one path), time and queries, in process; then the to-do
   list of someone on one branch of 100 000 tickets with three active branches each: its latency
   and the EXPLAIN of its query (an index scan, not a sequential one).
`--part throughput` runs 1-3 only, `--part branches` 4 only. Prints the figures and drops the
tenant (unless --keep).
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import queue
import re
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "backend"))
sys.path.insert(0, str(ROOT / "clients" / "python"))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.dev")
os.environ["DEBUG"] = "0"

import django  # noqa: E402

django.setup()

from branches import bulk_parallel, explain_todo, index_verdict, transition_costs  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django_tenants.utils import schema_context  # noqa: E402
from loonflow_client import LoonflowClient  # noqa: E402
from loonflow_client.generated.api.tickets import (  # noqa: E402
    engine_tickets_actions_create_ticket as create_ticket,
)
from loonflow_client.generated.api.tickets import (  # noqa: E402
    engine_tickets_actions_handle_ticket as handle_ticket,
)
from loonflow_client.generated.models import (  # noqa: E402
    TicketCreateIn,
    TicketCreateInFields,
    TicketHandleIn,
    TicketStateOut,
)

from core.access.models import AppGrant  # noqa: E402
from core.access.services import app_create, app_token_issue  # noqa: E402
from core.directory.schemas import DirectorySyncIn  # noqa: E402
from core.directory.sync import directory_sync  # noqa: E402
from engine.tickets.models import Ticket  # noqa: E402
from engine.workflows.samples import SAMPLE_CHANNELS, sample_definitions  # noqa: E402
from engine.workflows.services import workflow_create, workflow_publish  # noqa: E402
from integrations.notifications.models import NotificationChannel  # noqa: E402
from tenants.models import Tenant  # noqa: E402
from tenants.services import tenant_create, tenant_delete  # noqa: E402

HOST = "bench.localhost"
PORT = 8077
CLIENTS = 8
LEAVE = {"leave_type": "annual", "start_date": "2026-12-01", "days": 2, "reason": "bench"}


def _setup() -> tuple[int, str]:
    call_command("bootstrap", verbosity=0)
    old = Tenant.objects.filter(schema_name="bench").first()
    if old is not None:
        tenant_delete(tenant=old)
    tenant_create(key="bench", name="Bench")
    with schema_context("bench"):
        directory_sync(
            payload=DirectorySyncIn.model_validate(
                {
                    "roles": [{"code": "hr", "name": "HR"}, {"code": "ops", "name": "Ops"}],
                    "departments": [
                        {"code": "bench-dev", "name": "Dev", "leader": "lead"},
                        {"code": "bench-ops", "name": "Ops", "leader": "fran"},
                    ],
                    "users": [
                        {"username": "lead", "departments": ["bench-dev"]},
                        {"username": "alice", "departments": ["bench-dev"], "roles": ["hr"]},
                        # onboarding: ivan prepares IT, fran facilities, alice HR; lead signs off
                        {"username": "ivan", "departments": ["bench-ops"], "roles": ["ops"]},
                        {"username": "fran", "departments": ["bench-ops"]},
                    ],
                }
            ),
            actor="bench",
        )
        for code in SAMPLE_CHANNELS:  # the sample names it; switched off, so nothing is sent
            NotificationChannel.objects.create(code=code, name=code, kind="email", is_active=False)
        samples = {s["key"]: s for s in sample_definitions("bench")}
        workflows = {}
        for key in ("leave", "onboarding"):
            workflows[key] = workflow_create(
                key=key, name=samples[key]["name"], document=samples[key]["document"]
            )
            workflow_publish(workflow=workflows[key], actor=None)
        workflow = workflows["leave"]
        app = app_create(name="bench", scopes=["workflows"])
        AppGrant.objects.create(app=app, workflow_key="*")
        _, issued = app_token_issue(app=app)
        return workflow.pk, issued.plaintext


def _start_server() -> subprocess.Popen[bytes]:
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.production",
        "SECRET_KEY": "bench-secret-key-bench-secret-key-bench-secret-key",
        "SECRETS_ENCRYPTION_KEY": "bench-encryption-key",
        "SECURE_SSL_REDIRECT": "false",
        "ALLOWED_HOSTS": ".localhost,localhost",
        "LOG_LEVEL": "WARNING",
    }
    server = subprocess.Popen(
        [
            str(Path(sys.executable).parent / "gunicorn"),
            "config.wsgi",
            "--bind",
            f"127.0.0.1:{PORT}",
            "--workers",
            os.environ.get("BENCH_WORKERS", "5"),
            "--log-level",
            "warning",
        ],
        cwd=ROOT / "backend",
        env=env,
    )
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            conn = http.client.HTTPConnection("127.0.0.1", PORT, timeout=2)
            conn.request("GET", "/healthz")
            if conn.getresponse().status == 200:
                return server
        except OSError:
            time.sleep(0.2)
    server.kill()
    raise RuntimeError("gunicorn did not come up")


class Client:
    def __init__(self, token: str, acting: str) -> None:
        self.conn = http.client.HTTPConnection("127.0.0.1", PORT, timeout=30)
        self.headers = {
            "Host": HOST,
            "Authorization": f"Bearer {token}",
            "X-Acting-User": acting,
            "Content-Type": "application/json",
        }

    def call(self, method: str, path: str, body: dict[str, object] | None = None) -> tuple[int, bytes]:
        self.conn.request(
            method, path, body=json.dumps(body) if body is not None else None, headers=self.headers
        )
        response = self.conn.getresponse()
        return response.status, response.read()


def _run_parallel(work: queue.Queue[object] | None, seconds: float, action: object) -> tuple[int, int, float]:
    """Run `action(client_index)` in CLIENTS threads until the time or the work queue runs out."""
    ok = errors = 0
    lock = threading.Lock()
    stop = time.monotonic() + seconds

    def loop(index: int) -> None:
        nonlocal ok, errors
        while time.monotonic() < stop:
            try:
                status = action(index)  # type: ignore[operator]
            except queue.Empty:
                return
            with lock:
                if 200 <= status < 300:
                    ok += 1
                else:
                    errors += 1

    started = time.monotonic()
    threads = [threading.Thread(target=loop, args=(i,)) for i in range(CLIENTS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return ok, errors, time.monotonic() - started


def _bulk_todo(total: int) -> None:
    """Fill the tenant up to `total` tickets, each waiting for `lead` (SQL, no HTTP)."""
    with schema_context("bench"), connection.cursor() as cur:
        cur.execute("SELECT count(*) FROM engine_ticket")
        have = cur.fetchone()[0]
        if have >= total:
            return
        cur.execute("SELECT id FROM core_user WHERE username = 'lead'")
        lead = cur.fetchone()[0]
        cur.execute("SELECT id FROM core_user WHERE username = 'alice'")
        alice = cur.fetchone()[0]
        cur.execute(
            "SELECT v.id, v.workflow_id FROM engine_workflowversion v JOIN engine_workflow w"
            " ON w.id = v.workflow_id WHERE w.key = 'leave' AND v.status = 'published'"
        )
        version, workflow = cur.fetchone()
        cur.execute(
            """
            INSERT INTO engine_ticket (serial, title, workflow_id, version_id, state_key, state_entry,
                state_entered_at, status, creator_id, values, row_version, created_at, updated_at,
                search_text)
            SELECT 'BULK-' || g, 'Bulk ' || g, %s, %s, 'lead_review', 2, now(), 'in_progress', %s,
                   '{"days": 2, "leave_type": "annual", "start_date": "2026-12-01"}'::jsonb, 2,
                   now() - (g || ' seconds')::interval, now(),
                   'bulk ' || g  -- what engine.tickets.search.search_text makes of the serial and title
            FROM generate_series(%s, %s) AS g
            """,
            [workflow, version, alice, have + 1, total],
        )
        cur.execute(
            """
            INSERT INTO engine_tickethandler
                (ticket_id, user_id, kind, state_entry, ticket_created_at, created_at)
            SELECT t.id, %s, 'handler', 2, t.created_at, now() FROM engine_ticket t
            WHERE t.serial LIKE 'BULK-%%'
              AND NOT EXISTS (SELECT 1 FROM engine_tickethandler h WHERE h.ticket_id = t.id)
            """,
            [lead],
        )
        cur.execute("ANALYZE engine_ticket; ANALYZE engine_tickethandler")


def _todo_latency(token: str, requests: int, username: str = "lead") -> tuple[float, float]:
    # Plain http.client, not the Python client: parsing 50 rows into models would add the client's
    # own time to the server latency measured here.
    client = Client(token, username)
    client.call("GET", "/api/v1/tickets?view=todo&limit=50")  # warm up
    timings = []
    for _ in range(requests):
        started = time.perf_counter()
        status, _body = client.call("GET", "/api/v1/tickets?view=todo&limit=50")
        timings.append((time.perf_counter() - started) * 1000)
        assert status == 200, status
    timings.sort()
    return statistics.median(timings), timings[int(len(timings) * 0.95) - 1]


def _api(token: str, acting: str) -> LoonflowClient:
    # The same requests as before the client: no Idempotency-Key (it would add a claim per create to
    # what is measured), no retries, an error answer counted rather than raised.
    return LoonflowClient(
        f"http://127.0.0.1:{PORT}",
        token,
        host=HOST,
        acting_user=acting,
        idempotency_keys=False,
        retries=0,
        raise_on_unexpected_status=False,
    )


def _throughput(args: argparse.Namespace, workflow_id: int, token: str) -> None:
    """Creations and transitions through the Python client (clients/python), 8 threads each."""
    clients = [_api(token, "alice") for _ in range(CLIENTS)]
    created: queue.Queue[int] = queue.Queue()
    leave = TicketCreateIn(
        workflow_id=workflow_id, transition="submit", fields=TicketCreateInFields.from_dict(LEAVE)
    )

    def create(index: int) -> int:
        answer = create_ticket.sync_detailed(client=clients[index].api, body=leave)
        if isinstance(answer.parsed, TicketStateOut):
            created.put(answer.parsed.id)
        return int(answer.status_code)

    ok, errors, elapsed = _run_parallel(None, args.seconds, create)
    print(f"creations:   {ok / elapsed:7.1f}/s  ({ok} in {elapsed:.1f}s, {errors} errors)")

    leads = [_api(token, "lead") for _ in range(CLIENTS)]
    approve = TicketHandleIn(transition="lead_approve")

    def handle(index: int) -> int:
        ticket_id = created.get_nowait()
        answer = handle_ticket.sync_detailed(ticket_id, client=leads[index].api, body=approve)
        return int(answer.status_code)

    ok, errors, elapsed = _run_parallel(created, args.seconds, handle)  # type: ignore[arg-type]
    print(f"transitions: {ok / elapsed:7.1f}/s  ({ok} in {elapsed:.1f}s, {errors} errors)")
    _check_serials(workflow_id)

    for total in (10_000, args.big):
        started = time.monotonic()
        _bulk_todo(total)
        p50, p95 = _todo_latency(token, 300)
        print(
            f"to-do list with {total:>9,} tickets: p50={p50:6.2f} ms  p95={p95:6.2f} ms"
            f"  (bulk load {time.monotonic() - started:.0f}s)"
        )


def _check_serials(workflow_id: int) -> None:
    """The guarantee creations must keep under load: each day's serials of the workflow's tickets
    (`LV-<day>-<n>`) are 1..N with no gap and none is left a stand-in; else the run stops."""
    with schema_context("bench"):
        serials = list(Ticket.objects.filter(workflow_id=workflow_id).values_list("serial", flat=True))
    days: dict[str, list[int]] = {}
    for serial in serials:
        if match := re.fullmatch(r"(.+)-(\d+)", serial):
            days.setdefault(match.group(1), []).append(int(match.group(2)))
    broken = [day for day, numbers in days.items() if sorted(numbers) != list(range(1, len(numbers) + 1))]
    numbered = sum(len(numbers) for numbers in days.values())
    if numbered != len(serials) or broken:
        raise SystemExit(
            f"FAILED: {len(serials)} tickets, {numbered} with a serial, days not numbered 1..N "
            f"without gaps: {broken}"
        )
    print(f"serials:     {numbered} tickets, numbered 1..N per day with no gap or duplicate")


def _configuration(args: argparse.Namespace) -> None:
    with connection.cursor() as cur:
        cur.execute("SELECT current_setting('fsync'), current_setting('synchronous_commit')")
        fsync, commit = cur.fetchone()
    print(
        f"configuration: gunicorn {os.environ.get('BENCH_WORKERS', '5')} sync workers (production "
        f"settings), {CLIENTS} clients, {args.seconds:.0f} s per figure, {os.cpu_count()} CPUs; "
        f"PostgreSQL fsync={fsync} synchronous_commit={commit}; to-do lists at 10,000 and "
        f"{args.big:,} tickets"
    )


def _branches(args: argparse.Namespace, token: str) -> None:
    transition_costs(args.rounds)
    started = time.monotonic()
    bulk_parallel(args.parallel)
    # fran is on the facilities branch of every bulk ticket (one handler row of three per ticket).
    p50, p95 = _todo_latency(token, 300, "fran")
    print(
        f"to-do list with {args.parallel:>9,} tickets of 3 active branches (one of them mine):"
        f" p50={p50:6.2f} ms  p95={p95:6.2f} ms  (bulk load {time.monotonic() - started:.0f}s)"
    )
    # fran's to-do is on every ticket; lead's (sign-offs, leave approvals) on almost none of them.
    for username in ("fran", "lead"):
        plan = explain_todo(username)
        print(f"to-do query plan for {username}: {index_verdict(plan)}")
        for line in plan:
            print(f"    {line}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seconds", type=float, default=15)
    parser.add_argument("--big", type=int, default=1_000_000)
    parser.add_argument("--parallel", type=int, default=100_000, help="tickets with three branches")
    parser.add_argument("--rounds", type=int, default=30, help="tickets per transition cost")
    parser.add_argument("--part", choices=["all", "throughput", "branches"], default="all")
    parser.add_argument("--keep", action="store_true")
    args = parser.parse_args()
    workflow_id, token = _setup()
    _configuration(args)
    server = _start_server()
    try:
        if args.part in ("all", "throughput"):
            _throughput(args, workflow_id, token)
        if args.part in ("all", "branches"):
            _branches(args, token)
    finally:
        server.terminate()
        server.wait(timeout=15)
        if not args.keep:
            tenant = Tenant.objects.filter(schema_name="bench").first()
            if tenant is not None:
                tenant_delete(tenant=tenant)


if __name__ == "__main__":
    main()
