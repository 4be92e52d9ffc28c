"""What ticket search and the list export cost on a big tenant.

    make bench-search  (or: python tools/stack.py --profile bench exec -- python bench/search.py)

Creates a throw-away tenant, files one real leave ticket through the services, then copies it to
N tickets (default 1,000,000) in one INSERT … SELECT, each with its own title and reason drawn from
an English and a Chinese vocabulary, and its `search_text` cut as `engine.tickets.search` cuts it
(words; CJK pairs plus the last character). Then:

1. full-text search: p50/p95/max of `ticket_list` (the `all` list of a tenant admin, 50 rows,
   newest first) for searches from a word in every row to a word in none, English and Chinese,
   one and two characters, and a serial;
2. for comparison, the same searches as `title ILIKE '%…%'` under a pg_trgm GIN index (what we did
   not choose; skipped with --no-trigram or when the extension is missing);
3. the CSV export of 100,000 rows (`--export-rows`) through the endpoint's generator, with the
   process's resident memory sampled every 10,000 rows: flat when nothing accumulates.

Deletes the tenant after.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

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
from core.exports import csv_lines  # noqa: E402
from engine.ticketlists.selectors import export_rows  # noqa: E402
from engine.tickets import search  # noqa: E402
from engine.tickets.filters import TicketFilters  # noqa: E402
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


def _fill(tickets: int) -> int:
    """One real ticket, then `tickets - 1` copies with their own words; returns the admin's id."""
    leave = seed_samples(("leave",))["leave"]
    ticket = ticket_create(
        workflow=leave, principal=user_principal("alice"), values=LEAVE, transition="submit"
    )
    english = "(ARRAY[" + ",".join(f"'{word}'" for word in ENGLISH) + "])"
    chinese = "(ARRAY[" + ",".join(f"'{word}'" for word in CHINESE) + "])"
    with connection.cursor() as cursor:
        # Each row: 3 English words and 2 Chinese words (the title: 2 and 1, the reason the rest).
        cursor.execute(
            f"""
            WITH picks AS (
                SELECT g,
                    {english}[1 + (hashint8(g) & 2147483647) %% {len(ENGLISH)}] AS e1,
                    {english}[1 + (hashint8(g * 7 + 1) & 2147483647) %% {len(ENGLISH)}] AS e2,
                    {english}[1 + (hashint8(g * 13 + 2) & 2147483647) %% {len(ENGLISH)}] AS e3,
                    {chinese}[1 + (hashint8(g * 17 + 3) & 2147483647) %% {len(CHINESE)}] AS c1,
                    {chinese}[1 + (hashint8(g * 19 + 4) & 2147483647) %% {len(CHINESE)}] AS c2
                FROM generate_series(1, %s) AS g
            )
            INSERT INTO engine_ticket (serial, title, workflow_id, version_id, state_key, state_entry,
                state_entered_at, status, creator_id, "values", row_version, created_at, updated_at,
                search_text)
            SELECT 'B-' || g, e1 || ' ' || e2 || ' ' || c1, t.workflow_id, t.version_id, t.state_key,
                t.state_entry, t.state_entered_at,
                (ARRAY['draft','in_progress','returned','finished','closed'])[1 + g %% 5], t.creator_id,
                t."values" || jsonb_build_object('reason', e3 || ' ' || c2), 1,
                t.created_at - make_interval(secs => g), t.updated_at,
                'b ' || g || ' ' || e1 || ' ' || e2 || ' ' || c1 || ' ' || substr(c1, 2, 1) || ' '
                    || e3 || ' ' || c2 || ' ' || substr(c2, 2, 1)
            FROM engine_ticket AS t, picks WHERE t.id = %s
            """,
            [tickets - 1, ticket.pk],
        )
        cursor.execute("ANALYZE engine_ticket")
    admin = User.objects.create(username="bench-admin", display_name="Bench admin", is_tenant_admin=True)
    return admin.pk


SEARCHES = {
    "one English word (~4% of rows)": "laptop",
    "a prefix of one (~4%)": "lapt",
    "two English words (~0.1%)": "laptop monitor",
    "one Chinese word (~3%)": "请假",
    "one Chinese character (~3%)": "婚",
    "English and Chinese (~0.1%)": "laptop 请假",
    "a serial": "B-{half}",
    "a word of every row ('b', the serials')": "b",
    "in no row": "zebra",
}


