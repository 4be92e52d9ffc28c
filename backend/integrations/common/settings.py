"""The tenant's integration settings: the signing secret and the outbound allow-list.

The tenant admin's allow-list may name public destinations only; private networks are opened per
tenant by the platform admin (`Tenant.outbound_private_ranges`), and `outbound_allow` is what the
outbound guard is given.

The secret signs hook calls and workflow-document webhooks, and verifies hook callbacks. It is
stored encrypted and shown once, when it is (re)generated.
"""

from __future__ import annotations

import ipaddress

from django.db import transaction
from django.utils.translation import gettext as _

from core.errors import ValidationFailed, field_problem
from core.locks import advisory_xact_lock
from core.networks import Network
from core.secrets import decrypt_secret, encrypt_secret, new_signing_secret
from core.tenancy import current_schema
from integrations.common import outbound
from integrations.common.models import IntegrationSettings

MAX_ALLOW_LIST = 100
# Wider public networks than these are a mistake (or a way of saying "everything").
MIN_PREFIX = {4: 16, 6: 32}


def integration_settings() -> IntegrationSettings:
    """The tenant's row, created (with a fresh secret) on first use."""
    row = IntegrationSettings.objects.first()
    if row is not None:
        return row
    with transaction.atomic():
        # Two first uses at once: the second waits here, then (READ COMMITTED) sees the first one's
        # row. Locking the empty table's rows would lock nothing, so each minted its own secret.
        advisory_xact_lock("integration_settings:create")
        row = IntegrationSettings.objects.first()
        if row is None:
            row = IntegrationSettings.objects.create(
                signing_secret_encrypted=encrypt_secret(new_signing_secret())
            )
    return row


def signing_secret() -> str:
    secret = decrypt_secret(integration_settings().signing_secret_encrypted)
    if secret is None:  # the encryption key changed: nothing signed before can be checked anyway
        return rotate_signing_secret()
    return secret


def rotate_signing_secret() -> str:
    """A new secret (returned once, to show to the admin)."""
    row = integration_settings()
    secret = new_signing_secret()
    row.signing_secret_encrypted = encrypt_secret(secret)
    row.save(update_fields=["signing_secret_encrypted", "updated_at"])
    return secret


def allow_list() -> list[str]:
    """The tenant admin's allow-list, as it is valid today.

    A tolerant read: entries stored before the rules tightened (0.0.0.0/0, 10.0.0.0/8,
    169.254.169.254/32, "localhost") are left out rather than migrated away, so they are never
    honoured, the admin sees what counts, and saving the list again drops them for good.
    """
    return [entry for entry in integration_settings().allow_list if _public_entry(str(entry))[0] == entry]


def outbound_allow() -> outbound.Reach:
    """What outbound calls of the current tenant may reach: public addresses and the private
    ranges the platform admin opened for it; when the tenant admin listed destinations, only
    those. The tenant's own list never widens anything (a host name there could resolve to
    10.0.0.1): it narrows."""
    from tenants.selectors import tenant_private_ranges

    return outbound.Reach(
        private=tuple(tenant_private_ranges(schema_name=current_schema())), only=tuple(allow_list())
    )


_NOT_AN_ENTRY = "Not a network, an address or a host name."
_NOT_PUBLIC = "Only public addresses; private ranges are opened by the platform admin."


def _public_entry(raw: str) -> tuple[str | None, str]:
    """(normalised entry, "") or (None, why it is refused): public networks, addresses, names."""
    entry = raw.strip()
    if not entry or len(entry) > 253:
        return None, _NOT_AN_ENTRY
    try:
        network = _network(entry)
    except ValueError:
        return None, "Not a network (write it strictly, e.g. 203.0.113.0/24)."
    if network is not None:
        return _public_network(entry, network)
    if outbound.literal_address(entry) is not None or outbound.is_localhost(entry):
        return None, _NOT_PUBLIC
    labels = entry.lower().rstrip(".").split(".")
    if all(label and len(label) <= 63 and label.replace("-", "").isalnum() for label in labels):
        return ".".join(labels), ""
    return None, _NOT_AN_ENTRY


def _network(entry: str) -> Network | None:
    """The network `entry` names (an address: its own /32 or /128), or None when it names none.
    Raises ValueError for a network (it has a '/') that is not written strictly."""
    if "/" in entry:
        return ipaddress.ip_network(entry, strict=True)
    try:
        return ipaddress.ip_network(ipaddress.ip_address(entry))
    except ValueError:
        return None


def _public_network(entry: str, network: Network) -> tuple[str | None, str]:
    if network.prefixlen < MIN_PREFIX[network.version]:
        return None, f"Too broad: at most a /{MIN_PREFIX[network.version]}."
    if not outbound.network_is_public(network):
        return None, _NOT_PUBLIC
    single = network.num_addresses == 1
    return (str(network.network_address) if single and "/" not in entry else str(network)), ""


def set_allow_list(entries: list[str]) -> list[str]:
    """Replace the allow-list: public CIDR networks (strict, at most /16 or /32 wide), public
    addresses or exact host names."""
    if len(entries) > MAX_ALLOW_LIST:
        raise ValidationFailed(
            _("At most %(value)s entries.") % {"value": MAX_ALLOW_LIST},
            details=[field_problem("allow_list", _("Too many entries."))],
        )
    cleaned: list[str] = []
    problems = []
    for index, entry in enumerate(entries):
        value, problem = _public_entry(entry)
        if value is None:
            problems.append(
                field_problem(
                    f"allow_list.{index}",
                    _("%(entry)s: %(problem)s") % {"entry": repr(entry), "problem": problem},
                )
            )
        elif value not in cleaned:
            cleaned.append(value)
    if problems:
        raise ValidationFailed(_("The allow-list has invalid entries."), details=problems)
    row = integration_settings()
    row.allow_list = cleaned
    row.save(update_fields=["allow_list", "updated_at"])
    return cleaned
