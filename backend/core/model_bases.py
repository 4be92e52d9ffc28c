"""Abstract model bases the areas share, so a field that means the same thing is declared once."""

from __future__ import annotations

from django.db import models


class Timestamped(models.Model):
    """When a row was created and last changed (the SPA shows both; lists sort by them)."""

    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        abstract = True


class CatalogEntry(Timestamped):
    """Something a tenant admin configures and workflows refer to by a stable `code` (departments,
    roles, notification channels, scripts). Deactivating keeps references valid; deleting may not."""

    code = models.CharField(max_length=64, unique=True)
    name = models.CharField(max_length=200)
    is_active = models.BooleanField(default=True)

    class Meta:
        abstract = True
        ordering = ["code"]

    def __str__(self) -> str:
        return self.code
