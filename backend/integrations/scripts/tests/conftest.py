"""Fixtures of the scripts tests."""

from __future__ import annotations

import socket
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from django_tenants.utils import schema_context

from integrations.scripts import tasks as script_tasks
from integrations.scripts.sandbox import ScriptLimits, isolation_problem
from integrations.scripts.tests.factories import BOGUS, ROUTE, SPIN, STAMP, spend_workflow, submit, upload


@pytest.fixture
def world(make_user: Any, login: Any) -> Iterator[Any]:
    make_user("it", "alice")
    make_user("it", "lead")
    admin = login("it", "root", admin=True)
    with schema_context("it"):
        yield admin


@pytest.fixture
def crew(world, make_user):
    """`world` (its admin's client) and carol, who handles the facilities branch of the onboarding flow."""
    make_user("it", "carol")
    return world


@pytest.fixture(scope="module")
def isolation_works() -> None:
    """Bubblewrap must work where the isolation tests run (they say so rather than skip)."""
    problem = isolation_problem()
    assert problem is None, f"bubblewrap must work here (tools/ensure_sandbox.sh): {problem}"


@pytest.fixture
def routed(world):
    """`stamp` on submit and `route` on entering triage; a big (500) and a small (5) ticket."""
    admin = world
    upload(admin, "stamp", STAMP)
    route = upload(admin, "route", ROUTE)
    workflow = spend_workflow(state_scripts=["route"])
    big, small = submit(workflow, 500), submit(workflow, 5)
    return {"admin": admin, "route": route, "big": big, "small": small}


@pytest.fixture
def failing(world, monkeypatch):
    """A ticket whose triage runs `spin` (a runaway loop), `bogus` (an unknown transition), `missing`
    (deleted after publishing) and `idle` (inactive); `stamp` runs on submit."""
    monkeypatch.setattr(script_tasks, "LIMITS", ScriptLimits(cpu_seconds=1, wall_seconds=3))
    admin = world
    upload(admin, "stamp", STAMP)
    upload(admin, "spin", SPIN)
    upload(admin, "bogus", BOGUS)
    idle = upload(admin, "idle", "print('{}')\n")
    admin.patch(f"/api/v1/scripts/{idle['id']}", {"is_active": False}, content_type="application/json")
    missing = upload(admin, "missing", "print('{}')\n")
    workflow = spend_workflow(state_scripts=["spin", "bogus", "missing", "idle"])
    # Deleted after publishing (publishing refuses an unknown script): noted at run time.
    assert admin.delete(f"/api/v1/scripts/{missing['id']}").status_code == 204
    return submit(workflow, 10)


@pytest.fixture
def host_listeners(tmp_path: Path) -> Iterator[dict[str, Any]]:
    """A TCP server on all interfaces, a Unix socket file and an abstract socket, on the host."""
    tcp = socket.create_server(("0.0.0.0", 0))  # on every interface: the point is to be reachable
    unix = socket.socket(socket.AF_UNIX)
    unix.bind(str(tmp_path / "host.sock"))
    abstract = socket.socket(socket.AF_UNIX)
    abstract_name = f"loonflow-test-{uuid.uuid4().hex[:8]}"
    abstract.bind("\0" + abstract_name)
    for server in (tcp, unix, abstract):
        server.listen()
        server.setblocking(False)
    with tcp, unix, abstract:
        yield {
            "port": tcp.getsockname()[1],
            "unix": str(tmp_path / "host.sock"),
            "abstract": abstract_name,
            "servers": (tcp, unix, abstract),
        }
