"""gunicorn runs several worker processes; prometheus_client's multiprocess mode lets any of them
answer `/metrics` with the sum of all. It needs PROMETHEUS_MULTIPROC_DIR set before the library is
imported, which `config/gunicorn.py` does in the master; without it (runserver, tests) each process
reports only its own requests."""

from __future__ import annotations

import os
from pathlib import Path


def directory() -> str | None:
    return os.environ.get("PROMETHEUS_MULTIPROC_DIR") or None


def reset_directory() -> None:
    """Empty the directory when the master starts: files left by a previous run would be summed in."""
    path = directory()
    if path is None:
        return
    Path(path).mkdir(parents=True, exist_ok=True)
    for leftover in Path(path).glob("*.db"):
        leftover.unlink(missing_ok=True)


def mark_process_dead(pid: int) -> None:
    path = directory()
    if path is None:
        return
    from prometheus_client import multiprocess

    multiprocess.mark_process_dead(pid, path)
