"""`python -m agent_tools`: serve the agent tools over streamable HTTP (see docs/agent-tools.md)."""

from __future__ import annotations

import argparse
import os

import uvicorn

from agent_tools.connection import Settings
from agent_tools.server import create_app


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="agent_tools", description="Loonflow's MCP server (agent tools)")
    parser.add_argument(
        "--host", default=os.environ.get("MCP_HOST", "127.0.0.1"), help="address to listen on"
    )
    parser.add_argument("--port", type=int, default=int(os.environ.get("MCP_PORT", "8765")))
    parser.add_argument(
        "--api-url",
        default=os.environ.get("LOONFLOW_API_URL", "http://127.0.0.1:8000"),
        help="the Loonflow server every call goes to (and nowhere else)",
    )
    parser.add_argument(
        "--tenant-host",
        default=os.environ.get("LOONFLOW_TENANT_HOST") or None,
        help="the tenant's host when a client does not name it (X-Loonflow-Host)",
    )
    parser.add_argument(
        "--allowed-host",
        action="append",
        default=[host for host in os.environ.get("MCP_ALLOWED_HOSTS", "").split(",") if host],
        help="a Host (name[:port]) clients reach this server by, besides loopback; turns on the SDK's "
        "DNS-rebinding protection for them (repeatable)",
    )
    parser.add_argument(
        "--tenant-domain",
        default=os.environ.get("LOONFLOW_TENANT_DOMAIN") or None,
        help="deployed behind the API's proxy: the tenant is the host clients reach this server by, "
        "which must be <tenant>.<this domain> (X-Loonflow-Host and --allowed-host are then not used)",
    )
    parser.add_argument(
        "--api-forwarded-proto",
        choices=["http", "https"],
        default=os.environ.get("LOONFLOW_API_FORWARDED_PROTO") or None,
        help="send X-Forwarded-Proto to the API (an internal plain-HTTP hop behind the deployment's TLS)",
    )
    parser.add_argument("--log-level", default=os.environ.get("MCP_LOG_LEVEL", "info"))
    args = parser.parse_args(argv)
    settings = Settings(
        api_url=args.api_url.rstrip("/"),
        tenant_host=args.tenant_host,
        tenant_domain=args.tenant_domain,
        forwarded_proto=args.api_forwarded_proto,
    )
    app = create_app(settings, host=args.host, allowed_hosts=args.allowed_host)
    uvicorn.run(app, host=args.host, port=args.port, log_level=args.log_level, proxy_headers=False)


if __name__ == "__main__":
    main()
