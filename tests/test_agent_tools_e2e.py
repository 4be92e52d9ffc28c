"""The agent tools (backend/agent_tools) end to end, driven by the `mcp` SDK's own client: gunicorn
serves Loonflow, the MCP server runs as its own process (`python -m agent_tools`), and each person
connects with their own credentials. The MCP client lists the tools and schemas, reads a to-do, files,
reads, approves, comments and searches; another person sees only their own; bad credentials and bad
arguments are refused and write nothing.

Each person connects with their own personal token (docs/agent-tools.md, "Credentials"); an app
token with the "act for users" grant plus `X-Acting-User` works too, and is checked once here.

No `django_db` mark: gunicorn sees only committed rows, so the fixture commits the sample workflow,
people, their tokens and apps in the `it` tenant and removes them afterwards (and counts tickets the
same way).
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import anyio
import httpx2
import pytest
from django.conf import settings
from django.db import connection
from django_tenants.utils import schema_context
from mcp import Client
from mcp.client.streamable_http import streamable_http_client
from mcp.shared.exceptions import MCPError

from conftest import free_port, host_of, test_database_url

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
APP_NAME = "mcp-e2e"
PERSONLESS_APP = "mcp-e2e-personless"
LEAVE = {"leave_type": "annual", "start_date": "2026-12-21", "days": 5, "reason": "Winter cabin trip"}


@dataclass
class Servers:
    mcp_url: str
    token: str  # the app's, which acts for a person named with X-Acting-User
    personless_token: str
    personal: dict[str, str]  # each person's own token (scope: workflows), by username
    directory_only: str  # alice's token that may only read the directory
    deployed_port: int  # the server run with --tenant-domain localhost


def _wait_port(port: int, process: subprocess.Popen[bytes], what: str) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        assert process.poll() is None, process.stderr.read().decode() if process.stderr else what
        with socket.socket() as sock:
            if sock.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.1)
    raise AssertionError(f"{what} did not start")


def _forget() -> None:
    from core.access.models import App
    from engine.workflows.tests.factories import unseed_samples

    unseed_samples()
    App.objects.filter(name__in=[APP_NAME, PERSONLESS_APP]).delete()


def _start(command: list[str], env: dict[str, str], port: int, what: str) -> subprocess.Popen[bytes]:
    process = subprocess.Popen(
        command, cwd=ROOT / "backend", env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    _wait_port(port, process, what)
    return process


@pytest.fixture(scope="module")
def servers(django_db_setup: None, django_db_blocker: Any, tmp_path_factory: Any) -> Iterator[Servers]:
    from core.access.models import AppGrant, User
    from core.access.services import app_create, app_token_issue, personal_token_issue
    from engine.workflows.tests.factories import seed_samples

    with django_db_blocker.unblock():
        with schema_context("it"):
            _forget()
            seed_samples(["leave"])
            app = app_create(name=APP_NAME, scopes=["workflows"], require_signature=False)
            AppGrant.objects.create(app=app, workflow_key=AppGrant.ALL_WORKFLOWS, can_act_as_user=True)
            token = app_token_issue(app=app)[1].plaintext
            personless = app_create(name=PERSONLESS_APP, scopes=["workflows"], require_signature=False)
            personless_token = app_token_issue(app=personless)[1].plaintext
            personal = {
                user.username: personal_token_issue(user=user, name="mcp", scopes=["workflows"])[1].plaintext
                for user in User.objects.filter(is_active=True)
            }
            alice = User.objects.get(username="alice")
            directory_only = personal_token_issue(user=alice, name="dir", scopes=["directory:read"])[1]
        connection.set_schema_to_public()
        api_port, mcp_port, deployed_port = free_port(), free_port(), free_port()
        env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "config.settings.test",
            "DATABASE_URL": test_database_url(),
            "REDIS_URL": settings.REDIS_URL,
            "GUNICORN_BIND": f"127.0.0.1:{api_port}",
            "WEB_CONCURRENCY": "1",
            "GUNICORN_THREADS": "4",
            "GUNICORN_ACCESS_LOG": "0",
            "PROMETHEUS_MULTIPROC_DIR": str(tmp_path_factory.mktemp("metrics")),
            "LOG_LEVEL": "WARNING",
        }
        api = _start(
            [str(BIN / "gunicorn"), "-c", "config/gunicorn.py", "config.wsgi"], env, api_port, "gunicorn"
        )
        # The MCP server knows nothing but the API's address and the default tenant: no database,
        # no Django settings, no token.
        mcp_env = {
            "PATH": os.environ.get("PATH", ""),
            "PYTHONPATH": f"{ROOT / 'backend'}{os.pathsep}{ROOT / 'clients' / 'python'}",
        }
        command = [sys.executable, "-m", "agent_tools", "--port", str(mcp_port), "--log-level", "warning"]
        command += ["--api-url", f"http://127.0.0.1:{api_port}", "--tenant-host", host_of("it")]
        # As deployed (deploy/compose.yaml): the tenant is the host a client reached it by.
        deployed_command = [sys.executable, "-m", "agent_tools", "--port", str(deployed_port)]
        deployed_command += ["--log-level", "warning", "--api-url", f"http://127.0.0.1:{api_port}"]
        deployed_command += ["--tenant-domain", "localhost", "--api-forwarded-proto", "https"]
        started = [api]
        try:
            started.append(_start(command, mcp_env, mcp_port, "the MCP server"))
            started.append(_start(deployed_command, mcp_env, deployed_port, "the deployed MCP server"))
        except BaseException:
            for process in started:
                process.terminate()
            raise
        try:
            yield Servers(
                f"http://127.0.0.1:{mcp_port}/mcp",
                token,
                personless_token,
                personal,
                directory_only.plaintext,
                deployed_port,
            )
        finally:
            for process in started:
                process.terminate()
                process.wait(timeout=30)
            with schema_context("it"):
                _forget()
            connection.set_schema_to_public()


def _connect(
    servers: Servers, username: str | None, *, token: str | None = None, app: bool = False
) -> Client:
    """An MCP client as `username` with their own token, or (`app`) as the app acting for them, or
    with exactly `token`."""
    if token is None and username and not app:
        headers = {"Authorization": f"Bearer {servers.personal[username]}"}
    else:
        headers = {"Authorization": f"Bearer {token or servers.token}"}
        if username:
            headers["X-Acting-User"] = username
    http = httpx2.AsyncClient(headers=headers, timeout=httpx2.Timeout(60))
    return Client(streamable_http_client(servers.mcp_url, http_client=http))


def _session(
    servers: Servers, username: str | None, work: Any, *, token: str | None = None, app: bool = False
) -> Any:
    async def run() -> Any:
        async with _connect(servers, username, token=token, app=app) as client:
            return await work(client)

    return anyio.run(run)


def _data(result: Any) -> Any:
    assert not result.is_error, result.content[0].text
    return result.structured_content


def _error(result: Any) -> dict[str, Any]:
    assert result.is_error, result
    text = result.content[0].text
    assert "Traceback" not in text
    return json.loads(text)["error"]


def _ticket_count() -> int:
    from engine.tickets.models import Ticket

    with schema_context("it"):
        count = Ticket.objects.count()
    connection.set_schema_to_public()
    return count


def test_tools_and_schemas_are_listed(servers):
    async def work(client: Client) -> Any:
        tools = await client.list_tools()
        resources = await client.list_resources()
        leave = next(resource for resource in resources.resources if resource.name == "workflow-leave-schema")
        schema = await client.read_resource(leave.uri)
        templates = await client.list_resource_templates()
        return tools, resources, json.loads(schema.contents[0].text), templates

    tools, resources, schema, templates = _session(servers, "alice", work)
    names = {tool.name for tool in tools.tools}
    assert names == {
        "my_todo",
        "get_ticket",
        "file_ticket",
        "take_transition",
        "claim_ticket",
        "comment",
        "search",
    }
    file_tool = next(tool for tool in tools.tools if tool.name == "file_ticket")
    assert file_tool.input_schema["required"] == ["workflow_id"]
    assert file_tool.input_schema["properties"]["workflow_id"]["type"] == "integer"
    assert [template.uri_template for template in templates.resource_templates] == [
        "loonflow://workflows/{workflow_id}/schema"
    ]
    assert [str(resource.uri) for resource in resources.resources] == [
        f"loonflow://workflows/{schema['workflow_id']}/schema"
    ]
    assert schema["key"] == "leave"
    values = schema["values_schema"]
    assert values["properties"]["days"]["type"] == "integer"
    assert set(values["required"]) >= {"start_date", "days"}
    assert "leave_type" not in values["required"]  # it has a default, which the API fills in
    assert "annual" in values["properties"]["leave_type"]["enum"]


def test_a_leave_request_filed_approved_commented_and_found(servers):
    async def file(client: Client) -> Any:
        resources = await client.list_resources()
        leave_uri = next(r.uri for r in resources.resources if r.name == "workflow-leave-schema")
        workflow_id = int(str(leave_uri).split("/")[3])
        return _data(await client.call_tool("file_ticket", {"workflow_id": workflow_id, "fields": LEAVE}))

    filed = _session(servers, "alice", file)
    assert (filed["state"], filed["status"]) == ("lead_review", "in_progress")
    ticket_id = filed["id"]

    async def lead_work(client: Client) -> Any:
        todo = _data(await client.call_tool("my_todo", {}))
        seen = _data(await client.call_tool("get_ticket", {"ticket_id": ticket_id}))
        # A version that is already stale: the server reads the ticket again and approves once more.
        approve = {
            "ticket_id": ticket_id,
            "transition": "lead_approve",
            "comment": "Enjoy",
            "version": seen["row_version"] - 1,
            "idempotency_key": f"lead-approve-{ticket_id}",
        }
        approved = _data(await client.call_tool("take_transition", approve))
        # The same call again (an agent retrying): the first answer, and nothing done twice.
        repeated = _data(await client.call_tool("take_transition", approve))
        assert repeated == approved
        again = _data(await client.call_tool("get_ticket", {"ticket_id": ticket_id, "history": 100}))
        return todo, seen, approved, again

    todo, seen, approved, again = _session(servers, "lead", lead_work)
    assert [row["transition"] for row in again["recent_history"]].count("lead_approve") == 1
    assert ticket_id in [row["id"] for row in todo["items"]]
    assert [person["username"] for person in seen["handlers"]] == ["lead"]  # whose turn
    assert "lead_approve" in [action["transition"] for action in seen["allowed_actions"]]
    assert {field["key"]: field["value"] for field in seen["fields"]}["days"] == 5
    assert seen["recent_history"][0]["actor"]["username"] == "alice"
    assert approved["state"] == "hr_review"
    assert again["state"]["key"] == "hr_review"
    assert again["recent_history"][-1]["transition"] == "lead_approve"
    assert again["recent_history"][-1]["comment"] == "Enjoy"

    async def alice_work(client: Client) -> Any:
        commented = _data(await client.call_tool("comment", {"ticket_id": ticket_id, "comment": "Thanks!"}))
        found = _data(await client.call_tool("search", {"query": "cabin"}))
        todo = _data(await client.call_tool("my_todo", {"limit": 5}))
        history = _data(await client.call_tool("get_ticket", {"ticket_id": ticket_id, "history": 1}))
        return commented, found, todo, history

    commented, found, alice_todo, history = _session(servers, "alice", alice_work)
    assert commented["id"] == ticket_id
    assert [row["id"] for row in found["items"]] == [ticket_id]
    assert ticket_id not in [row["id"] for row in alice_todo["items"]]  # it waits for HR, not for her
    assert [row["comment"] for row in history["recent_history"]] == ["Thanks!"]

    # HR (carol) claims it from the group's to-do and approves: the ticket is finished.
    async def hr_work(client: Client) -> Any:
        offered = _data(await client.call_tool("get_ticket", {"ticket_id": ticket_id, "history": 0}))
        claimed = _data(await client.call_tool("claim_ticket", {"ticket_id": ticket_id}))
        done = _data(
            await client.call_tool(
                "take_transition",
                {"ticket_id": ticket_id, "transition": "hr_approve", "fields": {"hr_note": "Fine"}},
            )
        )
        return offered, claimed, done

    offered, claimed, done = _session(servers, "carol", hr_work)
    assert "accept" in [action["action"] for action in offered["allowed_actions"]]
    assert claimed["id"] == ticket_id
    assert (done["state"], done["status"]) == ("approved", "finished")

    # bob neither filed nor handles it: his search and his to-do do not show it, and reading it is a 404.
    async def bob_work(client: Client) -> Any:
        found = _data(await client.call_tool("search", {"query": "cabin"}))
        todo = _data(await client.call_tool("my_todo", {}))
        everything = _error(await client.call_tool("search", {"query": "cabin", "scope": "all"}))
        hidden = _error(await client.call_tool("get_ticket", {"ticket_id": ticket_id}))
        refused = _error(
            await client.call_tool("take_transition", {"ticket_id": ticket_id, "transition": "hr_approve"})
        )
        return found, todo, everything, hidden, refused

    found, bob_todo, everything, hidden, refused = _session(servers, "bob", bob_work)
    assert (everything["status"], everything["code"]) == (403, "permission_denied")  # he views no workflow
    assert found["items"] == []
    assert bob_todo["items"] == []
    assert (hidden["status"], hidden["code"]) == (404, "not_found")
    assert refused["status"] == 404


def test_bad_arguments_are_clear_tool_errors_and_write_nothing(servers):
    before = _ticket_count()

    async def work(client: Client) -> Any:
        resources = await client.list_resources()
        uri = next(r.uri for r in resources.resources if r.name == "workflow-leave-schema")
        workflow_id = int(str(uri).split("/")[3])
        wrong_values = _error(
            await client.call_tool(
                "file_ticket",
                {"workflow_id": workflow_id, "fields": {**LEAVE, "days": "five", "colour": "red"}},
            )
        )
        missing = _error(
            await client.call_tool("file_ticket", {"workflow_id": workflow_id, "fields": {"days": 2}})
        )
        no_transition = _error(await client.call_tool("take_transition", {"ticket_id": 1}))
        wrong_type = _error(await client.call_tool("get_ticket", {"ticket_id": "one"}))
        unknown_workflow = _error(
            await client.call_tool("file_ticket", {"workflow_id": 999999, "fields": {}})
        )
        return wrong_values, missing, no_transition, wrong_type, unknown_workflow

    wrong_values, missing, no_transition, wrong_type, unknown_workflow = _session(servers, "alice", work)
    assert wrong_values["code"] == "invalid_fields"
    assert {problem["field"] for problem in wrong_values["details"]} == {"days", "colour"}
    assert missing["code"] == "invalid_fields"
    assert "start_date" in {problem["field"] for problem in missing["details"]}
    assert (no_transition["code"], no_transition["details"][0]["field"]) == (
        "invalid_arguments",
        "transition",
    )
    assert (wrong_type["code"], wrong_type["details"][0]["field"]) == ("invalid_arguments", "ticket_id")
    assert (unknown_workflow["status"], unknown_workflow["code"]) == (404, "not_found")
    assert _ticket_count() == before


def test_filing_again_with_the_same_key_files_once(servers):
    before = _ticket_count()

    async def work(client: Client) -> Any:
        resources = await client.list_resources()
        uri = next(r.uri for r in resources.resources if r.name == "workflow-leave-schema")
        arguments = {
            "workflow_id": int(str(uri).split("/")[3]),
            "fields": {**LEAVE, "days": 1, "reason": "Dentist"},
            "transition": "submit",
            "idempotency_key": "carol-dentist",
        }
        first = _data(await client.call_tool("file_ticket", arguments))
        second = _data(await client.call_tool("file_ticket", arguments))
        return first, second

    first, second = _session(servers, "carol", work)
    assert first == second
    assert _ticket_count() == before + 1


def _refusal(error: BaseException) -> MCPError:
    """The MCPError the SDK's client raised (inside the task groups it runs)."""
    while isinstance(error, BaseExceptionGroup):
        error = error.exceptions[0]
    assert isinstance(error, MCPError), repr(error)
    return error


