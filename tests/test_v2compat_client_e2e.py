"""An unchanged Loonflow 2.x client (tests/v2client/loonflow2_client.py, plain `requests` and md5
signatures) against the compat API served by gunicorn: it files a ticket, finds it in the approver's
duty list, handles it through the countersign and the claim to its end, and reads the flow logs.

No `django_db` mark: gunicorn only sees committed rows, so the fixture commits the vpn sample,
its people and the app in the `it` tenant and removes them afterwards.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from django.conf import settings
from django.db import connection
from django_tenants.utils import schema_context

from conftest import free_port, host_of, test_database_url

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
SCRIPT = Path(__file__).parent / "v2client" / "loonflow2_client.py"


@dataclass
class Server:
    base: str
    workflow_number: int


def _wait_port(port: int, process: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        assert process.poll() is None, process.stderr.read().decode() if process.stderr else ""
        with socket.socket() as sock:
            if sock.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.1)
    raise AssertionError("gunicorn did not start")


def _forget() -> None:
    from core.access.models import User
    from core.directory.models import Department, DirectorySyncRun
    from engine.tickets.models import SerialCounter, Ticket
    from engine.workflows.models import Workflow
    from integrations.v2compat.models import CompatApp, CompatSettings, LegacyId
    from integrations.v2compat.tests.factories import VPN_DIRECTORY

    Ticket.objects.all().delete()
    LegacyId.objects.all().delete()
    CompatApp.objects.all().delete()
    CompatSettings.objects.all().delete()
    Workflow.objects.filter(key="vpn").delete()
    SerialCounter.objects.all().delete()
    Department.objects.update(parent=None)
    Department.objects.filter(code__in=["tech", "ops"]).delete()
    DirectorySyncRun.objects.all().delete()
    User.objects.filter(username__in=[user["username"] for user in VPN_DIRECTORY["users"]]).delete()


@pytest.fixture(scope="module")
def server(django_db_setup: None, django_db_blocker: Any, tmp_path_factory: Any) -> Iterator[Server]:
    from engine.tickets.documents import published_version
    from integrations.v2compat.selectors import workflow_ids
    from integrations.v2compat.tests.factories import seed_vpn

    with django_db_blocker.unblock():
        with schema_context("it"):
            _forget()
            workflow = seed_vpn()
            published = published_version(workflow)
            assert published is not None
            number = workflow_ids(workflow, published[1]).workflow
        connection.set_schema_to_public()
        port = free_port()
        env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "config.settings.test",
            "DATABASE_URL": test_database_url(),
            "REDIS_URL": settings.REDIS_URL,
            "GUNICORN_BIND": f"127.0.0.1:{port}",
            "WEB_CONCURRENCY": "1",
            "GUNICORN_THREADS": "2",
            "GUNICORN_ACCESS_LOG": "0",
            "PROMETHEUS_MULTIPROC_DIR": str(tmp_path_factory.mktemp("metrics")),
            "LOG_LEVEL": "WARNING",
        }
        process = subprocess.Popen(
            [str(BIN / "gunicorn"), "-c", "config/gunicorn.py", "config.wsgi"],
            cwd=ROOT / "backend",
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        try:
            _wait_port(port, process)
            yield Server(base=f"http://127.0.0.1:{port}", workflow_number=number)
        finally:
            process.terminate()
            process.wait(timeout=30)
            with schema_context("it"):
                _forget()
            connection.set_schema_to_public()


def test_an_unchanged_2x_client_runs_a_ticket_to_its_end(server: Server) -> None:
    from integrations.v2compat.tests.factories import APP, TOKEN

    finished = subprocess.run(
        [sys.executable, str(SCRIPT), server.base, host_of("it"), APP, TOKEN, str(server.workflow_number)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert finished.returncode == 0, finished.stderr
    summary = json.loads(finished.stdout)
    assert summary["in_duty_list"] is True
    assert summary["act_state_id"] == 4
    assert summary["state_name"] == "结束"
    assert summary["flow"] == [
        ["lilei", "提交", "请尽快处理"],
        ["zhangsan", "同意", "同意"],
        ["admin", "同意", "同意"],
        ["lisi", "接单操作", ""],
        ["lisi", "完成", "已开通"],
    ]
    # Our own records say which 2.x app acted, for whom.
    with schema_context("it"):
        from engine.tickets.models import FlowLog, OutboxEvent

        ticket_id = summary["ticket_id"]
        apps = set(FlowLog.objects.filter(ticket_id=ticket_id).values_list("via_app", flat=True))
        assert apps == {f"v2:{APP}"}
        assert OutboxEvent.objects.filter(ticket_id=ticket_id).exists()
    connection.set_schema_to_public()
