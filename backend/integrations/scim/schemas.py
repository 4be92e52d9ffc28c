"""Typed bodies of the SCIM token endpoints (the token is shown once, when created)."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

from ninja import Schema
from pydantic import Field, StringConstraints


class ScimTokenIn(Schema):
    name: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=100)]


class ScimTokenOut(Schema):
    id: int
    name: str
    prefix: str
    created_by: str
    created_at: datetime
    last_used_at: datetime | None
    revoked_at: datetime | None


class ScimTokenCreatedOut(ScimTokenOut):
    token: str = Field(description="The bearer token: shown this once, never again.")
    endpoint: str = Field(description="The SCIM base URL to give the identity provider.")
