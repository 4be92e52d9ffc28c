"""Where a ticket request's time goes: a per-request budget and a sampled profile of the server.

    make profile-tickets   (python tools/stack.py --profile bench exec -- python bench/profile_tickets.py)

Uses bench/tickets.py's tenant and production server (gunicorn, BENCH_WORKERS processes). For each
action (create, transition, to-do list):
1. the budget: the action's load for --seconds with 8 clients (the to-do: 1 client, sequential),
   and per request the CPU milliseconds of gunicorn's processes (Python) and of PostgreSQL's,
   read from /proc before and after; then, in process, the statements, transactions and round
   trips one request makes (Django's test client through the whole middleware stack);
2. the profile: the same load again while py-spy samples every gunicorn process (`--gil`: only the
   thread holding the GIL, so Python's own work), printed as the top functions by their own time
   and by the time spent in them and below; the raw stacks go to .data/profile/<action>.txt
   (collapsed format: open in speedscope.app, or turn into an SVG with flamegraph.pl / inferno).
"""

from __future__ import annotations

import argparse
import json
import os
import queue
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from django.db import connection
from django.test import Client as DjangoClient
from tickets import (  # the bench's tenant, server and clients (bench/tickets.py)
    CLIENTS,
    HOST,
    LEAVE,
    ROOT,
    Client,
    _run_parallel,
    _setup,
    _start_server,
)

TICKS = os.sysconf("SC_CLK_TCK")
OUT = ROOT / ".data" / "profile"
# Frames of these packages are the project's own (the inclusive table shows only those). py-spy
# names a file by its path under the sys.path entry it was imported from ("engine/tickets/...").
OWN = {"core", "engine", "integrations", "tenants", "config", "metrics"}


def _cpu_seconds(pid: int) -> float:
    """A process's CPU (user + system), with that of its children it has waited for."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    # After the name: state ppid ... utime(11) stime(12) cutime(13) cstime(14), 0-based from state.
    return sum(int(value) for value in fields[11:15]) / TICKS


def _children(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                if int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1]) == pid:
                    found.append(int(entry.name))
            except (OSError, IndexError):
                continue
    return found


def _tree_cpu(pid: int) -> float:
    """CPU seconds of a server: its main process and its live children (reaped ones are in cutime)."""
    total = _cpu_seconds(pid)
    for child in _children(pid):
        try:
            total += _cpu_seconds(child)
        except OSError:
            continue
    return total


def _postmaster() -> int:
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_backend_pid()")
        (backend,) = cursor.fetchone()
    return int(Path(f"/proc/{backend}/stat").read_text().rsplit(")", 1)[1].split()[1])


@dataclass
class Budget:
    action: str
    per_second: float
    python_ms: float
    postgres_ms: float
    statements: float = 0.0
    transactions: float = 0.0

    @property
    def round_trips(self) -> float:
        # psycopg2 sends BEGIN and COMMIT as commands of their own.
        return self.statements + 2 * self.transactions


class Counting:
    """Counts the statements and commits run on this thread's connection while installed."""

    def __init__(self) -> None:
        self.statements = 0
        self.commits = 0

    def __call__(self, execute: Callable[..., object], sql: str, params: object, many: bool, context: object):
        self.statements += 1
        return execute(sql, params, many, context)

    @contextmanager
    def installed(self) -> Iterator[None]:
        commit = connection._commit

        def counted() -> None:
            self.commits += 1
            commit()

        connection._commit = counted  # type: ignore[method-assign]
        try:
            with connection.execute_wrapper(self):
                yield
        finally:
            connection._commit = commit  # type: ignore[method-assign]