def test_no_token_a_bad_token_or_no_person_is_refused(servers):
    async def tools(client: Client) -> Any:
        return await client.list_tools()

    for token, code in (("lft_nope_wrong", "invalid_token"), (servers.personless_token, "person_required")):
        with pytest.raises(BaseException) as refused:
            _session(servers, None, tools, token=token)
        error = _refusal(refused.value)
        assert error.message.startswith(f"{code}: "), error.message
        assert error.data["code"] == code

    accept = {"Accept": "application/json, text/event-stream"}
    anonymous = httpx2.post(
        servers.mcp_url, json={"jsonrpc": "2.0", "id": 1, "method": "tools/list"}, headers=accept
    )
    assert anonymous.status_code == 401
    assert anonymous.headers["www-authenticate"].startswith("Bearer")
    assert anonymous.json()["id"] == 1
    assert anonymous.json()["error"]["data"]["code"] == "not_authenticated"
    bad = httpx2.post(
        servers.mcp_url,
        json={"jsonrpc": "2.0", "id": 2, "method": "initialize", "params": {}},
        headers={**accept, "Authorization": "Bearer lft_nope_wrong"},
    )
    assert (bad.status_code, bad.json()["error"]["data"]["code"]) == (401, "invalid_token")
    # A bad token on a later request (no initialize) reaches the API, which refuses it: a tool error.
    call = {"name": "my_todo", "arguments": {}}
    later = httpx2.post(
        servers.mcp_url,
        json={"jsonrpc": "2.0", "id": 3, "method": "tools/call", "params": call},
        headers={**accept, "Authorization": "Bearer lft_nope_wrong", "MCP-Protocol-Version": "2025-06-18"},
    )
    result = later.json()["result"]
    assert result["isError"] is True
    assert json.loads(result["content"][0]["text"])["error"]["code"] == "invalid_token"


