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
import werkzeug
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


# Operations whose body is checked as a whole beyond what JSON Schema can say: a directory payload's
# references between its users, departments and roles (by code and username), a workflow document's
# graph and references (engine.workflows.definitions), a test run's values and choices (checked against
# the workflow's fields and states: engine.tickets.simulation), a script's syntax, a channel's per-kind
# configuration, outbound URLs and allow-list entries (private addresses, hosts, CIDRs:
# integrations.common.outbound), a working calendar's time zone (IANA names), hours (in order, not
# overlapping, some in the week), countries and regions (those the holidays library knows) and the
# due preview's amount (hours or days, as its clock says), an LDAP source's DNs, search filters and
# server URL (ldap3's own parsers). Their field-level 422s are answers, not refused valid requests.
WHOLE_DOCUMENT_CHECKS = (
    "/directory/sync",
    "/workflows/import",
    "/workflows/{workflow_id}/draft",
    "/workflows/{workflow_id}/validate",
    "/workflows/{workflow_id}/simulate",
    "/scripts",
    "/scripts/{script_id}",
    "/notification-channels",
    "/notification-channels/{channel_id}",
    "/webhooks",
    "/webhooks/{webhook_id}",
    "/integrations/settings",
    "/calendar",
    "/calendar/workdays",
    "/calendar/holidays/import",
    "/calendar/due",
    "/directory-feeds/ldap",
    "/directory-feeds/ldap/{source_id}",
    "/sso/providers",
    "/sso/providers/{provider_id}",
    "/sso/settings",
)


# Single sign-on's browser endpoints answer every request, good or bad, with a redirect (to the
# provider, into the console, or back to the login page with the reason).
BROWSER_REDIRECTS = ("/sso/{key}/start", "/sso/callback")
DELEGATION_RULES = {"delegate", "delegator", "ends_at"}
PASSWORD_FIELDS = {"current_password", "new_password"}


def _rightly_refused(response: Any, case: Any) -> bool:
    """Refusals of schema-valid requests that are right, because JSON Schema cannot say why."""
    path = case.operation.path
    if response.status_code == 302 and path.endswith(BROWSER_REDIRECTS):
        return True  # a browser's trip through an identity provider: every answer is a redirect
    error = json.loads(response.content).get("error") or {}
    if response.status_code == 401:
        # Credentials and signatures are not in the schema; an earlier example may have logged out.
        return (
            path.endswith(("/auth/login", "/auth/logout", "/sso/logout"))
            or error.get("code") == "invalid_signature"
        )
    if response.status_code not in {400, 422}:
        return False
    if error.get("code") == "invalid_cursor":
        return True  # an opaque token the server did not issue, like an unknown id
    details = error.get("details") or []
    if not details or not isinstance(details, list):
        return False
    if all(problem["type"] == "invalid_character" for problem in details):
        return True  # text PostgreSQL cannot store (NUL, lone surrogates): core.input_guard's point
    if all(problem["field"].endswith(("_id", "_ids")) for problem in details):
        return True  # a reference to an object that does not exist, like an unknown id in a path
    if all(problem["type"] == "duplicate" for problem in details):
        return True  # one code twice in a list: JSON Schema's uniqueItems cannot look at one key
    if path.endswith(("/apps", "/apps/{app_id}")) and all(p["field"] == "scopes" for p in details):
        return True  # no scopes needs confirm_no_scopes: true, a rule between two fields
    if "/statistics" in path and all(problem["field"] == "from" for problem in details):
        return True  # a period's two ends checked together: `from` not after `to`, at most 366 days
    if path.endswith("/tickets/bulk-handle") and all(p["field"] == "transition" for p in details):
        return True  # a rule between two fields: `transition` or `attribute`, one of them
    if path.endswith("/me/password") and all(p["field"] in PASSWORD_FIELDS for p in details):
        return True  # the current password must be the stored one; the new one must pass the validators
    if path.endswith("/delegations") and all(p["field"] in DELEGATION_RULES for p in details):
        return True  # people named exist (and differ); a period ends after it starts, not in the past
    if "/compat-v2/apps" in path and all(p["field"] in {"acting_usernames", "name"} for p in details):
        return True  # the people a 2.x app may act as exist; `loonflow` is a reserved app name
    return path.endswith(WHOLE_DOCUMENT_CHECKS)


def positive_data_acceptance(ctx: Any, response: Any, case: Any) -> bool | None:
    """schemathesis' check, less the refusals that are right (above)."""
    try:
        return _positive_data_acceptance(ctx, response, case)
    except AssertionError:
        if _rightly_refused(response, case):
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
    # What a valid request may get besides 2xx: a missing object (a generated id), a business
    # conflict, a limit, and the precondition codes of If-Match writes. Never 400 or 422 (a valid
    # request refused), nor 401/403: the caller is an admin (login and logout: see below).
    expected = ["2xx", "404", "409", "412", "428", "429"]
    schema.config.checks.positive_data_acceptance.expected_statuses = expected
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


def _session_of(client: Client, login_path: str, username: str) -> dict[str, str]:
    """Log in over HTTP; the cookies and CSRF header every fuzzed request then carries."""
    client.get(login_path.replace("/login", "/csrf"))
    response = client.post(
        login_path, {"username": username, "password": PASSWORD}, content_type="application/json"
    )
    assert response.status_code == 200, response.content
    return {name: morsel.value for name, morsel in client.cookies.items()}


def _call(case: Any, host: str, cookies: dict[str, str]) -> None:
    """Send one generated request as the admin and run every check on the answer."""
    # A cookie jar for this host, filled afresh each call (a fuzzed logout empties it).
    client = werkzeug.Client(wsgi_app)
    for name, value in cookies.items():
        client.set_cookie(name, value, domain=host)
    case.call_and_validate(
        base_url=f"http://{host}",
        session=client,
        headers={"X-CSRFToken": cookies["loonflow_csrftoken"]},
        checks=CHECKS_RUN,
    )


@pytest.fixture
def tenant_admin(client_for: Callable[..., Client]) -> Iterator[dict[str, str]]:
    from core.access.models import User
    from engine.workflows.tests.factories import seed_samples

    with schema_context("it"):
        seed_samples()  # workflows, tickets' prerequisites, a directory: ids for the fuzzer to hit
        User.objects.create_user(username="fuzz-admin", password=PASSWORD, is_tenant_admin=True)
    connection.set_schema_to_public()
    session = _session_of(client_for("it"), "/api/v1/auth/login", "fuzz-admin")
    with _in_one_transaction():
        yield session


@pytest.fixture
def platform_admin(client_for: Callable[..., Client]) -> Iterator[dict[str, str]]:
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
def test_tenant_api(case: Any, tenant_admin: dict[str, str]) -> None:
    _call(case, host_of("it"), tenant_admin)


@platform_schema.parametrize()
@_settings()
@_seeded
def test_platform_api(case: Any, platform_admin: dict[str, str]) -> None:
    _call(case, host_of("public"), platform_admin)
