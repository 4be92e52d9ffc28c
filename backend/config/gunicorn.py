"""gunicorn settings for the API: `gunicorn -c config/gunicorn.py config.wsgi` (from backend/).

Everything can be overridden from the environment (gunicorn also reads GUNICORN_CMD_ARGS).
"""

from __future__ import annotations

import os
import tempfile
from typing import Any

# Before anything imports prometheus_client: every worker writes its request metrics here, and
# whichever worker answers /metrics sums them (metrics.multiprocess). One directory per master.
_OWN_METRICS_DIR = os.path.join(tempfile.gettempdir(), f"loonflow-metrics-{os.getpid()}")
os.environ.setdefault("PROMETHEUS_MULTIPROC_DIR", _OWN_METRICS_DIR)

bind = [os.environ.get("GUNICORN_BIND", f"0.0.0.0:{os.environ.get('PORT', '8000')}")]
# A second listener for Prometheus only (metrics.middleware checks which one a request came in on).
if os.environ.get("METRICS_PORT"):
    bind.append(f"{bind[0].rsplit(':', 1)[0]}:{os.environ['METRICS_PORT']}")
# Sync workers with a few threads each: requests are short and spend their time in PostgreSQL.
workers = int(os.environ.get("WEB_CONCURRENCY", "3"))
threads = int(os.environ.get("GUNICORN_THREADS", "2"))
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))
graceful_timeout = int(os.environ.get("GUNICORN_GRACEFUL_TIMEOUT", "20"))
keepalive = 5
# Recycle workers now and then so a slow leak can never take a pod down.
max_requests = int(os.environ.get("GUNICORN_MAX_REQUESTS", "5000"))
max_requests_jitter = max_requests // 10
# Behind nginx / an ingress: trust X-Forwarded-* only from the proxy (Kubernetes: the pod network).
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1")
accesslog = "-" if os.environ.get("GUNICORN_ACCESS_LOG", "1") == "1" else None
errorlog = "-"
# Workers fork after loading the app only when asked (saves memory; needs DB connections closed first).
preload_app = False


def on_starting(server: Any) -> None:
    """Start each master with an empty metrics directory: old files would add dead workers' counts."""
    from metrics.multiprocess import reset_directory

    reset_directory()


def child_exit(server: Any, worker: Any) -> None:
    """Drop a finished worker's live gauges from `/metrics` (its counters stay summed in)."""
    from metrics.multiprocess import mark_process_dead

    mark_process_dead(worker.pid)


def on_exit(server: Any) -> None:
    """Remove the metrics directory this master made for itself (not one it was given)."""
    if os.environ.get("PROMETHEUS_MULTIPROC_DIR") == _OWN_METRICS_DIR:
        import shutil

        shutil.rmtree(_OWN_METRICS_DIR, ignore_errors=True)
