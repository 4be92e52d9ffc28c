"""A worker runs each message in its sender's tenant, looking the tenant up at most every
TENANT_CACHE_SECONDS."""

from __future__ import annotations

import dramatiq
import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from dramatiq.broker import MessageProxy

from core import broker as broker_module
from core.broker import TENANT_OPTION, TenantMiddleware
from core.tenancy import current_schema


def _message(schema: str) -> MessageProxy:
    return MessageProxy(
        dramatiq.Message(
            queue_name="default", actor_name="noop", args=(), kwargs={}, options={TENANT_OPTION: schema}
        )
    )


@pytest.fixture
def middleware() -> TenantMiddleware:
    broker_module._SEEN.clear()
    return TenantMiddleware()


def _lookups(middleware: TenantMiddleware, schema: str) -> int:
    with CaptureQueriesContext(connection) as queries:
        middleware.before_process_message(dramatiq.get_broker(), _message(schema))
        assert current_schema() == schema
        middleware.after_process_message(dramatiq.get_broker(), _message(schema))
    return sum('"tenants_tenant"' in query["sql"] for query in queries.captured_queries)


def test_the_tenant_is_looked_up_once_in_a_while(db, middleware, monkeypatch):
    assert _lookups(middleware, "it") == 1
    assert _lookups(middleware, "it") == 0
    assert _lookups(middleware, "hr") == 1
    monkeypatch.setattr(broker_module, "TENANT_CACHE_SECONDS", 0.0)
    assert _lookups(middleware, "it") == 1


def test_a_message_of_a_tenant_that_is_gone_is_skipped(db, middleware, monkeypatch):
    monkeypatch.setattr(broker_module, "TENANT_CACHE_SECONDS", 0.0)
    with pytest.raises(dramatiq.middleware.SkipMessage):
        middleware.before_process_message(dramatiq.get_broker(), _message("nobody"))
    assert "nobody" not in broker_module._SEEN


def test_quotas_are_read_fresh_in_a_worker(db, middleware):
    """The worker sets the schema only, so a quota changed on the platform applies to the next
    message at once, cache or not."""
    from core.tenancy import tenant_quota
    from tenants.models import Tenant

    middleware.before_process_message(dramatiq.get_broker(), _message("it"))
    Tenant.objects.filter(schema_name="it").update(max_users=7)
    assert tenant_quota("max_users") == 7
    Tenant.objects.filter(schema_name="it").update(max_users=8)
    assert tenant_quota("max_users") == 8
    middleware.after_process_message(dramatiq.get_broker(), _message("it"))
