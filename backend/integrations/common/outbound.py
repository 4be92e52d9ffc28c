"""Outbound HTTP for webhooks, guarded against server-side request forgery (SSRF).

Tenants choose the URLs, so a request must not become a way into our own network:

* Only ``http``/``https`` URLs with a host, no credentials in the URL, no port 0.
* The host is resolved once per hop and the request is refused if *any* address is not public
  (loopback, private, link-local incl. cloud metadata, multicast, reserved, unspecified, shared
  100.64/10, and IPv6 forms that embed such an IPv4 address), unless `allow` (the private ranges
  the platform admin opened for the tenant) names the host or covers the address. Cloud metadata
  addresses (`METADATA`) are refused whatever `allow` says.
* The connection goes to a checked address itself (no second lookup, so DNS rebinding cannot swap
  it), with the original ``Host`` header and, for https, SNI and certificate checks against the
  original host name.
* Every redirect is checked the same way; ``timeout`` (clamped to the deployment's
  OUTBOUND_TIMEOUT_MAX_SECONDS) bounds the whole request, redirects included, even against a
  server that trickles bytes. Only the DNS lookup itself is bounded by
  the system resolver's own timeout, not by ``timeout``.
* Proxy environment variables are ignored: http.client does not read them.
* Every failure to connect (DNS, refused, unreachable, timeout, TLS) has the same message,
  `CONNECT_FAILED`, so the error a tenant sees cannot tell an open port from a closed one; the
  detail goes to the log, for operators. `resolve_host` gives SMTP the same checks.
"""

from __future__ import annotations

import dataclasses
import functools
import http.client
import io
import ipaddress
import logging
import re
import socket
import ssl
import time
from collections.abc import Callable, Mapping, Set
from dataclasses import dataclass
from typing import TYPE_CHECKING, TypeAlias, cast

from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop

from core.networks import Address
from integrations.common.destinations import (
    Allow,
    AllowList,
    OutboundRefused,
    Reach,
    Target,
    check_address,
    check_host,
    check_static,
    check_url,
    host_target,
    is_localhost,
    literal_address,
    network_is_public,
    parse_redirect,
    parse_url,
    unmapped,
)

if TYPE_CHECKING:
    from _typeshed import ReadableBuffer, WriteableBuffer

# What can be decided without the network (integrations.common.destinations) is offered here too.
__all__ = [
    "CONNECT_FAILED",
    "Allow",
    "OutboundFailed",
    "OutboundRefused",
    "OutboundResponse",
    "Reach",
    "Resolver",
    "check_host",
    "check_url",
    "clamp_timeout",
    "get",
    "is_localhost",
    "literal_address",
    "network_is_public",
    "post_json",
    "resolve_host",
]

logger = logging.getLogger(__name__)

USER_AGENT = "Loonflow-Webhook/1"
# The message's English text (a catalogue key): raised translated, as `_(CONNECT_FAILED)`.
CONNECT_FAILED = gettext_noop("could not connect to the server")
EXCERPT_CHARS = 1_000

Resolver: TypeAlias = Callable[[str, int], list[str]]

_REDIRECTS = frozenset({301, 302, 303, 307, 308})
_KEEPS_BODY = frozenset({307, 308})  # 301/302/303 turn into a GET without a body, as browsers do
_READ_CHUNK = 16 * 1024
# Set per hop by us; a caller's value could break the framing or the pinned Host.
_OWN_HEADERS = frozenset({"host", "content-length", "transfer-encoding", "connection", "user-agent"})
# Not for another origin's eyes once a redirect leaves the one the tenant configured.
_CREDENTIAL_HEADERS = frozenset({"authorization", "proxy-authorization", "cookie"})
_HEADER_NAME = re.compile(r"[!#$%&'*+.^_`|~0-9A-Za-z-]+")
_BAD_HEADER_VALUE = re.compile(r"[^\t\x20-\x7e\x80-\xff]")  # control characters, or not latin-1


