"""The caller's credentials come from each request's headers; every call goes to the configured API
URL with that caller's token and tenant, whatever a tool's arguments say."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from agent_tools import inputs, operations
from agent_tools.connection import Caller, LoonflowError, Settings, caller_from, client_for, error_of

SETTINGS = Settings(api_url="http://127.0.0.1:8000", tenant_host="it.localhost")
BACKEND = Path(__file__).resolve().parents[2]


def test_the_bearer_token_and_tenant_come_from_the_request():
    caller = caller_from({"authorization": "Bearer lft_a_b", "x-loonflow-host": "hr.localhost"}, SETTINGS)
    assert caller == Caller(token="lft_a_b", tenant_host="hr.localhost")
    assert caller_from({"authorization": "bearer lft_a_b"}, SETTINGS).tenant_host == "it.localhost"
    acting = caller_from({"authorization": "Bearer t", "x-acting-user": "alice"}, SETTINGS)
    assert acting.acting_user == "alice"


@pytest.mark.parametrize(
    ("headers", "code"),
    [
        ({}, "not_authenticated"),
        ({"authorization": "Basic YTpi"}, "not_authenticated"),
        ({"authorization": "Bearer "}, "not_authenticated"),
        ({"authorization": "Bearer t", "x-loonflow-host": "http://evil.example/"}, "invalid_tenant"),
        ({"authorization": "Bearer t", "x-loonflow-host": "a b"}, "invalid_tenant"),
        ({"authorization": "Bearer t", "x-acting-user": "al ice"}, "invalid_acting_user"),
        ({"authorization": "Bearer t", "x-acting-user": "ålice"}, "invalid_acting_user"),
    ],
)
def test_missing_or_malformed_credentials_are_refused(headers, code):
    with pytest.raises(LoonflowError) as raised:
        caller_from(headers, SETTINGS)
    assert raised.value.code == code


def test_without_a_configured_tenant_the_client_must_name_one():
    with pytest.raises(LoonflowError) as raised:
        caller_from({"authorization": "Bearer t"}, Settings(api_url="http://127.0.0.1:8000"))
    assert raised.value.code == "tenant_required"


def test_api_errors_keep_their_code_and_message():
    body = json.dumps({"error": {"code": "not_a_handler", "message": "Not yours.", "details": None}})
    error = error_of(409, body.encode())
    assert (error.status, error.code, error.message) == (409, "not_a_handler", "Not yours.")
    assert error_of(502, b"<html>bad gateway</html>").code == "http_502"


def test_every_request_goes_to_the_configured_api_with_the_callers_token():
    seen: list[httpx.Request] = []

    def api(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"items": [], "next_cursor": None})

    caller = Caller(token="lft_p_s", tenant_host="hr.localhost", acting_user="alice")
    with client_for(caller, SETTINGS, transport=httpx.MockTransport(api)) as client:
        operations.my_todo(client, inputs.MyTodoIn(cursor="http://evil.example/x", limit=5))
    [request] = seen
    assert (request.url.scheme, request.url.host, request.url.port) == ("http", "127.0.0.1", 8000)
    assert request.url.path == "/api/v1/tickets"
    assert request.headers["authorization"] == "Bearer lft_p_s"
    assert request.headers["host"] == "hr.localhost"
    assert request.headers["x-acting-user"] == "alice"


def test_the_server_loads_without_django_or_the_backend():
    code = (
        "import sys, agent_tools.server, agent_tools.__main__; "
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in "
        "{'django', 'core', 'engine', 'integrations', 'tenants', 'config', 'metrics'}); "
        "print(','.join(bad))"
    )
    path = f"{BACKEND}:{BACKEND.parent / 'clients' / 'python'}"
    done = subprocess.run(
        [sys.executable, "-c", code], env={"PYTHONPATH": path}, capture_output=True, text=True, check=True
    )
    assert done.stdout.strip() == ""


def test_a_redirect_is_not_followed():
    seen: list[httpx.Request] = []

    def api(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(302, headers={"Location": "http://10.0.0.1/steal"})

    caller = Caller(token="lft_p_s", tenant_host="it.localhost")
    client = client_for(caller, SETTINGS, transport=httpx.MockTransport(api))
    with client, pytest.raises(LoonflowError) as raised:
        operations.my_todo(client, inputs.MyTodoIn())
    assert raised.value.code == "http_302"
    assert [request.url.host for request in seen] == ["127.0.0.1"]


DEPLOYED = Settings(api_url="http://api:8000", tenant_domain="example.com", forwarded_proto="https")


@pytest.mark.parametrize(
    ("host", "tenant"),
    [
        ("it.example.com", "it.example.com"),
        ("hr.example.com:8443", "hr.example.com:8443"),
        ("IT.Example.com", "IT.Example.com"),
    ],
)
def test_deployed_the_tenant_is_the_host_the_client_reached(host, tenant):
    # X-Loonflow-Host cannot point the token at another tenant: the URL the client uses decides.
    headers = {"authorization": "Bearer t", "host": host, "x-loonflow-host": "hr.example.com"}
    assert caller_from(headers, DEPLOYED).tenant_host == tenant


@pytest.mark.parametrize(
    "host",
    [
        "example.com",
        "evil.example",
        "a.b.example.com",
        "it.example.com.evil.example",
        "-x.example.com",
        "",
        "it.example.com:1:2",
    ],
)
def test_deployed_a_host_outside_the_domain_is_refused(host):
    with pytest.raises(LoonflowError) as raised:
        caller_from({"authorization": "Bearer t", "host": host}, DEPLOYED)
    assert (raised.value.code, raised.value.status) == ("invalid_tenant", 421)


def test_deployed_the_api_is_told_the_client_came_over_https():
    seen: list[httpx.Request] = []

    def api(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"items": [], "next_cursor": None})

    from agent_tools.connection import SharedConnections

    caller = Caller(token="lfp_p_s", tenant_host="it.example.com")
    shared = SharedConnections(httpx.MockTransport(api), forwarded_proto="https")
    with client_for(caller, DEPLOYED, transport=shared) as client:
        operations.my_todo(client, inputs.MyTodoIn(limit=5))
    [request] = seen
    assert (request.url.host, request.headers["host"]) == ("api", "it.example.com")
    assert request.headers["x-forwarded-proto"] == "https"
