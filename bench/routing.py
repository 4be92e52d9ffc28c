"""What routing a request to its tenant by host name costs, with many tenants.

    make bench-routing BENCH_ARGS="--tenants 1000"
    (python tools/stack.py --profile bench exec -- python bench/routing.py --tenants 1000)

Uses the tenants `bench/tenants.py` provisions (`bt0000`…; run `make bench-tenants` first). For
`--seconds` each (at least 15), times in this process, on one database connection:

1. baseline: the request's own first query (`SELECT 1 FROM engine_ticket LIMIT 1`) in a tenant
   already set, no routing;
2. one host: `TenantRoutingMiddleware.process_request` for the same tenant's host every time, then
   that query (the search_path is kept);
3. any host: a random one of the N tenants' hosts each time, then that query (the host lookup, and
   the search_path sent again because the schema changed).

Routing's overhead is each case minus the baseline: wall time per request (p50, p95) and CPU per
request (this process and its PostgreSQL backend, from /proc). Each case checks that the request
landed in the right schema; a wrong one stops the run.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "backend"))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.dev")
os.environ["DEBUG"] = "0"

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.db import connection  # noqa: E402
from django.http import HttpResponse  # noqa: E402
from django.test import RequestFactory  # noqa: E402

from core.tenancy import current_schema  # noqa: E402
from tenants.middleware import TenantRoutingMiddleware  # noqa: E402
from tenants.models import Domain  # noqa: E402

PREFIX = "bt"
QUERY = "SELECT 1 FROM engine_ticket LIMIT 1"


def _backend_cpu() -> float:
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_backend_pid()")
        pid = cursor.fetchone()[0]
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _run(name: str, seconds: float, step: Callable[[], None], baseline: float | None) -> float:
    """Call `step` for `seconds`; print its figures (and against `baseline`); returns its p50."""
    took: list[float] = []
    cpu, pg = time.process_time(), _backend_cpu()
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        began = time.perf_counter()
        step()
        took.append(time.perf_counter() - began)
    n = len(took)
    cpu_ms = (time.process_time() - cpu) / n * 1000
    pg_ms = (_backend_cpu() - pg) / n * 1000
    took.sort()
    p50, p95 = statistics.median(took) * 1000, took[int(n * 0.95)] * 1000
    line = (
        f"{name:<10} n={n:>7}  p50={p50:.3f} ms  p95={p95:.3f} ms  "
        f"CPU {cpu_ms:.3f} ms + PostgreSQL {pg_ms:.3f} ms"
    )
    if baseline is not None:
        line += f"  -> routing adds {p50 - baseline:.3f} ms (p50)"
    print(line, flush=True)
    return p50


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--tenants", type=int, default=1000)
    parser.add_argument("--seconds", type=float, default=15.0)
    args = parser.parse_args()
    seconds = max(args.seconds, 15.0)
    hosts = dict(
        Domain.objects.filter(tenant__schema_name__startswith=PREFIX, is_primary=True)
        .order_by("tenant__schema_name")
        .values_list("domain", "tenant__schema_name")[: args.tenants]
    )
    if len(hosts) < args.tenants:
        wanted = f'BENCH_ARGS="--tenants {args.tenants}"'
        sys.exit(f"only {len(hosts)} bench tenants: run `make bench-tenants {wanted}` first")
    with connection.cursor() as cursor:
        cursor.execute("SELECT count(*) FROM pg_class")
        relations = cursor.fetchone()[0]
        cursor.execute("SHOW shared_buffers")
        buffers = cursor.fetchone()[0]
    print(
        f"configuration: {len(hosts)} tenants ({relations} relations), {os.cpu_count()} CPUs, one connection "
        f"(CONN_MAX_AGE={settings.DATABASES['default']['CONN_MAX_AGE']}), shared_buffers={buffers}, "
        f"{seconds:.0f} s per case"
    )
    middleware = TenantRoutingMiddleware(lambda request: HttpResponse())
    factory = RequestFactory()
    names = list(hosts)
    one = names[0]

    # Built once: the timed part is the routing and the query, not the test client's request object.
    requests = {host: factory.get("/api/v1/me", HTTP_HOST=host) for host in names}

    def request(host: str) -> None:
        refused = middleware.process_request(requests[host])
        if refused is not None or current_schema() != hosts[host]:
            sys.exit(f"BROKEN: {host} was routed to {current_schema()!r} ({refused})")
        with connection.cursor() as cursor:
            cursor.execute(QUERY)

    def plain() -> None:
        with connection.cursor() as cursor:
            cursor.execute(QUERY)

    request(one)  # the connection is in that tenant; warm every tenant's table once
    for host in names:
        request(host)
    request(one)
    baseline = _run("baseline", seconds, plain, None)
    _run("one host", seconds, lambda: request(one), baseline)
    _run("any host", seconds, lambda: request(random.choice(names)), baseline)


if __name__ == "__main__":
    main()
