"""Run a tenant-uploaded Python script in a separate, short-lived, resource-limited process.

The worker never executes tenant code in-process: `run_script` starts a fresh interpreter, feeds it
the ticket, collects its answer and classifies what happened into a `ScriptResult`.

Script contract
---------------
* The ticket arrives on stdin as one JSON object (UTF-8): ``ticket = json.load(sys.stdin)``.
* The script prints exactly one JSON object to stdout::

      {"fields": {"<field key>": <value>, ...}, "transition": "<transition key>" | null}

  Both keys are optional (``{}`` means "no change"); any other key, a non-object ``fields``, a
  ``transition`` that is not a non-empty string or null, NaN/Infinity, empty stdout or anything
  else printed to stdout is ``bad_output``. Log to stderr (``print(..., file=sys.stderr)``).
* A non-zero exit (an uncaught exception included) is ``error``; the stderr tail explains it.
* Only the standard library is importable, no project code, no installed packages. The script
  may not start processes or threads, opens at most 64 files, and writes files of at most 1 MiB
  in its scratch directory (the working directory, deleted afterwards).

How the child is contained
--------------------------
* ``python -I -S -B -X utf8``: isolated mode (no PYTHON* variables, no script or user site
  directory on ``sys.path``), no ``site`` (so no site-packages), no bytecode files.
* An empty environment apart from PATH and LANG: the worker's secrets (DATABASE_URL, SECRET_KEY,
  ...) are not inherited. The working directory is a fresh temporary directory.
* ``close_fds`` and a new session, so the parent can SIGKILL the whole process group.
* Resource limits (CPU, address space, file size, open files, processes, core dumps) are set by
  a tiny runner inside the child before it runs the script. Not via ``preexec_fn``: that is not
  safe when the parent has threads (the Dramatiq worker does) and can deadlock the fork.
* The parent enforces wall time and output size itself and kills the group on either.

What it does not contain
------------------------
The child runs as the worker's user: it can open files that user can read by absolute path and
can use the network. Run workers as a dedicated unprivileged user. When running as root the
script can raise its own hard limits, so only the wall-clock kill still bounds it.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import decimal
import json
import os
import selectors
import signal
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

MESSAGE_CHARS = 2_000
STDERR_CHARS = 4_000

_SCRIPT_NAME = "script.py"
_RUNNER_NAME = "_runner.py"
_TICKET_NAME = "ticket.json"
_CHILD_ENV = {"PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"}
_FILE_BYTES = 1024 * 1024
_OPEN_FILES = 64
# No fork, no threads. The launch itself is not affected: the runner sets it after exec.
# (Not enforced for root.)
_PROCESSES = 0
# The runner exits with this when the script dies of MemoryError (printing the traceback may fail).
_MEMORY_EXIT = 86
_READ_CHUNK = 64 * 1024
# How often the parent checks whether the child has exited while its pipes are still open.
_POLL_SECONDS = 0.05
# After the child exits, how long to keep reading output that is still buffered in the pipes.
_DRAIN_SECONDS = 1.0

# Runs in the child only: limits itself, then runs the script as __main__ with its own globals.
_RUNNER = f"""\
import os, resource, runpy, sys, traceback


def cap(which, soft, hard):
    current = resource.getrlimit(which)[1]
    if current != resource.RLIM_INFINITY:
        hard = min(hard, current)
    resource.setrlimit(which, (min(soft, hard), hard))


cpu, memory, fsize, nofile, nproc = (int(arg) for arg in sys.argv[1:6])
cap(resource.RLIMIT_CPU, cpu, cpu + 1)
cap(resource.RLIMIT_AS, memory, memory)
cap(resource.RLIMIT_FSIZE, fsize, fsize)
cap(resource.RLIMIT_NOFILE, nofile, nofile)
cap(resource.RLIMIT_NPROC, nproc, nproc)
cap(resource.RLIMIT_CORE, 0, 0)
os.nice(5)
sys.argv[:] = ["{_SCRIPT_NAME}"]
try:
    runpy.run_path("{_SCRIPT_NAME}", run_name="__main__")
except SystemExit:
    raise
except BaseException as exc:
    try:
        # Show the script's own frames only, not the runner's and runpy's.
        tb = exc.__traceback__
        while tb is not None and tb.tb_frame.f_code.co_filename != "{_SCRIPT_NAME}":
            tb = tb.tb_next
        traceback.print_exception(type(exc), exc, tb)
        sys.stderr.flush()
    finally:
        os._exit({_MEMORY_EXIT} if isinstance(exc, MemoryError) else 1)
