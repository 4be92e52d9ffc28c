"""The compat API's tenant settings, its apps (2.x app tokens) and the numeric ids it shows for our
workflows, states and transitions."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _

from engine.workflows.models import Workflow


class CompatSettings(models.Model):
    """One row per tenant: whether `/api/v1.0/...` answers at all (404 while off)."""

    enabled = models.BooleanField(default=False)
    updated_at = models.DateTimeField(auto_now=True)

    def __str__(self) -> str:
        return "loonflow 2.x compat settings"


class CompatApp(models.Model):
    """A 2.x app (`appname` header). 2.x signs with md5(timestamp + token), so the token must be
    recoverable: it is stored encrypted (core.secrets) and shown once, when issued or rotated."""

    # Anyone may act as any active person of the tenant (the grant must still be given explicitly).
    ANY_USER = "*"

    name = models.CharField(max_length=50, unique=True)
    description = models.CharField(max_length=200, blank=True)
    is_active = models.BooleanField(default=True)
    token_encrypted = models.TextField()
    # The token's last four characters, so an admin can tell which one a client holds.
    token_hint = models.CharField(max_length=8, blank=True)
    token_rotated_at = models.DateTimeField(null=True, blank=True)
    # The workflows it may use (2.x's `api` permission); none: it may use none.
    workflows = models.ManyToManyField(Workflow, blank=True, related_name="+")
    # The acting-user grant: whom its `username` header may name ([] = nobody, ["*"] = anyone).
    acting_usernames = models.JSONField(default=list)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    def may_act_as(self, username: str) -> bool:
        return self.ANY_USER in self.acting_usernames or username in self.acting_usernames


class LegacyId(models.Model):
    """The integer a 2.x client uses for one of our workflows, states or transitions.

    Our states and transitions are keys inside versioned documents; 2.x clients hold integers. A
    number, once given, stays with (workflow, key) across versions. Workflows get their own primary
    key when it is free; the 2.x importer may write rows first so migrated clients keep their ids.
    """

    class Kind(models.TextChoices):
        WORKFLOW = "workflow", _("Workflow")
        STATE = "state", _("State")
        TRANSITION = "transition", _("Transition")

    kind = models.CharField(max_length=16, choices=Kind.choices)
    number = models.PositiveIntegerField()
    workflow = models.ForeignKey(Workflow, on_delete=models.CASCADE, related_name="+")
    key = models.CharField(max_length=64, blank=True)  # "" for a workflow
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["kind", "number"], name="uniq_legacy_id_number"),
            models.UniqueConstraint(fields=["kind", "workflow", "key"], name="uniq_legacy_id_key"),
        ]

    def __str__(self) -> str:
        return f"{self.kind}:{self.number}"
