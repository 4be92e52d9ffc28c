"""The sandbox against a hostile tenant admin's script: real bubblewrap runs, checked from inside (what
the script could reach) and from the host (which user it ran as, what is left after the run)."""

from __future__ import annotations

import dataclasses
import json
import logging
import os
import platform
import shutil
import socket
import subprocess
import sys
import tempfile
import textwrap
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest

from integrations.scripts import seccomp
from integrations.scripts.sandbox import Isolation, ScriptLimits, ScriptResult, isolation_problem, run_script

FAST = ScriptLimits(cpu_seconds=2, wall_seconds=8)
# Lets the script fork and start threads, to show that what it starts dies with the run.
FORKING = dataclasses.replace(FAST, processes=16)
WORKTREE = Path(__file__).resolve().parents[3]
# Each attempt is reported as "ok" or the exception's name, so assertions name what got through.
ATTEMPT = """\
import json, os, socket, sys

def attempt(action):
    try:
        result = action()
    except BaseException as exc:
        return type(exc).__name__
    return "ok" if result is None else result
"""


@pytest.fixture(autouse=True, scope="module")
def _isolation_works() -> None:
    problem = isolation_problem()
    assert problem is None, f"bubblewrap must work here (tools/ensure_sandbox.sh): {problem}"


def run(source: str, limits: ScriptLimits = FAST, **ticket: Any) -> ScriptResult:
    return run_script(ATTEMPT + textwrap.dedent(source), ticket, limits=limits)


def fields_of(source: str, **ticket: Any) -> dict[str, Any]:
    result = run(source, **ticket)
    assert result.outcome == "ok", result
    return result.fields


def processes_named(comm: str) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        try:
            if entry.name.isdigit() and (entry / "comm").read_text().strip() == comm:
                found.append(int(entry.name))
        except OSError:
            pass  # exited meanwhile
    return found


def in_background(action: Callable[[], ScriptResult]) -> tuple[threading.Thread, list[ScriptResult]]:
    results: list[ScriptResult] = []
    thread = threading.Thread(target=lambda: results.append(action()))
    thread.start()
    return thread, results


def wait_for(condition: Callable[[], Any], seconds: float = 8.0) -> Any:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(0.02)
    return condition()


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


# --- the user it runs as -----------------------------------------------------------------------------


def _descendants(root: int) -> dict[int, str]:
    """pid -> /proc/<pid>/status of every process below `root` (seen from the host)."""
    parents: dict[int, int] = {}
    statuses: dict[int, str] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            status = (entry / "status").read_text()
        except OSError:
            continue
        ppid_line = next(line for line in status.splitlines() if line.startswith("PPid:"))
        parents[int(entry.name)] = int(ppid_line.split()[1])
        statuses[int(entry.name)] = status
    found: dict[int, str] = {}
    frontier = [root]
    while frontier:
        parent = frontier.pop()
        for pid, ppid in parents.items():
            if ppid == parent and pid not in found:
                found[pid] = statuses[pid]
                frontier.append(pid)
    return found


def test_the_script_is_not_root_and_has_no_capabilities_seen_from_the_host() -> None:
    comm = f"lf-{uuid.uuid4().hex[:8]}"
    thread, results = in_background(
        lambda: run(
            f"""
            import ctypes, time
            ctypes.CDLL(None).prctl(15, b"{comm}", 0, 0, 0)  # PR_SET_NAME, so the host can find it
            time.sleep(1.5)
            print(json.dumps({{"fields": {{
                "setuid_root": attempt(lambda: os.setuid(0)),
                "uid": os.getuid(),
            }}}}))
            """
        )
    )
    seen = wait_for(lambda: {pid: s for pid, s in _descendants(os.getpid()).items() if f"Name:\t{comm}" in s})
    thread.join()

    [result] = results
    assert result.outcome == "ok", result
    assert result.fields["setuid_root"] == "PermissionError"
    assert len(seen) == 1, "the script's process was not seen from the host"
    [status] = seen.values()
    lines = dict(line.split(":", 1) for line in status.splitlines())
    uids, gids = lines["Uid"].split(), lines["Gid"].split()
    assert "0" not in uids, status  # real, effective, saved and filesystem ids
    assert "0" not in gids, status
    assert int(lines["CapEff"], 16) == 0, status
    assert int(lines["CapPrm"], 16) == 0, status
    assert lines["NoNewPrivs"].strip() == "1"
    assert lines["Seccomp"].strip() == "2"  # filtered


