"""Request builders and checks of the access tests: headers for bearer tokens, acting users and
signed requests, JSON posts, the stored rows of an app, and the error an answer must carry."""

from __future__ import annotations

import time
from typing import Any

from django_tenants.utils import schema_context

from conftest import PASSWORD
from core.secrets import request_signature

LOGIN = "/api/v1/auth/login"


def bearer(token: str) -> dict[str, str]:
    return {"HTTP_AUTHORIZATION": f"Bearer {token}"}


def acting(token: str, username: str) -> dict[str, str]:
    return {**bearer(token), "HTTP_X_ACTING_USER": username}


def credentials(username: str, password: str = PASSWORD) -> dict[str, str]:
    return {"username": username, "password": password}


def post_json(client: Any, path: str, body: Any, **extra: Any) -> Any:
    return client.post(path, body, content_type="application/json", **extra)


def signed(
    secret: str, method: str, path: str, body: bytes = b"", *, timestamp: int | None = None
) -> dict[str, str]:
    """The signature headers for one request (path includes the query string)."""
    stamp = str(int(time.time()) if timestamp is None else timestamp)
    signature = request_signature(secret, timestamp=stamp, method=method, path=path, body=body)
    return {"HTTP_X_LOONFLOW_TIMESTAMP": stamp, "HTTP_X_LOONFLOW_SIGNATURE": signature}


def token_row(key: str, app: Any) -> Any:
    from core.access.models import AppToken

    with schema_context(key):
        return AppToken.objects.get(app=app)


def app_row(key: str, app: Any) -> Any:
    from core.access.models import App

    with schema_context(key):
        return App.objects.get(pk=app.pk)


def set_grants(admin: Any, app: Any, keys: list[str]) -> None:
    response = admin.put(
        f"/api/v1/apps/{app.pk}/grants",
        {"grants": [{"workflow_key": key} for key in keys]},
        content_type="application/json",
    )
    assert response.status_code == 200, response.content
    assert sorted(g["workflow_key"] for g in response.json()) == sorted(keys)
