"""Who calls and how to reach the API for them: the caller's credentials, read from each MCP HTTP
request, and a `LoonflowClient` made for that one request (nothing is kept between requests)."""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import httpx
from loonflow_client import LoonflowClient

TENANT_HEADER = "X-Loonflow-Host"
ACTING_HEADER = "X-Acting-User"
# A host name with an optional port: all the tenant header may hold (it only ever becomes the Host
# header of a request to the configured API URL, never an address to connect to).
HOST_NAME = re.compile(r"^[A-Za-z0-9](?:[A-Za-z0-9.-]{0,251}[A-Za-z0-9])?(?::[0-9]{1,5})?$")
TENANT_LABEL = re.compile(r"^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$")  # one DNS label: a tenant's key
USERNAME = re.compile(r"^[\w.@+-]{1,150}$", re.ASCII)  # a header value: ASCII only


@dataclass(frozen=True)
class Settings:
    """Where the Loonflow API is: the only place this server ever sends a request.

    `tenant_domain` (deployed behind the same proxy as the API, e.g. `example.com`): the tenant is
    the host the client reached this server by (`https://it.example.com/mcp`), which must be a
    tenant's host under that domain; `X-Loonflow-Host` is then not used. `forwarded_proto`: sent as
    `X-Forwarded-Proto` to an API reached inside the deployment over plain HTTP behind TLS."""

    api_url: str
    tenant_host: str | None = None
    timeout: float = 30.0
    tenant_domain: str | None = None
    forwarded_proto: str | None = None


class LoonflowError(Exception):
    """An answer of the API that is not a success, or a request refused before it was sent."""

    def __init__(self, code: str, message: str, *, status: int = 0, details: Any = None) -> None:
        super().__init__(f"{code}: {message}")
        self.code = code
        self.message = message
        self.status = status
        self.details = details

    def as_dict(self) -> dict[str, Any]:
        return {"status": self.status, "code": self.code, "message": self.message, "details": self.details}


class CredentialsMissing(LoonflowError):
    """No bearer token, or no tenant to send it to."""


@dataclass(frozen=True)
class Caller:
    """The person on the other end of one MCP request, as their own credentials say."""

    token: str
    tenant_host: str
    acting_user: str | None = None


def bearer_token(headers: Mapping[str, str]) -> str | None:
    scheme, _, token = (headers.get("authorization") or "").partition(" ")
    token = token.strip()
    return token if scheme.lower() == "bearer" and token else None


def caller_from(headers: Mapping[str, str] | None, settings: Settings) -> Caller:
    """The credentials of one MCP HTTP request (its `Authorization`, tenant and acting-user headers)."""
    headers = headers or {}
    token = bearer_token(headers)
    if token is None:
        raise CredentialsMissing(
            "not_authenticated", "Send your Loonflow API token as a bearer token.", status=401
        )
    host: str | None = (
        _tenant_of_host(headers.get("host") or "", settings.tenant_domain)
        if settings.tenant_domain
        else headers.get(TENANT_HEADER.lower()) or settings.tenant_host
    )
    if not host:
        raise CredentialsMissing(
            "tenant_required", f"Name your Loonflow tenant's host in the {TENANT_HEADER} header.", status=400
        )
    if not HOST_NAME.match(host):
        raise CredentialsMissing("invalid_tenant", f"{TENANT_HEADER} must be a host name.", status=400)
    acting = headers.get(ACTING_HEADER.lower()) or None
    if acting is not None and not USERNAME.match(acting):
        raise CredentialsMissing("invalid_acting_user", f"{ACTING_HEADER} must be a username.", status=400)
    return Caller(token=token, tenant_host=host, acting_user=acting)


def _tenant_of_host(host: str, domain: str) -> str:
    """The Host a client reached this server by, when it is one tenant's host (`<key>.<domain>`,
    any port): anything else is refused, which also stands in for DNS-rebinding protection."""
    name = host.rsplit(":", 1)[0] if host.count(":") == 1 else host
    label, dot, rest = name.lower().partition(".")
    if not (dot and rest == domain.lower() and TENANT_LABEL.match(label) and HOST_NAME.match(host)):
        raise CredentialsMissing(
            "invalid_tenant", f"Reach this server by a tenant's host under {domain}.", status=421
        )
    return host


class SharedConnections(httpx.BaseTransport):
    """One pool of keep-alive connections to the API for every request's client: a client per request
    keeps credentials (and any cookie) apart, and building a transport each time (its TLS context)
    costs more than the call. Closing a client leaves the pool open: it lives as long as the process."""

    def __init__(
        self, inner: httpx.BaseTransport | None = None, *, forwarded_proto: str | None = None
    ) -> None:
        self._inner = inner or httpx.HTTPTransport(limits=httpx.Limits(max_connections=50))
        self._forwarded_proto = forwarded_proto

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if self._forwarded_proto:
            request.headers["X-Forwarded-Proto"] = self._forwarded_proto
        return self._inner.handle_request(request)

    def close(self) -> None:
        """A request's client is done; the pool stays for the next."""


def client_for(
    caller: Caller, settings: Settings, *, transport: httpx.BaseTransport | None = None
) -> LoonflowClient:
    """A client carrying this caller's token, for one MCP request, to the configured API URL only.
    Writes are not retried beyond what their Idempotency-Key makes safe (the client's own rule)."""
    return LoonflowClient(
        settings.api_url,
        caller.token,
        host=caller.tenant_host,
        acting_user=caller.acting_user,
        retries=1,
        timeout=settings.timeout,
        raise_on_unexpected_status=False,
        transport=transport,
    )


def plain(value: Any) -> Any:
    """A generated model (or a list of them) as JSON-ready data."""
    if isinstance(value, list):
        return [plain(item) for item in value]
    to_dict = getattr(value, "to_dict", None)
    return to_dict() if callable(to_dict) else value


def answer(response: Any) -> Any:
    """The parsed body of a successful API answer; any other answer as a `LoonflowError` carrying
    the API's own code and message."""
    status = int(response.status_code)
    if 200 <= status < 300:
        return plain(response.parsed)
    raise error_of(status, response.content)


def error_of(status: int, content: bytes) -> LoonflowError:
    try:
        body = json.loads(content or b"null")
    except ValueError:
        body = None
    error = body.get("error") if isinstance(body, dict) else None
    if isinstance(error, dict) and isinstance(error.get("code"), str):
        return LoonflowError(
            error["code"], str(error.get("message") or ""), status=status, details=error.get("details")
        )
    return LoonflowError(f"http_{status}", "The Loonflow API answered with an error.", status=status)