# --- processes it starts -----------------------------------------------------------------------------

# setsid() and a double fork: the grandchild, a daemon, names itself and would linger.
DAEMON = """
import ctypes, threading, time
if os.fork() == 0:
    os.setsid()
    if os.fork() == 0:
        ctypes.CDLL(None).prctl(15, b"{comm}", 0, 0, 0)
        time.sleep(30)
        os._exit(0)
    os._exit(0)
threading.Thread(target=time.sleep, args=(30,), daemon=True).start()
time.sleep({linger})
"""


def test_processes_left_behind_make_the_run_fail_and_die_with_it() -> None:
    comm = f"lf-{uuid.uuid4().hex[:8]}"
    source = DAEMON.format(comm=comm, linger=1.0) + 'print("{}")\nos._exit(0)\n'
    thread, results = in_background(lambda: run(source, FORKING))
    alive = wait_for(lambda: processes_named(comm))
    thread.join()

    [result] = results
    assert alive, "the daemon never ran: the test proves nothing"
    assert result.outcome == "left_processes", result  # printed a valid result, exited 0: still not ok
    assert not result.ok
    assert "left processes running" in result.message
    assert processes_named(comm) == []  # gone when run_script returned, not later


def test_a_timeout_kills_every_process_of_the_sandbox() -> None:
    comm = f"lf-{uuid.uuid4().hex[:8]}"
    source = DAEMON.format(comm=comm, linger=60)
    thread, results = in_background(lambda: run(source, dataclasses.replace(FORKING, wall_seconds=1.5)))
    alive = wait_for(lambda: processes_named(comm))
    thread.join()

    [result] = results
    assert alive
    assert result.outcome == "timeout", result
    assert processes_named(comm) == []


def test_by_default_the_script_cannot_fork() -> None:
    fields = fields_of('print(json.dumps({"fields": {"fork": attempt(lambda: os.fork() and None)}}))')

    assert fields["fork"] == "BlockingIOError"  # RLIMIT_NPROC, now enforced: the script is not root


# --- system calls ------------------------------------------------------------------------------------


def test_dangerous_system_calls_are_denied() -> None:
    numbers = seccomp.syscall_numbers()
    calls = {
        # name: (number, arguments); each would succeed (or fail otherwise) without the filter
        "ptrace": (numbers["ptrace"], [0, 0, 0, 0]),  # PTRACE_TRACEME
        "unshare_user": (numbers["unshare"], [0x10000000]),  # CLONE_NEWUSER: allowed to nobody
        "personality": (numbers["personality"], [0xFFFFFFFF]),  # a query
        "clone_newuser": (numbers["clone"], [0x10000000 | 17, 0, 0, 0, 0]),  # | SIGCHLD
        "mount": (numbers["mount"], [0, 0, 0, 0, 0]),
        "keyctl": (numbers["keyctl"], [0, 0, 0, 0, 0]),
        "bpf": (numbers["bpf"], [0, 0, 0]),
        "perf_event_open": (numbers["perf_event_open"], [0, 0, 0, 0, 0]),
        "process_vm_readv": (numbers["process_vm_readv"], [1, 0, 0, 0, 0, 0]),
        "io_uring_setup": (numbers["io_uring_setup"], [1, 0]),
        "clone3": (numbers["clone3"], [0, 0]),
    }
    if platform.machine() == "x86_64":
        calls["x32_getpid"] = (0x40000000 | 39, [])

    fields = fields_of(
        """
        import ctypes
        libc = ctypes.CDLL(None, use_errno=True)
        answers = {}
        for name, (number, args) in json.load(sys.stdin)["calls"].items():
            value = libc.syscall(ctypes.c_long(number), *[ctypes.c_long(a) for a in args])
            answers[name] = os.strerror(ctypes.get_errno()) if value == -1 else f"returned {value}"
        print(json.dumps({"fields": answers}))
        """,
        calls=calls,
    )

    denied = os.strerror(1)  # EPERM
    expected = {name: denied for name in calls} | {"clone3": os.strerror(38)}  # ENOSYS: use clone
    assert fields == expected


def test_the_filter_is_built_for_both_architectures_and_refuses_others() -> None:
    for machine in ("x86_64", "aarch64", "amd64", "arm64"):
        program = seccomp.filter_program(machine)
        assert len(program) % 8 == 0
        assert len(program) // 8 < 256
        assert {"ptrace", "mount", "unshare", "setns", "bpf"} <= set(seccomp.denied_calls(machine))
    with pytest.raises(seccomp.UnsupportedMachine):
        seccomp.filter_program("riscv64")


