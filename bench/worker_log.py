"""A bench's worker log: passed on but for INFO lines, which are read for when each worker process's
database lanes have met the tenants (config.worker logs it at INFO when done)."""

from __future__ import annotations

import subprocess
import sys
import threading
import time


class WorkerLog:
    def __init__(self, process: subprocess.Popen[str], processes: int) -> None:
        self.processes = processes
        self.met: list[str] = []
        self._process = process
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        assert self._process.stderr is not None
        for line in self._process.stderr:
            if "worker lanes met" in line:
                self.met.append(line.split("worker lanes met", 1)[1].strip())
            elif " INFO " not in line and "[INFO]" not in line:
                sys.stderr.write(line)

    def lanes_met(self, timeout: float) -> str:
        """Wait until every process's lanes have met the tenants; what they said."""
        deadline = time.monotonic() + timeout
        while len(self.met) < self.processes:
            if time.monotonic() > deadline:
                raise SystemExit(f"the worker's lanes did not meet the tenants within {timeout:.0f} s")
            time.sleep(0.1)
        return "; ".join(self.met)