def test_an_app_acting_for_a_person_and_a_narrow_personal_token(servers):
    async def todo(client: Client) -> Any:
        return await client.call_tool("my_todo", {})

    # The app acting for lead sees lead's to-do, as lead's own token does.
    assert _data(_session(servers, "lead", todo, app=True)) == _data(_session(servers, "lead", todo))
    # alice's directory-only token connects (it names a person) but may do no ticket work.
    error = _error(_session(servers, None, todo, token=servers.directory_only))
    assert error["code"] == "permission_denied", error


def test_deployed_the_tenant_is_the_host_the_agent_reached(servers):
    """The server run as in deploy/ (`--tenant-domain`): `http://it.localhost:<port>/mcp` serves
    tenant it for lead's token; the same token reached through hr's host is refused by hr's API
    (a token means nothing in another tenant), and a header naming it cannot redirect it."""
    url = f"http://127.0.0.1:{servers.deployed_port}/mcp"

    async def todo(host: str, **extra: str) -> Any:
        headers = {"Authorization": f"Bearer {servers.personal['lead']}", "Host": host, **extra}
        http = httpx2.AsyncClient(headers=headers, timeout=httpx2.Timeout(60))
        async with Client(streamable_http_client(url, http_client=http)) as client:
            return await client.call_tool("my_todo", {})

    mine = anyio.run(todo, f"it.localhost:{servers.deployed_port}")
    assert _data(mine)["items"] is not None
    with pytest.raises(BaseException) as refused:
        anyio.run(
            lambda: todo(f"hr.localhost:{servers.deployed_port}", **{"X-Loonflow-Host": "it.localhost"})
        )
    assert _refusal(refused.value).data["code"] == "invalid_token"
    with pytest.raises(BaseException) as elsewhere:
        anyio.run(todo, f"evil.example:{servers.deployed_port}")
    assert _refusal(elsewhere.value).data["code"] == "invalid_tenant"
