"""The sandbox against a hostile tenant admin's script: real bubblewrap runs, checked from inside
(what the script could reach: other processes, secrets, files, the network). Who it runs as, what it
starts and which system calls it may make: test_sandbox_processes.py."""

from __future__ import annotations

import os
import socket
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest

from integrations.scripts.tests.factories import (
    WORKTREE,
    fields_of,
)

pytestmark = pytest.mark.usefixtures("isolation_works")


# --- other processes and their secrets -------------------------------------------------------------


def test_no_other_process_and_no_environment_is_visible() -> None:
    fields = fields_of(
        """
        def every_environ():
            return {pid: open(f"/proc/{pid}/environ").read() for pid in os.listdir("/proc") if pid.isdigit()}

        print(json.dumps({"fields": {
            "init_environ": attempt(lambda: open("/proc/1/environ").read()),
            "parent_environ": attempt(lambda: open(f"/proc/{os.getppid()}/environ").read()),
            "every_environ": attempt(every_environ),
            "proc": attempt(lambda: os.listdir("/proc")),
            "kill_init": attempt(lambda: os.kill(1, 9)),
            "pid": os.getpid(),
            "env": dict(os.environ),
        }}))
        """
    )

    assert fields["init_environ"] == "FileNotFoundError"
    assert fields["parent_environ"] == "FileNotFoundError"
    assert fields["every_environ"] == "FileNotFoundError"
    assert fields["proc"] == "FileNotFoundError"
    assert fields["kill_init"] == "PermissionError"  # bwrap's init, in the sandbox's own PID namespace
    assert fields["pid"] <= 5  # numbered in its own PID namespace, not the host's
    assert set(fields["env"]) <= {"PATH", "LANG", "LC_CTYPE"}


# --- files -------------------------------------------------------------------------------------------


def test_no_file_of_the_host_is_readable_or_writable() -> None:
    socket_dir = parse_qs(urlsplit(os.environ.get("DATABASE_URL", "")).query).get(
        "host", ["/work/main/.data"]
    )[0]
    fields = fields_of(
        """
        ticket = json.load(sys.stdin)

        def write(path):
            with open(path, "w") as file:
                file.write("x")

        print(json.dumps({"fields": {
            **{path: attempt(lambda path=path: open(path, "rb").read(16).hex()) for path in ticket["files"]},
            **{path: attempt(lambda path=path: os.listdir(path)) for path in ticket["dirs"]},
            "root": sorted(os.listdir("/")),
            "write_usr": attempt(lambda: write(os.path.dirname(os.__file__) + "/evil.py")),
            "write_scratch": attempt(lambda: write("mine.txt")),
            "write_tmp": attempt(lambda: write("/tmp/mine.txt")),
            "site_packages": attempt(lambda: os.listdir(os.path.dirname(os.__file__) + "/site-packages")),
        }}))
        """,
        files=["/etc/shadow", "/etc/passwd", "/etc/hostname", str(WORKTREE / "pyproject.toml"), __file__],
        dirs=["/work/main/.data", socket_dir, str(WORKTREE), "/root", "/home", "/etc", "/sys", "/var/run"],
    )

    for path in ("/etc/shadow", "/etc/passwd", "/etc/hostname", str(WORKTREE / "pyproject.toml"), __file__):
        assert fields[path] == "FileNotFoundError", path
    for path in ("/work/main/.data", socket_dir, str(WORKTREE), "/home", "/sys", "/var/run"):
        assert fields[path] == "FileNotFoundError", path
    assert fields["/etc"] in (["ld.so.cache"], "FileNotFoundError")  # the loader's index at most
    assert set(fields["root"]) <= {"dev", "etc", "lib", "lib32", "lib64", "root", "scratch", "tmp", "usr"}
    assert fields["write_usr"] in {"OSError", "PermissionError"}  # read-only file system
    assert fields["write_scratch"] == "ok"
    assert fields["write_tmp"] == "ok"
    assert fields["site_packages"] == []  # the interpreter's packages are hidden


# --- network -------------------------------------------------------------------------------------------


def test_no_network_reaches_the_database_redis_or_anything_else(host_listeners: dict[str, Any]) -> None:
    database = urlsplit(os.environ.get("DATABASE_URL", "postgres://127.0.0.1:54339/x"))
    redis = urlsplit(os.environ.get("REDIS_URL", "redis://127.0.0.1:63809/1"))
    db_socket_dir = parse_qs(database.query).get("host", [""])[0]
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        probe.connect(("192.0.2.1", 9))  # no packet is sent: this only picks the outgoing address
        host_address = probe.getsockname()[0]
    tcp = [
        [database.hostname or "127.0.0.1", database.port or 5432],
        [redis.hostname or "127.0.0.1", redis.port or 6379],
        ["127.0.0.1", host_listeners["port"]],
        [host_address, host_listeners["port"]],
        ["1.1.1.1", 443],
    ]
    unix = [
        host_listeners["unix"],
        f"{db_socket_dir}/.s.PGSQL.{database.port}",
        "\0" + host_listeners["abstract"],
    ]

    fields = fields_of(
        """
        ticket = json.load(sys.stdin)

        def tcp(host, port):
            with socket.create_connection((host, port), timeout=2):
                pass

        def unix(path):
            with socket.socket(socket.AF_UNIX) as sock:
                sock.settimeout(2)
                sock.connect(path)

        print(json.dumps({"fields": {
            "tcp": [attempt(lambda a=a: tcp(*a)) for a in ticket["tcp"]],
            "unix": [attempt(lambda p=p: unix(p)) for p in ticket["unix"]],
            "dns": attempt(lambda: socket.getaddrinfo("example.com", 443)),
            "interfaces": [name for _, name in socket.if_nameindex()],
        }}))
        """,
        tcp=tcp,
        unix=unix,
    )

    assert all(outcome != "ok" for outcome in fields["tcp"]), fields["tcp"]
    assert all(outcome in {"FileNotFoundError", "ConnectionRefusedError"} for outcome in fields["unix"]), (
        fields
    )
    assert fields["dns"] != "ok"
    assert fields["interfaces"] == ["lo"]
    for server in host_listeners["servers"]:
        with pytest.raises(BlockingIOError):
            server.accept()  # nothing arrived
