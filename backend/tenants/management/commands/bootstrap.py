"""Migrate everything and make sure the public tenant and the template schema exist. Idempotent."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import transaction

from tenants.models import Domain, Tenant
from tenants.services import template_ensure


class Command(BaseCommand):
    help = __doc__

    def handle(self, *args: Any, **options: Any) -> None:
        verbosity = int(options["verbosity"])
        call_command("migrate_schemas", shared=True, interactive=False, verbosity=max(verbosity - 1, 0))
        with transaction.atomic():
            public, _ = Tenant.objects.get_or_create(schema_name="public", defaults={"name": "Platform"})
            Domain.objects.get_or_create(
                domain=settings.PUBLIC_DOMAIN, defaults={"tenant": public, "is_primary": True}
            )
        template_ensure()
        # Every tenant schema, the template included, gets any new migration; schemas that have
        # them all are not visited (`migrate_tenants`). django-tenants itself reads only --executor
        # or the EXECUTOR variable, so the setting is passed on here.
        call_command(
            "migrate_tenants",
            executor=settings.TENANT_MIGRATION_EXECUTOR,
            interactive=False,
            verbosity=max(verbosity - 1, 0),
        )
        if verbosity:
            self.stdout.write(self.style.SUCCESS("database ready"))
