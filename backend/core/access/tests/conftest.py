"""Fixtures of the access tests."""

from __future__ import annotations

from typing import Any

import pytest


@pytest.fixture
def signing_app(login: Any, make_app: Any) -> tuple[Any, str, str, Any]:
    """An admin-scoped app with a signing secret: (app, token, secret, admin client)."""
    app, token = make_app("it", "signer")
    admin = login("it", "boss", admin=True)
    response = admin.post(f"/api/v1/apps/{app.pk}/signing-secret")
    assert response.status_code == 201, response.content
    secret = response.json()["signing_secret"]
    return app, token, secret, admin