@dataclass(frozen=True)
class OutboundResponse:
    status: int
    latency_ms: int  # the whole request, redirects included
    excerpt: str  # the start of the body as text, for delivery logs
    body: bytes  # at most max_body bytes
    headers: dict[str, str]  # lower-case names; repeated headers joined with ", "


class OutboundFailed(Exception):
    """The request was allowed but did not complete.

    `code` is one of "dns", "connect", "timeout", "tls", "protocol", "network".
    """

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


def clamp_timeout(timeout: float | None) -> float:
    """`timeout` within (0, OUTBOUND_TIMEOUT_MAX_SECONDS]; None or nonsense gives the cap."""
    from django.conf import settings

    cap = float(settings.OUTBOUND_TIMEOUT_MAX_SECONDS)
    try:
        value = float(timeout) if timeout is not None else cap
    except (TypeError, ValueError):
        return cap
    return min(value, cap) if value > 0 else cap


def resolve_host(
    host: str, port: int, *, allow: Allow = (), resolver: Resolver | None = None
) -> list[Address]:
    """The checked addresses of `host` to connect to (once: connect to these, never look it up
    again). Raises OutboundRefused, or OutboundFailed("dns", _(CONNECT_FAILED))."""
    return _checked_addresses(host_target(host, port), AllowList.parse(allow), resolver or _getaddrinfo)


def post_json(
    url: str,
    body: bytes,
    *,
    headers: Mapping[str, str],
    allow: Allow = (),
    timeout: float = 10.0,
    max_redirects: int = 3,
    max_body: int = 65536,
    resolver: Resolver | None = None,
) -> OutboundResponse:
    """POST `body` to `url` (Content-Type application/json unless `headers` says otherwise).

    Raises OutboundRefused when the URL, an address it resolves to, or a redirect is not
    allowed, and OutboundFailed on DNS, network, TLS, protocol errors or the timeout.
    """
    return _send(
        "POST", url, body, headers, allow=allow, timeout=timeout, max_redirects=max_redirects,
        max_body=max_body, resolver=resolver,
    )  # fmt: skip


def get(
    url: str,
    *,
    headers: Mapping[str, str],
    allow: Allow = (),
    timeout: float = 10.0,
    max_redirects: int = 3,
    max_body: int = 65536,
    resolver: Resolver | None = None,
) -> OutboundResponse:
    """GET `url` under the same guard as `post_json` (documents a tenant admin points at: an
    OpenID provider's discovery document and keys)."""
    return _send(
        "GET", url, None, headers, allow=allow, timeout=timeout, max_redirects=max_redirects,
        max_body=max_body, resolver=resolver,
    )  # fmt: skip


def _send(
    method: str,
    url: str,
    body: bytes | None,
    headers: Mapping[str, str],
    *,
    allow: Allow,
    timeout: float,
    max_redirects: int,
    max_body: int,
    resolver: Resolver | None,
) -> OutboundResponse:
    started = time.monotonic()
    rules = AllowList.parse(allow)
    resolve = resolver or _getaddrinfo
    target = parse_url(url)
    hop = _Hop(method, body, _caller_headers(headers), started + clamp_timeout(timeout), max(max_body, 0))
    redirects = 0
    while True:
        addresses = _checked_addresses(target, rules, resolve)
        reply = _exchange(target, addresses, hop)
        if reply.location is None:
            return OutboundResponse(
                status=reply.status,
                latency_ms=round((time.monotonic() - started) * 1000),
                excerpt=reply.body.decode("utf-8", errors="replace")[:EXCERPT_CHARS],
                body=reply.body,
                headers=reply.headers,
            )
        if redirects >= max_redirects:
            raise OutboundRefused(
                "too_many_redirects", _("more than %(value)s redirects") % {"value": max_redirects}
            )
        redirects += 1
        following = parse_redirect(target, reply.location)
        if following.origin != target.origin:
            hop = hop.without_headers(_CREDENTIAL_HEADERS)
        if reply.status not in _KEEPS_BODY:
            hop = dataclasses.replace(hop.without_headers({"content-type"}), method="GET", payload=None)
        target = following