def _percentiles(timings: list[float]) -> str:
    timings = sorted(timings)
    p95 = timings[max(0, round(len(timings) * 0.95) - 1)]
    return (
        f"p50={statistics.median(timings) * 1000:6.1f} ms  p95={p95 * 1000:6.1f} ms  "
        f"max={timings[-1] * 1000:6.1f} ms"
    )


def _time_search(admin: Principal, rounds: int, tickets: int) -> None:
    print(f"full-text search, `all` list of a tenant admin, 50 rows newest first, {rounds} rounds each")
    every: list[float] = []
    for label, pattern in SEARCHES.items():
        text = pattern.format(half=tickets // 2)
        timings = []
        for _ in range(rounds):
            began = time.perf_counter()
            page = ticket_list(
                principal=admin, view="all", filters=TicketFilters(q=text), cursor=None, limit=50
            )
            timings.append(time.perf_counter() - began)
        every += timings
        print(f"  {label:38} {len(page.page.items):3} rows  {_percentiles(timings)}")
    print(f"  {'all searches':38}           {_percentiles(every)}")


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
        for label, pattern in SEARCHES.items():
            text = pattern.format(half=tickets // 2)
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
                print(f"  {name}, {label:38} {len(rows):3} rows  {_percentiles(timings)}")


_ORDER = " ORDER BY created_at DESC, id DESC LIMIT 50"
_BY_VECTOR = "SELECT id FROM engine_ticket WHERE search_vector @@ %s::tsquery" + _ORDER
_BY_TRIGRAM = "SELECT id FROM engine_ticket WHERE title ILIKE %s" + _ORDER


def _rss_mib() -> float:
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def _time_export(admin: Principal, rows: int) -> None:
    # The newest `rows` tickets: a created_before bound cuts the list there.
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT created_at FROM engine_ticket ORDER BY created_at DESC, id DESC OFFSET %s LIMIT 1",
            [rows - 1],
        )
        (bound,) = cursor.fetchone()
    filters = TicketFilters(created_after=bound)
    began = time.perf_counter()
    samples = [_rss_mib()]
    written = lines = 0
    for line in csv_lines(export_rows(principal=admin, view="all", filters=filters, sort=None)):
        written += len(line.encode())
        lines += 1
        if lines % 10_000 == 0:
            samples.append(_rss_mib())
    elapsed = time.perf_counter() - began
    print(
        f"CSV export of {lines - 1:,} rows: {elapsed:.1f} s ({(lines - 1) / elapsed:,.0f} rows/s), "
        f"{written / 2**20:.1f} MiB written"
    )
    print("  resident memory (MiB) every 10,000 rows: " + " ".join(f"{value:.0f}" for value in samples))
    if len(samples) > 2:
        print(
            f"  growth from the first sample in the export to the last: {samples[-1] - samples[1]:+.1f} MiB"
        )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--tickets", type=int, default=1_000_000)
    parser.add_argument("--rounds", type=int, default=20)
    parser.add_argument("--export-rows", type=int, default=100_000)
    parser.add_argument("--no-trigram", action="store_true")
    parser.add_argument("--trigram-rounds", type=int, default=5)
    parser.add_argument("--keep", action="store_true", help="keep the tenant (to look at plans after)")
    parser.add_argument("--reuse", action="store_true", help="time the tenant a --keep run left")
    args = parser.parse_args()

    call_command("bootstrap", verbosity=0)
    _cleanup()
    tenant_create(key=SCHEMA, name="Search bench")
    try:
        with schema_context(SCHEMA):
            started = time.perf_counter()
            admin_id = _fill(args.tickets)
            print(
                f"filled {args.tickets:,} tickets in {time.perf_counter() - started:.1f} s", file=sys.stderr
            )
            admin = Principal(user=User.objects.get(pk=admin_id))
            _time_search(admin, 3, args.tickets)  # warm the caches
            _time_search(admin, args.rounds, args.tickets)
            if args.export_rows:
                _time_export(admin, args.export_rows)
            if not args.no_trigram:
                _time_trigram(args.trigram_rounds, args.tickets)
    finally:
        if not args.keep:
            _cleanup()


if __name__ == "__main__":
    main()
