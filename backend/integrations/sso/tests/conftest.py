"""Fixtures of the single sign-on tests: one real OpenID provider process for the session, and a
tenant `it` whose outbound calls may reach it (loopback, opened as the platform admin would)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from django_tenants.utils import schema_context

from conftest import allow_private
from core.directory.services import department_create, role_create
from integrations.sso import services
from integrations.sso.models import OidcProvider
from integrations.sso.tests.factories import Provider, provider_fields, provider_process


@pytest.fixture(scope="session")
def oidc(tmp_path_factory: Any) -> Iterator[Provider]:
    with provider_process(tmp_path_factory.mktemp("oidc")) as provider:
        yield provider


@pytest.fixture
def corp(db: None, oidc: Provider) -> Iterator[OidcProvider]:
    """Tenant `it` with departments fin/eng, roles approver/it-staff, and the provider `corp`
    (discovered: its document and keys fetched from the running provider)."""
    allow_private("it", ["127.0.0.1/32"])
    with schema_context("it"):
        department_create(code="fin", name="Finance")
        department_create(code="eng", name="Engineering")
        role_create(code="approver", name="Approver")
        role_create(code="it-staff", name="IT staff")
        role_create(code="auditor", name="Auditor")
        provider = services.provider_create(**provider_fields(oidc))
        services.provider_discover(provider=provider)
        assert provider.discovery_status == "ok", provider.discovery_error
        yield provider
