"""Addresses: which ones no tenant may ever reach (the cloud metadata services: the outbound guard
`integrations.common.outbound` refuses them, and the platform cannot open a private range that
overlaps them for a tenant, `tenants.services`), and which one a request came from (`client_address`,
for login throttling and the audit trail)."""

from __future__ import annotations

import ipaddress
from typing import TypeAlias

from django.conf import settings
from django.http import HttpRequest

Address: TypeAlias = ipaddress.IPv4Address | ipaddress.IPv6Address
Network: TypeAlias = ipaddress.IPv4Network | ipaddress.IPv6Network

# Cloud metadata services (AWS incl. its IPv6 one, Alibaba, Azure's wire server) and all of
# link-local: never reachable, whatever any allow-list says; they hand out credentials.
METADATA = tuple(
    ipaddress.ip_network(net)
    for net in ("169.254.0.0/16", "fd00:ec2::254/128", "100.100.100.200/32", "168.63.129.16/32", "fe80::/10")
)


def is_metadata(address: Address) -> bool:
    return any(address in network for network in METADATA)


def network_touches_metadata(network: Network) -> bool:
    return any(network.overlaps(other) for other in METADATA)


def client_address(request: HttpRequest) -> str:
    """REMOTE_ADDR; behind proxies listed in TRUSTED_PROXIES, the address the nearest of them saw.

    X-Forwarded-For is read right to left (each proxy appends the peer it saw) and only as long as
    the address in hand is a trusted proxy: a client can put anything on the left, never on the right.
    """
    address = request.META.get("REMOTE_ADDR", "") or "unknown"
    networks = _trusted_networks(tuple(settings.TRUSTED_PROXIES))
    if not networks:
        return address
    hops = [hop.strip() for hop in request.headers.get("X-Forwarded-For", "").split(",") if hop.strip()]
    while _in(address, networks) and hops:
        candidate = hops.pop()
        if _parse(candidate) is None:
            break
        address = candidate
    return address


def _parse(value: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address | None:
    try:
        return ipaddress.ip_address(value)
    except ValueError:
        return None


def _in(address: str, networks: tuple[ipaddress.IPv4Network | ipaddress.IPv6Network, ...]) -> bool:
    parsed = _parse(address)
    return parsed is not None and any(parsed in network for network in networks)


_networks_cache: dict[tuple[str, ...], tuple[ipaddress.IPv4Network | ipaddress.IPv6Network, ...]] = {}


def _trusted_networks(
    raw: tuple[str, ...],
) -> tuple[ipaddress.IPv4Network | ipaddress.IPv6Network, ...]:
    if raw not in _networks_cache:
        _networks_cache[raw] = tuple(ipaddress.ip_network(item, strict=False) for item in raw)
    return _networks_cache[raw]
