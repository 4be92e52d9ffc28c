"""The API behind a real PgBouncer in session pooling mode (DATABASE_POOL_MODE=pgbouncer-session).

Two tenants are read and written by many concurrent requests through gunicorn, while PgBouncer
has only two server connections for all of them. Each server connection serves both tenants in
turn, so a `search_path` left over from one tenant would show up as the other tenant's data, a 401
(the token is unknown in the wrong schema) or a user created in the wrong schema. Nothing of the
kind may happen. (The same load under transaction pooling, tried by hand, got 269 of 300 requests
wrong or stuck: that is why the settings refuse that mode, tests/test_production.py.)

No `django_db` mark: gunicorn only sees committed rows, so the fixture commits its own and removes
them afterwards.
"""

from __future__ import annotations

import json
import os
import pwd
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import quote

import psycopg2
import pytest
from django.conf import settings
from django.db import connection
from django_tenants.utils import schema_context

from conftest import free_port, host_of

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
POOL_SIZE = 2
KEYS = ("it", "hr")


def _wait_port(port: int, process: subprocess.Popen[bytes], what: str) -> None:
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        assert process.poll() is None, (
            f"{what} exited: {process.stderr.read().decode() if process.stderr else ''}"
        )
        with socket.socket() as sock:
            if sock.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.1)
    raise AssertionError(f"{what} did not start")


def _password_part() -> str:
    password = connection.settings_dict["PASSWORD"]
    return f":{quote(password, safe='')}" if password else ""


@dataclass
class Stack:
    base: str
    bouncer_port: int
    tokens: dict[str, str]


def _start_pgbouncer(folder: Path) -> tuple[subprocess.Popen[bytes], int]:
    binary = os.environ.get("PGBOUNCER_PATH") or shutil.which("pgbouncer") or "/usr/sbin/pgbouncer"
    if not Path(binary).exists():
        pytest.fail("pgbouncer is not installed (tools/ensure_servers.sh, run by `make pytest`, installs it)")
    db = connection.settings_dict
    # Over TCP: the suite may reach PostgreSQL by a Unix socket in a folder `nobody` cannot enter.
    host = db["HOST"] if db["HOST"] and not db["HOST"].startswith("/") else "127.0.0.1"
    port = free_port()
    user = db["USER"] or "postgres"
    password = db["PASSWORD"] or ""
    # PgBouncer logs in to PostgreSQL with the password from its auth file, and asks its own clients
    # for the same one (a server that takes no password, as an external one may, means trust here).
    (folder / "users.txt").write_text(f'"{user}" "{password}"\n')
    (folder / "pgbouncer.ini").write_text(
        f"""[databases]
* = host={host} port={db["PORT"] or 5432}

[pgbouncer]
listen_addr = 127.0.0.1
listen_port = {port}
unix_socket_dir =
auth_type = {"scram-sha-256" if password else "trust"}
auth_file = {folder / "users.txt"}
admin_users = {user}
pool_mode = session
server_reset_query = DISCARD ALL
default_pool_size = {POOL_SIZE}
max_client_conn = 200
ignore_startup_parameters = extra_float_digits,options
"""
    )
    # The auth file holds the database password: the folder is PgBouncer's user's alone.
    folder.chmod(0o700)
    for item in folder.iterdir():
        item.chmod(0o600)
    # PgBouncer refuses to run as root; as root, it is told to switch to an unprivileged user.
    as_user = ["-u", "nobody"] if os.geteuid() == 0 else []
    if as_user:
        nobody = pwd.getpwnam("nobody")
        for item in [folder, *folder.iterdir()]:
            os.chown(item, nobody.pw_uid, nobody.pw_gid)
    process = subprocess.Popen(
        [binary, "-q", *as_user, str(folder / "pgbouncer.ini")],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    _wait_port(port, process, "pgbouncer")
    return process, port


@pytest.fixture(scope="module")
def stack(django_db_setup: None, django_db_blocker: Any) -> Iterator[Stack]:
    from core.access.models import App, User
    from core.access.services import app_create, app_token_issue

    # Not under pytest's own temporary folder: PgBouncer may run as `nobody`, who must read this one.
    folder = Path(tempfile.mkdtemp(prefix="loonflow-pgbouncer-"))
    tokens: dict[str, str] = {}
    with django_db_blocker.unblock():
        for key in KEYS:
            with schema_context(key):
                User.objects.filter(username__startswith="pgb_").delete()
                App.objects.filter(name=f"pgb-{key}").delete()
                app = app_create(name=f"pgb-{key}", scopes=["admin"])
                tokens[key] = app_token_issue(app=app)[1].plaintext
                User.objects.create(username=f"pgb_marker_{key}", display_name=f"Marker of {key}")
        connection.set_schema_to_public()
        bouncer, bouncer_port = _start_pgbouncer(folder)
        port = free_port()
        name = connection.settings_dict["NAME"]
        user = connection.settings_dict["USER"] or "postgres"
        env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "config.settings.test",
            "DATABASE_URL": f"postgres://{user}{_password_part()}@127.0.0.1:{bouncer_port}/{name}",
            "DATABASE_POOL_MODE": "pgbouncer-session",
            "REDIS_URL": settings.REDIS_URL,
            "GUNICORN_BIND": f"127.0.0.1:{port}",
            "WEB_CONCURRENCY": "3",
            "GUNICORN_THREADS": "4",
            "GUNICORN_ACCESS_LOG": "0",
            "PROMETHEUS_MULTIPROC_DIR": str(folder / "metrics"),
            "LOG_LEVEL": "WARNING",
        }
        server = subprocess.Popen(
            [str(BIN / "gunicorn"), "-c", "config/gunicorn.py", "config.wsgi"],
            cwd=ROOT / "backend",
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        try:
            _wait_port(port, server, "gunicorn")
            yield Stack(base=f"http://127.0.0.1:{port}", bouncer_port=bouncer_port, tokens=tokens)
        finally:
            server.terminate()
            server.wait(timeout=30)
            bouncer.terminate()
            bouncer.wait(timeout=10)
            for key in KEYS:
                with schema_context(key):
                    User.objects.filter(username__startswith="pgb_").delete()
                    App.objects.filter(name=f"pgb-{key}").delete()
            connection.set_schema_to_public()
            shutil.rmtree(folder, ignore_errors=True)


def _call(
    stack: Stack, key: str, method: str, path: str, body: dict[str, Any] | None = None
) -> tuple[int, Any]:
    request = urllib.request.Request(
        stack.base + path,
        method=method,
        data=json.dumps(body).encode() if body is not None else None,
        headers={
            "Host": host_of(key),
            "Authorization": f"Bearer {stack.tokens[key]}",
            "Content-Type": "application/json",
        },
    )
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read() or b"null")


