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

import functools
import http.client
import io
import ipaddress
import logging
import re
import socket
import ssl
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, TypeAlias, cast
from urllib.parse import quote, urljoin, urlsplit

from core.networks import METADATA, Address, Network, is_metadata

if TYPE_CHECKING:
    from _typeshed import ReadableBuffer, WriteableBuffer

logger = logging.getLogger(__name__)

USER_AGENT = "Loonflow-Webhook/1"
CONNECT_FAILED = "could not connect to the server"
EXCERPT_CHARS = 1_000

Resolver: TypeAlias = Callable[[str, int], list[str]]

_DEFAULT_PORTS = {"http": 80, "https": 443}
_REDIRECTS = frozenset({301, 302, 303, 307, 308})
_KEEPS_BODY = frozenset({307, 308})  # 301/302/303 turn into a GET without a body, as browsers do
_READ_CHUNK = 16 * 1024
# Set per hop by us; a caller's value could break the framing or the pinned Host.
_OWN_HEADERS = frozenset({"host", "content-length", "transfer-encoding", "connection", "user-agent"})
# Not for another origin's eyes once a redirect leaves the one the tenant configured.
_CREDENTIAL_HEADERS = frozenset({"authorization", "proxy-authorization", "cookie"})
_HEADER_NAME = re.compile(r"[!#$%&'*+.^_`|~0-9A-Za-z-]+")
_BAD_HEADER_VALUE = re.compile(r"[^\t\x20-\x7e\x80-\xff]")  # control characters, or not latin-1
_HOST_NAME = re.compile(r"[a-z0-9_-]{1,63}(\.[a-z0-9_-]{1,63})*")
# Shorthand IPv4 forms that getaddrinfo accepts: 2130706433, 0x7f.1, 127.1, 017700000001.
_NUMERIC_HOST = re.compile(r"[0-9a-fx.]+")
# Safe in a request target as is: everything printable in ASCII (so existing %XX stay intact).
_PATH_SAFE = "".join(chr(c) for c in range(0x21, 0x7F))

# is_global already excludes most of these; listed so the check does not depend on which
# Python patch release updated its tables, and for what is_global misses (multicast).
_NOT_PUBLIC = tuple(
    ipaddress.ip_network(net)
    for net in (
        "0.0.0.0/8",
        "10.0.0.0/8",
        "100.64.0.0/10",
        "127.0.0.0/8",
        "169.254.0.0/16",
        "172.16.0.0/12",
        "192.0.0.0/24",
        "192.168.0.0/16",
        "198.18.0.0/15",
        "224.0.0.0/4",
        "240.0.0.0/4",
        "::/128",
        "::1/128",
        "64:ff9b:1::/48",
        "100::/64",
        "fc00::/7",
        "fe80::/10",
        "fec0::/10",
        "ff00::/8",
    )
)
_NAT64 = ipaddress.IPv6Network("64:ff9b::/96")
# IPv6 ranges that carry an IPv4 address to somewhere else on the path.
_EMBEDDING = tuple(ipaddress.ip_network(net) for net in ("::ffff:0:0/96", "2002::/16", "64:ff9b::/96"))
_LOOPBACK = ipaddress.IPv4Address("127.0.0.1")


@dataclass(frozen=True)
class Reach:
    """What one tenant's outbound calls may reach.

    `private`: the private networks and names the platform admin opened beyond public addresses.
    `only`: the tenant admin's own list of destinations (public networks, addresses, host names);
    when it is not empty, every other destination is refused. Metadata addresses never pass.
    """

    private: tuple[str, ...] = ()
    only: tuple[str, ...] = ()


Allow = Sequence[str] | Reach


@dataclass(frozen=True)
class OutboundResponse:
    status: int
    latency_ms: int  # the whole request, redirects included
    excerpt: str  # the start of the body as text, for delivery logs
    body: bytes  # at most max_body bytes
    headers: dict[str, str]  # lower-case names; repeated headers joined with ", "


class OutboundRefused(Exception):
    """The target (or a redirect target) is not allowed; nothing was sent to it.

    `code` is one of "bad_url", "bad_scheme", "bad_header", "private_address", "not_listed",
    "too_many_redirects".
    """

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


class OutboundFailed(Exception):
    """The request was allowed but did not complete.

    `code` is one of "dns", "connect", "timeout", "tls", "protocol", "network".
    """

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


def check_url(url: str, *, allow: Allow = ()) -> None:
    """Validate a webhook URL without any network access (no DNS); raises OutboundRefused.

    Catches what can be seen in the URL alone: scheme, host, port, and hosts that are private
    addresses or localhost names. `post_json` still checks what a name resolves to.
    """
    _check_static(_parse(url), _AllowList.parse(allow))


