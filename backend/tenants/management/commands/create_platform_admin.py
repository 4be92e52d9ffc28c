"""Create (or reset the password of) a platform admin in the public schema."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandParser
from django_tenants.utils import schema_context

from core.access.models import User


class Command(BaseCommand):
    help = __doc__

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("username")
        parser.add_argument("--password", required=True)

    def handle(self, *args: Any, **options: Any) -> None:
        with schema_context("public"):
            user, created = User.objects.get_or_create(
                username=options["username"], defaults={"is_superuser": True, "is_staff": True}
            )
            user.is_superuser = user.is_staff = user.is_active = True
            user.set_password(options["password"])
            user.save()
        self.stdout.write(
            self.style.SUCCESS(f"platform admin {user.username} {'created' if created else 'updated'}")
        )
