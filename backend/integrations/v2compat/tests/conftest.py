"""Fixtures of the compat API tests: the vpn sample in tenant `it`, and a 2.x-style caller."""

from __future__ import annotations

import itertools
import json
import time
from collections.abc import Callable
from typing import Any

import pytest
from django.test import Client
from django_tenants.utils import schema_context

from engine.workflows.models import Workflow
from integrations.v2compat.tests.factories import django_headers, seed_vpn, signed_headers

V2Call = Callable[..., Any]


@pytest.fixture
def vpn(db: None) -> Workflow:
    with schema_context("it"):
        return seed_vpn()


@pytest.fixture
def v2(client_for: Callable[..., Client]) -> V2Call:
    """`v2("POST", "/api/v1.0/tickets", body, username="lilei")`: a signed 2.x call to tenant `it`.
    Each call signs with a timestamp of its own, one second after the last (all inside the window)."""
    client = client_for("it")
    clock = itertools.count(int(time.time()) - 100)

    def call(
        method: str, path: str, body: Any = None, *, username: str | None = "lilei", **extra: Any
    ) -> Any:
        headers: dict[str, Any] = django_headers(signed_headers(username, at=next(clock)))
        headers.update(extra)
        data = json.dumps(body) if body is not None and not isinstance(body, (str, bytes)) else body
        if method == "GET":
            return client.get(path, **headers)
        return client.generic(method, path, data=data or b"", content_type="application/json", **headers)

    return call
