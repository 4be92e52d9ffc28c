"""Backing up one tenant and restoring it with pg_dump/pg_restore on the real database: its rows and
attachment files come back, the replaced data is kept aside, other tenants are untouched, and a
deleted tenant returns with its domains."""

from __future__ import annotations

import io
import shutil
import tarfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from django.conf import settings
from django.core.management import call_command
from django.db import connection
from django_tenants.utils import schema_context

from core.access.models import User
from core.errors import Conflict, ValidationFailed
from tenants.backup import tenant_restore
from tenants.models import Domain, Tenant

pytestmark = pytest.mark.slow
KEY = "bk"


@pytest.fixture
def tenant(django_db_setup: None, django_db_blocker: Any, tmp_path: Path) -> Iterator[Tenant]:
    """A committed throw-away tenant: pg_dump only sees committed rows."""
    from tenants.services import tenant_create, tenant_delete

    with django_db_blocker.unblock():
        old = Tenant.objects.filter(schema_name=KEY).first()
        if old is not None:
            tenant_delete(tenant=old)
        created = tenant_create(key=KEY, name="Backups")
        with schema_context(KEY):
            User.objects.create(username="kept", display_name="Kept before the backup")
        media = Path(settings.MEDIA_ROOT) / "attachments" / KEY
        media.mkdir(parents=True, exist_ok=True)
        (media / "file-1").write_bytes(b"attachment body")
        try:
            yield created
        finally:
            for leftover in Tenant.objects.filter(schema_name=KEY):
                tenant_delete(tenant=leftover)
            with connection.cursor() as cursor:
                cursor.execute(
                    "SELECT nspname FROM pg_namespace WHERE nspname LIKE %s", [f"{KEY}_before_restore_%"]
                )
                for (schema,) in cursor.fetchall():
                    cursor.execute(f'DROP SCHEMA "{schema}" CASCADE')
            for folder in (Path(settings.MEDIA_ROOT) / "attachments").glob(f"{KEY}*"):
                shutil.rmtree(folder)


def _usernames() -> set[str]:
    with schema_context(KEY):
        return set(User.objects.values_list("username", flat=True))


def test_a_suspended_tenant_is_restored_to_its_backup(tenant, tmp_path, django_db_blocker):
    backup = tmp_path / "bk.tar"
    with django_db_blocker.unblock():
        call_command("backup_tenant", KEY, str(backup), stdout=io.StringIO())
        with tarfile.open(backup) as archive:
            assert {"manifest.json", "schema.dump", "attachments/file-1"} <= set(archive.getnames())

        # A bad day: rows deleted and added, a file overwritten.
        with schema_context(KEY):
            User.objects.filter(username="kept").delete()
            User.objects.create(username="later")
        media = Path(settings.MEDIA_ROOT) / "attachments" / KEY
        (media / "file-1").write_bytes(b"damaged")
        with schema_context("it"):
            it_users = set(User.objects.values_list("username", flat=True))

        with pytest.raises(Conflict, match="Suspend the tenant"):
            tenant_restore(path=backup)
        Tenant.objects.filter(pk=tenant.pk).update(status=Tenant.Status.SUSPENDED)
        out = io.StringIO()
        call_command("restore_tenant", str(backup), stdout=out)

        assert "kept" in _usernames()
        assert "later" not in _usernames()
        assert (media / "file-1").read_bytes() == b"attachment body"
        assert "the replaced data is kept in schema bk_before_restore_" in out.getvalue()
        previous = out.getvalue().split("schema ")[-1].split(":")[0]
        with connection.cursor() as cursor:
            cursor.execute(f'SELECT username FROM "{previous}".core_user')
            assert "later" in {row[0] for row in cursor.fetchall()}
        with schema_context("it"):
            assert set(User.objects.values_list("username", flat=True)) == it_users
        assert Tenant.objects.get(schema_name=KEY).status == Tenant.Status.SUSPENDED


def test_a_deleted_tenant_comes_back_with_its_domains(tenant, tmp_path, django_db_blocker):
    from tenants.services import tenant_delete

    backup = tmp_path / "bk.tar"
    with django_db_blocker.unblock():
        call_command("backup_tenant", KEY, str(backup), stdout=io.StringIO())
        domains = set(Domain.objects.filter(tenant=tenant).values_list("domain", flat=True))
        tenant_delete(tenant=tenant)
        assert not Tenant.objects.filter(schema_name=KEY).exists()

        result = tenant_restore(path=backup)

        assert result.previous_schema is None
        restored = Tenant.objects.get(schema_name=KEY)
        assert restored.status == Tenant.Status.SUSPENDED
        assert set(restored.domains.values_list("domain", flat=True)) == domains
        assert "kept" in _usernames()


def test_something_else_is_refused_without_changes(tmp_path, django_db_blocker):
    bogus = tmp_path / "bogus.tar"
    with tarfile.open(bogus, "w") as archive:
        data = b'{"format": "something"}'
        info = tarfile.TarInfo("manifest.json")
        info.size = len(data)
        archive.addfile(info, io.BytesIO(data))
    with django_db_blocker.unblock(), pytest.raises(ValidationFailed):
        tenant_restore(path=bogus)
