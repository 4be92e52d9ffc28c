"""`make run`: prepare the database, seed the demo, start API, worker, scheduler and the agent tools' MCP
server; Ctrl-C stops all.

Runs inside `tools/stack.py exec`, which provides DATABASE_URL and REDIS_URL.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BACKEND = ROOT / "backend"
BIN = Path(sys.executable).parent
MAIL_PORT = 1025  # the demo mail sink (seed_demo's "email" channel sends here)
MCP_PORT = "8765"  # the agent tools (backend/agent_tools, docs/agent-tools.md); MCP_PORT changes it


def manage(*args: str) -> None:
    subprocess.run([sys.executable, "manage.py", *args], cwd=BACKEND, check=True)


def agent_tools(port: str, env: dict[str, str]) -> subprocess.Popen[bytes]:
    """The MCP server: a client of the API above, with no database or settings of its own."""
    # Only what it needs: it must never see the database or Redis passwords.
    mcp_env = {
        **{name: env[name] for name in ("PATH", "HOME", "LANG", "TZ") if name in env},
        "PYTHONPATH": os.pathsep.join([str(BACKEND), str(ROOT / "clients" / "python")]),
        "MCP_PORT": env.get("MCP_PORT", MCP_PORT),
        "LOONFLOW_API_URL": f"http://127.0.0.1:{port}",
        # The demo tenant unless a client names its own in X-Loonflow-Host.
        "LOONFLOW_TENANT_HOST": env.get("LOONFLOW_TENANT_HOST", "it.localhost"),
    }
    return subprocess.Popen([sys.executable, "-m", "agent_tools"], cwd=BACKEND, env=mcp_env)


def main() -> int:
    port = os.environ.get("PORT", "8000")
    mcp_port = os.environ.get("MCP_PORT", MCP_PORT)
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": os.environ.get("DJANGO_SETTINGS_MODULE", "config.settings.dev"),
    }
    os.environ.update(env)
    manage("bootstrap")
    manage("seed_demo")
    processes = {
        "api": subprocess.Popen(
            [
                str(BIN / "gunicorn"),
                "-c",
                "config/gunicorn.py",
                "config.wsgi",
                "--bind",
                f"0.0.0.0:{port}",
                "--workers",
                os.environ.get("WEB_CONCURRENCY", "3"),
                "--access-logfile",
                "-",
                "--graceful-timeout",
                "5",
            ],
            cwd=BACKEND,
            env=env,
        ),
        "worker": subprocess.Popen(
            [str(BIN / "dramatiq"), "config.worker", "--processes", "1", "--threads", "4"],
            cwd=BACKEND,
            env=env,
        ),
        # The demo company's mail goes to this sink, which prints every message (a dev dependency).
        "mail": subprocess.Popen(
            [sys.executable, "-m", "aiosmtpd", "-n", "-l", f"127.0.0.1:{MAIL_PORT}"], env=env
        ),
        # Timers, SLAs and the outbox sweep (one scheduler; a second would stand by).
        "scheduler": subprocess.Popen([sys.executable, "manage.py", "run_scheduler"], cwd=BACKEND, env=env),
        "mcp": agent_tools(port, env),
    }
    print(
        f"""
Loonflow is running.
  console    http://it.localhost:{port}/   (admin, lead, alice, bob, carol / loonflow)
             http://hr.localhost:{port}/   (the second demo tenant)
  platform   http://localhost:{port}/      (platform / loonflow)
  API docs   http://it.localhost:{port}/api/v1/docs   http://localhost:{port}/api/v1/platform/docs
  health     http://localhost:{port}/healthz  http://localhost:{port}/readyz
  metrics    http://localhost:{port}/metrics   (Prometheus; open in development)
  mail       printed below by the mail sink on 127.0.0.1:{MAIL_PORT}
  mcp        http://127.0.0.1:{mcp_port}/mcp   (agent tools: MCP over streamable HTTP; docs/agent-tools.md)
Try:
  curl -s -c /tmp/lf -H 'Host: it.localhost' localhost:{port}/api/v1/auth/csrf
  (then see README.md: log in and GET /api/v1/me)
Ctrl-C stops everything this started.
""",
        flush=True,
    )
    stopping = False

    def stop(signum: int, _frame: object) -> None:
        nonlocal stopping
        stopping = True

    signal.signal(signal.SIGINT, stop)
    signal.signal(signal.SIGTERM, stop)
    exit_code = 0
    while not stopping:
        for name, proc in processes.items():
            if proc.poll() is not None:
                print(f"[run] {name} exited with {proc.returncode}; stopping", file=sys.stderr)
                stopping, exit_code = True, 1
        time.sleep(0.5)
    for proc in processes.values():
        if proc.poll() is None:
            proc.terminate()
    for proc in processes.values():
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
    return exit_code


if __name__ == "__main__":
    sys.exit(main())
