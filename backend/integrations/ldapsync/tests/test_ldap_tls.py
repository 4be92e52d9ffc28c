"""TLS to a real slapd with a company CA: ldaps and StartTLS work when the source names the CA, and
fail cleanly (nothing changed) when the certificate cannot be trusted."""

from __future__ import annotations

from typing import Any

import pytest
from django_tenants.utils import schema_context

from core.access.models import User
from integrations.ldapsync import services
from integrations.ldapsync.tests.conftest import Slapd, source_fields

pytestmark = pytest.mark.django_db


def _run(slapd: Slapd, **overrides: Any) -> Any:
    with schema_context("it"):
        source = services.ldap_source_create(**source_fields(slapd, **overrides))
        run = services.ldap_sync_request(source=source, trigger="manual")
        return services.ldap_sync_execute(run_id=run.pk)


def test_ldaps_with_the_company_ca(slapd_tls: Slapd, reach_loopback: None) -> None:
    run = _run(slapd_tls, server_url=slapd_tls.ldaps_url, ca_certificate=slapd_tls.ca_pem)
    assert run.status == "succeeded", run.error
    with schema_context("it"):
        assert User.objects.filter(username="alice", is_active=True).exists()


def test_start_tls_with_the_company_ca(slapd_tls: Slapd, reach_loopback: None) -> None:
    run = _run(slapd_tls, start_tls=True, ca_certificate=slapd_tls.ca_pem)
    assert run.status == "succeeded", run.error


def test_an_untrusted_certificate_fails_the_run(slapd_tls: Slapd, reach_loopback: None) -> None:
    run = _run(slapd_tls, server_url=slapd_tls.ldaps_url)
    assert run.status == "failed"
    # As for every outbound call, a failed TLS connect says no more than a closed port would.
    assert run.error == "could not connect to the server"
    with schema_context("it"):
        assert not User.objects.filter(username="alice").exists()
    run = _run(slapd_tls, name="starttls", start_tls=True)
    assert run.status == "failed"
    assert "TLS" in run.error