def clamp_timeout(timeout: float | None) -> float:
    """`timeout` within (0, OUTBOUND_TIMEOUT_MAX_SECONDS]; None or nonsense gives the cap."""
    from django.conf import settings

    cap = float(settings.OUTBOUND_TIMEOUT_MAX_SECONDS)
    try:
        value = float(timeout) if timeout is not None else cap
    except (TypeError, ValueError):
        return cap
    return min(value, cap) if value > 0 else cap


def check_host(host: str, *, allow: Allow = ()) -> None:
    """Validate a host name or address (SMTP) without DNS, like `check_url`; raises OutboundRefused."""
    _check_static(_host_target(host, 0), _AllowList.parse(allow))


def resolve_host(
    host: str, port: int, *, allow: Allow = (), resolver: Resolver | None = None
) -> list[Address]:
    """The checked addresses of `host` to connect to (once: connect to these, never look it up
    again). Raises OutboundRefused, or OutboundFailed("dns", CONNECT_FAILED)."""
    return _checked_addresses(_host_target(host, port), _AllowList.parse(allow), resolver or _getaddrinfo)


def network_is_public(network: Network) -> bool:
    """Whether every address of `network` is public (so a tenant may name it)."""
    if any(network.overlaps(other) for other in (*_NOT_PUBLIC, *METADATA, *_EMBEDDING)):
        return False
    return _is_public(network.network_address) and _is_public(network.broadcast_address)


def literal_address(host: str) -> Address | None:
    """`host` as an IP address, shorthand IPv4 forms (2130706433, 127.1) included, else None."""
    return _literal_address(host.strip().lower().strip("[]").rstrip("."))


def is_localhost(host: str) -> bool:
    return _is_localhost(host.strip().lower().rstrip("."))


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
    started = time.monotonic()
    deadline = started + clamp_timeout(timeout)
    rules = _AllowList.parse(allow)
    resolve = resolver or _getaddrinfo
    target = _parse(url)
    hop_headers = _caller_headers(headers)
    method: str = "POST"
    payload: bytes | None = body
    redirects = 0
    while True:
        addresses = _checked_addresses(target, rules, resolve)
        reply = _exchange(target, addresses, method, payload, hop_headers, deadline, max(max_body, 0))
        if reply.location is None:
            return OutboundResponse(
                status=reply.status,
                latency_ms=round((time.monotonic() - started) * 1000),
                excerpt=reply.body.decode("utf-8", errors="replace")[:EXCERPT_CHARS],
                body=reply.body,
                headers=reply.headers,
            )
        if redirects >= max_redirects:
            raise OutboundRefused("too_many_redirects", f"more than {max_redirects} redirects")
        redirects += 1
        following = _parse_redirect(target, reply.location)
        if following.origin != target.origin:
            hop_headers = {k: v for k, v in hop_headers.items() if k.lower() not in _CREDENTIAL_HEADERS}
        if reply.status not in _KEEPS_BODY:
            method, payload = "GET", None
            hop_headers = {k: v for k, v in hop_headers.items() if k.lower() != "content-type"}
        target = following


