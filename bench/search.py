"""What ticket search and the list export cost on a big tenant.

    make bench-search  (or: python tools/stack.py --profile bench exec -- python bench/search.py)

Creates a throw-away tenant, files one real leave ticket through the services, then copies it to
N tickets (default 1,000,000) in one INSERT … SELECT, each with its own title and reason drawn from
an English and a Chinese vocabulary, and its `search_text` cut as `engine.tickets.search` cuts it
(words; CJK pairs plus the last character). Then:

1. the list: p50/p95/max of `ticket_list` (the `all` list of a tenant admin, 50 rows, newest
   first unless sorted), each case repeated for `--seconds` (15): searches from a word in every row
   to a word in none (one in 0.1%, which the planner's statistics do not know), English and
   Chinese, one and two characters, words typed in part, two common words that never meet, a
   serial (by `q` and by the old `serial` filter) and the beginning of one (matching mostly old
   tickets), a search with a filter, sorted by title, a second page, and the list sorted by title
   or state without a search;
2. the CSV and the XLSX export of 100,000 rows (`--export-rows`) through the endpoint's code, with
   the process's resident memory before, every 10,000 rows and after: flat when nothing accumulates;
3. for comparison, the searches as `title ILIKE '%…%'` under a pg_trgm GIN index (what we did
   not choose; skipped with --no-trigram or when the extension is missing).

Deletes the tenant after (`--keep` leaves it, `--reuse` times a kept one again without filling).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # conftest (the sample people)
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "backend"))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.dev")

import django

django.setup()

from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django_tenants.utils import schema_context  # noqa: E402

from core.access.auth import Principal  # noqa: E402
from core.access.models import User  # noqa: E402
from core.exports import csv_lines, xlsx_response  # noqa: E402
from engine.ticketlists.selectors import export_rows  # noqa: E402
from engine.tickets import search  # noqa: E402
from engine.tickets.filters import TicketFilters  # noqa: E402
from engine.tickets.models import Ticket  # noqa: E402
from engine.tickets.selectors import ticket_list  # noqa: E402
from engine.tickets.services import ticket_create  # noqa: E402
from engine.workflows.tests.factories import LEAVE, seed_samples, user_principal  # noqa: E402
from tenants.models import Tenant  # noqa: E402
from tenants.services import tenant_create, tenant_delete  # noqa: E402

SCHEMA = "srchbench"


def _vocabulary(text: str) -> list[str]:
    return text.split()


ENGLISH = _vocabulary(
    "laptop monitor keyboard mouse printer scanner router switch server storage backup restore "
    "network firewall vpn email calendar meeting travel hotel flight train taxi visa passport "
    "contract invoice payment refund budget salary bonus expense receipt audit review approval "
    "urgent annual sick family wedding funeral maternity paternity study exam training course "
    "onboarding offboarding badge access password account license software hardware upgrade "
    "install repair replace order purchase supplier vendor quote delivery warehouse inventory"
)
CHINESE = _vocabulary(
    "请假 出差 报销 采购 合同 发票 付款 审批 会议 培训 考试 婚礼 丧假 产假 病假 年假 调休 加班 "
    "电脑 显示 键盘 鼠标 打印 网络 服务 账号 密码 权限 软件 硬件 升级 安装 维修 更换 订单 供应 "
    "仓库 库存 预算 工资 奖金 费用 收据 审计 签证 护照 酒店 机票 火车 出租 入职 离职 门禁 许可"
)


def _cleanup() -> None:
    for tenant in Tenant.objects.filter(schema_name=SCHEMA):
        tenant_delete(tenant=tenant)


# One of these per ticket (by its number): two of them are each in 10% of the tickets and never meet.
TEAMS = _vocabulary("finance legal sales support research design product quality security facilities")


def _fill(tickets: int) -> int:
    """One real ticket, then `tickets - 1` copies with their own words; returns the admin's id."""
    leave = seed_samples(("leave",))["leave"]
    ticket = ticket_create(
        workflow=leave, principal=user_principal("alice"), values=LEAVE, transition="submit"
    )
    english = "(ARRAY[" + ",".join(f"'{word}'" for word in ENGLISH) + "])"
    chinese = "(ARRAY[" + ",".join(f"'{word}'" for word in CHINESE) + "])"
    teams = "(ARRAY[" + ",".join(f"'{word}'" for word in TEAMS) + "])"
    with connection.cursor() as cursor:
        # Each row: 3 English words and 2 Chinese words (the title: 2 and 1, the reason the rest),
        # and a team word in the title.
        cursor.execute(
            f"""
            WITH picks AS (
                SELECT g,
                    {english}[1 + (hashint8(g) & 2147483647) %% {len(ENGLISH)}] AS e1,
                    {english}[1 + (hashint8(g * 7 + 1) & 2147483647) %% {len(ENGLISH)}] AS e2,
                    {english}[1 + (hashint8(g * 13 + 2) & 2147483647) %% {len(ENGLISH)}] AS e3,
                    {chinese}[1 + (hashint8(g * 17 + 3) & 2147483647) %% {len(CHINESE)}] AS c1,
                    {chinese}[1 + (hashint8(g * 19 + 4) & 2147483647) %% {len(CHINESE)}] AS c2,
                    {teams}[1 + g %% {len(TEAMS)}] AS team
                FROM generate_series(1, %s) AS g
            )
            INSERT INTO engine_ticket (serial, title, workflow_id, version_id, state_key, state_entry,
                state_entered_at, status, creator_id, "values", row_version, created_at, updated_at,
                search_text)
            SELECT 'B-' || g, e1 || ' ' || e2 || ' ' || c1 || ' ' || team, t.workflow_id, t.version_id,
                t.state_key, t.state_entry, t.state_entered_at,
                (ARRAY['draft','in_progress','returned','finished','closed'])[1 + g %% 5], t.creator_id,
                t."values" || jsonb_build_object('reason', e3 || ' ' || c2), 1,
                t.created_at - make_interval(secs => g), t.updated_at,
                'b ' || g || ' ' || e1 || ' ' || e2 || ' ' || c1 || ' ' || substr(c1, 2, 1) || ' '
                    || team || ' ' || e3 || ' ' || c2 || ' ' || substr(c2, 2, 1)
            FROM engine_ticket AS t, picks WHERE t.id = %s
            """,
            [tickets - 1, ticket.pk],
        )
        cursor.execute("ANALYZE engine_ticket")
    admin = User.objects.create(username="bench-admin", display_name="Bench admin", is_tenant_admin=True)
    return admin.pk


