"""The directory as the runtime's value checks see it (active users and departments of this tenant)."""

from __future__ import annotations

from core.access.models import User
from core.directory.models import Department


class TenantDirectory:
    def existing_usernames(self, usernames: set[str]) -> set[str]:
        if not usernames:
            return set()
        return set(
            User.objects.filter(username__in=usernames, is_active=True).values_list("username", flat=True)
        )

    def existing_departments(self, codes: set[str]) -> set[str]:
        if not codes:
            return set()
        return set(Department.objects.filter(code__in=codes, is_active=True).values_list("code", flat=True))