# --- URLs ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Target:
    url: str
    scheme: str
    host: str  # lower-case ASCII (IDNA), no brackets, no trailing dot
    port: int
    path: str  # the request target: path and query, ASCII
    literal: Address | None  # the host when it is an IP address

    @property
    def origin(self) -> tuple[str, str, int]:
        return self.scheme, self.host, self.port

    @property
    def host_header(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return host if self.port == _DEFAULT_PORTS[self.scheme] else f"{host}:{self.port}"


def _parse(url: str) -> _Target:
    if not isinstance(url, str) or not url:
        raise OutboundRefused("bad_url", "URL is empty")
    if any(ch <= " " or ch == "\x7f" for ch in url):
        raise OutboundRefused("bad_url", "URL contains whitespace or control characters")
    try:
        parts = urlsplit(url)
        port = parts.port  # raises ValueError for non-numeric or out-of-range ports
    except ValueError as exc:
        raise OutboundRefused("bad_url", f"invalid URL: {exc}") from None
    scheme = parts.scheme.lower()
    if scheme not in _DEFAULT_PORTS:
        raise OutboundRefused("bad_scheme", f"scheme must be http or https, not {scheme or 'none'!r}")
    if "@" in parts.netloc:
        raise OutboundRefused("bad_url", "credentials in the URL are not supported; use headers")
    host = _ascii_host(parts.hostname or "")
    if not host:
        raise OutboundRefused("bad_url", "URL has no valid host")
    if port == 0:
        raise OutboundRefused("bad_url", "port 0 is not allowed")
    try:
        path = quote(parts.path or "/", safe=_PATH_SAFE)
        if parts.query:
            path += "?" + quote(parts.query, safe=_PATH_SAFE)
    except UnicodeError:  # lone surrogates
        raise OutboundRefused("bad_url", "URL is not valid Unicode") from None
    return _Target(
        url=url,
        scheme=scheme,
        host=host,
        port=_DEFAULT_PORTS[scheme] if port is None else port,
        path=path,
        literal=_literal_address(host),
    )


def _host_target(host: str, port: int) -> _Target:
    """A bare host (SMTP) in the shape the address checks use (scheme and path are unused)."""
    name = _ascii_host(str(host or "").strip().strip("[]"))
    if not name:
        raise OutboundRefused("bad_url", "not a valid host name")
    return _Target(url=name, scheme="https", host=name, port=port, path="/", literal=_literal_address(name))


def _parse_redirect(current: _Target, location: str) -> _Target:
    try:
        url = urljoin(current.url, location.strip())
    except ValueError as exc:
        raise OutboundRefused("bad_url", f"invalid redirect location: {exc}") from None
    return _parse(url)


def _ascii_host(host: str) -> str:
    """The host in the form DNS, SNI and Host use, or "" when it cannot be a host."""
    host = host.lower().rstrip(".")
    if _literal_address(host) is not None:
        return host
    if not host.isascii():
        try:
            host = host.encode("idna").decode("ascii")
        except UnicodeError:
            return ""
    return host if len(host) <= 253 and _HOST_NAME.fullmatch(host) else ""


def _literal_address(host: str) -> Address | None:
    try:
        return _unmapped(ipaddress.ip_address(host))
    except ValueError:
        pass
    if _NUMERIC_HOST.fullmatch(host):
        try:
            return ipaddress.IPv4Address(socket.inet_aton(host))
        except OSError:
            pass
    return None


def _caller_headers(headers: Mapping[str, str]) -> dict[str, str]:
    result: dict[str, str] = {}
    for name, value in headers.items():
        if not isinstance(name, str) or not _HEADER_NAME.fullmatch(name):
            raise OutboundRefused("bad_header", f"invalid header name {name!r}")
        if not isinstance(value, str) or _BAD_HEADER_VALUE.search(value):
            raise OutboundRefused("bad_header", f"invalid value for header {name}")
        if name.lower() not in _OWN_HEADERS:
            result[name] = value
    if not any(name.lower() == "content-type" for name in result):
        result["Content-Type"] = "application/json"
    return result


# --- addresses -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class _AllowList:
    networks: tuple[Network, ...]
    names: frozenset[str]
    # The tenant's own list of destinations: when set, nothing else may be reached.
    only: _AllowList | None = None

    @classmethod
    def parse(cls, entries: Iterable[str] | Reach) -> _AllowList:
        if isinstance(entries, Reach):
            rules = cls.parse(entries.private)
            only = cls.parse(entries.only) if entries.only else None
            return cls(rules.networks, rules.names, only)
        if isinstance(entries, str):  # a lone entry, not a sequence of characters
            entries = (entries,)
        networks: list[Network] = []
        names: set[str] = set()
        for entry in entries:
            text = str(entry).strip()
            try:
                # Strict: "10.0.0.1/8" is a typo, and guessing would widen the list.
                networks.append(ipaddress.ip_network(text))
            except ValueError:
                if name := _ascii_host(text):
                    names.add(name)
        return cls(tuple(networks), frozenset(names))

    def permits(self, host: str, address: Address) -> bool:
        return host in self.names or any(address in network for network in self.networks)


def _check_static(target: _Target, rules: _AllowList) -> None:
    """What can be refused without DNS: literal addresses and names that are always local, and,
    under a tenant's list of destinations, names and addresses that cannot be on it."""
    if target.literal is not None:
        _check_address(target, target.literal, rules)
    elif _is_localhost(target.host):
        _check_address(target, _LOOPBACK, rules)  # RFC 6761: loopback, whatever DNS would say
    only = rules.only
    if only is None or target.host in only.names:
        return
    if target.literal is not None or not only.networks:  # no address of a name could match then
        raise OutboundRefused("not_listed", f"{target.host} is not on this tenant's list of destinations")


def _checked_addresses(target: _Target, rules: _AllowList, resolve: Resolver) -> list[Address]:
    """The addresses to connect to, each checked; resolved once, so rebinding cannot swap them."""
    _check_static(target, rules)
    if target.literal is not None:
        return [target.literal]
    try:
        found = resolve(target.host, target.port)
        addresses = list(dict.fromkeys(_unmapped(ipaddress.ip_address(a)) for a in found))
    except (OSError, UnicodeError, ValueError) as exc:
        logger.info("outbound: could not resolve %s: %s", target.host, exc)
        raise OutboundFailed("dns", CONNECT_FAILED) from None
    if not addresses:
        logger.info("outbound: %s has no addresses", target.host)
        raise OutboundFailed("dns", CONNECT_FAILED)
    for address in addresses:
        _check_address(target, address, rules)
        if rules.only is not None and not rules.only.permits(target.host, address):
            raise OutboundRefused(
                "not_listed", f"{target.host} resolves to {address}, which is not on this tenant's list"
            )
    return addresses


def _check_address(target: _Target, address: Address, rules: _AllowList) -> None:
    where = str(address) if target.literal is not None else f"{target.host} resolves to {address}, which"
    embedded = _embedded_ipv4(address) if isinstance(address, ipaddress.IPv6Address) else None
    if is_metadata(address) or (embedded is not None and is_metadata(embedded)):
        raise OutboundRefused("private_address", f"{where} is a metadata or link-local address")
    if rules.permits(target.host, address) or _is_public(address):
        return
    raise OutboundRefused("private_address", f"{where} is not a public address")


def _is_public(address: Address) -> bool:
    if any(address in network for network in _NOT_PUBLIC):
        return False
    if not address.is_global or address.is_multicast or address.is_reserved:
        return False
    embedded = _embedded_ipv4(address) if isinstance(address, ipaddress.IPv6Address) else None
    return embedded is None or _is_public(embedded)


def _embedded_ipv4(address: ipaddress.IPv6Address) -> ipaddress.IPv4Address | None:
    # These IPv6 forms are translated to the IPv4 address inside them somewhere on the path.
    if address.ipv4_mapped is not None:
        return address.ipv4_mapped
    if address.sixtofour is not None:
        return address.sixtofour
    if address in _NAT64:
        return ipaddress.IPv4Address(int(address) & 0xFFFFFFFF)
    return None


def _unmapped(address: Address) -> Address:
    # ::ffff:a.b.c.d is a.b.c.d; checking and connecting to the IPv4 form keeps the rules simple.
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        return address.ipv4_mapped
    return address


def _is_localhost(host: str) -> bool:
    return host == "localhost" or host.endswith(".localhost")


def _getaddrinfo(host: str, port: int) -> list[str]:
    return [str(info[4][0]) for info in socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)]