@dataclass
class Case:
    """One kind of list request: a search, filters, a sort, and which page."""

    label: str
    q: str | None = None
    filters: dict[str, Any] = field(default_factory=dict)
    sort: str | None = None
    second_page: bool = False

    def filters_for(self, tickets: int) -> TicketFilters:
        text = self.q.format(half=tickets // 2) if self.q else None
        values = {
            key: value.format(half=tickets // 2) if isinstance(value, str) else value
            for key, value in self.filters.items()
        }
        return TicketFilters(q=text, **values)


CASES = [
    Case("one English word (~4% of rows)", "laptop"),
    Case("a prefix of one (~4%)", "lapt"),
    Case("a rarer word (0.1%: the number 500)", "500"),
    Case("two English words (~0.1%)", "laptop monitor"),
    Case("the same two, each typed in part", "lapt moni"),
    Case("two words in 10% each, never together", "finance legal"),
    Case("a word in 4% and one in 10%", "laptop finance"),
    Case("one Chinese word (~3%)", "请假"),
    Case("one Chinese character (~3%)", "婚"),
    Case("Chinese text, two words (~0.1%)", "请假 出差"),
    Case("English and Chinese (~0.1%)", "laptop 请假"),
    Case("a serial", "B-{half}"),
    Case("a serial, the old `serial` filter", filters={"serial": "B-{half}"}),
    Case("a serial's beginning (1,111, most old)", "B-999"),
    Case("a word of every row ('b', the serials')", "b"),
    Case("a rare word (in no row)", "zebra"),
    Case("a word (4%) and status=finished", "laptop", {"status": "finished"}),
    Case("two words (0.1%) and status=finished", "laptop monitor", {"status": "finished"}),
    Case("a word (4%), sorted by title", "laptop", sort="title"),
    Case("a word (4%), second page", "laptop", second_page=True),
    Case("no search, sorted by title", sort="title"),
    Case("no search, sorted by state, descending", sort="-state_key"),
    Case("no search, sorted by title, second page", sort="title", second_page=True),
]


def _percentiles(timings: list[float]) -> str:
    timings = sorted(timings)
    p95 = timings[max(0, round(len(timings) * 0.95) - 1)]
    return (
        f"p50={statistics.median(timings) * 1000:6.1f} ms  p95={p95 * 1000:6.1f} ms  "
        f"max={timings[-1] * 1000:6.1f} ms"
    )


def _request(admin: Principal, case: Case, tickets: int) -> tuple[int, float]:
    """One list request as the API makes it (the second page: with the first page's cursor, which
    is not timed); returns the rows and the seconds it took."""
    filters = case.filters_for(tickets)
    cursor = None
    if case.second_page:
        first = ticket_list(
            principal=admin, view="all", filters=filters, cursor=None, limit=50, sort=case.sort
        )
        cursor = first.page.next_cursor
        filters = case.filters_for(tickets)
    began = time.perf_counter()
    page = ticket_list(principal=admin, view="all", filters=filters, cursor=cursor, limit=50, sort=case.sort)
    page.rows()
    return len(page.page.items), time.perf_counter() - began


def _time_search(admin: Principal, seconds: float, tickets: int, cases: list[Case]) -> None:
    print(
        f"ticket list of a tenant admin (`all`, 50 rows, newest first unless sorted), each case "
        f"repeated for {seconds:g} s; load average before: {_load()}"
    )
    every: list[float] = []
    for case in cases:
        timings: list[float] = []
        ended = time.perf_counter() + seconds
        while time.perf_counter() < ended or len(timings) < 3:
            rows, took = _request(admin, case, tickets)
            timings.append(took)
        every += timings
        print(f"  {case.label:42} {rows:3} rows  {len(timings):5} runs  {_percentiles(timings)}")
    print(f"  {'all cases':42}                 {_percentiles(every)}")
    print(f"  load average after: {_load()}")


def _load() -> str:
    return " ".join(f"{value:.2f}" for value in os.getloadavg())


def _time_trigram(rounds: int, tickets: int) -> None:
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1 FROM pg_available_extensions WHERE name = 'pg_trgm'")
        if cursor.fetchone() is None:
            print("pg_trgm is not available: trigram comparison skipped")
            return
        cursor.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public")
        began = time.perf_counter()
        cursor.execute("CREATE INDEX bench_title_trgm ON engine_ticket USING gin (title public.gin_trgm_ops)")
        print(
            f"for comparison, plain SQL (no Python): our tsvector against a pg_trgm GIN index on the "
            f"title (built in {time.perf_counter() - began:.1f} s)"
        )
        for case in CASES:
            if not case.q or case.filters or case.sort or case.second_page:
                continue
            label, text = case.label, case.q.format(half=tickets // 2)
            for name, sql, value in (
                ("tsvector @@", _BY_VECTOR, search.tsquery(text)),
                ("title ILIKE", _BY_TRIGRAM, f"%{text}%"),
            ):
                timings = []
                for _ in range(rounds):
                    began = time.perf_counter()
                    cursor.execute(sql, [value])
                    rows = cursor.fetchall()
                    timings.append(time.perf_counter() - began)
                print(f"  {name}, {label:42} {len(rows):3} rows  {_percentiles(timings)}")


_ORDER = " ORDER BY created_at DESC, id DESC LIMIT 50"
_BY_VECTOR = "SELECT id FROM engine_ticket WHERE search_vector @@ %s::tsquery" + _ORDER
_BY_TRIGRAM = "SELECT id FROM engine_ticket WHERE title ILIKE %s" + _ORDER


def _rss_mib() -> float:
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def _export_filters(rows: int) -> TicketFilters:
    """The newest `rows` tickets: a created_after bound cuts the list there."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT created_at FROM engine_ticket ORDER BY created_at DESC, id DESC OFFSET %s LIMIT 1",
            [rows - 1],
        )
        (bound,) = cursor.fetchone()
    return TicketFilters(created_after=bound)


def _time_export(admin: Principal, rows: int) -> None:
    """CSV: the lines as the response streams them; resident memory sampled every 10,000 rows."""
    filters = _export_filters(rows)
    before = _rss_mib()
    began = time.perf_counter()
    samples = []
    written = lines = 0
    for line in csv_lines(export_rows(principal=admin, view="all", filters=filters, sort=None)):
        written += len(line.encode())
        lines += 1
        if lines % 10_000 == 0:
            samples.append(_rss_mib())
    elapsed = time.perf_counter() - began
    print(
        f"CSV export of {lines - 1:,} rows: {elapsed:.1f} s ({(lines - 1) / elapsed:,.0f} rows/s), "
        f"{written / 2**20:.1f} MiB written; load average after: {_load()}"
    )
    _memory(before, samples, _rss_mib())


def _time_xlsx(admin: Principal, rows: int) -> None:
    """XLSX: the rows written into a temporary file (as the endpoint does), then read back in the
    response's chunks; memory sampled every 10,000 rows while writing, and after streaming."""
    filters = _export_filters(rows)
    samples: list[float] = []

    def sampled() -> Any:
        for index, row in enumerate(export_rows(principal=admin, view="all", filters=filters, sort=None)):
            if index and index % 10_000 == 0:
                samples.append(_rss_mib())
            yield row

    before = _rss_mib()
    began = time.perf_counter()
    response = xlsx_response(sampled(), filename="bench.xlsx", sheet="Tickets")
    wrote = time.perf_counter() - began
    size = sum(len(chunk) for chunk in response.streaming_content)
    response.close()
    elapsed = time.perf_counter() - began
    print(
        f"XLSX export of {rows:,} rows: {elapsed:.1f} s ({wrote:.1f} s writing the file, "
        f"{rows / elapsed:,.0f} rows/s), {size / 2**20:.1f} MiB streamed; load average after: {_load()}"
    )
    _memory(before, samples, _rss_mib())


def _memory(before: float, samples: list[float], after: float) -> None:
    print(
        f"  resident memory (MiB) before: {before:.0f}, every 10,000 rows: "
        + " ".join(f"{value:.0f}" for value in samples)
        + f", after: {after:.0f}"
    )
    if len(samples) > 1:
        print(
            f"  growth from the first sample in the export to the last: {samples[-1] - samples[0]:+.1f} MiB"
        )


def _machine() -> None:
    with connection.cursor() as cursor:
        cursor.execute("SHOW server_version")
        (version,) = cursor.fetchone()
        cursor.execute("SELECT pg_size_pretty(pg_total_relation_size('engine_ticket'))")
        (size,) = cursor.fetchone()
    print(
        f"machine: {os.cpu_count()} cores, load average {_load()}; PostgreSQL {version} (bench profile: "
        f"fsync on, default shared_buffers); engine_ticket with its indexes: {size}"
    )


def _chosen(texts: list[str] | None) -> list[Case]:
    """The cases whose label contains one of `texts` (all of them without any); none: an error."""
    if not texts:
        return CASES
    chosen = [case for case in CASES if any(text.casefold() in case.label.casefold() for text in texts)]
    if not chosen:
        sys.exit(f"no case's label contains any of {texts!r}")
    return chosen


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--tickets", type=int, default=1_000_000)
    parser.add_argument("--seconds", type=float, default=15, help="how long each case is repeated")
    parser.add_argument("--export-rows", type=int, default=100_000)
    parser.add_argument("--no-trigram", action="store_true")
    parser.add_argument("--trigram-rounds", type=int, default=5)
    parser.add_argument("--keep", action="store_true", help="keep the tenant (to look at plans after)")
    parser.add_argument("--reuse", action="store_true", help="time the tenant a --keep run left")
    parser.add_argument(
        "--cases", nargs="+", metavar="TEXT", help="time only the cases whose label contains one of these"
    )
    args = parser.parse_args()
    cases = _chosen(args.cases)

    call_command("bootstrap", verbosity=0)
    if not args.reuse:
        _cleanup()
        tenant_create(key=SCHEMA, name="Search bench")
    try:
        with schema_context(SCHEMA):
            if args.reuse:
                admin_id = User.objects.get(username="bench-admin").pk
                args.tickets = Ticket.objects.count()
            else:
                started = time.perf_counter()
                admin_id = _fill(args.tickets)
                print(
                    f"filled {args.tickets:,} tickets in {time.perf_counter() - started:.1f} s",
                    file=sys.stderr,
                )
            admin = Principal(user=User.objects.get(pk=admin_id))
            _machine()
            _time_search(admin, 0.5, args.tickets, cases)  # warm the caches
            _time_search(admin, args.seconds, args.tickets, cases)
            if args.export_rows:
                _time_export(admin, args.export_rows)
                _time_xlsx(admin, args.export_rows)
            if not args.no_trigram:
                _time_trigram(args.trigram_rounds, args.tickets)
    finally:
        if not args.keep:
            _cleanup()


if __name__ == "__main__":
    main()