# --- where isolation is unavailable ----------------------------------------------------------------


def test_without_isolation_scripts_are_refused(tmp_path: Path) -> None:
    marker = tmp_path / "ran"
    source = f"open({str(marker)!r}, 'w').close()\nprint('{{}}')"

    result = run_script(source, {}, limits=FAST, isolation=Isolation(bwrap=str(tmp_path / "no-bwrap")))

    assert result.outcome == "unavailable"
    assert not result.ok
    assert result.message.startswith("script isolation unavailable: ")
    assert "no-bwrap" in result.message
    assert not marker.exists()  # the script never ran


def test_the_weaker_mode_runs_only_when_the_platform_allows_it(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    marker = tmp_path / "ran"
    source = f"open({str(marker)!r}, 'w').close()\nprint('{{}}')"
    isolation = Isolation(bwrap=str(tmp_path / "no-bwrap"), allow_unisolated=True)

    with caplog.at_level(logging.WARNING, logger="integrations.scripts.sandbox"):
        result = run_script(source, {}, limits=FAST, isolation=isolation)

    assert result.outcome == "ok", result
    assert marker.exists()  # unisolated: the worker's files are within reach, as documented
    assert any("WITHOUT isolation" in record.getMessage() for record in caplog.records)


# --- a worker that is not root (the container image's uid 10001) -------------------------------------


def test_an_unprivileged_worker_isolates_scripts_in_a_user_namespace() -> None:
    """The image's worker is not root: bwrap then runs unprivileged in a new user namespace. Run as
    nobody here, with Debian's interpreter (the project's is under /root, out of nobody's reach)."""
    python = shutil.which("python3", path="/usr/bin")
    if python is None or os.geteuid() != 0:
        pytest.skip("needs root (to become nobody) and /usr/bin/python3")
    code = Path(tempfile.mkdtemp(prefix="loonflow-userns-"))
    try:
        package = code / "integrations" / "scripts"
        package.mkdir(parents=True)
        (code / "integrations" / "__init__.py").touch()
        for name in ("__init__.py", "sandbox.py", "runner.py", "bwrap.py", "seccomp.py"):
            shutil.copy(Path(__file__).parents[1] / name, package / name)
        for path in (code, *code.rglob("*")):
            path.chmod(0o755)
        hostile = ATTEMPT + textwrap.dedent(
            """
            print(json.dumps({"fields": {
                "uid": os.getuid(),
                "shadow": attempt(lambda: open("/etc/shadow").read()),
                "proc": attempt(lambda: os.listdir("/proc")),
                "tcp": attempt(lambda: socket.create_connection(("127.0.0.1", 22), timeout=1).close()),
                "interfaces": [name for _, name in socket.if_nameindex()],
                "fork": attempt(lambda: os.fork() and None),
            }}))
            """
        )
        driver = (
            "import json, sys; sys.path.insert(0, '.'); from integrations.scripts import sandbox; "
            "result = sandbox.run_script(sys.stdin.read(), {}); "
            "print(json.dumps([sandbox.isolation_problem(), result.__dict__]))"
        )
        done = subprocess.run(
            [python, "-I", "-c", driver],
            input=hostile,
            capture_output=True,
            text=True,
            cwd=code,
            user=65534,
            group=65534,
            extra_groups=[],
            env={"PATH": "/usr/bin:/bin"},
            timeout=60,
            check=True,
        )
    finally:
        shutil.rmtree(code)
    problem, result = json.loads(done.stdout)
    if problem is not None and ("user namespace" in problem.lower() or "uid map" in problem):
        pytest.skip(f"unprivileged user namespaces are not allowed on this host: {problem}")
    assert problem is None
    assert result["outcome"] == "ok", result
    fields = result["fields"]
    assert fields["uid"] == 65534  # the worker's own uid, mapped; no capability outside
    assert fields["shadow"] == "FileNotFoundError"
    assert fields["proc"] == "FileNotFoundError"
    assert fields["tcp"] != "ok"
    assert fields["interfaces"] == ["lo"]
    assert fields["fork"] == "BlockingIOError"


def test_scripts_under_the_sandbox_keep_the_worker_python_version() -> None:
    fields = fields_of('import sys\nprint(json.dumps({"fields": {"version": list(sys.version_info[:3])}}))')

    assert fields["version"] == list(sys.version_info[:3])
