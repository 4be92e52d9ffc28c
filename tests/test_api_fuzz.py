"""Property-based API fuzzing: schemathesis over both OpenAPI documents, in-process, against the test DB.

Every operation of the tenant API (as a tenant admin, in a seeded tenant) and of the platform API (as
the platform admin) gets schema-valid and schema-invalid requests, sent through the whole Django
stack (middleware included) as WSGI calls. Each answer must be: no 5xx; a status code, content type
and body the OpenAPI document declares; valid requests not refused with 400/422, invalid ones not
accepted with a 2xx.

Bounded and reproducible: derandomized (the same examples every run) with FUZZ_EXAMPLES examples per
operation and generation mode; FUZZ_SEED=<n> explores other examples instead. Each operation runs in
its own transaction, rolled back afterwards, so nothing it writes survives; statement and lock
timeouts and an alarm per operation keep a stuck request from hanging the suite.
See docs/development.md ("API fuzzing").
"""

from __future__ import annotations

import json
import os
import signal
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from types import FrameType
from typing import Any

import hypothesis
import pytest
import schemathesis
import schemathesis.checks
from django.core.handlers.wsgi import WSGIHandler
from django.core.management import call_command
from django.core.signals import request_finished, request_started
from django.db import close_old_connections, connection
from django.test import Client
from django_tenants.utils import schema_context
from schemathesis import GenerationMode

from config.api import platform_api, tenant_api
from conftest import PASSWORD, host_of

pytestmark = pytest.mark.django_db

EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "12"))
SEED = os.environ.get("FUZZ_SEED")
OPERATION_TIMEOUT = int(os.environ.get("FUZZ_OPERATION_TIMEOUT", "120"))

_positive_data_acceptance = schemathesis.checks.positive_data_acceptance


def positive_data_acceptance(ctx: Any, response: Any, case: Any) -> bool | None:
    """schemathesis' check, less one refusal that is right: text PostgreSQL cannot store.

    The generator puts NUL and lone surrogates into schema-valid strings (JSON Schema cannot exclude
    them); core.input_guard answers those with 422 `invalid_character`, which is the point.
    """
    try:
        return _positive_data_acceptance(ctx, response, case)
    except AssertionError:
        if response.status_code == 422:
            details = json.loads(response.content)["error"]["details"]
            if details and all(problem["type"] == "invalid_character" for problem in details):
                return None
        raise


CHECKS_RUN = [
    schemathesis.checks.not_a_server_error,
    schemathesis.checks.status_code_conformance,
    schemathesis.checks.content_type_conformance,
    schemathesis.checks.response_schema_conformance,
    positive_data_acceptance,
    schemathesis.checks.negative_data_rejection,
]


def _load(api: Any, prefix: str) -> Any:
    schema = schemathesis.openapi.from_dict(api.get_openapi_schema(path_prefix=prefix))
    schema.config.generation.update(
        modes=[GenerationMode.POSITIVE, GenerationMode.NEGATIVE],
        max_examples=EXAMPLES,
        deterministic=SEED is None,
        database="none",
        # The fuzzer sends the admin's session itself: it must not "forget" the cookie in negative cases.
        with_security_parameters=False,
    )
    schema.config.phases.update(phases=["examples", "coverage", "fuzzing"])
    # What a valid request may get besides 2xx: wrong credentials (login) or a lost session (after
    # logout), a missing object (a generated id), a business conflict, a limit, and the precondition
    # codes of If-Match writes. Never 400 or 422: that is a valid request refused.
    schema.config.checks.positive_data_acceptance.expected_statuses = [
        "2xx", "401", "403", "404", "409", "412", "428", "429",
    ]  # fmt: skip
    return schema


tenant_schema = _load(tenant_api, "/api/v1/")
platform_schema = _load(platform_api, "/api/v1/platform/")

_wsgi = WSGIHandler()


def wsgi_app(environ: dict[str, Any], start_response: Callable[..., Any]) -> Any:
    return _wsgi(environ, start_response)


tenant_schema.app = wsgi_app
platform_schema.app = wsgi_app


@contextmanager
def _in_one_transaction() -> Iterator[None]:
    """Keep every WSGI call on the test's connection and transaction (rolled back at the end).

    Django closes "old" connections around each request; inside the test's transaction that would
    throw it away, so the hooks are off while the fuzzer runs (as Django's own test client does).
    """
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL statement_timeout = '20s'; SET LOCAL lock_timeout = '5s'")

    def timed_out(signum: int, frame: FrameType | None) -> None:
        raise TimeoutError(f"an operation's fuzzing took over {OPERATION_TIMEOUT}s")

    previous = signal.signal(signal.SIGALRM, timed_out)
    signal.alarm(OPERATION_TIMEOUT)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)
        request_started.connect(close_old_connections)
        request_finished.connect(close_old_connections)


def _session_of(client: Client, login_path: str, username: str) -> dict[str, Any]:
    """Log in over HTTP; the cookies and CSRF header every fuzzed request then carries."""
    client.get(login_path.replace("/login", "/csrf"))
    response = client.post(
        login_path, {"username": username, "password": PASSWORD}, content_type="application/json"
    )
    assert response.status_code == 200, response.content
    cookies = {name: morsel.value for name, morsel in client.cookies.items()}
    return {"cookies": cookies, "headers": {"X-CSRFToken": cookies["loonflow_csrftoken"]}}


@pytest.fixture
def tenant_admin(client_for: Callable[..., Client]) -> Iterator[dict[str, Any]]:
    from core.models import User
    from engine.tests.test_actions import _seed

    with schema_context("it"):
        _seed()  # workflows, tickets' prerequisites, a directory: ids for the fuzzer to hit
        User.objects.create_user(username="fuzz-admin", password=PASSWORD, is_tenant_admin=True)
    connection.set_schema_to_public()
    session = _session_of(client_for("it"), "/api/v1/auth/login", "fuzz-admin")
    with _in_one_transaction():
        yield session


@pytest.fixture
def platform_admin(client_for: Callable[..., Client]) -> Iterator[dict[str, Any]]:
    call_command("create_platform_admin", "fuzz-root", password=PASSWORD, verbosity=0)
    session = _session_of(client_for("public"), "/api/v1/platform/auth/login", "fuzz-root")
    with _in_one_transaction():
        yield session


def _settings() -> Callable[[Any], Any]:
    options: dict[str, Any] = {
        "deadline": None,
        "database": None,
        "suppress_health_check": list(hypothesis.HealthCheck),
        "phases": [hypothesis.Phase.explicit, hypothesis.Phase.generate],  # no shrinking: bounded time
        "derandomize": SEED is None,
        "print_blob": True,
    }
    return hypothesis.settings(**options)


def _seeded(test: Any) -> Any:
    return hypothesis.seed(int(SEED))(test) if SEED is not None else test


@tenant_schema.parametrize()
@_settings()
@_seeded
def test_tenant_api(case: Any, tenant_admin: dict[str, Any]) -> None:
    case.call_and_validate(
        base_url=f"http://{host_of('it')}",
        cookies=tenant_admin["cookies"],
        headers=tenant_admin["headers"],
        checks=CHECKS_RUN,
    )


@platform_schema.parametrize()
@_settings()
@_seeded
def test_platform_api(case: Any, platform_admin: dict[str, Any]) -> None:
    case.call_and_validate(
        base_url=f"http://{host_of('public')}",
        cookies=platform_admin["cookies"],
        headers=platform_admin["headers"],
        checks=CHECKS_RUN,
    )
