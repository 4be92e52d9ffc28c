"""Re-encrypt every tenant's stored secrets under the current SECRETS_ENCRYPTION_KEY."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from tenants.secrets_rotation import secrets_rotate


class Command(BaseCommand):
    help = __doc__

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--dry-run", action="store_true", help="count, change nothing")

    def handle(self, *args: Any, **options: Any) -> None:
        report = secrets_rotate(dry_run=options["dry_run"])
        verb = "would re-encrypt" if options["dry_run"] else "re-encrypted"
        self.stdout.write(f"{verb} {report.reencrypted} secrets in {report.schemas} tenant schemas")
        if report.unreadable:
            for schema, label, pk in report.unreadable[:20]:
                self.stderr.write(f"unreadable: {schema} {label} #{pk}")
            raise CommandError(
                f"{len(report.unreadable)} secrets open with no configured key; keep the old key in "
                "SECRETS_ENCRYPTION_KEY_FALLBACKS (or reset those secrets) before dropping it."
            )
