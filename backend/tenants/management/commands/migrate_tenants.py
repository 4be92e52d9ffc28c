"""`migrate_schemas --tenant`, but only in the tenant schemas that miss a migration on disk
(`tenants.migrating`): a release with nothing new for the tenants costs a few queries, not a visit
of every schema. `--every-schema`, a schema, an app label or a target migration: plain
`migrate_schemas --tenant`."""

from __future__ import annotations

from typing import Any

from django.core.management.base import CommandParser
from django_tenants.management.commands import SyncCommon
from django_tenants.management.commands.migrate_schemas import GET_EXECUTOR_FUNCTION, MigrateSchemasCommand

from tenants.migrating import stale_schemas, tenant_schemas


class Command(MigrateSchemasCommand):
    help = __doc__

    def add_arguments(self, parser: CommandParser) -> None:
        super().add_arguments(parser)
        parser.add_argument(
            "--every-schema", action="store_true", help="visit every tenant schema, pending work or not"
        )

    def handle(self, *args: Any, **options: Any) -> None:
        every = options.pop("every_schema", False)
        targeted = options.get("schema_name") or options.get("app_label") or options.get("shared")
        options["tenant"] = True
        if every or targeted:
            super().handle(*args, **options)
            return
        SyncCommon.handle(self, *args, **options)
        schemas = tenant_schemas()
        stale = stale_schemas(schemas)
        if int(options.get("verbosity", 1)) >= 1:
            self.stdout.write(f"{len(stale)} of {len(schemas)} tenant schemas have migrations to apply")
        if stale:
            GET_EXECUTOR_FUNCTION(codename=self.executor)(self.args, self.options).run_migrations(
                tenants=stale
            )
