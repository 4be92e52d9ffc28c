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
  in its scratch directory (the working directory, ``/scratch``, deleted afterwards) or ``/tmp``
  (a private 16 MiB tmpfs). It has no network, sees no other process and no file of the host
  beyond the interpreter and the shared libraries.

How the child is contained
--------------------------
The interpreter runs under Debian's ``bubblewrap`` (``bwrap``), see ``bwrap.sandbox_argv``:

* New PID, network, IPC, UTS, mount and (where available) cgroup namespaces. The network
  namespace has only a loopback with nothing listening; no host socket file is mounted.
* A root filesystem of read-only binds of what the interpreter needs (its prefix, with
  site-packages hidden by an empty tmpfs, and /usr/lib), a minimal /dev, a small tmpfs /tmp and the
  scratch directory, the only writable host directory. No /proc, /sys, /etc, /home or /root.
* An unprivileged user outside the namespace: a root worker (``make run``, CI) runs the script as
  ``nobody`` (65534): bwrap runs privileged to set up the mounts and keeps only CAP_SETUID and
  CAP_SETGID, with which the runner drops to 65534 before anything else (all capabilities are then
  gone). A non-root worker (the image's uid 10001) runs bwrap unprivileged in a new user
  namespace, so the script has the worker's uid outside and no capability either.
* A seccomp filter (``integrations.scripts.seccomp``) denying ptrace, mount, new namespaces, keyrings, BPF,
  module loading and the like, and foreign-ABI calls.
* A supervisor: the runner forks the script, waits for it, and then checks that no other process is
  left in the namespace (outcome ``left_processes``). When the runner ends, bwrap's PID 1 ends and
  the kernel kills whatever is left in the PID namespace; on a timeout the parent kills that PID 1
  (its pid comes from ``--info-fd``). Either way bwrap exits, and is reaped, only after the kernel
  has reaped every process of the namespace, so nothing the script started outlives
  ``run_script``. ``--die-with-parent`` covers a worker that dies itself.
* ``python -I -S -B -X utf8``: isolated mode, no ``site`` (no site-packages), no bytecode files.
  An empty environment apart from PATH and LANG: the worker's secrets are not inherited.
* Resource limits (CPU, address space, file size, open files, processes, core dumps) are set by
  the runner in the script's process before it runs the script. Not via ``preexec_fn``: that is
  not safe when the parent has threads (the Dramatiq worker does) and can deadlock the fork.
* The parent enforces wall time and output size itself and kills the sandbox on either.

Isolation is checked once per process (``isolation_problem``). Where it does not work (no bwrap,
user namespaces forbidden, an unknown architecture) every run fails with outcome ``unavailable``
and "script isolation unavailable: ...", unless ``Isolation.allow_unisolated``
(``SCRIPTS_ALLOW_UNISOLATED``) allows the weaker mode: then the script runs with only the
interpreter's isolation, the rlimits and a process-group kill, as the worker's user, and every
run logs a warning.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import decimal
import functools
import json
import logging
import os
import re
import selectors
import signal
import subprocess
import tempfile
import time
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from integrations.scripts import runner, seccomp
from integrations.scripts.bwrap import bwrap_path, sandbox_argv
from integrations.scripts.output import BadOutputError, Problem, parse_output, problem
from integrations.scripts.runner import ScriptLimits

logger = logging.getLogger(__name__)

MESSAGE_CHARS = 2_000
STDERR_CHARS = 4_000

_TICKET_NAME = "ticket.json"
_READ_CHUNK = 64 * 1024
# How often the parent checks whether the child has exited while its pipes are still open.
_POLL_SECONDS = 0.05
# After the child exits, how long to keep reading output that is still buffered in the pipes.
_DRAIN_SECONDS = 1.0

_DEFAULT_LIMITS = ScriptLimits()


@dataclass(frozen=True)
class Isolation:
    """How scripts are isolated: the platform settings SCRIPTS_BWRAP_PATH, SCRIPTS_ALLOW_UNISOLATED."""

    bwrap: str = "bwrap"  # a path, or a name looked up in PATH
    allow_unisolated: bool = False  # run without bwrap where it does not work (weaker, logged)


@dataclass(frozen=True)
class ScriptResult:
    ok: bool
    # "ok" | "error" | "timeout" | "cpu_limit" | "memory_limit" | "output_limit" | "bad_output"
    # | "left_processes" | "unavailable" (isolation does not work here)
    outcome: str
    fields: dict[str, object]
    transition: str | None
    message: str
    duration_ms: int
    stderr: str
    problem: Problem | None = None  # `message` as a code and parameters, when it is one of ours


def run_script(
    source: str,
    ticket: Mapping[str, object],
    *,
    limits: ScriptLimits = _DEFAULT_LIMITS,
    isolation: Isolation = Isolation(),
) -> ScriptResult:
    """Run `source` on `ticket` in a sandboxed child process; see the module docstring."""
    payload = json.dumps(dict(ticket), ensure_ascii=False, default=_json_default)
    problem = isolation_problem(isolation.bwrap)
    if problem is not None and not isolation.allow_unisolated:
        message = f"script isolation unavailable: {problem}"
        return ScriptResult(False, "unavailable", {}, None, _tail(message, MESSAGE_CHARS), 0, "")
    if problem is not None:
        logger.warning("running a script WITHOUT isolation (SCRIPTS_ALLOW_UNISOLATED): %s", problem)
    bwrap = None if problem is not None else bwrap_path(isolation.bwrap)
    return _classify(_run_in_scratch(source, payload, limits, bwrap), limits)


@functools.cache
def isolation_problem(bwrap: str = "bwrap") -> str | None:
    """Why scripts cannot be isolated here (None: they can). Probed once per process and bwrap:
    a trivial script run for real, which must answer and must not be root outside."""
    path = bwrap_path(bwrap)
    if path is None:
        return f"{bwrap!r} not found (install Debian's bubblewrap: tools/ensure_sandbox.sh)"
    probe = 'import json, os; print(json.dumps({"fields": {"uid": os.getuid()}}))'
    try:
        seccomp.filter_program()
        run = _run_in_scratch(probe, "{}", ScriptLimits(cpu_seconds=5, wall_seconds=15), path)
    except (OSError, seccomp.UnsupportedMachine) as exc:
        return str(exc)
    result = _classify(run, ScriptLimits())
    if not result.ok:
        return _tail(result.message or result.outcome, 500)
    if result.fields.get("uid") == 0:
        return "the sandboxed script ran as root"
    return None


def _run_in_scratch(source: str, payload: str, limits: ScriptLimits, bwrap: str | None) -> _Run:
    with tempfile.TemporaryDirectory(prefix="loonflow-script-", ignore_cleanup_errors=True) as tmp:
        workdir = Path(tmp)
        for name, text in (
            (runner.SCRIPT_NAME, source),
            (runner.RUNNER_NAME, runner.SOURCE),
            (_TICKET_NAME, payload),
        ):
            (workdir / name).write_text(text, encoding="utf-8")
            (workdir / name).chmod(0o644)  # readable by the sandbox's user, whatever the umask
        if bwrap is not None and os.geteuid() == 0:
            # The sandbox's only writable host directory: nobody's, and group root's so bwrap (root
            # without capabilities by then) can chdir into it. Nobody else on the host gets in.
            os.chown(workdir, runner.NOBODY, 0)
            workdir.chmod(0o770)
        return _execute(workdir, limits, bwrap)


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


def _execute(workdir: Path, limits: ScriptLimits, bwrap: str | None) -> _Run:
    drop = bwrap is not None and os.geteuid() == 0
    runner_argv = runner.command(limits, isolated=bwrap is not None, drop_root=drop)
    fds: list[int] = []  # passed to bwrap: the seccomp program, the write end of --info-fd
    info = _Info(-1)
    if bwrap is not None:
        filter_fd = os.memfd_create("loonflow-seccomp")
        os.write(filter_fd, _seccomp_program())
        os.lseek(filter_fd, 0, os.SEEK_SET)
        info_fd, info_write = os.pipe()
        os.set_blocking(info_fd, False)
        info = _Info(info_fd)
        fds = [filter_fd, info_write]
    argv = runner_argv
    if bwrap is not None:
        argv = sandbox_argv(bwrap, workdir, *fds, privileged=drop) + runner_argv
    started = time.monotonic()
    # stdin is a file, not a pipe: nothing to pump, so no deadlock however large the ticket is.
    try:
        with (
            (workdir / _TICKET_NAME).open("rb") as stdin,
            subprocess.Popen(  # noqa: S603 - fixed argv, no shell
                argv,
                stdin=stdin,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                cwd=workdir,
                env=dict(runner.CHILD_ENV),
                close_fds=True,
                pass_fds=fds,
                start_new_session=True,
            ) as proc,
        ):
            for fd in fds:
                os.close(fd)
            fds = []
            try:
                stdout, stderr, killed_for, overflowed = _collect(proc, limits, started + limits.wall_seconds)
            finally:
                status, cpu_seconds = _end(proc, info)
    finally:
        for fd in (*fds, info.fd):
            if fd >= 0:
                os.close(fd)
    return _Run(
        stdout=stdout,
        stderr=stderr,
        status=status,
        cpu_seconds=cpu_seconds,
        duration_ms=round((time.monotonic() - started) * 1000),
        killed_for=killed_for,
        overflowed=overflowed,
    )


@dataclass
class _Info:
    """bwrap's --info-fd: the host pid of the sandbox's PID 1 once bwrap has started it."""

    fd: int
    init_pid: int | None = None

    def read(self) -> int | None:
        if self.init_pid is None and self.fd >= 0:
            with contextlib.suppress(BlockingIOError):
                found = re.search(rb'"child-pid":\s*(\d+)', os.read(self.fd, 4096))
                self.init_pid = int(found.group(1)) if found else None
        return self.init_pid


def _end(proc: subprocess.Popen[bytes], info: _Info) -> tuple[int, float]:
    """Kill what is left and reap bwrap; afterwards no process of the sandbox exists.

    Killing the sandbox's PID 1 makes the kernel kill and reap everything in its PID namespace
    before PID 1 is gone, and bwrap exits only after that. Killing bwrap first would let it be
    reaped while the namespace is still being torn down (so: only when PID 1 is not known yet,
    and then wait for PID 1 to go)."""
    init = info.read()
    if init is not None and not _has_exited(proc.pid):
        _kill_init(init, proc.pid)
    else:
        _kill_group(proc.pid)  # before reaping, so the group id cannot have been reused
    status = _reap(proc)
    late = init is None and info.read()
    if late:
        deadline = time.monotonic() + _DRAIN_SECONDS * 5
        while time.monotonic() < deadline and _exists(late):
            time.sleep(0.01)
    return status


def _kill_init(init: int, bwrap_pid: int) -> None:
    # Through a pidfd, and only while it is still bwrap's child: never a process that took over a
    # recycled pid.
    try:
        pidfd = os.pidfd_open(init)
    except ProcessLookupError:
        return
    try:
        stat = Path(f"/proc/{init}/stat").read_bytes()
        if int(stat.rsplit(b")", 1)[1].split()[1]) == bwrap_pid:
            signal.pidfd_send_signal(pidfd, signal.SIGKILL)
    except (OSError, ValueError, IndexError):
        pass  # gone meanwhile
    finally:
        os.close(pidfd)


def _exists(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


@functools.cache
def _seccomp_program() -> bytes:
    return seccomp.filter_program()


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
    """Wait for the child with wait4 to learn the CPU time it and its reaped descendants (bwrap, the
    runner, the script) used; keeps Popen consistent. Returns the status as Popen does: the runner
    reports the script's death by signal N as exit status 128 + N, read back as -N."""
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    code = proc.returncode
    if 128 < code <= 128 + 64:
        code = 128 - code
    return code, usage.ru_utime + usage.ru_stime


# --- classifying ---------------------------------------------------------------------------------


def _classify(run: _Run, limits: ScriptLimits) -> ScriptResult:
    stderr = run.stderr.decode("utf-8", "replace")

    def failed(outcome: str, message: str | Problem) -> ScriptResult:
        text = message.message if isinstance(message, Problem) else message
        return ScriptResult(
            ok=False,
            outcome=outcome,
            fields={},
            transition=None,
            message=_tail(text, MESSAGE_CHARS),
            duration_ms=run.duration_ms,
            stderr=_tail(stderr, STDERR_CHARS),
            problem=message if isinstance(message, Problem) else None,
        )

    if run.killed_for == "timeout":
        wall = f"{limits.wall_seconds:g}"
        return failed(
            "timeout", problem("script.timeout", "script did not finish within %(seconds)s s", seconds=wall)
        )
    if run.killed_for == "output_limit":
        wrote = problem(
            "script.output_limit",
            "script wrote more than %(bytes)s bytes to %(stream)s",
            bytes=limits.output_bytes,
            stream=run.overflowed,
        )
        return failed("output_limit", wrote)
    if run.status == runner.LEFTOVER_EXIT:
        left = "script left processes running when it ended; they were killed"
        return failed("left_processes", problem("script.left_processes", left))
    if _hit_cpu_limit(run, limits):
        cpu = limits.cpu_seconds
        return failed(
            "cpu_limit",
            problem("script.cpu_limit", "script used more than %(seconds)s s of CPU time", seconds=cpu),
        )
    if _hit_memory_limit(run, stderr):
        mib = f"{limits.memory_bytes / (1024 * 1024):g}"
        return failed(
            "memory_limit",
            problem("script.memory_limit", "script exceeded its memory limit of %(mib)s MiB", mib=mib),
        )
    if run.status != 0:
        return failed("error", stderr.strip() or _describe_status(run.status))
    try:
        fields, transition = parse_output(run.stdout)
    except BadOutputError as exc:
        return failed("bad_output", exc.args[0])
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
    if run.status == runner.MEMORY_EXIT:
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


def _tail(text: str, limit: int) -> str:
    """The last `limit` characters, starting at a line boundary when one is close."""
    if len(text) <= limit:
        return text
    cut = text[-(limit - 2) :]
    newline = cut.find("\n")
    if 0 <= newline < limit // 4:
        cut = cut[newline + 1 :]
    return "…\n" + cut