class Actions:
    """The three requests measured, over HTTP (the server) and in process (the counts)."""

    def __init__(self, workflow_id: int, token: str) -> None:
        self.workflow_id = workflow_id
        self.token = token
        self.created: queue.Queue[int] = queue.Queue()
        self.alice = [Client(token, "alice") for _ in range(CLIENTS)]
        self.lead = [Client(token, "lead") for _ in range(CLIENTS)]

    def create(self, index: int) -> int:
        body = {"workflow_id": self.workflow_id, "transition": "submit", "fields": LEAVE}
        status, answer = self.alice[index].call("POST", "/api/v1/tickets", body)
        if status == 201:
            self.created.put(json.loads(answer)["id"])
        return status

    def transition(self, index: int) -> int:
        ticket_id = self.created.get_nowait()
        status, _ = self.lead[index].call(
            "POST", f"/api/v1/tickets/{ticket_id}/handle", {"transition": "lead_approve"}
        )
        return status

    def todo(self, index: int) -> int:
        return self.lead[index].call("GET", "/api/v1/tickets?view=todo&limit=50")[0]

    def in_process(self, action: str, rounds: int) -> tuple[float, float]:
        """Statements and transactions per request, through the whole stack in this process."""
        headers = {"HTTP_AUTHORIZATION": f"Bearer {self.token}", "HTTP_HOST": HOST}
        client = DjangoClient()
        counting = Counting()
        body = {"workflow_id": self.workflow_id, "transition": "submit", "fields": LEAVE}
        ids = []
        for _ in range(rounds):  # tickets to approve, made before counting
            answer = client.post(
                "/api/v1/tickets",
                body,
                content_type="application/json",
                HTTP_X_ACTING_USER="alice",
                **headers,
            )
            ids.append(answer.json()["id"])
        with counting.installed():
            for ticket_id in ids:
                if action == "create":
                    response = client.post(
                        "/api/v1/tickets",
                        body,
                        content_type="application/json",
                        HTTP_X_ACTING_USER="alice",
                        **headers,
                    )
                elif action == "transition":
                    response = client.post(
                        f"/api/v1/tickets/{ticket_id}/handle",
                        {"transition": "lead_approve"},
                        content_type="application/json",
                        HTTP_X_ACTING_USER="lead",
                        **headers,
                    )
                else:
                    response = client.get(
                        "/api/v1/tickets?view=todo&limit=50", HTTP_X_ACTING_USER="lead", **headers
                    )
                assert response.status_code < 300, (action, response.status_code, response.content[:300])
        return counting.statements / rounds, counting.commits / rounds


def _load(actions: Actions, action: str, seconds: float) -> int:
    if action == "todo":  # one client, one request after another: the latency case
        stop, done = time.monotonic() + seconds, 0
        while time.monotonic() < stop:
            assert actions.todo(0) == 200
            done += 1
        return done
    work = actions.created if action == "transition" else None
    ok, errors, _elapsed = _run_parallel(work, seconds, getattr(actions, action))
    if errors:
        raise SystemExit(f"{action}: {errors} requests failed: the figures would not be honest")
    return ok


def _budget(actions: Actions, action: str, seconds: float, server: int, postmaster: int) -> Budget:
    python, postgres, started = _tree_cpu(server), _tree_cpu(postmaster), time.monotonic()
    done = _load(actions, action, seconds)
    elapsed = time.monotonic() - started
    python, postgres = _tree_cpu(server) - python, _tree_cpu(postmaster) - postgres
    return Budget(action, done / elapsed, python * 1000 / done, postgres * 1000 / done)


