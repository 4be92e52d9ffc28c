"""Create a tenant from the command line: `manage.py create_tenant it "IT department"`."""

from __future__ import annotations

import time
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from core.errors import ApplicationError
from tenants.services import tenant_create


class Command(BaseCommand):
    help = __doc__

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("key", help="lower-case key: schema name and default sub-domain")
        parser.add_argument("name", help="display name")
        parser.add_argument("--domain", help="host name (default <key>.<PUBLIC_DOMAIN>)")
        parser.add_argument("--admin-username")
        parser.add_argument("--admin-password")
        parser.add_argument("--max-users", type=int)

    def handle(self, *args: Any, **options: Any) -> None:
        started = time.perf_counter()
        try:
            tenant = tenant_create(
                key=options["key"],
                name=options["name"],
                domain=options["domain"],
                admin_username=options["admin_username"],
                admin_password=options["admin_password"],
                max_users=options["max_users"],
            )
        except ApplicationError as exc:
            raise CommandError(f"{exc.code}: {exc.message} {exc.details or ''}") from None
        domain = tenant.domains.get(is_primary=True).domain
        self.stdout.write(
            self.style.SUCCESS(
                f"tenant {tenant.schema_name} created at {domain} in {time.perf_counter() - started:.2f}s"
            )
        )
