"""In front of the MCP endpoint: no bearer token, no MCP. A session's first message (`initialize`, or
`server/discover` in the newer protocol) is checked with the API itself (`GET /me`): the token must be
valid there and name a person; otherwise the answer is an HTTP 401/403, which MCP clients treat as an
authentication error. Later requests carry the token again and the API checks it on every call."""

from __future__ import annotations

import json
from typing import Any

import anyio
import httpx
from loonflow_client.generated.api.auth import core_api_auth_me as me
from starlette.datastructures import Headers
from starlette.responses import JSONResponse
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from agent_tools.connection import (
    Caller,
    LoonflowError,
    Settings,
    SharedConnections,
    answer,
    caller_from,
    client_for,
)

OPENING_METHODS = frozenset({"initialize", "server/discover"})
MAX_BODY = 4 * 1024 * 1024
# A JSON-RPC server error code (the -32000..-32099 range is the implementation's): refused credentials.
REFUSED = -32001


def check_person(caller: Caller, settings: Settings, connections: SharedConnections) -> None:
    with client_for(caller, settings, transport=connections) as client:
        try:
            who = answer(me.sync_detailed(client=client.api))
        except httpx.HTTPError:
            raise LoonflowError(
                "api_unavailable", "The Loonflow API could not be reached; try again later.", status=503
            ) from None
    if not who.get("user"):
        raise LoonflowError(
            "person_required",
            "These credentials name no person; the agent tools act only as a person.",
            status=403,
        )


def _messages(body: bytes) -> list[dict[str, Any]]:
    try:
        parsed = json.loads(body or b"null")
    except ValueError:
        return []
    items = parsed if isinstance(parsed, list) else [parsed]
    return [item for item in items if isinstance(item, dict)]


def _opens_session(messages: list[dict[str, Any]]) -> bool:
    return any(message.get("method") in OPENING_METHODS for message in messages)


def _refusal(error: LoonflowError, messages: list[dict[str, Any]]) -> JSONResponse:
    """An HTTP 401/403 (what MCP clients take for an authentication error; 421 for a host that is no
    tenant's) whose body is a JSON-RPC error, so the client can show the API's code and message."""
    status = error.status if error.status in (400, 401, 403, 421, 503) else 401
    headers = {}
    if status == 401:
        headers["WWW-Authenticate"] = f'Bearer error="invalid_token", error_description="{error.code}"'
    request_id = next((message["id"] for message in messages if "id" in message), None)
    body = {
        "jsonrpc": "2.0",
        "id": request_id,
        "error": {"code": REFUSED, "message": f"{error.code}: {error.message}", "data": error.as_dict()},
    }
    return JSONResponse(body, status_code=status, headers=headers)


class PersonGate:
    def __init__(
        self, app: ASGIApp, settings: Settings, connections: SharedConnections, *, path: str
    ) -> None:
        self.app = app
        self.settings = settings
        self.connections = connections
        self.path = path.rstrip("/")

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["path"].rstrip("/") != self.path:
            await self.app(scope, receive, send)
            return
        body = b""
        if scope["method"] == "POST":
            read = await _read_body(receive)
            if read is None:
                too_large = LoonflowError("payload_too_large", "The request body is too large.", status=413)
                await JSONResponse({"error": too_large.as_dict()}, status_code=413)(scope, receive, send)
                return
            body, receive = read, _replay(read, receive)
        messages = _messages(body)
        try:
            caller = caller_from(Headers(scope=scope), self.settings)
            if _opens_session(messages):
                await anyio.to_thread.run_sync(check_person, caller, self.settings, self.connections)
        except LoonflowError as error:
            await _refusal(error, messages)(scope, receive, send)
            return
        await self.app(scope, receive, send)


async def _read_body(receive: Receive) -> bytes | None:
    chunks: list[bytes] = []
    size = 0
    while True:
        message = await receive()
        if message["type"] != "http.request":
            break
        chunk = message.get("body", b"")
        size += len(chunk)
        if size > MAX_BODY:
            return None
        chunks.append(chunk)
        if not message.get("more_body", False):
            break
    return b"".join(chunks)


def _replay(body: bytes, receive: Receive) -> Receive:
    sent = False

    async def replay() -> Message:
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}
        message: dict[str, Any] = dict(await receive())
        return message

    return replay
