"""Webhook delivery throughput and latency through the real outbox, Redis and a Dramatiq worker.

    make bench-worker    (python tools/stack.py --profile bench exec -- python bench/worker.py)

Creates a throw-away tenant `benchw` with a webhook on `state_entered` pointing at an HTTP receiver
on loopback (the platform opens 127.0.0.1/32 for it), then:
1. backlog: files N tickets with no worker running (each change writes its outbox events, relayed
   to Redis), starts a worker and measures how fast it drains them: deliveries per second, from
   the worker's start to the last delivery received;
2. steady: with the worker running, files tickets at a fixed rate and reports enqueue-to-delivery
   latency p50/p95 (from the ticket change's commit to the receiver getting the signed POST);
3. flood (`--flood N`): with the worker stopped, a second tenant `benchf` files N tickets (one
   webhook delivery each, to a receiver of its own); the worker starts draining that backlog while
   `benchw` files at the steady rate again: `benchw`'s p95 during the flood against its quiet p95
   (fair lanes, core/lanes.py; `--share 1000000` turns them off for comparison).
Prints the figures and drops the tenants.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "backend"))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.dev")
os.environ["DEBUG"] = "0"
os.environ["DEMO_ENDPOINTS"] = "0"

import django  # noqa: E402
import dramatiq  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django_tenants.utils import schema_context  # noqa: E402
from worker_log import WorkerLog  # noqa: E402

from core.access.auth import Principal  # noqa: E402
from core.access.models import User  # noqa: E402
from core.directory.schemas import DirectorySyncIn  # noqa: E402
from core.directory.sync import directory_sync  # noqa: E402
from core.secrets import encrypt_secret  # noqa: E402
from engine.tickets.services import ticket_create  # noqa: E402
from engine.workflows.definitions.schema import WorkflowDocument  # noqa: E402
from engine.workflows.services import workflow_create, workflow_publish  # noqa: E402
from integrations.webhooks.models import Webhook  # noqa: E402
from tenants.models import Tenant  # noqa: E402
from tenants.services import tenant_create, tenant_delete  # noqa: E402

SCHEMA = "benchw"
BOOT_SETTLE_SECONDS = 15.0
FLOODER = "benchf"


class Receiver:
    def __init__(self) -> None:
        self.arrivals: dict[str, float] = {}  # delivery key -> arrival time (first arrival)
        self.ticket_of: dict[str, int] = {}
        self.lock = threading.Lock()
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
                now = time.time()
                key = self.headers.get("X-Loonflow-Delivery", "")
                with receiver.lock:
                    if key not in receiver.arrivals:
                        receiver.arrivals[key] = now
                        receiver.ticket_of[key] = json.loads(body)["ticket"]["id"]
                self.send_response(204)
                self.end_headers()

            def log_message(self, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.port = self.server.server_address[1]
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def count(self) -> int:
        with self.lock:
            return len(self.arrivals)


def _setup(port: int, schema: str = SCHEMA) -> Any:
    if schema == SCHEMA:
        call_command("bootstrap", verbosity=0)
        dramatiq.get_broker().flush_all()  # leftovers of other benches would be drained first
    old = Tenant.objects.filter(schema_name=schema).first()
    if old is not None:
        tenant_delete(tenant=old)
    tenant_create(key=schema, name=f"Bench worker {schema}")
    # What the platform admin does: let this tenant's calls reach the receiver on loopback.
    Tenant.objects.filter(schema_name=schema).update(outbound_private_ranges=["127.0.0.1/32"])
    with schema_context(schema):
        directory_sync(
            payload=DirectorySyncIn.model_validate({"users": [{"username": "alice"}, {"username": "lead"}]}),
            actor="bench",
        )
        Webhook.objects.create(
            name="bench",
            url=f"http://127.0.0.1:{port}/hook",
            events=["state_entered"],
            secret_encrypted=encrypt_secret("bench-secret"),
        )
        document = WorkflowDocument.model_validate(
            {
                "serial_prefix": "BW",
                "states": [
                    {"key": "draft", "name": "Draft", "type": "start"},
                    {"key": "review", "name": "Review", "participant": {"kind": "users", "users": ["lead"]}},
                    {"key": "done", "name": "Done", "type": "end"},
                ],
                "transitions": [
                    {"key": "submit", "name": "Submit", "source": "draft", "target": "review"},
                    {"key": "approve", "name": "Approve", "source": "review", "target": "done"},
                ],
            }
        )
        workflow = workflow_create(key="bench", name="Bench", document=document)
        workflow_publish(workflow=workflow, actor=None)
        return workflow


def _file(workflow: Any, alice: Principal) -> float:
    """One ticket (one state_entered delivery); returns the time its change committed."""
    ticket_create(workflow=workflow, principal=alice, values={}, transition="submit")
    return time.time()


def _start_worker(processes: int, threads: int, share: int) -> subprocess.Popen[str]:
    env = {**os.environ, "LOG_LEVEL": "INFO", "JOB_LANE_SHARE": str(share)}
    command = [str(Path(sys.executable).parent / "dramatiq"), "config.worker"]
    command += ["--processes", str(processes), "--threads", str(threads)]
    return subprocess.Popen(
        command, cwd=ROOT / "backend", env=env, stderr=subprocess.PIPE, text=True, start_new_session=True
    )


class Workers:
    """The worker (every queue): started, stopped and started again around the flood."""

    def __init__(self, processes: int, threads: int, share: int) -> None:
        self.process = _start_worker(processes, threads, share)
        self.log = WorkerLog(self.process, processes)

    def booted(self) -> None:
        """Wait until its boot is over (its lanes have met every tenant of the database, config.worker):
        what is measured is the flood, not a boot."""
        if settings.WORKER_MEET_TENANTS:
            self.log.lanes_met(300)
            # Measured: the first seconds after the lanes met 1,000 tenants are still slow (quiet p95
            # 350-450 ms against 107 ms 15 s later); the bench lets them pass.
            time.sleep(BOOT_SETTLE_SECONDS)

    def stop(self) -> None:
        os.killpg(self.process.pid, 15)
        self.process.wait(timeout=60)


def _wait_for(receiver: Receiver, count: int, seconds: float) -> float:
    deadline = time.monotonic() + seconds
    while receiver.count() < count:
        if time.monotonic() > deadline:
            raise RuntimeError(f"only {receiver.count()} of {count} deliveries after {seconds}s")
        time.sleep(0.02)
    return time.time()


def _steady(
    receiver: Receiver, workflow: Any, alice: Principal, count: int, rate: float, *, expected: int
) -> list[float]:
    """File `count` tickets at `rate`; the enqueue-to-delivery latency (ms) of each, sorted."""
    committed: dict[int, float] = {}
    with schema_context(SCHEMA):
        interval = 1 / rate
        next_at = time.monotonic()
        for _ in range(count):
            next_at += interval
            ticket = ticket_create(workflow=workflow, principal=alice, values={}, transition="submit")
            committed[ticket.pk] = time.time()
            time.sleep(max(0.0, next_at - time.monotonic()))
    _wait_for(receiver, expected, 300)
    with receiver.lock:
        return sorted(
            (arrival - committed[receiver.ticket_of[key]]) * 1000
            for key, arrival in receiver.arrivals.items()
            if receiver.ticket_of[key] in committed
        )


def _flood(workflow: Any, count: int) -> None:
    """The noisy tenant: `count` tickets as fast as one connection files them."""
    try:
        with schema_context(FLOODER):
            alice = Principal(user=User.objects.get(username="alice"))
            for _ in range(count):
                ticket_create(workflow=workflow, principal=alice, values={}, transition="submit")
    finally:
        connection.close()


def _p95(latencies: list[float]) -> float:
    return latencies[max(0, int(len(latencies) * 0.95) - 1)]


def _print_latencies(label: str, latencies: list[float], rate: float) -> None:
    print(
        f"{label} {len(latencies)} deliveries at {rate:.0f}/s: enqueue-to-delivery "
        f"p50={statistics.median(latencies):.1f} ms  p95={_p95(latencies):.1f} ms  max={latencies[-1]:.1f} ms"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--backlog", type=int, default=1000, help="tickets filed before the worker starts")
    parser.add_argument("--steady", type=int, default=300, help="tickets filed at --rate with the worker up")
    parser.add_argument("--rate", type=float, default=20.0, help="tickets per second in the steady phase")
    parser.add_argument("--processes", type=int, default=2)
    parser.add_argument("--threads", type=int, default=8)
    parser.add_argument(
        "--flood", type=int, default=0, help="tickets another tenant queues before a second steady phase"
    )
    parser.add_argument(
        "--share",
        type=int,
        default=settings.JOB_LANE_SHARE,
        help="JOB_LANE_SHARE: a tenant's messages per queue in the broker, the rest parked",
    )
    args = parser.parse_args()
    settings.JOB_LANE_SHARE = args.share  # this process sends the outbox fan-out, the worker the jobs

    receiver = Receiver()
    workflow = _setup(receiver.port)
    flood_receiver = Receiver() if args.flood else None
    flood_workflow = _setup(flood_receiver.port, FLOODER) if flood_receiver is not None else None
    worker: Workers | None = None
    try:
        with schema_context(SCHEMA):
            alice = Principal(user=User.objects.get(username="alice"))
            for _ in range(args.backlog):
                _file(workflow, alice)
        connection.close()
        started = time.time()
        worker = Workers(args.processes, args.threads, args.share)
        finished = _wait_for(receiver, args.backlog, 600)
        rate = args.backlog / (finished - started)
        print(
            f"backlog:  {args.backlog} deliveries drained in {finished - started:.1f}s "
            f"= {rate:.0f} deliveries/s (worker start included; {args.processes}x{args.threads})"
        )
        worker.booted()  # the quiet figure is not measured during a boot either

        quiet = _steady(
            receiver, workflow, alice, args.steady, args.rate, expected=args.backlog + args.steady
        )
        _print_latencies("steady:  ", quiet, args.rate)
        if flood_receiver is not None and flood_workflow is not None:
            # The flood: the other tenant's backlog is queued (worker stopped), then drained while
            # this tenant files at the steady rate.
            worker.stop()
            _flood(flood_workflow, args.flood)
            started = time.time()
            worker = Workers(args.processes, args.threads, args.share)
            worker.booted()  # draining the flood meanwhile
            during = _steady(
                receiver, workflow, alice, args.steady, args.rate, expected=args.backlog + 2 * args.steady
            )
            _print_latencies(f"flood:    {args.flood} queued for {FLOODER};", during, args.rate)
            drained = _wait_for(flood_receiver, args.flood, 900)
            print(
                f"          p95 during the flood / quiet p95 = {_p95(during) / _p95(quiet):.2f}x "
                f"(share {args.share}); the flood's {args.flood} deliveries took {drained - started:.1f}s"
            )
    finally:
        if worker is not None:
            worker.stop()
        receiver.server.shutdown()
        for schema in (SCHEMA, FLOODER):
            tenant = Tenant.objects.filter(schema_name=schema).first()
            if tenant is not None:
                tenant_delete(tenant=tenant)


if __name__ == "__main__":
    main()