# --- the exchange --------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Reply:
    status: int
    headers: dict[str, str]
    body: bytes
    location: str | None  # set for a redirect to follow


def _exchange(
    target: _Target,
    addresses: list[Address],
    method: str,
    payload: bytes | None,
    headers: Mapping[str, str],
    deadline: float,
    max_body: int,
) -> _Reply:
    try:
        sock = _connect(target, addresses, deadline)
        try:
            return _request(sock, target, method, payload, headers, deadline, max_body)
        finally:
            sock.close()
    except (OSError, http.client.HTTPException, ValueError) as exc:
        raise _failure(target, exc) from exc


def _connect(target: _Target, addresses: list[Address], deadline: float) -> socket.socket:
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


def _request(
    sock: socket.socket,
    target: _Target,
    method: str,
    payload: bytes | None,
    headers: Mapping[str, str],
    deadline: float,
    max_body: int,
) -> _Reply:
    conn = _PinnedConnection(sock, target, deadline)
    hop_headers = {**headers, "Host": target.host_header, "User-Agent": USER_AGENT, "Connection": "close"}
    conn.request(method, target.path, body=payload, headers=hop_headers)
    response = conn.getresponse()
    location = response.getheader("Location") if response.status in _REDIRECTS else None
    if location:
        return _Reply(response.status, _header_dict(response), b"", location)
    return _Reply(response.status, _header_dict(response), _read_body(response, max_body), None)


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


def _failure(target: _Target, exc: Exception) -> OutboundFailed:
    """One message for every way of not getting through (the detail is logged only): refused,
    timed out, unreachable and "something that is not HTTP answered" must look alike, or the
    error text is a port scanner. `code` tells them apart for retry decisions and the log."""
    logger.info("outbound: %s failed: %r", target.host_header, exc)
    if isinstance(exc, TimeoutError):
        return OutboundFailed("timeout", CONNECT_FAILED)
    if isinstance(exc, ssl.SSLError):
        return OutboundFailed("tls", CONNECT_FAILED)
    if isinstance(exc, http.client.HTTPException):
        return OutboundFailed("protocol", CONNECT_FAILED)  # else "open, not HTTP" shows
    if isinstance(exc, ConnectionError):
        return OutboundFailed("connect", CONNECT_FAILED)
    return OutboundFailed("network", CONNECT_FAILED)


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

    def __init__(self, sock: socket.socket, target: _Target, deadline: float) -> None:
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
