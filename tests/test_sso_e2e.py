"""Single sign-on end to end through gunicorn: a browser (httpx, with its cookie jar) clicks the
login page's provider button, the real OpenID provider process (tests/oidc_provider/server.py)
signs the person in, and the callback lands them in the tenant's console with their mapped
department and roles, in the same kind of session a password login gives; logout ends it and goes
through the provider's end_session endpoint back to our login page.

No `django_db` mark: gunicorn only sees committed rows, so the fixture commits the provider,
department and role in the `it` tenant and removes them afterwards.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import httpx
import pytest
from django.conf import settings
from django.db import connection
from django_tenants.utils import schema_context

from conftest import allow_private, free_port, test_database_url
from integrations.sso.tests.factories import Provider, provider_fields, provider_process

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
KEY = "sso-e2e"
TIMEOUT = 60  # a busy machine answers slowly; the default 5 s is not a test of anything


@dataclass
class World:
    base: str
    host: str
    provider: Provider


def _forget() -> None:
    from core.access.models import User
    from core.directory.models import Department, Role
    from integrations.sso.models import OidcProvider

    User.objects.filter(username="sso-e2e-pat").delete()
    OidcProvider.objects.filter(key=KEY).delete()
    Department.objects.filter(code="sso-e2e-fin").delete()
    Role.objects.filter(code="sso-e2e-approver").delete()


def _wait(port: int, process: subprocess.Popen[bytes]) -> None:
    import socket
    import time

    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        assert process.poll() is None, process.stderr.read().decode() if process.stderr else ""
        with socket.socket() as sock:
            if sock.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.1)
    raise AssertionError("gunicorn did not start")


@pytest.fixture(scope="module")
def world(django_db_setup: None, django_db_blocker: Any, tmp_path_factory: Any) -> Iterator[World]:
    from core.directory.services import department_create, role_create
    from integrations.sso import services

    port = free_port()
    host = f"it.localhost:{port}"
    clients = {
        "loonflow-it": {"secret": "e2e-secret", "redirect_uris": [f"http://{host}/api/v1/sso/callback"]}
    }
    with (
        provider_process(tmp_path_factory.mktemp("oidc-e2e"), clients) as provider,
        django_db_blocker.unblock(),
    ):
        allow_private("it", ["127.0.0.1/32"])
        with schema_context("it"):
            _forget()
            department_create(code="sso-e2e-fin", name="SSO Finance")
            role_create(code="sso-e2e-approver", name="SSO approver")
            fields = provider_fields(
                provider,
                key=KEY,
                client_secret="e2e-secret",
                department_map={"Finance": "sso-e2e-fin"},
                role_map={"approvers": "sso-e2e-approver"},
            )
            services.provider_discover(provider=services.provider_create(**fields))
        connection.set_schema_to_public()
        env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "config.settings.test",
            "DATABASE_URL": test_database_url(),
            "REDIS_URL": settings.REDIS_URL,
            "GUNICORN_BIND": f"127.0.0.1:{port}",
            "WEB_CONCURRENCY": "1",
            "GUNICORN_THREADS": "2",
            "GUNICORN_ACCESS_LOG": "0",
            "PROMETHEUS_MULTIPROC_DIR": str(tmp_path_factory.mktemp("metrics")),
            "LOG_LEVEL": "WARNING",
        }
        process = subprocess.Popen(
            [str(BIN / "gunicorn"), "-c", "config/gunicorn.py", "config.wsgi"],
            cwd=ROOT / "backend",
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        try:
            _wait(port, process)
            yield World(base=f"http://127.0.0.1:{port}", host=host, provider=provider)
        finally:
            process.terminate()
            process.wait(timeout=30)
            with schema_context("it"):
                _forget()
            allow_private("it", [])
            connection.set_schema_to_public()


def test_a_person_clicks_sign_in_with_the_provider_and_lands_in_their_tenant(world: World) -> None:
    browser = httpx.Client(base_url=world.base, headers={"Host": world.host}, timeout=TIMEOUT)
    options = browser.get("/api/v1/sso/login-options").json()
    button = next(p for p in options["providers"] if p["key"] == KEY)
    assert button["label"] == "Corp ID"

    started = browser.get(button["start_url"], params={"next": "/tickets"})
    assert started.status_code == 302
    # At the provider (another origin: no cookie of ours goes there); it signs pat in.
    at_provider = httpx.get(f"{started.headers['location']}&login_hint=pat", timeout=TIMEOUT)
    assert at_provider.status_code == 302
    back = urlsplit(at_provider.headers["location"])
    assert back.netloc == world.host
    landed = browser.get(f"{back.path}?{back.query}")
    assert landed.status_code == 302
    assert landed.headers["location"] == "/tickets"

    me = browser.get("/api/v1/me")
    assert me.status_code == 200, me.text
    body = me.json()
    assert body["user"]["username"] == "sso-e2e-pat"
    assert body["tenant"] == "it"
    assert [d["code"] for d in body["departments"]] == ["sso-e2e-fin"]
    assert [r["code"] for r in body["roles"]] == ["sso-e2e-approver"]
    # The session works like a password login's: the CSRF-checked writes of the console too.
    csrf = browser.get("/api/v1/auth/csrf").json()["csrf_token"]
    logout = browser.post("/api/v1/sso/logout", headers={"X-CSRFToken": csrf})
    assert logout.status_code == 200, logout.text
    target = logout.json()["redirect_to"]
    assert target.startswith(f"{world.provider.url}/end_session?id_token_hint=")
    assert browser.get("/api/v1/me").status_code == 401
    signed_out = httpx.get(target, timeout=TIMEOUT)
    assert signed_out.headers["location"] == f"http://{world.host}/login"
