"""What the agent tools add to an API call: p50/p95 of sequential calls, straight to the API (the
Python client) and through the MCP server (the SDK's client), against a running `make run`.

    .venv/bin/python bench/agent_tools.py --token lft_… [--user lead] [--calls 50]
        [--api http://127.0.0.1:8000] [--mcp http://127.0.0.1:8765/mcp] [--tenant it.localhost]

The token is an app token with the "act for users" grant (the demo's `demo-app` token, printed by the
first `make run`); `--user` names the person (default: lead, who has a to-do in the demo).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import anyio
import httpx2

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "clients" / "python"))

from loonflow_client import LoonflowClient
from loonflow_client.generated.api.tickets import engine_tickets_reads_list_tickets as list_tickets
from loonflow_client.generated.api.tickets import engine_tickets_reads_ticket_detail as detail
from mcp import Client
from mcp.client.streamable_http import streamable_http_client


def _figures(name: str, seconds: list[float]) -> None:
    ordered = sorted(seconds)
    p95 = ordered[max(0, int(len(ordered) * 0.95) - 1)]
    print(f"{name:<34} p50 {statistics.median(ordered) * 1000:7.1f} ms   p95 {p95 * 1000:7.1f} ms")


def _timed_sync(calls: int, work: Callable[[], Any]) -> list[float]:
    work()  # warm up
    seconds = []
    for _ in range(calls):
        start = time.perf_counter()
        work()
        seconds.append(time.perf_counter() - start)
    return seconds


async def _timed(calls: int, work: Callable[[], Awaitable[Any]]) -> list[float]:
    await work()
    seconds = []
    for _ in range(calls):
        start = time.perf_counter()
        await work()
        seconds.append(time.perf_counter() - start)
    return seconds


async def _through_mcp(args: argparse.Namespace, ticket_id: int) -> None:
    headers = {
        "Authorization": f"Bearer {args.token}",
        "X-Acting-User": args.user,
        "X-Loonflow-Host": args.tenant,
    }
    http = httpx2.AsyncClient(headers=headers, timeout=httpx2.Timeout(60))
    async with Client(streamable_http_client(args.mcp, http_client=http), cache=None) as client:

        async def todo() -> None:
            result = await client.call_tool("my_todo", {})
            assert not result.is_error, result.content

        async def ticket() -> None:
            result = await client.call_tool("get_ticket", {"ticket_id": ticket_id})
            assert not result.is_error, result.content

        async def schemas() -> None:
            await client.list_resources()

        _figures("MCP my_todo", await _timed(args.calls, todo))
        _figures("MCP get_ticket (3 API calls)", await _timed(args.calls, ticket))
        _figures("MCP resources/list (1 + n calls)", await _timed(args.calls, schemas))

    async def connect() -> None:
        http = httpx2.AsyncClient(headers=headers, timeout=httpx2.Timeout(60))
        async with Client(streamable_http_client(args.mcp, http_client=http), cache=None) as opened:
            await opened.list_tools()

    _figures("MCP connect + tools/list", await _timed(max(5, args.calls // 5), connect))


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--token", required=True)
    parser.add_argument("--user", default="lead")
    parser.add_argument("--calls", type=int, default=50)
    parser.add_argument("--api", default="http://127.0.0.1:8000")
    parser.add_argument("--mcp", default="http://127.0.0.1:8765/mcp")
    parser.add_argument("--tenant", default="it.localhost")
    args = parser.parse_args()
    with LoonflowClient(args.api, args.token, host=args.tenant, acting_user=args.user) as api:
        page = list_tickets.sync(client=api.api, view="todo")
        items = getattr(page, "items", None)
        if not items:
            sys.exit(f"{args.user}'s to-do is empty (or the API refused): {page!r}")
        ticket_id = items[0].id
        _figures(
            "API GET /tickets?view=todo",
            _timed_sync(args.calls, lambda: list_tickets.sync(client=api.api, view="todo")),
        )
        _figures(
            "API GET /tickets/{id}", _timed_sync(args.calls, lambda: detail.sync(ticket_id, client=api.api))
        )
    anyio.run(_through_mcp, args, ticket_id)


if __name__ == "__main__":
    main()
