"""Back up one tenant (schema, attachments, tenant row and domains) into a tar file."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from tenants.backup import tenant_backup
from tenants.selectors import department_tenants


class Command(BaseCommand):
    help = __doc__

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("key", help="the tenant's key (schema name)")
        parser.add_argument("file", help="where to write the backup, e.g. it-2026-11-24.tar")

    def handle(self, *args: Any, **options: Any) -> None:
        tenant = department_tenants().filter(schema_name=options["key"]).first()
        if tenant is None:
            raise CommandError(f"no tenant {options['key']!r}")
        manifest = tenant_backup(tenant=tenant, path=Path(options["file"]))
        size = Path(options["file"]).stat().st_size
        self.stdout.write(
            f"backed up {manifest['schema']} ({len(manifest['migrations'])} migrations applied) "
            f"to {options['file']} ({size / 1024:.0f} KiB)"
        )
