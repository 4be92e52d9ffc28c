"""A SCIM client of a tenant: a token made the way an admin makes it, and a test client that sends
`application/scim+json` with it."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest
from django.test import Client
from django_tenants.utils import schema_context

from conftest import host_of

MEDIA = "application/scim+json"


class Scim:
    def __init__(self, key: str, token: str) -> None:
        self.client = Client(HTTP_HOST=host_of(key), HTTP_AUTHORIZATION=f"Bearer {token}")

    def call(self, method: str, path: str, body: Any = None, **headers: str) -> Any:
        data = json.dumps(body) if body is not None else ""
        send = getattr(self.client, method.lower())
        return (
            send(f"/scim/v2{path}", data=data, content_type=MEDIA, **headers)
            if method != "GET"
            else send(f"/scim/v2{path}", **headers)
        )

    def get(self, path: str, **params: Any) -> Any:
        return self.client.get(f"/scim/v2{path}", params)


@pytest.fixture
def scim_for(db: None) -> Callable[[str], Scim]:
    from integrations.scim.services import scim_token_create

    def make(key: str) -> Scim:
        with schema_context(key):
            _token, issued = scim_token_create(name="okta")
        return Scim(key, issued.plaintext)

    return make


def user_body(username: str, **extra: Any) -> dict[str, Any]:
    body = {
        "schemas": ["urn:ietf:params:scim:schemas:core:2.0:User"],
        "userName": username,
        "name": {"givenName": username.title(), "familyName": "Test"},
        "emails": [
            {
                "value": username if "@" in username else f"{username}@example.com",
                "type": "work",
                "primary": True,
            }
        ],
        "active": True,
    }
    body.update(extra)
    return body


def patch(*operations: dict[str, Any]) -> dict[str, Any]:
    return {"schemas": ["urn:ietf:params:scim:api:messages:2.0:PatchOp"], "Operations": list(operations)}
