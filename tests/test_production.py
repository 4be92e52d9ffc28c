"""Production configuration, checked in real processes: what config.settings.production accepts and
refuses, the gunicorn config summing every worker's request metrics, and errors reaching a
Sentry-protocol receiver."""

from __future__ import annotations

import gzip
import json
import os
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from django.conf import settings

from conftest import free_port, test_database_url

ROOT = Path(__file__).resolve().parent.parent
BACKEND = ROOT / "backend"
BIN = Path(sys.executable).parent
SECRETS = {"SECRET_KEY": "s" * 50, "SECRETS_ENCRYPTION_KEY": "e" * 40}


def production_settings(**env: str) -> subprocess.CompletedProcess[str]:
    """Import config.settings.production in a fresh interpreter and print what matters as JSON."""
    script = (
        "import json, django; from django.conf import settings as s; django.setup(); print(json.dumps({"
        "'debug': s.DEBUG, 'session_secure': s.SESSION_COOKIE_SECURE, 'csrf_secure': s.CSRF_COOKIE_SECURE,"
        "'hsts': s.SECURE_HSTS_SECONDS, 'hsts_subdomains': s.SECURE_HSTS_INCLUDE_SUBDOMAINS,"
        "'ssl_redirect': s.SECURE_SSL_REDIRECT, 'proxy_ssl': list(s.SECURE_PROXY_SSL_HEADER),"
        "'hosts': s.ALLOWED_HOSTS, 'log_format': s.LOGGING['handlers']['console']['formatter'],"
        "'metrics_open': s.METRICS_OPEN, 'conn_max_age': s.DATABASES['default']['CONN_MAX_AGE'],"
        "'fallbacks': s.SECRET_KEY_FALLBACKS}))"
    )
    clean = {k: v for k, v in os.environ.items() if k not in {"SECRET_KEY", "SECRETS_ENCRYPTION_KEY"}}
    return subprocess.run(
        [sys.executable, "-c", script],
        cwd=BACKEND,
        env={**clean, "DJANGO_SETTINGS_MODULE": "config.settings.production", **env},
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_production_settings_are_secure_and_take_the_tenant_wildcard():
    result = production_settings(
        **SECRETS, PUBLIC_DOMAIN="loonflow.example.com", SECRET_KEY_FALLBACKS="old1,old2"
    )
    assert result.returncode == 0, result.stderr
    values = json.loads(result.stdout)
    assert values == {
        "debug": False,
        "session_secure": True,
        "csrf_secure": True,
        "hsts": 31536000,
        "hsts_subdomains": True,
        "ssl_redirect": True,
        "proxy_ssl": ["HTTP_X_FORWARDED_PROTO", "https"],
        "hosts": ["loonflow.example.com", ".loonflow.example.com"],
        "log_format": "json",
        "metrics_open": False,
        "conn_max_age": 60,
        "fallbacks": ["old1", "old2"],
    }


@pytest.mark.parametrize(
    ("env", "message"),
    [
        ({"SECRETS_ENCRYPTION_KEY": "e" * 40}, "SECRET_KEY"),
        ({"SECRET_KEY": "short", "SECRETS_ENCRYPTION_KEY": "e" * 40}, "SECRET_KEY"),
        ({"SECRET_KEY": "s" * 50}, "SECRETS_ENCRYPTION_KEY"),
        ({**SECRETS, "DATABASE_POOL_MODE": "pgbouncer-transaction"}, "search_path"),
    ],
)
def test_production_refuses_to_start_misconfigured(env, message):
    result = production_settings(**env)
    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr
    assert message in result.stderr


def test_behind_pgbouncer_connections_last_one_request():
    result = production_settings(**SECRETS, DATABASE_POOL_MODE="pgbouncer-session")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["conn_max_age"] == 0


# ---- gunicorn: one /metrics for all workers -------------------------------------------------------


def _get(url: str, headers: dict[str, str] | None = None) -> tuple[int, str]:
    request = urllib.request.Request(url, headers={"Connection": "close", **(headers or {})})
    with urllib.request.urlopen(request, timeout=10) as response:
        return response.status, response.read().decode()


def _retrying_get(url: str, failures: list[str] | None = None) -> tuple[int, str]:
    """A worker being replaced may drop a connection; what counts is what was answered. Each failed
    attempt goes to `failures`: the server may have answered (and counted) it after all, e.g. one
    that outlived the client's timeout on a loaded machine."""
    for _ in range(5):
        try:
            return _get(url)
        except OSError as error:
            if failures is not None:
                failures.append(repr(error))
            time.sleep(0.1)
    raise AssertionError(f"{url} kept failing")


@pytest.mark.django_db
def test_gunicorn_workers_report_their_requests_together_on_the_metrics_port(tmp_path):
    port, metrics_port = free_port(), free_port()
    metrics_dir = tmp_path / "metrics"
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.test",
        "DATABASE_URL": test_database_url(),
        "REDIS_URL": settings.REDIS_URL,
        "GUNICORN_BIND": f"127.0.0.1:{port}",
        "WEB_CONCURRENCY": "2",
        "GUNICORN_THREADS": "1",
        "GUNICORN_ACCESS_LOG": "0",
        # Workers are replaced every ~10 requests: the forty are answered by several processes,
        # most of them gone by the time /metrics is asked.
        "GUNICORN_MAX_REQUESTS": "10",
        "PROMETHEUS_MULTIPROC_DIR": str(metrics_dir),
        "METRICS_TOKEN": "t" * 32,
        # A listener of its own for /metrics: what reaches the main port (an Ingress) never gets it.
        "METRICS_PORT": str(metrics_port),
    }
    server = subprocess.Popen(
        [str(BIN / "gunicorn"), "-c", "config/gunicorn.py", "config.wsgi"],
        cwd=BACKEND,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        base = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 30
        failures: list[str] = []
        while True:
            try:
                _get(f"{base}/healthz")
                break
            except OSError as error:
                assert server.poll() is None, server.stderr.read().decode() if server.stderr else ""
                assert time.monotonic() < deadline, "gunicorn did not start"
                if not isinstance(error, ConnectionRefusedError):  # a worker may answer it later
                    failures.append(repr(error))
                time.sleep(0.2)
        with ThreadPoolExecutor(max_workers=4) as pool:
            list(pool.map(lambda _: _retrying_get(f"{base}/healthz", failures), range(40)))

        token = {"Authorization": "Bearer " + "t" * 32}
        status, body = _get(f"http://127.0.0.1:{metrics_port}/metrics", token)

        assert status == 200
        line = 'loonflow_http_requests_total{method="GET",route="/healthz",status="200"}'
        counted = next(row for row in body.splitlines() if row.startswith(line))
        # The start-up probe and the forty, and perhaps attempts the client gave up on but a worker answered.
        assert 41 <= float(counted.split(" ")[1]) <= 41 + len(failures), failures
        assert 'loonflow_tenants{status="active"}' in body
        writers = {path.name.rsplit("_", 1)[1] for path in metrics_dir.glob("counter_*.db")}
        assert len(writers) >= 4, writers
        # The main port never answers /metrics, whatever Host the client claims; the metrics port
        # answers nothing else.
        for url, headers in [
            (f"{base}/metrics", token),
            (f"{base}/metrics", {**token, "Host": f"127.0.0.1:{metrics_port}"}),
            (f"http://127.0.0.1:{metrics_port}/healthz", {}),
            (f"http://127.0.0.1:{metrics_port}/api/v1/me", {"Host": "it.localhost"}),
        ]:
            with pytest.raises(urllib.error.HTTPError) as refused:
                _get(url, headers)
            assert refused.value.code == 404, url
    finally:
        server.terminate()
        server.wait(timeout=30)


# ---- Sentry-protocol error reporting -----------------------------------------------------------------


class _Receiver(BaseHTTPRequestHandler):
    envelopes: list[str] = []

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
        if self.headers.get("Content-Encoding") == "gzip":
            body = gzip.decompress(body)
        type(self).envelopes.append(body.decode(errors="replace"))
        self.send_response(200)
        self.end_headers()

    def log_message(self, format: str, *args: Any) -> None:
        pass


def test_unhandled_errors_reach_a_sentry_protocol_receiver():
    receiver = ThreadingHTTPServer(("127.0.0.1", 0), _Receiver)
    _Receiver.envelopes = []
    threading.Thread(target=receiver.serve_forever, daemon=True).start()
    script = (
        "import logging, django; django.setup()\n"
        "import sentry_sdk\n"
        "from core.logging import request_id_var, tenant_var\n"
        "assert sentry_sdk.get_client().is_active()\n"
        "tenant_var.set('it'); request_id_var.set('req-7f3a')\n"
        "try:\n    1 / 0\n"
        "except ZeroDivisionError:\n"
        "    logging.getLogger('core.middleware').exception('unhandled error on GET /api/v1/x')\n"
        "sentry_sdk.flush(10)\n"
    )
    try:
        result = subprocess.run(
            [sys.executable, "-c", script],
            cwd=BACKEND,
            env={
                **os.environ,
                "DJANGO_SETTINGS_MODULE": "config.settings.test",
                "SENTRY_DSN": f"http://publickey@127.0.0.1:{receiver.server_port}/42",
                "SENTRY_ENVIRONMENT": "ci",
            },
            capture_output=True,
            text=True,
            timeout=60,
        )
    finally:
        receiver.shutdown()
    assert result.returncode == 0, result.stderr
    events = [envelope for envelope in _Receiver.envelopes if '"type":"event"' in envelope.replace(" ", "")]
    assert len(events) == 1, _Receiver.envelopes
    event = events[0]
    assert "ZeroDivisionError" in event
    assert '"request_id":"req-7f3a"' in event.replace(" ", "")
    assert '"tenant":"it"' in event.replace(" ", "")
    assert '"environment":"ci"' in event.replace(" ", "")