"""


@dataclass(frozen=True)
class ScriptLimits:
    cpu_seconds: int = 5
    memory_bytes: int = 256 * 1024 * 1024
    wall_seconds: float = 10.0
    output_bytes: int = 64 * 1024

    def __post_init__(self) -> None:
        if self.cpu_seconds < 1 or self.memory_bytes < 1 or self.wall_seconds <= 0 or self.output_bytes < 1:
            raise ValueError(f"script limits must be positive: {self!r}")


@dataclass(frozen=True)
class ScriptResult:
    ok: bool
    # "ok" | "error" | "timeout" | "cpu_limit" | "memory_limit" | "output_limit" | "bad_output"
    outcome: str
    fields: dict[str, object]
    transition: str | None
    message: str
    duration_ms: int
    stderr: str


def run_script(
    source: str, ticket: Mapping[str, object], *, limits: ScriptLimits = ScriptLimits()
) -> ScriptResult:
    """Run `source` on `ticket` in a sandboxed child process; see the module docstring."""
    payload = json.dumps(dict(ticket), ensure_ascii=False, default=_json_default)
    with tempfile.TemporaryDirectory(prefix="loonflow-script-", ignore_cleanup_errors=True) as tmp:
        workdir = Path(tmp)
        (workdir / _SCRIPT_NAME).write_text(source, encoding="utf-8")
        (workdir / _RUNNER_NAME).write_text(_RUNNER, encoding="utf-8")
        (workdir / _TICKET_NAME).write_text(payload, encoding="utf-8")
        run = _execute(workdir, limits)
    return _classify(run, limits)


def _json_default(value: object) -> object:
    # Ticket values as the API renders them; anything else is a caller bug.
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, uuid.UUID | decimal.Decimal):
        return str(value)
    raise TypeError(f"ticket value of type {type(value).__name__} is not JSON serialisable")


# --- running -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Run:
    stdout: bytes
    stderr: bytes
    status: int  # as Popen.returncode: negative means killed by that signal
    cpu_seconds: float
    duration_ms: int
    killed_for: str | None = None  # "timeout" | "output_limit" when the parent killed it
    overflowed: str = ""  # which stream hit the output limit


def _execute(workdir: Path, limits: ScriptLimits) -> _Run:
    argv = [
        sys.executable,
        "-I",
        "-S",
        "-B",
        "-X",
        "utf8",
        _RUNNER_NAME,
        *(str(n) for n in (limits.cpu_seconds, limits.memory_bytes, _FILE_BYTES, _OPEN_FILES, _PROCESSES)),
    ]
    started = time.monotonic()
    # stdin is a file, not a pipe: nothing to pump, so no deadlock however large the ticket is.
    with (
        (workdir / _TICKET_NAME).open("rb") as stdin,
        subprocess.Popen(  # noqa: S603 - fixed argv, no shell
            argv,
            stdin=stdin,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            cwd=workdir,
            env=dict(_CHILD_ENV),
            close_fds=True,
            start_new_session=True,
        ) as proc,
    ):
        try:
            stdout, stderr, killed_for, overflowed = _collect(proc, limits, started + limits.wall_seconds)
        finally:
            # Before reaping, so the group id cannot have been reused; also ends stragglers.
            _kill_group(proc.pid)
            status, cpu_seconds = _reap(proc)
    return _Run(
        stdout=stdout,
        stderr=stderr,
        status=status,
        cpu_seconds=cpu_seconds,
        duration_ms=round((time.monotonic() - started) * 1000),
        killed_for=killed_for,
        overflowed=overflowed,
    )


def _collect(
    proc: subprocess.Popen[bytes], limits: ScriptLimits, deadline: float
) -> tuple[bytes, bytes, str | None, str]:
    """Read both pipes until EOF, the deadline or the output cap; never buffers more than the cap."""
    assert proc.stdout is not None
    assert proc.stderr is not None
    names = {proc.stdout.fileno(): "stdout", proc.stderr.fileno(): "stderr"}
    buffers = {fd: bytearray() for fd in names}
    out, err = buffers[proc.stdout.fileno()], buffers[proc.stderr.fileno()]
    exited = False
    with selectors.DefaultSelector() as selector:
        for fd in names:
            selector.register(fd, selectors.EVENT_READ)
        while selector.get_map():
            now = time.monotonic()
            if now >= deadline:
                # Once the script has exited, leftovers held open by someone else are not its fault.
                return bytes(out), bytes(err), None if exited else "timeout", ""
            if not exited and _has_exited(proc.pid):
                exited = True
                _kill_group(proc.pid)  # a forked child could otherwise hold the pipes open
                deadline = min(deadline, now + _DRAIN_SECONDS)
            for key, _ in selector.select(timeout=min(deadline - now, _POLL_SECONDS)):
                chunk = os.read(key.fd, _READ_CHUNK)
                if not chunk:
                    selector.unregister(key.fd)
                    continue
                buffers[key.fd] += chunk
                if len(buffers[key.fd]) > limits.output_bytes:
                    return bytes(out), bytes(err), "output_limit", names[key.fd]
    # The pipes are closed, but the script may have closed them itself and still be running.
    return bytes(out), bytes(err), None if _wait_exit(proc.pid, deadline) else "timeout", ""


def _has_exited(pid: int) -> bool:
    # WNOWAIT leaves the zombie in place, so the pid (and process group id) stays reserved.
    return os.waitid(os.P_PID, pid, os.WEXITED | os.WNOHANG | os.WNOWAIT) is not None


def _wait_exit(pid: int, deadline: float) -> bool:
    while not _has_exited(pid):
        if time.monotonic() >= deadline:
            return False
        time.sleep(0.01)
    return True


def _kill_group(pid: int) -> None:
    with contextlib.suppress(ProcessLookupError):
        os.killpg(pid, signal.SIGKILL)


def _reap(proc: subprocess.Popen[bytes]) -> tuple[int, float]:
    """Wait for the child with wait4 to learn the CPU time it used; keeps Popen consistent."""
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    return proc.returncode, usage.ru_utime + usage.ru_stime


# --- classifying ---------------------------------------------------------------------------------


class _BadOutputError(ValueError):
    pass


def _classify(run: _Run, limits: ScriptLimits) -> ScriptResult:
    stderr = run.stderr.decode("utf-8", "replace")

    def failed(outcome: str, message: str) -> ScriptResult:
        return ScriptResult(
            ok=False,
            outcome=outcome,
            fields={},
            transition=None,
            message=_tail(message, MESSAGE_CHARS),
            duration_ms=run.duration_ms,
            stderr=_tail(stderr, STDERR_CHARS),
        )

    if run.killed_for == "timeout":
        return failed("timeout", f"script did not finish within {limits.wall_seconds:g} s")
    if run.killed_for == "output_limit":
        return failed(
            "output_limit", f"script wrote more than {limits.output_bytes} bytes to {run.overflowed}"
        )
    if _hit_cpu_limit(run, limits):
        return failed("cpu_limit", f"script used more than {limits.cpu_seconds} s of CPU time")
    if _hit_memory_limit(run, stderr):
        mib = limits.memory_bytes / (1024 * 1024)
        return failed("memory_limit", f"script exceeded its memory limit of {mib:g} MiB")
    if run.status != 0:
        return failed("error", stderr.strip() or _describe_status(run.status))
    try:
        fields, transition = _parse_output(run.stdout)
    except _BadOutputError as exc:
        return failed("bad_output", str(exc))
    return ScriptResult(
        ok=True,
        outcome="ok",
        fields=fields,
        transition=transition,
        message="",
        duration_ms=run.duration_ms,
        stderr=_tail(stderr, STDERR_CHARS),
    )


def _hit_cpu_limit(run: _Run, limits: ScriptLimits) -> bool:
    # SIGXCPU at the soft limit; SIGKILL at the hard one if the script ignored SIGXCPU.
    if run.status == -signal.SIGXCPU:
        return True
    return run.status == -signal.SIGKILL and run.cpu_seconds >= limits.cpu_seconds


def _hit_memory_limit(run: _Run, stderr: str) -> bool:
    if run.status == _MEMORY_EXIT:
        return True
    lines = stderr.strip().splitlines()
    return run.status != 0 and bool(lines) and lines[-1].startswith("MemoryError")


def _describe_status(status: int) -> str:
    if status < 0:
        try:
            return f"script was killed by {signal.Signals(-status).name}"
        except ValueError:
            return f"script was killed by signal {-status}"
    return f"script exited with status {status}"


def _parse_output(stdout: bytes) -> tuple[dict[str, object], str | None]:
    if not stdout.strip():
        raise _BadOutputError("script printed nothing to stdout; expected one JSON object")
    try:
        data = json.loads(stdout.decode("utf-8"), parse_constant=_reject_constant)
    except ValueError as exc:  # UnicodeDecodeError and JSONDecodeError included
        raise _BadOutputError(f"stdout is not one JSON object: {exc}") from None
    if not isinstance(data, dict):
        raise _BadOutputError(f"stdout must be a JSON object, got {type(data).__name__}")
    unknown = sorted(set(data) - {"fields", "transition"})
    if unknown:
        raise _BadOutputError(f"unknown keys in the script result: {', '.join(unknown)}")
    fields = data.get("fields", {})
    if not isinstance(fields, dict):
        raise _BadOutputError('"fields" must be a JSON object')
    transition = data.get("transition")
    if transition is not None and (not isinstance(transition, str) or not transition):
        raise _BadOutputError('"transition" must be a non-empty string or null')
    return fields, transition


def _reject_constant(name: str) -> object:
    # NaN and Infinity are not JSON and would not survive storage in a JSON column.
    raise ValueError(f"{name} is not allowed")


def _tail(text: str, limit: int) -> str:
    """The last `limit` characters, starting at a line boundary when one is close."""
    if len(text) <= limit:
        return text
    cut = text[-(limit - 2) :]
    newline = cut.find("\n")
    if 0 <= newline < limit // 4:
        cut = cut[newline + 1 :]
    return "…\n" + cut
