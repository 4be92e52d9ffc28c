"""Bearer tokens an identity provider's SCIM client calls /scim/v2/ with (one tenant each)."""

from __future__ import annotations

from django.db import models


class ScimToken(models.Model):
    """Only a SHA-256 of the token is stored; the token itself is shown once, when created."""

    name = models.CharField(max_length=100)
    prefix = models.CharField(max_length=16, unique=True)
    token_hash = models.CharField(max_length=64)
    created_by = models.CharField(max_length=150, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    last_used_at = models.DateTimeField(null=True, blank=True)
    revoked_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return f"scim:{self.prefix}"
