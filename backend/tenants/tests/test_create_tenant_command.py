"""The create_tenant management command."""

from __future__ import annotations

from io import StringIO

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django_tenants.utils import schema_context, schema_exists

from core.tenancy import current_schema
from tenants.tests.factories import (
    log_in,
    tables_of,
    tenant_keys,
)

# ---- the create_tenant command --------------------------------------------------------------------


def test_create_tenant_command(db, client_for):
    from tenants.models import Tenant

    out = StringIO()
    call_command(
        "create_tenant",
        "ops",
        "Operations",
        admin_username="opsadmin",
        admin_password="ops-admin-pw",
        max_users=7,
        stdout=out,
    )
    assert "tenant ops created at ops.localhost" in out.getvalue()
    tenant = Tenant.objects.get(schema_name="ops")
    assert (tenant.name, tenant.max_users, tenant.status) == ("Operations", 7, "active")
    assert list(tenant.domains.values_list("domain", "is_primary")) == [("ops.localhost", True)]
    assert schema_exists("ops")
    assert tables_of("ops") == tables_of("tenant_template")
    assert current_schema() == "public"

    client = client_for("ops")
    assert log_in(client, "opsadmin", "ops-admin-pw").status_code == 200
    assert client.get("/api/v1/me").json()["is_tenant_admin"] is True


def test_create_tenant_command_with_domain_and_no_admin(db):
    from tenants.models import Tenant

    call_command("create_tenant", "ops", "Operations", domain="operations.localhost", stdout=StringIO())
    tenant = Tenant.objects.get(schema_name="ops")
    assert list(tenant.domains.values_list("domain", flat=True)) == ["operations.localhost"]
    with schema_context("ops"):
        from core.access.models import User

        assert User.objects.count() == 0


@pytest.mark.parametrize(
    ("args", "options", "code"),
    [
        (("it", "Again"), {}, "tenant_exists"),
        (("Ops", "Operations"), {}, "validation_failed"),
        (("public", "Operations"), {}, "validation_failed"),
        (("ops", "Operations"), {"domain": "it.localhost"}, "domain_taken"),
        (("ops", "Operations"), {"admin_username": "opsadmin"}, "validation_failed"),
    ],
)
def test_create_tenant_command_errors(db, args, options, code):
    before = tenant_keys()
    with pytest.raises(CommandError, match=f"^{code}: "):
        call_command("create_tenant", *args, stdout=StringIO(), **options)
    assert tenant_keys() == before
    assert not schema_exists("ops")
