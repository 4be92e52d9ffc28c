"""Delegations (out of office): while one runs, the turns that would go to its delegator go to its
delegate, who acts "on behalf of" them."""

from __future__ import annotations

from datetime import datetime

from django.conf import settings
from django.contrib.postgres.fields import ArrayField
from django.db import models
from django.db.models import Q


class DelegationQuerySet(models.QuerySet["Delegation"]):
    def live(self) -> DelegationQuerySet:
        """Not cancelled (ended or not)."""
        return self.filter(cancelled_at=None)

    def running_at(self, moment: datetime) -> DelegationQuerySet:
        return self.live().filter(starts_at__lte=moment, ends_at__gt=moment)

    def for_workflow(self, workflow_id: int) -> DelegationQuerySet:
        """Those covering the workflow: every workflow (no list), or a list naming it."""
        return self.filter(Q(workflow_ids=[]) | Q(workflow_ids__contains=[workflow_id]))


class Delegation(models.Model):
    """`delegator`'s turns go to `delegate` from `starts_at` until `ends_at` (exclusive), for the
    workflows in `workflow_ids` (empty: all of them). Cancelling keeps the row (`cancelled_at`)."""

    delegator = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    delegate = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    starts_at = models.DateTimeField()
    ends_at = models.DateTimeField()
    workflow_ids = ArrayField(models.IntegerField(), default=list, blank=True)
    # Hand the turns already waiting for the delegator over when it starts.
    move_waiting = models.BooleanField(default=False)
    moved_at = models.DateTimeField(null=True, blank=True)
    note = models.CharField(max_length=500, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    cancelled_at = models.DateTimeField(null=True, blank=True)

    objects = DelegationQuerySet.as_manager()

    class Meta:
        ordering = ["starts_at", "id"]
        indexes = [
            # Participant resolution and the cycle check: the live ones, by period.
            models.Index(
                fields=["ends_at", "starts_at"], condition=Q(cancelled_at=None), name="delegation_live"
            ),
            models.Index(fields=["delegator", "-starts_at"], name="delegation_delegator"),
            models.Index(fields=["delegate", "-starts_at"], name="delegation_delegate"),
        ]
        constraints = [
            models.CheckConstraint(condition=Q(ends_at__gt=models.F("starts_at")), name="delegation_period"),
            models.CheckConstraint(condition=~Q(delegator=models.F("delegate")), name="delegation_not_self"),
        ]

    def __str__(self) -> str:
        return f"{self.delegator_id}->{self.delegate_id}"
