"""What the script sandbox costs per run: a trivial script, isolated and in the weaker mode.

    .venv/bin/python bench/sandbox.py [--runs 40]      (no database or Redis needed)

"isolated" is the default: bubblewrap, namespaces, seccomp, the supervisor's fork. "unisolated" is
what SCRIPTS_ALLOW_UNISOLATED runs where isolation is unavailable, which is the pre-bubblewrap
sandbox (`python -I -S`, rlimits, a process-group kill). Runs alternate, so machine load hits both
alike. Prints the median, p90 and minimum wall time of `run_script` (child start to result).
"""

from __future__ import annotations

import argparse
import logging
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "backend"))

from integrations.scripts.sandbox import Isolation, isolation_problem, run_script

SOURCE = (
    'import json, sys\nticket = json.load(sys.stdin)\nprint(json.dumps({"fields": {"n": ticket["n"] + 1}}))\n'
)
MODES = {
    "isolated": Isolation(),
    "unisolated": Isolation(bwrap="/nonexistent/bwrap", allow_unisolated=True),
}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=40)
    runs = parser.parse_args().runs
    logging.disable(logging.WARNING)  # the weaker mode warns on every run
    started = time.perf_counter()
    problem = isolation_problem()
    probe_ms = (time.perf_counter() - started) * 1000
    print(f"isolation probe (once per process): {probe_ms:.0f} ms, {problem or 'ok'}")
    if problem:
        return 1
    times: dict[str, list[float]] = {mode: [] for mode in MODES}
    for index in range(runs + 3):
        for mode, isolation in MODES.items():
            started = time.perf_counter()
            result = run_script(SOURCE, {"n": 1}, isolation=isolation)
            elapsed = (time.perf_counter() - started) * 1000
            if result.fields != {"n": 2}:
                raise SystemExit(f"{mode}: {result}")
            if index >= 3:  # warm-up
                times[mode].append(elapsed)
    for mode, values in times.items():
        values.sort()
        p90 = values[int(len(values) * 0.9) - 1]
        median = statistics.median(values)
        print(f"{mode:>10}: median {median:6.1f} ms  p90 {p90:6.1f} ms  min {values[0]:6.1f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
