"""Where an outbound call may go, decided without the network: URL and host parsing, and the address rules.

`outbound` (the HTTP client and SMTP's `resolve_host`) applies these to every hop; its docstring
describes the rules. Nothing here resolves a name or opens a socket.
"""

from __future__ import annotations

import ipaddress
import re
import socket
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from urllib.parse import SplitResult, quote, urljoin, urlsplit

from django.utils.translation import gettext as _

from core.networks import METADATA, Address, Network, is_metadata

DEFAULT_PORTS = {"http": 80, "https": 443}
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


class OutboundRefused(Exception):
    """The target (or a redirect target) is not allowed; nothing was sent to it.

    `code` is one of "bad_url", "bad_scheme", "bad_header", "private_address", "not_listed",
    "too_many_redirects".
    """

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


def check_url(url: str, *, allow: Allow = ()) -> None:
    """Validate a webhook URL without any network access (no DNS); raises OutboundRefused.

    Catches what can be seen in the URL alone: scheme, host, port, and hosts that are private
    addresses or localhost names. `outbound.post_json` still checks what a name resolves to.
    """
    check_static(parse_url(url), AllowList.parse(allow))


def check_host(host: str, *, allow: Allow = ()) -> None:
    """Validate a host name or address (SMTP) without DNS, like `check_url`; raises OutboundRefused."""
    check_static(host_target(host, 0), AllowList.parse(allow))


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


# --- URLs ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Target:
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
        return host if self.port == DEFAULT_PORTS[self.scheme] else f"{host}:{self.port}"


def parse_url(url: str) -> Target:
    parts, port = _split(url)
    scheme = parts.scheme.lower()
    if scheme not in DEFAULT_PORTS:
        raise OutboundRefused(
            "bad_scheme",
            _("scheme must be http or https, not %(scheme)s") % {"scheme": repr(scheme or "none")},
        )
    if "@" in parts.netloc:
        raise OutboundRefused("bad_url", _("credentials in the URL are not supported; use headers"))
    host = ascii_host(parts.hostname or "")
    if not host:
        raise OutboundRefused("bad_url", _("URL has no valid host"))
    if port == 0:
        raise OutboundRefused("bad_url", _("port 0 is not allowed"))
    return Target(
        url=url,
        scheme=scheme,
        host=host,
        port=DEFAULT_PORTS[scheme] if port is None else port,
        path=_request_target(parts),
        literal=_literal_address(host),
    )


def _split(url: str) -> tuple[SplitResult, int | None]:
    """The URL's parts and its port, for a non-empty URL without whitespace or control characters."""
    if not isinstance(url, str) or not url:
        raise OutboundRefused("bad_url", _("URL is empty"))
    if any(ch <= " " or ch == "\x7f" for ch in url):
        raise OutboundRefused("bad_url", _("URL contains whitespace or control characters"))
    try:
        parts = urlsplit(url)
        return parts, parts.port  # raises ValueError for non-numeric or out-of-range ports
    except ValueError as exc:
        raise OutboundRefused("bad_url", _("invalid URL: %(problem)s") % {"problem": exc}) from None


def _request_target(parts: SplitResult) -> str:
    """The path and query as they go in the request line (ASCII)."""
    try:
        path = quote(parts.path or "/", safe=_PATH_SAFE)
        if parts.query:
            path += "?" + quote(parts.query, safe=_PATH_SAFE)
    except UnicodeError:  # lone surrogates
        raise OutboundRefused("bad_url", _("URL is not valid Unicode")) from None
    return path


def host_target(host: str, port: int) -> Target:
    """A bare host (SMTP) in the shape the address checks use (scheme and path are unused)."""
    name = ascii_host(str(host or "").strip().strip("[]"))
    if not name:
        raise OutboundRefused("bad_url", _("not a valid host name"))
    return Target(url=name, scheme="https", host=name, port=port, path="/", literal=_literal_address(name))


def parse_redirect(current: Target, location: str) -> Target:
    try:
        url = urljoin(current.url, location.strip())
    except ValueError as exc:
        raise OutboundRefused(
            "bad_url", _("invalid redirect location: %(problem)s") % {"problem": exc}
        ) from None
    return parse_url(url)


def ascii_host(host: str) -> str:
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
        return unmapped(ipaddress.ip_address(host))
    except ValueError:
        pass
    if _NUMERIC_HOST.fullmatch(host):
        try:
            return ipaddress.IPv4Address(socket.inet_aton(host))
        except OSError:
            pass
    return None


# --- addresses -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class AllowList:
    networks: tuple[Network, ...]
    names: frozenset[str]
    # The tenant's own list of destinations: when set, nothing else may be reached.
    only: AllowList | None = None

    @classmethod
    def parse(cls, entries: Iterable[str] | Reach) -> AllowList:
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
                if name := ascii_host(text):
                    names.add(name)
        return cls(tuple(networks), frozenset(names))

    def permits(self, host: str, address: Address) -> bool:
        return host in self.names or any(address in network for network in self.networks)


def check_static(target: Target, rules: AllowList) -> None:
    """What can be refused without DNS: literal addresses and names that are always local, and,
    under a tenant's list of destinations, names and addresses that cannot be on it."""
    if target.literal is not None:
        check_address(target, target.literal, rules)
    elif _is_localhost(target.host):
        check_address(target, _LOOPBACK, rules)  # RFC 6761: loopback, whatever DNS would say
    only = rules.only
    if only is None or target.host in only.names:
        return
    if target.literal is not None or not only.networks:  # no address of a name could match then
        raise OutboundRefused(
            "not_listed", _("%(host)s is not on this tenant's list of destinations") % {"host": target.host}
        )


def check_address(target: Target, address: Address, rules: AllowList) -> None:
    named = {"host": target.host, "address": str(address)}
    embedded = _embedded_ipv4(address) if isinstance(address, ipaddress.IPv6Address) else None
    if is_metadata(address) or (embedded is not None and is_metadata(embedded)):
        message = (
            _("%(address)s is a metadata or link-local address")
            if target.literal is not None
            else _("%(host)s resolves to %(address)s, which is a metadata or link-local address")
        )
        raise OutboundRefused("private_address", message % named)
    if rules.permits(target.host, address) or _is_public(address):
        return
    message = (
        _("%(address)s is not a public address")
        if target.literal is not None
        else _("%(host)s resolves to %(address)s, which is not a public address")
    )
    raise OutboundRefused("private_address", message % named)


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


def unmapped(address: Address) -> Address:
    # ::ffff:a.b.c.d is a.b.c.d; checking and connecting to the IPv4 form keeps the rules simple.
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        return address.ipv4_mapped
    return address


def _is_localhost(host: str) -> bool:
    return host == "localhost" or host.endswith(".localhost")
