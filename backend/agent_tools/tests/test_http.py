"""The HTTP face of the server, without an API behind it: what is refused before any call is made."""

from __future__ import annotations

import json

from starlette.testclient import TestClient

from agent_tools.connection import Settings
from agent_tools.server import create_app

SETTINGS = Settings(api_url="http://127.0.0.1:9", tenant_host="it.localhost")
ACCEPT = {"Accept": "application/json, text/event-stream", "Content-Type": "application/json"}
LIST_TOOLS = {"jsonrpc": "2.0", "id": 7, "method": "tools/list"}


def _post(app, body, **headers):
    with TestClient(app, base_url="http://127.0.0.1:8765") as client:
        return client.post("/mcp", content=json.dumps(body), headers={**ACCEPT, **headers})


def test_no_bearer_token_is_an_authentication_error():
    answer = _post(create_app(SETTINGS), LIST_TOOLS)
    assert answer.status_code == 401
    assert answer.headers["www-authenticate"].startswith("Bearer ")
    body = answer.json()
    assert (body["id"], body["error"]["data"]["code"]) == (7, "not_authenticated")


def test_a_malformed_tenant_is_refused():
    answer = _post(create_app(SETTINGS), LIST_TOOLS, Authorization="Bearer t", **{"X-Loonflow-Host": "a/b"})
    assert (answer.status_code, answer.json()["error"]["data"]["code"]) == (400, "invalid_tenant")


def test_opening_a_session_asks_the_api_and_says_when_it_cannot_be_reached():
    opening = {"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {}}
    answer = _post(create_app(SETTINGS), opening, Authorization="Bearer lft_a_b")
    assert (answer.status_code, answer.json()["error"]["data"]["code"]) == (503, "api_unavailable")


def test_with_allowed_hosts_another_host_is_refused():
    app = create_app(SETTINGS, host="0.0.0.0", allowed_hosts=["mcp.example.com"])
    headers = {**ACCEPT, "Authorization": "Bearer t", "MCP-Protocol-Version": "2025-06-18"}
    with TestClient(app) as client:
        elsewhere = client.post(
            "/mcp", content=json.dumps(LIST_TOOLS), headers={**headers, "Host": "evil.example"}
        )
        named = client.post(
            "/mcp", content=json.dumps(LIST_TOOLS), headers={**headers, "Host": "mcp.example.com"}
        )
    assert elsewhere.status_code == 421
    assert named.status_code == 200
    assert "file_ticket" in [tool["name"] for tool in named.json()["result"]["tools"]]


def test_deployed_a_tenant_host_is_served_and_any_other_refused():
    deployed = Settings(api_url="http://127.0.0.1:9", tenant_domain="example.com")
    app = create_app(deployed, host="0.0.0.0")
    headers = {**ACCEPT, "Authorization": "Bearer t", "MCP-Protocol-Version": "2025-06-18"}
    with TestClient(app) as client:
        elsewhere = client.post(
            "/mcp", content=json.dumps(LIST_TOOLS), headers={**headers, "Host": "evil.example"}
        )
        tenant = client.post(
            "/mcp", content=json.dumps(LIST_TOOLS), headers={**headers, "Host": "it.example.com"}
        )
    assert (elsewhere.status_code, elsewhere.json()["error"]["data"]["code"]) == (421, "invalid_tenant")
    assert tenant.status_code == 200
    assert "file_ticket" in [tool["name"] for tool in tenant.json()["result"]["tools"]]