def _caller_headers(headers: Mapping[str, str]) -> dict[str, str]:
    result: dict[str, str] = {}
    for name, value in headers.items():
        if not isinstance(name, str) or not _HEADER_NAME.fullmatch(name):
            raise OutboundRefused("bad_header", _("invalid header name %(name)s") % {"name": repr(name)})
        if not isinstance(value, str) or _BAD_HEADER_VALUE.search(value):
            raise OutboundRefused("bad_header", _("invalid value for header %(name)s") % {"name": name})
        if name.lower() not in _OWN_HEADERS:
            result[name] = value
    if not any(name.lower() == "content-type" for name in result):
        result["Content-Type"] = "application/json"
    return result


def _checked_addresses(target: Target, rules: AllowList, resolve: Resolver) -> list[Address]:
    """The addresses to connect to, each checked; resolved once, so rebinding cannot swap them."""
    check_static(target, rules)
    if target.literal is not None:
        return [target.literal]
    try:
        found = resolve(target.host, target.port)
        addresses = list(dict.fromkeys(unmapped(ipaddress.ip_address(a)) for a in found))
    except (OSError, UnicodeError, ValueError) as exc:
        logger.info("outbound: could not resolve %s: %s", target.host, exc)
        raise OutboundFailed("dns", _(CONNECT_FAILED)) from None
    if not addresses:
        logger.info("outbound: %s has no addresses", target.host)
        raise OutboundFailed("dns", _(CONNECT_FAILED))
    for address in addresses:
        check_address(target, address, rules)
        if rules.only is not None and not rules.only.permits(target.host, address):
            raise OutboundRefused(
                "not_listed",
                _("%(host)s resolves to %(address)s, which is not on this tenant's list")
                % {"host": target.host, "address": str(address)},
            )
    return addresses


def _getaddrinfo(host: str, port: int) -> list[str]:
    return [str(info[4][0]) for info in socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)]


# --- the exchange --------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Reply:
    status: int
    headers: dict[str, str]
    body: bytes
    location: str | None  # set for a redirect to follow


@dataclass(frozen=True)
class _Hop:
    """What one hop sends, and within which bounds (the same for every hop of a request)."""

    method: str
    payload: bytes | None
    headers: Mapping[str, str]
    deadline: float  # time.monotonic() at which the whole request times out
    max_body: int

    def without_headers(self, names: Set[str]) -> _Hop:
        """These headers dropped (`names` lower-case)."""
        kept = {k: v for k, v in self.headers.items() if k.lower() not in names}
        return dataclasses.replace(self, headers=kept)


def _exchange(target: Target, addresses: list[Address], hop: _Hop) -> _Reply:
    try:
        sock = _connect(target, addresses, hop.deadline)
        try:
            return _request(sock, target, hop)
        finally:
            sock.close()
    except (OSError, http.client.HTTPException, ValueError) as exc:
        raise _failure(target, exc) from exc


def _connect(target: Target, addresses: list[Address], deadline: float) -> socket.socket:
    """Connect to the first checked address that answers; never looks the host up again."""
    error: OSError = OSError("no address to connect to")
    for address in addresses:
        family = socket.AF_INET if address.version == 4 else socket.AF_INET6
        sock = socket.socket(family, socket.SOCK_STREAM)
        try:
            sock.settimeout(_remaining(deadline))
            sock.connect((str(address), target.port))
            if target.scheme == "https":
                sock = _tls_context().wrap_socket(sock, server_hostname=target.host)
        except ssl.SSLError:
            sock.close()
            raise  # the certificate is not going to be better on the next address
        except OSError as exc:
            sock.close()
            if isinstance(exc, TimeoutError):
                raise
            error = exc
            continue
        return sock
    raise error


