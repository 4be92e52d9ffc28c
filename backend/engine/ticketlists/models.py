"""A person's saved ticket lists: a name and the list's view, filters and sort."""

from __future__ import annotations

from django.conf import settings
from django.db import models

from core.model_bases import Timestamped


class SavedView(Timestamped):
    """One saved list of its owner's (nobody else sees it). `query` holds the list's filters and sort
    as `engine.tickets.schemas.TicketQuery` reads them."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    name = models.CharField(max_length=200)
    view = models.CharField(max_length=16)  # todo, created, handled, related, all
    query = models.JSONField(default=dict)

    class Meta:
        ordering = ["name", "id"]
        constraints = [models.UniqueConstraint(fields=["user", "name"], name="uniq_saved_view_name")]

    def __str__(self) -> str:
        return self.name
