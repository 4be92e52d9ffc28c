"""Re-encrypt every stored recoverable secret under the current SECRETS_ENCRYPTION_KEY.

Run after moving the old key to SECRETS_ENCRYPTION_KEY_FALLBACKS (docs/operations.md, "Rotating
secrets"); once it reports nothing unreadable, the fallback can be removed.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.apps import apps
from django.db import transaction
from django_tenants.utils import schema_context

from core.secrets import reencrypt_secret
from tenants.selectors import department_tenants

# Every column holding a secret encrypted with `core.secrets.encrypt_secret`.
ENCRYPTED_COLUMNS: tuple[tuple[str, str], ...] = (
    ("core.App", "signing_secret_encrypted"),
    ("integrations.IntegrationSettings", "signing_secret_encrypted"),
    ("integrations.Webhook", "secret_encrypted"),
    ("integrations.NotificationChannel", "secret_encrypted"),
    ("integrations.NotificationChannel", "url_encrypted"),
)


@dataclass
class RotationReport:
    schemas: int = 0
    reencrypted: int = 0
    # (schema, model, primary key) of values no configured key opens: left as they are.
    unreadable: list[tuple[str, str, int]] = field(default_factory=list)


def _rotate_schema(schema: str, report: RotationReport, *, dry_run: bool) -> None:
    for label, column in ENCRYPTED_COLUMNS:
        model = apps.get_model(label)
        rows = model.objects.exclude(**{column: ""}).values_list("pk", column)
        with transaction.atomic():
            for pk, ciphertext in rows.iterator():
                fresh = reencrypt_secret(ciphertext)
                if fresh is None:
                    report.unreadable.append((schema, label, pk))
                    continue
                if not dry_run:
                    model.objects.filter(pk=pk).update(**{column: fresh})
                report.reencrypted += 1


def secrets_rotate(*, dry_run: bool = False) -> RotationReport:
    report = RotationReport()
    schemas = list(department_tenants().values_list("schema_name", flat=True))
    for schema in schemas:
        with schema_context(schema):
            _rotate_schema(schema, report, dry_run=dry_run)
        report.schemas += 1
    return report
