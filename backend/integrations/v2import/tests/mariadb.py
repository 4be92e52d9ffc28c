"""A real MariaDB server (Debian's mariadbd) for the MySQL-source tests: its own process on a free
loopback port with a temporary data directory, started once per session (the machine has 2 cores).
`tools/ensure_mariadb.sh` installs it (the Makefile's pytest target runs it); without it these tests
fail, they do not skip.

The importer connects as `loonflow_ro`, which may only SELECT; the fixture builds each database as
root over the server's unix socket."""

from __future__ import annotations

import os
import secrets
import shutil
import subprocess
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pymysql
import pytest

from conftest import free_port
from integrations.v2import.tests import loonflow2db

READER = "loonflow_ro"
# URL-quoted in the source URL; its characters would break an unquoted one.
READER_PASSWORD = "ro:p@ss/w0rd#7"
# An account that may write: the importer's own session must refuse writes even with it.
WRITER = "loonflow_rw"
WRITER_PASSWORD = "rw-secret-3"
# Not the importer's zone (Asia/Shanghai): a naive datetime(6) must not be read in the server's zone.
SERVER_TIME_ZONE = "-05:00"


def _binary(name: str, env: str) -> str:
    path = os.environ.get(env) or shutil.which(name) or f"/usr/sbin/{name}"
    if not os.access(path, os.X_OK):
        pytest.fail(f"{name} is not installed: run tools/ensure_mariadb.sh (make pytest does)")
    return path


class MariaDB:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.port = free_port()
        self.socket = str(root / "mariadb.sock")
        self.root_password = secrets.token_urlsafe(16)
        self.process: subprocess.Popen[bytes] | None = None

    def _options(self) -> list[str]:
        as_root = ["--user=root"] if os.geteuid() == 0 else []  # mariadbd refuses root unless told
        return [
            "--no-defaults",  # never the system's /etc/mysql configuration
            *as_root,
            f"--datadir={self.root / 'data'}",
            "--innodb-buffer-pool-size=16M",
            "--innodb-log-file-size=4M",
        ]

    def start(self) -> None:
        install = [_binary("mariadb-install-db", "MARIADB_INSTALL_DB_PATH"), *self._options()]
        install += ["--auth-root-authentication-method=normal", "--skip-test-db"]
        done = subprocess.run(install, capture_output=True, timeout=120, check=False)
        if done.returncode:
            raise RuntimeError(f"mariadb-install-db failed: {done.stderr.decode(errors='replace')[-2000:]}")
        server = [_binary("mariadbd", "MARIADBD_PATH"), *self._options()]
        server += [
            "--bind-address=127.0.0.1",
            f"--port={self.port}",
            f"--socket={self.socket}",
            f"--pid-file={self.root / 'mariadbd.pid'}",
            f"--log-error={self.root / 'error.log'}",
            "--skip-name-resolve",
            "--performance-schema=OFF",
            "--innodb-flush-log-at-trx-commit=2",
            "--character-set-server=utf8mb4",
            "--collation-server=utf8mb4_unicode_ci",
            f"--default-time-zone={SERVER_TIME_ZONE}",
        ]
        self.process = subprocess.Popen(server, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        self._wait_ready()
        self._secure()

    def _wait_ready(self) -> None:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.process is not None and self.process.poll() is not None:
                log = (self.root / "error.log").read_text(errors="replace")[-2000:]
                raise RuntimeError(f"mariadbd exited: {log}")
            try:
                pymysql.connect(unix_socket=self.socket, user="root", connect_timeout=2).close()
                return
            except pymysql.err.OperationalError:
                time.sleep(0.1)
        raise RuntimeError("mariadbd did not start within 60 s")

    def _secure(self) -> None:
        """Root only on the socket, with a password; the other accounts only on loopback TCP."""
        conn = pymysql.connect(unix_socket=self.socket, user="root", autocommit=True)
        with conn, conn.cursor() as cursor:
            cursor.execute("SELECT host FROM mysql.user WHERE user = 'root' AND host <> 'localhost'")
            for (host,) in cursor.fetchall():
                cursor.execute("DROP USER 'root'@%s", (host,))
            cursor.execute("ALTER USER 'root'@'localhost' IDENTIFIED BY %s", (self.root_password,))
            for user, password in ((READER, READER_PASSWORD), (WRITER, WRITER_PASSWORD)):
                cursor.execute(f"CREATE USER '{user}'@'127.0.0.1' IDENTIFIED BY %s", (password,))

    def admin(self, database: str | None = None) -> Any:
        """A root connection (writes allowed), over the socket."""
        return pymysql.connect(
            unix_socket=self.socket,
            user="root",
            password=self.root_password,
            database=database,
            charset="utf8mb4",
        )

    def url(self, database: str, *, user: str = READER, password: str = READER_PASSWORD) -> str:
        return f"mysql://{user}:{quote(password, safe='')}@127.0.0.1:{self.port}/{database}"

    def create_source(self, name: str, rows: dict[str, list[dict[str, Any]]] | None = None) -> str:
        """A fresh 2.x database `name` holding `rows` (default loonflow2db.ROWS): the reader's URL."""
        with self.admin() as conn, conn.cursor() as cursor:
            cursor.execute(f"DROP DATABASE IF EXISTS {name}")
            cursor.execute(f"CREATE DATABASE {name} CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci")
            cursor.execute(f"GRANT SELECT ON {name}.* TO '{READER}'@'127.0.0.1'")
            cursor.execute(f"GRANT ALL ON {name}.* TO '{WRITER}'@'127.0.0.1'")
        with self.admin(name) as conn:
            with conn.cursor() as cursor:
                loonflow2db.build(cursor, "mysql", rows=rows)
            conn.commit()
        return self.url(name)

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()  # a clean shutdown
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


def serve() -> Iterator[MariaDB]:
    root = Path(tempfile.mkdtemp(prefix="loonflow-mariadb-"))
    server = MariaDB(root)
    try:
        server.start()
        yield server
    finally:
        server.stop()
        shutil.rmtree(root, ignore_errors=True)
