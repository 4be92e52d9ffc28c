"""The sandbox against a hostile tenant admin's script, seen from the host: which user it runs as,
what is left after the run, the system calls it may make, and where isolation is unavailable."""

from __future__ import annotations

import dataclasses
import json
import logging
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import textwrap
import uuid
from pathlib import Path

import pytest

from integrations.scripts import seccomp
from integrations.scripts.sandbox import Isolation, run_script
from integrations.scripts.tests.factories import (
    ATTEMPT,
    FAST,
    FORKING,
    fields_of,
    in_background,
    processes_named,
    run,
    wait_for,
)

pytestmark = pytest.mark.usefixtures("isolation_works")


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


def _sandbox_code_for_nobody() -> Path:
    """A temporary tree with just the sandbox's modules, readable by anyone (remove it after)."""
    code = Path(tempfile.mkdtemp(prefix="loonflow-userns-"))
    try:
        package = code / "integrations" / "scripts"
        package.mkdir(parents=True)
        (code / "integrations" / "__init__.py").touch()
        for name in ("__init__.py", "sandbox.py", "runner.py", "bwrap.py", "seccomp.py", "output.py"):
            shutil.copy(Path(__file__).parents[1] / name, package / name)
        for path in (code, *code.rglob("*")):
            path.chmod(0o755)
    except BaseException:
        shutil.rmtree(code)
        raise
    return code


def test_an_unprivileged_worker_isolates_scripts_in_a_user_namespace() -> None:
    """The image's worker is not root: bwrap then runs unprivileged in a new user namespace. Run as
    nobody here, with Debian's interpreter (the project's is under /root, out of nobody's reach)."""
    python = shutil.which("python3", path="/usr/bin")
    if python is None or os.geteuid() != 0:
        pytest.skip("needs root (to become nobody) and /usr/bin/python3")
    code = _sandbox_code_for_nobody()
    try:
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
