"""Which addresses no tenant may ever reach: the cloud metadata services. The outbound guard
(`integrations.common.outbound`) refuses them, and the platform cannot open a private range that
overlaps them for a tenant (`tenants.services`)."""

from __future__ import annotations

import ipaddress
from typing import TypeAlias

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