def _work(stack: Stack, index: int) -> tuple[str, str, int, Any]:
    key = KEYS[index % 2]
    if index % 5 == 0:
        status, body = _call(stack, key, "POST", "/api/v1/users", {"username": f"pgb_new_{key}_{index}"})
        return key, "write", status, body
    status, body = _call(stack, key, "GET", "/api/v1/users?q=pgb_&limit=200")
    return key, "read", status, body


def _problems(stack: Stack) -> list[Any]:
    with ThreadPoolExecutor(max_workers=12) as pool:
        results = list(pool.map(lambda index: _work(stack, index), range(300)))
    problems: list[Any] = []
    for key, kind, status, body in results:
        other = KEYS[1 - KEYS.index(key)]
        if kind == "write":
            if status != 201:
                problems.append((key, kind, status, body))
            continue
        names = {user["username"] for user in body.get("items", [])} if status == 200 else set()
        if status != 200 or f"pgb_marker_{key}" not in names or any(other in name for name in names):
            problems.append((key, kind, status, sorted(names)))
    return problems


def test_session_pooling_shares_two_server_connections_without_mixing_tenants(stack: Stack) -> None:
    assert _problems(stack) == []

    # Every user created through PgBouncer landed in its own tenant's schema.
    written = {key: {f"pgb_new_{key}_{i}" for i in range(0, 300, 5) if KEYS[i % 2] == key} for key in KEYS}
    from core.access.models import User

    for key in KEYS:
        with schema_context(key):
            created = set(
                User.objects.filter(username__startswith="pgb_new_").values_list("username", flat=True)
            )
        assert created == written[key]
    connection.set_schema_to_public()

    # And PgBouncer really did share its two server connections among the twelve gunicorn threads.
    admin = psycopg2.connect(
        host="127.0.0.1",
        port=stack.bouncer_port,
        dbname="pgbouncer",
        user="postgres",
        password=connection.settings_dict["PASSWORD"] or None,
    )
    admin.autocommit = True
    with admin.cursor() as cursor:
        cursor.execute("SHOW SERVERS")
        columns = [column[0] for column in cursor.description]
        servers = [dict(zip(columns, row, strict=True)) for row in cursor.fetchall()]
        cursor.execute("SHOW STATS")
        columns = [column[0] for column in cursor.description]
        stats = {
            row[columns.index("database")]: dict(zip(columns, row, strict=True)) for row in cursor.fetchall()
        }
    admin.close()
    name = connection.settings_dict["NAME"]
    assert 1 <= len([server for server in servers if server["database"] == name]) <= POOL_SIZE
    assert stats[name]["total_xact_count"] >= 300
