"""Restore one tenant from a `backup_tenant` file. The tenant must be suspended (or deleted)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from core.errors import ApplicationError
from tenants.backup import tenant_restore


class Command(BaseCommand):
    help = __doc__

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("file", help="a backup written by backup_tenant")

    def handle(self, *args: Any, **options: Any) -> None:
        path = Path(options["file"])
        if not path.is_file():
            raise CommandError(f"{path} does not exist")
        try:
            result = tenant_restore(path=path)
        except ApplicationError as exc:
            raise CommandError(exc.message) from exc
        self.stdout.write(
            f"restored {result.schema} ({result.attachments} attachment files); it stays suspended"
        )
        if result.previous_schema:
            self.stdout.write(
                f"the replaced data is kept in schema {result.previous_schema}: "
                f'DROP SCHEMA "{result.previous_schema}" CASCADE once the restore is checked'
            )
