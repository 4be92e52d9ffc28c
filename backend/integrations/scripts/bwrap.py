"""bubblewrap's command line for a script: namespaces, a read-only filesystem, the scratch bind, seccomp.

What each option is for is in `integrations.scripts.sandbox`'s docstring ("How the child is contained").
"""

from __future__ import annotations

import functools
import os
import shutil
import sys
from pathlib import Path

from integrations.scripts.runner import CHILD_ENV

# Where the scratch directory is mounted in the sandbox, and the size of its private /tmp.
SCRATCH = "/scratch"
_TMP_BYTES = 16 * 1024 * 1024


def bwrap_path(bwrap: str) -> str | None:
    if os.sep in bwrap:
        return bwrap if os.access(bwrap, os.X_OK) and os.path.isfile(bwrap) else None
    return shutil.which(bwrap)


def sandbox_argv(bwrap: str, workdir: Path, filter_fd: int, info_fd: int, *, privileged: bool) -> list[str]:
    """bwrap's options: namespaces, the read-only filesystem, the scratch bind, seccomp."""
    argv = [bwrap, "--unshare-pid", "--unshare-net", "--unshare-ipc", "--unshare-uts"]
    argv += ["--unshare-cgroup-try", "--hostname", "sandbox", "--die-with-parent", "--new-session"]
    if privileged:
        # Real root sets up the mounts; the runner needs these two to become nobody, then has none.
        argv += ["--cap-drop", "ALL", "--cap-add", "CAP_SETUID", "--cap-add", "CAP_SETGID"]
    else:
        argv += ["--unshare-user", "--disable-userns", "--cap-drop", "ALL"]
    argv += _filesystem()
    argv += ["--dev", "/dev", "--perms", "1777", "--size", str(_TMP_BYTES), "--tmpfs", "/tmp"]  # noqa: S108
    argv += ["--bind", str(workdir), SCRATCH, "--chdir", SCRATCH, "--clearenv"]
    for name, value in CHILD_ENV.items():
        argv += ["--setenv", name, value]
    return [*argv, "--seccomp", str(filter_fd), "--info-fd", str(info_fd), "--"]


@functools.cache
def _filesystem() -> tuple[str, ...]:
    """Read-only binds of the interpreter's prefix and the shared libraries, at their own paths (the
    interpreter may find libpython by an absolute RPATH), site-packages hidden."""
    return (*_interpreter_binds(), *_library_binds(), *_hidden_site_packages())


def _interpreter_binds() -> list[str]:
    wanted = {sys.base_prefix, sys.base_exec_prefix, "/usr/lib", "/usr/lib64", "/usr/lib32"}
    paths = sorted(os.path.realpath(path) for path in wanted if os.path.isdir(path))
    paths = [path for path in paths if not any(path.startswith(other + "/") for other in paths)]
    argv: list[str] = []
    for path in paths:
        # bwrap creates missing parents 0700 when privileged: nobody could not get through them.
        parents = [str(parent) for parent in reversed(Path(path).parents) if str(parent) != "/"]
        for parent in parents:
            argv += ["--perms", "0755", "--dir", parent]
        argv += ["--ro-bind", path, path]
    return argv


def _library_binds() -> list[str]:
    argv: list[str] = []
    for lib in ("/lib", "/lib64", "/lib32"):  # merged /usr: symlinks; otherwise real directories
        if os.path.islink(lib):
            argv += ["--symlink", os.readlink(lib), lib]
        elif os.path.isdir(lib):
            argv += ["--ro-bind", lib, lib]
    if os.path.isfile("/etc/ld.so.cache"):  # the loader's index; libraries outside its defaults
        argv += ["--perms", "0755", "--dir", "/etc", "--ro-bind", "/etc/ld.so.cache", "/etc/ld.so.cache"]
    return argv


def _hidden_site_packages() -> list[str]:
    argv: list[str] = []
    version = f"python{sys.version_info.major}.{sys.version_info.minor}"
    for prefix in {sys.base_prefix, sys.base_exec_prefix}:
        site = os.path.join(os.path.realpath(prefix), "lib", version, "site-packages")
        if os.path.isdir(site):
            argv += ["--tmpfs", site, "--remount-ro", site]
    return argv