def _request(sock: socket.socket, target: Target, hop: _Hop) -> _Reply:
    conn = _PinnedConnection(sock, target, hop.deadline)
    headers = {**hop.headers, "Host": target.host_header, "User-Agent": USER_AGENT, "Connection": "close"}
    conn.request(hop.method, target.path, body=hop.payload, headers=headers)
    response = conn.getresponse()
    location = response.getheader("Location") if response.status in _REDIRECTS else None
    if location:
        return _Reply(response.status, _header_dict(response), b"", location)
    return _Reply(response.status, _header_dict(response), _read_body(response, hop.max_body), None)


def _read_body(response: http.client.HTTPResponse, max_body: int) -> bytes:
    body = bytearray()
    while len(body) < max_body:
        chunk = response.read(min(_READ_CHUNK, max_body - len(body)))
        if not chunk:
            break
        body += chunk
    return bytes(body)


def _header_dict(response: http.client.HTTPResponse) -> dict[str, str]:
    headers: dict[str, str] = {}
    for name, value in response.getheaders():
        key = name.lower()
        headers[key] = f"{headers[key]}, {value}" if key in headers else value
    return headers


def _failure(target: Target, exc: Exception) -> OutboundFailed:
    """One message for every way of not getting through (the detail is logged only): refused,
    timed out, unreachable and "something that is not HTTP answered" must look alike, or the
    error text is a port scanner. `code` tells them apart for retry decisions and the log."""
    logger.info("outbound: %s failed: %r", target.host_header, exc)
    if isinstance(exc, TimeoutError):
        return OutboundFailed("timeout", _(CONNECT_FAILED))
    if isinstance(exc, ssl.SSLError):
        return OutboundFailed("tls", _(CONNECT_FAILED))
    if isinstance(exc, http.client.HTTPException):
        return OutboundFailed("protocol", _(CONNECT_FAILED))  # else "open, not HTTP" shows
    if isinstance(exc, ConnectionError):
        return OutboundFailed("connect", _(CONNECT_FAILED))
    return OutboundFailed("network", _(CONNECT_FAILED))


def _remaining(deadline: float) -> float:
    left = deadline - time.monotonic()
    if left <= 0:
        raise TimeoutError("timed out")
    return left


@functools.cache
def _tls_context() -> ssl.SSLContext:
    return ssl.create_default_context()  # verifies the certificate and the host name


class _PinnedConnection(http.client.HTTPConnection):
    """http.client over a socket we connected ourselves; it can never dial on its own."""

    def __init__(self, sock: socket.socket, target: Target, deadline: float) -> None:
        super().__init__(target.host, target.port)
        # http.client only calls sendall, makefile and close on its socket.
        self.sock = cast(socket.socket, _DeadlineSocket(sock, deadline))

    def connect(self) -> None:
        raise http.client.NotConnected("pinned connection is closed")


class _DeadlineSocket:
    """Bounds every send and receive by one deadline, so trickling bytes cannot outlast it."""

    def __init__(self, sock: socket.socket, deadline: float) -> None:
        self._sock = sock
        self._deadline = deadline

    def sendall(self, data: ReadableBuffer) -> None:
        self._sock.settimeout(_remaining(self._deadline))
        self._sock.sendall(data)

    def recv_into(self, buffer: WriteableBuffer) -> int:
        self._sock.settimeout(_remaining(self._deadline))
        return self._sock.recv_into(buffer)

    def makefile(self, mode: str) -> io.BufferedReader:
        return io.BufferedReader(_DeadlineReader(self))

    def close(self) -> None:
        # http.client closes early on "Connection: close", before the body is read; the real
        # socket is closed by _exchange once it is done.
        pass


class _DeadlineReader(io.RawIOBase):
    def __init__(self, sock: _DeadlineSocket) -> None:
        self._sock = sock

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: WriteableBuffer) -> int:
        return self._sock.recv_into(buffer)
