"""The runner: the small program that runs inside the sandbox around a tenant's script.

It drops root (root worker only), forks the script's process, which sets its resource limits
(`ScriptLimits`) and runs the script as __main__ with its own globals, waits for it, then checks
that nothing is left in the sandbox. `command` is its command line; `sandbox` writes `SOURCE` next
to the script and starts it (under bwrap, or alone in the weaker mode).
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass

SCRIPT_NAME = "script.py"
RUNNER_NAME = "_runner.py"
# The whole environment of the child: the worker's secrets are not inherited.
CHILD_ENV = {"PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"}
FILE_BYTES = 1024 * 1024
OPEN_FILES = 64
# The runner exits with this when the script dies of MemoryError (printing the traceback may fail).
MEMORY_EXIT = 86
# ... and with this when the script left processes behind in the sandbox (they are killed).
LEFTOVER_EXIT = 87
# The sandbox's user outside when the worker is root: nobody/nogroup.
NOBODY = 65534


@dataclass(frozen=True)
class ScriptLimits:
    cpu_seconds: int = 5
    memory_bytes: int = 256 * 1024 * 1024
    wall_seconds: float = 10.0
    output_bytes: int = 64 * 1024
    # Processes and threads the script may start (RLIMIT_NPROC); none by default.
    processes: int = 0

    def __post_init__(self) -> None:
        if self.cpu_seconds < 1 or self.memory_bytes < 1 or self.wall_seconds <= 0 or self.output_bytes < 1:
            raise ValueError(f"script limits must be positive: {self!r}")
        if self.processes < 0:
            raise ValueError(f"script limits must not be negative: {self!r}")


SOURCE = f"""\
import os, resource, runpy, sys, time, traceback


def cap(which, soft, hard):
    current = resource.getrlimit(which)[1]
    if current != resource.RLIM_INFINITY:
        hard = min(hard, current)
    resource.setrlimit(which, (min(soft, hard), hard))


def script():
    cap(resource.RLIMIT_CPU, cpu, cpu + 1)
    cap(resource.RLIMIT_AS, memory, memory)
    cap(resource.RLIMIT_FSIZE, fsize, fsize)
    cap(resource.RLIMIT_NOFILE, nofile, nofile)
    cap(resource.RLIMIT_NPROC, nproc, nproc)
    cap(resource.RLIMIT_CORE, 0, 0)
    os.nice(5)
    sys.argv[:] = ["{SCRIPT_NAME}"]
    try:
        runpy.run_path("{SCRIPT_NAME}", run_name="__main__")
    except SystemExit:
        raise
    except BaseException as exc:
        try:
            # Show the script's own frames only, not the runner's and runpy's.
            tb = exc.__traceback__
            while tb is not None and tb.tb_frame.f_code.co_filename != "{SCRIPT_NAME}":
                tb = tb.tb_next
            traceback.print_exception(type(exc), exc, tb)
            sys.stderr.flush()
        finally:
            os._exit({MEMORY_EXIT} if isinstance(exc, MemoryError) else 1)


def others_alive():
    # Signal 0 to every process this one may signal except itself and PID 1 (bwrap's init).
    try:
        os.kill(-1, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        pass
    return True


uid, gid, isolated, cpu, memory, fsize, nofile, nproc = (int(arg) for arg in sys.argv[1:9])
os.environ.pop("PWD", None)  # set by bwrap's --chdir; the environment is PATH and LANG only
if uid >= 0 and os.getuid() == 0:
    # Root worker: bwrap kept CAP_SETUID and CAP_SETGID for this only; they are gone afterwards.
    os.setgroups([])
    os.setresgid(gid, gid, gid)
    os.setresuid(uid, uid, uid)
pid = os.fork()
if pid == 0:
    script()
    sys.exit(0)
status = os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1])
# A zombie being reaped by PID 1 still counts for an instant: look twice before blaming the script.
if isolated and others_alive() and (time.sleep(0.02) or others_alive()):
    os._exit({LEFTOVER_EXIT})
os._exit(status if status >= 0 else 128 - status)
"""


def command(limits: ScriptLimits, *, isolated: bool, drop_root: bool) -> list[str]:
    """The runner's command line: the interpreter (by its real path under bwrap, which binds that),
    isolated, no site, no bytecode, and the runner's arguments in the order `SOURCE` reads them."""
    python = os.path.realpath(sys.executable) if isolated else sys.executable
    user = NOBODY if drop_root else -1
    limits_argv = (limits.cpu_seconds, limits.memory_bytes, FILE_BYTES, OPEN_FILES, limits.processes)
    arguments = (user, user, int(isolated), *limits_argv)
    return [python, "-I", "-S", "-B", "-X", "utf8", RUNNER_NAME, *(str(n) for n in arguments)]
