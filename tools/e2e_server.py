"""A throw-away Loonflow for the SPA's end-to-end suite: fresh database, demo seed, gunicorn.

    python tools/e2e_server.py [--port N]

Runs inside `tools/stack.py exec` (DATABASE_URL, REDIS_URL). Creates its own database beside the
one in DATABASE_URL (`<name>_e2e_<pid>`, so concurrent runs don't meet), runs `bootstrap` and
`seed_demo` (tenants `it` and `hr`, users admin/lead/alice/bob/carol, password `loonflow`), serves the
built SPA and the API on 127.0.0.1:<port> with a Dramatiq worker beside it, prints
`READY http://localhost:<port>` and keeps serving until SIGTERM/SIGINT, then drops the database.
"""

from __future__ import annotations

import argparse
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from urllib.parse import urlparse, urlunparse

ROOT = Path(__file__).resolve().parent.parent
BACKEND = ROOT / "backend"
BIN = Path(sys.executable).parent


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _admin_connection(url: str):  # type: ignore[no-untyped-def]
    import psycopg2

    sys.path.insert(0, str(BACKEND))
    from config.env import database_from_url

    db = database_from_url(url)
    conn = psycopg2.connect(
        host=db["HOST"],
        port=db["PORT"] or None,
        user=db["USER"],
        password=db["PASSWORD"] or None,
        dbname="postgres",
    )
    conn.autocommit = True
    return conn


def _with_database(url: str, name: str) -> str:
    parsed = urlparse(url)
    return urlunparse(parsed._replace(path=f"/{name}"))


def _own_redis_db(url: str, db: int) -> str:
    import redis

    parsed = urlparse(url)
    if parsed.scheme == "unix":  # the path names the socket; the database goes in the query
        query = [item for item in parsed.query.split("&") if item and not item.startswith("db=")]
        own = urlunparse(parsed._replace(query="&".join([*query, f"db={db}"])))
    else:
        own = urlunparse(parsed._replace(path=f"/{db}"))
    redis.Redis.from_url(own).flushdb()
    return own


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, default=0)
    args = parser.parse_args()
    port = args.port or _free_port()
    base_url = os.environ["DATABASE_URL"]
    name = f"{urlparse(base_url).path.lstrip('/') or 'loonflow'}_e2e_{os.getpid()}"
    admin = _admin_connection(base_url)
    with admin.cursor() as cur:
        cur.execute(f'DROP DATABASE IF EXISTS "{name}"')
        cur.execute(f'CREATE DATABASE "{name}"')
    # A Redis database of its own (1-15; pytest uses 0), emptied first: login rate limits and queued
    # jobs of an earlier run must not leak into this one.
    redis_url = _own_redis_db(os.environ["REDIS_URL"], 1 + os.getpid() % 15)
    env = {
        **os.environ,
        "REDIS_URL": redis_url,
        "DATABASE_URL": _with_database(base_url, name),
        "DJANGO_SETTINGS_MODULE": "config.settings.dev",
        "DEBUG": "0",
        "PUBLIC_DOMAIN": "localhost",
        # seed_demo points the demo webhooks and CI hook at this server's own /demo/ endpoints.
        "PORT": str(port),
        # Only failed logins are throttled, but every browser of the suite is 127.0.0.1: a test that
        # types a wrong password must not slow down or lock out the rest (the limiter itself is
        # covered by pytest).
        "LOGIN_FREE_FAILURES": "1000",
        "LOGIN_ADDRESS_MAX_FAILURES": "100000",
        "PYTHONUNBUFFERED": "1",
    }
    server: subprocess.Popen[bytes] | None = None
    worker: subprocess.Popen[bytes] | None = None
    stopping = False

    def stop(_signum: int, _frame: object) -> None:
        nonlocal stopping
        stopping = True

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    try:
        for command in (["bootstrap"], ["seed_demo"]):
            subprocess.run(
                [sys.executable, "manage.py", *command],
                cwd=BACKEND,
                env=env,
                check=True,
                stdout=subprocess.DEVNULL,
            )
        server = subprocess.Popen(
            [
                str(BIN / "gunicorn"),
                "-c",
                "config/gunicorn.py",
                "config.wsgi",
                "--bind",
                f"127.0.0.1:{port}",
                "--workers",
                "3",
                "--threads",
                "2",
            ],
            cwd=BACKEND,
            env=env,
        )
        # A real worker: webhook deliveries, notifications and hooks happen as in production.
        worker = subprocess.Popen(
            [str(BIN / "dramatiq"), "config.worker", "--processes", "1", "--threads", "2"],
            cwd=BACKEND,
            env=env,
            stdout=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 60
        while True:
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=2).read()
                break
            except OSError:
                if server.poll() is not None or time.monotonic() > deadline:
                    print("e2e server: gunicorn did not start", file=sys.stderr)
                    return 1
                time.sleep(0.2)
        print(f"READY http://localhost:{port}", flush=True)
        while not stopping and server.poll() is None:
            time.sleep(0.2)
        return 0
    finally:
        for process in (server, worker):
            if process and process.poll() is None:
                process.terminate()
        for process in (server, worker):
            if process:
                try:
                    process.wait(timeout=15)
                except subprocess.TimeoutExpired:
                    process.kill()
        with admin.cursor() as cur:
            cur.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.close()


if __name__ == "__main__":
    sys.exit(main())
