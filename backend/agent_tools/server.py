"""The MCP server: tools and resources over the low-level `mcp` server, served as streamable HTTP.

Stateless: every MCP HTTP request stands alone, with the caller's own credentials, and makes its API
calls with them; nothing one person's request read is kept for the next request (anyone's).
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import anyio
import httpx
import mcp_types as types
from mcp.server.context import ServerRequestContext
from mcp.server.lowlevel.server import Server
from mcp.server.transport_security import TransportSecuritySettings
from mcp.shared.exceptions import MCPError
from pydantic import BaseModel, ValidationError
from starlette.types import ASGIApp

from agent_tools import inputs, operations
from agent_tools.connection import LoonflowError, Settings, SharedConnections, caller_from, client_for
from agent_tools.gate import PersonGate

logger = logging.getLogger("agent_tools")

SCHEMA_URI = "loonflow://workflows/{workflow_id}/schema"
SCHEMA_URI_PATTERN = re.compile(r"^loonflow://workflows/([1-9][0-9]{0,15})/schema$")
JSON = "application/json"


@dataclass(frozen=True)
class ToolSpec:
    arguments: type[BaseModel]
    run: Callable[[Any, Any], Any]
    read_only: bool


TOOLS: dict[str, ToolSpec] = {
    "my_todo": ToolSpec(inputs.MyTodoIn, operations.my_todo, read_only=True),
    "get_ticket": ToolSpec(inputs.GetTicketIn, operations.get_ticket, read_only=True),
    "file_ticket": ToolSpec(inputs.FileTicketIn, operations.file_ticket, read_only=False),
    "take_transition": ToolSpec(inputs.TakeTransitionIn, operations.take_transition, read_only=False),
    "claim_ticket": ToolSpec(inputs.ClaimIn, operations.claim, read_only=False),
    "comment": ToolSpec(inputs.CommentIn, operations.comment, read_only=False),
    "search": ToolSpec(inputs.SearchIn, operations.search, read_only=True),
}


def _tool(name: str, spec: ToolSpec) -> types.Tool:
    return types.Tool(
        name=name,
        description=" ".join((spec.arguments.__doc__ or "").split()),
        input_schema=spec.arguments.model_json_schema(),
        annotations=types.ToolAnnotations(
            read_only_hint=spec.read_only,
            destructive_hint=False,
            idempotent_hint=spec.read_only,
            open_world_hint=False,
        ),
    )


def _error_result(error: LoonflowError) -> types.CallToolResult:
    # The API's own code and message (and details), never a stack trace.
    text = json.dumps({"error": error.as_dict()}, ensure_ascii=False, default=str)
    return types.CallToolResult(content=[types.TextContent(type="text", text=text)], is_error=True)


def _invalid_arguments(error: ValidationError) -> LoonflowError:
    problems = [
        {"field": ".".join(str(part) for part in problem["loc"]), "message": problem["msg"]}
        for problem in error.errors(include_url=False, include_input=False)
    ]
    fields = ", ".join(problem["field"] or "(arguments)" for problem in problems)
    return LoonflowError(
        "invalid_arguments", f"The tool's arguments are not valid: {fields}.", status=422, details=problems
    )


class AgentTools:
    """The handlers; each builds its own API client from the request it serves."""

    def __init__(self, settings: Settings, connections: SharedConnections) -> None:
        self.settings = settings
        self.connections = connections

    def _headers(self, ctx: ServerRequestContext[Any, Any]) -> Any:
        return getattr(ctx.request, "headers", None)

    async def _with_client(self, ctx: ServerRequestContext[Any, Any], work: Callable[[Any], Any]) -> Any:
        caller = caller_from(self._headers(ctx), self.settings)

        def run() -> Any:
            with client_for(caller, self.settings, transport=self.connections) as client:
                try:
                    return work(client)
                except httpx.HTTPError as error:
                    logger.warning("Loonflow API unreachable: %s", type(error).__name__)
                    raise LoonflowError(
                        "api_unavailable",
                        "The Loonflow API could not be reached; try again later.",
                        status=503,
                    ) from None

        return await anyio.to_thread.run_sync(run)

    async def list_tools(
        self, ctx: ServerRequestContext[Any, Any], params: types.PaginatedRequestParams | None
    ) -> types.ListToolsResult:
        return types.ListToolsResult(tools=[_tool(name, spec) for name, spec in TOOLS.items()])

    async def call_tool(
        self, ctx: ServerRequestContext[Any, Any], params: types.CallToolRequestParams
    ) -> types.CallToolResult:
        spec = TOOLS.get(params.name)
        try:
            if spec is None:
                raise LoonflowError("unknown_tool", f"There is no tool {params.name!r}.", status=404)
            try:
                arguments = spec.arguments.model_validate(params.arguments or {})
            except ValidationError as error:
                raise _invalid_arguments(error) from None
            result = await self._with_client(ctx, lambda client: spec.run(client, arguments))
        except LoonflowError as error:
            return _error_result(error)
        except Exception:
            logger.exception("Tool %s failed", params.name)
            return _error_result(LoonflowError("internal_error", "The tool failed unexpectedly.", status=500))
        text = json.dumps(result, ensure_ascii=False, default=str)
        return types.CallToolResult(
            content=[types.TextContent(type="text", text=text)], structured_content=result, is_error=False
        )

    async def list_resources(
        self, ctx: ServerRequestContext[Any, Any], params: types.PaginatedRequestParams | None
    ) -> types.ListResourcesResult:
        workflows = await self._resource_call(ctx, operations.fileable_workflows)
        return types.ListResourcesResult(
            resources=[
                types.Resource(
                    uri=SCHEMA_URI.format(workflow_id=workflow["id"]),
                    name=f"workflow-{workflow['key']}-schema",
                    title=f"{workflow['name']}: field schema",
                    description=f"What to fill in to file a ticket of {workflow['name']} (JSON Schema).",
                    mime_type=JSON,
                )
                for workflow in workflows
            ],
            ttl_ms=0,
            cache_scope="private",
        )

    async def list_resource_templates(
        self, ctx: ServerRequestContext[Any, Any], params: types.PaginatedRequestParams | None
    ) -> types.ListResourceTemplatesResult:
        template = types.ResourceTemplate(
            uri_template=SCHEMA_URI,
            name="workflow-schema",
            title="A workflow's field schema",
            description="The fields to file a ticket of a workflow, with their JSON Schema.",
            mime_type=JSON,
        )
        return types.ListResourceTemplatesResult(
            resource_templates=[template], ttl_ms=0, cache_scope="private"
        )

    async def read_resource(
        self, ctx: ServerRequestContext[Any, Any], params: types.ReadResourceRequestParams
    ) -> types.ReadResourceResult:
        uri = str(params.uri)
        match = SCHEMA_URI_PATTERN.match(uri)
        if match is None:
            raise MCPError(types.INVALID_PARAMS, f"Unknown resource {uri!r}; expected {SCHEMA_URI}.")
        workflow_id = int(match.group(1))
        schema = await self._resource_call(
            ctx, lambda client: operations.workflow_schema(client, workflow_id)
        )
        text = json.dumps(schema, ensure_ascii=False, default=str)
        return types.ReadResourceResult(
            contents=[types.TextResourceContents(uri=uri, mime_type=JSON, text=text)],
            ttl_ms=0,
            cache_scope="private",
        )

    async def _resource_call(self, ctx: ServerRequestContext[Any, Any], work: Callable[[Any], Any]) -> Any:
        try:
            return await self._with_client(ctx, work)
        except LoonflowError as error:
            code = types.INVALID_PARAMS if error.status in (404, 422) else types.INVALID_REQUEST
            raise MCPError(code, f"{error.code}: {error.message}", data=error.as_dict()) from None


def build_server(settings: Settings, connections: SharedConnections) -> Server[Any]:
    handlers = AgentTools(settings, connections)
    return Server(
        "loonflow",
        version="1",
        title="Loonflow",
        instructions=(
            "Loonflow workflows and tickets, as the person whose token you were given: their to-do, "
            "tickets, approvals, comments and search. Read a workflow's schema resource before filing."
        ),
        on_list_tools=handlers.list_tools,
        on_call_tool=handlers.call_tool,
        on_list_resources=handlers.list_resources,
        on_list_resource_templates=handlers.list_resource_templates,
        on_read_resource=handlers.read_resource,
    )


LOOPBACK_HOSTS = ("127.0.0.1:*", "localhost:*", "[::1]:*")


def transport_security(allowed_hosts: Sequence[str]) -> TransportSecuritySettings | None:
    """DNS-rebinding protection naming the public host names (`--allowed-host`) besides loopback;
    None leaves the SDK's default (on for a loopback address, off otherwise)."""
    if not allowed_hosts:
        return None
    hosts = [*LOOPBACK_HOSTS, *allowed_hosts]
    origins = [f"{scheme}://{host}" for host in hosts for scheme in ("http", "https")]
    return TransportSecuritySettings(
        enable_dns_rebinding_protection=True, allowed_hosts=hosts, allowed_origins=origins
    )


def create_app(
    settings: Settings, *, path: str = "/mcp", host: str = "127.0.0.1", allowed_hosts: Sequence[str] = ()
) -> ASGIApp:
    """The ASGI app: the SDK's streamable HTTP endpoint at `path`, behind the person gate."""
    connections = SharedConnections(forwarded_proto=settings.forwarded_proto)
    server = build_server(settings, connections)
    app = server.streamable_http_app(
        streamable_http_path=path,
        stateless_http=True,
        json_response=True,
        host=host,
        # With a tenant domain, the host is checked against it for every request (connection.py),
        # which stands in for the SDK's own check (on by default for a loopback address).
        transport_security=(
            TransportSecuritySettings(enable_dns_rebinding_protection=False)
            if settings.tenant_domain
            else transport_security(allowed_hosts)
        ),
    )
    return PersonGate(app, settings, connections, path=path)
