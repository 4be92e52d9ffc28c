"""The platform's tenant list: each tenant's usage from the stored figures (`tenants.figures`) and
its links' base, in a constant number of queries however many tenants there are."""

from __future__ import annotations

from datetime import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from django_tenants.utils import schema_context

from core.access.models import User
from tenants import selectors
from tenants.figures import figures_refresh
from tenants.models import Domain, TenantFigures
from tenants.schemas import TenantOut
from tenants.tests.factories import API, bare_tenant

pytestmark = pytest.mark.usefixtures("no_tenant_figures")


def test_the_list_costs_the_same_queries_for_two_tenants_as_for_five(
    platform, settings, django_assert_num_queries
):
    settings.PUBLIC_URL_SCHEME, settings.PUBLIC_PORT = "https", 0
    with schema_context("it"):
        figures_refresh()
    platform.get(f"{API}/tenants")  # (the connection's switch back to the public schema goes first)
    with CaptureQueriesContext(connection) as two:
        response = platform.get(f"{API}/tenants")
    assert [t["key"] for t in response.json()] == ["hr", "it"]

    read = bare_tenant("fin")
    TenantFigures.objects.create(tenant=read, people=3, tickets={"finished": 4}, read_at=timezone.now())
    bare_tenant("ops", public_base_url="https://ops.example.com/")
    bare_tenant("sales", domains=("sales.localhost", "crm.localhost"))
    with django_assert_num_queries(len(two.captured_queries)):
        response = platform.get(f"{API}/tenants")
    listed = {t["key"]: t for t in response.json()}
    assert list(listed) == ["fin", "hr", "it", "ops", "sales"]
    assert (listed["fin"]["usage"]["people"], listed["fin"]["usage"]["tickets"]) == (3, 4)
    assert listed["it"]["usage"] is not None
    assert listed["hr"]["usage"] is None
    assert {key: t["links_base_url"] for key, t in listed.items()} == {
        "fin": "https://fin.localhost",
        "hr": "https://hr.localhost",
        "it": "https://it.localhost",
        "ops": "https://ops.example.com",
        "sales": "https://sales.localhost",
    }

    # What the endpoint serialises: the tenants with their figures, then their domains.
    with django_assert_num_queries(2):
        [TenantOut.from_orm(tenant).model_dump() for tenant in selectors.tenant_list()]


def test_links_use_the_primary_domain_else_the_oldest_in_the_list_as_for_notifications(platform, settings):
    settings.PUBLIC_URL_SCHEME, settings.PUBLIC_PORT = "http", 8000
    tenant = bare_tenant("sales", domains=("zz.localhost", "aa.localhost"))
    Domain.objects.filter(tenant=tenant).update(is_primary=False)  # as left by a removed primary

    body = platform.get(f"{API}/tenants/{tenant.pk}").json()
    assert (
        body["links_base_url"]
        == "http://zz.localhost:8000"
        == selectors.tenant_public_base_url(schema_name="sales")
    )
    assert [d["domain"] for d in body["domains"]] == ["zz.localhost", "aa.localhost"]

    Domain.objects.filter(domain="aa.localhost").update(is_primary=True)
    body = platform.get(f"{API}/tenants/{tenant.pk}").json()
    assert (
        body["links_base_url"]
        == "http://aa.localhost:8000"
        == selectors.tenant_public_base_url(schema_name="sales")
    )
    assert [d["domain"] for d in body["domains"]] == ["aa.localhost", "zz.localhost"]
    assert selectors.tenant_public_base_url(schema_name="nosuch") == ""


def test_usage_is_null_until_the_tenants_figures_are_read(platform, tenant_it):
    path = f"{API}/tenants/{tenant_it.pk}"
    assert platform.get(path).json()["usage"] is None

    with schema_context("it"):
        read_at = figures_refresh(now=timezone.now().replace(microsecond=0))  # JSON has milliseconds
        people = User.objects.filter(is_active=True).count()
    usage = platform.get(path).json()["usage"]
    assert datetime.fromisoformat(usage.pop("read_at")) == read_at
    assert usage == {"people": people, "workflows": 0, "tickets": 0, "attachment_bytes": 0}

    # Tickets are the total over every status.
    TenantFigures.objects.filter(tenant=tenant_it).update(
        tickets={"in_progress": 2, "finished": 3}, attachment_bytes=5 * 1024 * 1024, workflows=2
    )
    listed = next(t for t in platform.get(f"{API}/tenants").json() if t["key"] == "it")
    assert {k: listed["usage"][k] for k in ("tickets", "attachment_bytes", "workflows")} == {
        "tickets": 5,
        "attachment_bytes": 5 * 1024 * 1024,
        "workflows": 2,
    }
