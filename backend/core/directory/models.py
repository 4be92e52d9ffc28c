"""How people are organised: the department tree, roles, memberships and the HR sync log."""

from __future__ import annotations

from django.db import models

from core.access.models import User
from core.model_bases import CatalogEntry


class Department(CatalogEntry):
    """A node of the department tree. `code` is the stable key the HR system syncs by."""

    parent = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.PROTECT, related_name="children"
    )
    leader = models.ForeignKey(User, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    approver = models.ForeignKey(User, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    members = models.ManyToManyField(User, through="DepartmentMembership", related_name="departments")


class DepartmentMembership(models.Model):
    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="department_memberships")
    department = models.ForeignKey(Department, on_delete=models.CASCADE, related_name="memberships")

    class Meta:
        constraints = [models.UniqueConstraint(fields=["user", "department"], name="uniq_department_member")]

    def __str__(self) -> str:
        return f"{self.user_id}@{self.department_id}"


class Role(CatalogEntry):
    description = models.TextField(blank=True)
    members = models.ManyToManyField(User, through="RoleMembership", related_name="roles")


class RoleMembership(models.Model):
    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="role_memberships")
    role = models.ForeignKey(Role, on_delete=models.CASCADE, related_name="memberships")

    class Meta:
        constraints = [models.UniqueConstraint(fields=["user", "role"], name="uniq_role_member")]

    def __str__(self) -> str:
        return f"{self.user_id}@{self.role_id}"


class DirectorySyncRun(models.Model):
    """What one directory sync changed; the SPA shows the latest."""

    actor = models.CharField(max_length=200)
    summary = models.JSONField(default=dict)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return f"sync {self.pk}"
