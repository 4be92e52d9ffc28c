"""The tenant's integration settings: the signing secret and the outbound allow-list.

The secret signs hook calls and workflow-document webhooks, and verifies hook callbacks. It is
stored encrypted and shown once, when it is (re)generated.
"""

from __future__ import annotations

import ipaddress

from django.db import transaction

from core.errors import ValidationFailed, field_problem
from core.secrets import decrypt_secret, encrypt_secret, new_signing_secret
from integrations.models import IntegrationSettings

MAX_ALLOW_LIST = 100


def integration_settings() -> IntegrationSettings:
    """The tenant's row, created (with a fresh secret) on first use."""
    row = IntegrationSettings.objects.first()
    if row is not None:
        return row
    with transaction.atomic():
        # Two first uses at once: the table lock makes the second one see the first one's row.
        IntegrationSettings.objects.select_for_update().first()
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
    return list(integration_settings().allow_list)


def _check_entry(entry: str) -> str | None:
    entry = entry.strip()
    if not entry or len(entry) > 253:
        return None
    if "/" in entry:
        try:
            return str(ipaddress.ip_network(entry, strict=True))
        except ValueError:
            return None
    try:
        return str(ipaddress.ip_address(entry))
    except ValueError:
        pass
    labels = entry.lower().rstrip(".").split(".")
    if all(label and len(label) <= 63 and label.replace("-", "").isalnum() for label in labels):
        return ".".join(labels)
    return None


def set_allow_list(entries: list[str]) -> list[str]:
    """Replace the allow-list: CIDR networks (strict), single addresses or exact host names."""
    if len(entries) > MAX_ALLOW_LIST:
        raise ValidationFailed(
            f"At most {MAX_ALLOW_LIST} entries.", details=[field_problem("allow_list", "Too many entries.")]
        )
    cleaned, problems = [], []
    for index, entry in enumerate(entries):
        value = _check_entry(entry)
        if value is None:
            problems.append(
                field_problem(
                    f"allow_list.{index}", f"{entry!r} is not a network, an address or a host name."
                )
            )
        elif value not in cleaned:
            cleaned.append(value)
    if problems:
        raise ValidationFailed("The allow-list has invalid entries.", details=problems)
    row = integration_settings()
    row.allow_list = cleaned
    row.save(update_fields=["allow_list", "updated_at"])
    return cleaned