def _profile(actions: Actions, action: str, seconds: float, server: int, rate: int) -> Path:
    OUT.mkdir(parents=True, exist_ok=True)
    target = OUT / f"{action}.txt"
    spy = subprocess.Popen(
        [
            str(Path(sys.executable).parent / "py-spy"),
            "record",
            "--pid",
            str(server),
            "--subprocesses",
            "--gil",
            "--rate",
            str(rate),
            "--format",
            "raw",
            "--output",
            str(target),
            "--nonblocking",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    time.sleep(1.0)  # py-spy attaches to every worker
    _load(actions, action, seconds)
    spy.send_signal(2)  # SIGINT: py-spy writes what it sampled and exits
    _out, err = spy.communicate(timeout=60)
    if not target.exists():
        raise SystemExit(f"py-spy wrote nothing: {err.decode(errors='replace')[-500:]}")
    return target


def _frame_name(frame: str) -> str:
    """ "function (engine/tickets/services.py:123)" -> "function (engine/tickets/services.py)"."""
    name, _, where = frame.partition(" (")
    return f"{name} ({where.rstrip(')').rsplit(':', 1)[0]})"


def _own(frame: str) -> bool:
    return frame.partition(" (")[2].split("/", 1)[0] in OWN


def top_frames(raw: Path, limit: int) -> tuple[int, list[tuple[str, int]], list[tuple[str, int]]]:
    """Samples in all, the functions with the most samples on top of the stack (their own time),
    and the project's functions with the most samples anywhere in the stack (time in and below)."""
    own_time: Counter[str] = Counter()
    inclusive: Counter[str] = Counter()
    total = 0
    for line in raw.read_text(errors="replace").splitlines():
        stack, _, count_text = line.rpartition(" ")
        if not stack or not count_text.isdigit():
            continue
        count = int(count_text)
        frames = [frame for frame in stack.split(";") if " (" in frame]
        if not frames:
            continue
        total += count
        own_time[_frame_name(frames[-1])] += count
        for name in {_frame_name(frame) for frame in frames if _own(frame)}:
            inclusive[name] += count
    return total, own_time.most_common(limit), inclusive.most_common(limit)


def _print_budgets(budgets: list[Budget], workers: str) -> None:
    print(f"\nper-request budget (gunicorn {workers} workers, {CLIENTS} clients; to-do: 1 client):")
    print(
        "| action | requests/s | CPU ms in Python | CPU ms in PostgreSQL"
        " | statements | transactions | round trips |"
    )
    print("|---|---:|---:|---:|---:|---:|---:|")
    for b in budgets:
        print(
            f"| {b.action} | {b.per_second:.1f} | {b.python_ms:.2f} | {b.postgres_ms:.2f} | "
            f"{b.statements:.1f} | {b.transactions:.1f} | {b.round_trips:.1f} |"
        )


def _print_profile(action: str, raw: Path, limit: int) -> None:
    total, own_time, inclusive = top_frames(raw, limit)
    print(f"\n{action}: {total} samples holding the GIL (stacks: {raw.relative_to(ROOT)})")
    print("  by own time:")
    for name, count in own_time:
        print(f"    {100 * count / max(total, 1):5.1f}%  {name}")
    print("  the project's functions, by time in them and below:")
    for name, count in inclusive:
        print(f"    {100 * count / max(total, 1):5.1f}%  {name}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seconds", type=float, default=15, help="load per figure (at least 15)")
    parser.add_argument("--rounds", type=int, default=20, help="requests counted in process")
    parser.add_argument("--rate", type=int, default=200, help="py-spy samples per second")
    parser.add_argument("--top", type=int, default=25)
    parser.add_argument("--no-profile", action="store_true", help="the budget only")
    parser.add_argument("--keep", action="store_true", help="keep the bench tenant")
    args = parser.parse_args()

    workflow_id, token = _setup()
    actions = Actions(workflow_id, token)
    postmaster = _postmaster()
    server = _start_server()
    workers = os.environ.get("BENCH_WORKERS", "5")
    print(
        f"configuration: gunicorn {workers} sync workers, {CLIENTS} clients, "
        f"{args.seconds:.0f} s per figure, load average {os.getloadavg()[0]:.2f}, {os.cpu_count()} cores"
    )
    with connection.cursor() as cursor:
        cursor.execute("SHOW fsync")
        fsync = cursor.fetchone()[0]
        cursor.execute("SHOW synchronous_commit")
        print(f"PostgreSQL: fsync={fsync}, synchronous_commit={cursor.fetchone()[0]}")
    try:
        budgets = []
        for action in ("create", "transition", "todo"):
            budget = _budget(actions, action, args.seconds, server.pid, postmaster)
            budget.statements, budget.transactions = actions.in_process(action, args.rounds)
            budgets.append(budget)
        _print_budgets(budgets, workers)
        if not args.no_profile:
            for action in ("create", "transition", "todo"):
                if action == "transition" and actions.created.qsize() < 100:
                    _load(actions, "create", args.seconds)  # tickets to approve while profiled
                _print_profile(
                    action, _profile(actions, action, args.seconds, server.pid, args.rate), args.top
                )
    finally:
        from tenants.models import Tenant  # Django is set up by now (bench/tickets.py)
        from tenants.services import tenant_delete

        server.terminate()
        server.wait(timeout=15)
        if not args.keep:
            tenant = Tenant.objects.filter(schema_name="bench").first()
            if tenant is not None:
                tenant_delete(tenant=tenant)


if __name__ == "__main__":
    main()
