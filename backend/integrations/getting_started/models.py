"""Whether the tenant's admins put the getting-started checklist away (the items themselves are
computed from the tenant's data, never stored)."""

from __future__ import annotations

from django.conf import settings
from django.db import models


class ChecklistDismissal(models.Model):
    """At most one row per tenant: the checklist was dismissed, when and by whom."""

    dismissed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    dismissed_at = models.DateTimeField(auto_now_add=True)

    def __str__(self) -> str:
        return f"dismissed at {self.dismissed_at}"
