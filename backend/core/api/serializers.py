"""Model → response dict helpers shared by the core routers."""

from __future__ import annotations

from typing import Any

from core.models import App, Department, Role, User


def user_out(user: User) -> dict[str, Any]:
    return {
        "id": user.pk,
        "username": user.username,
        "display_name": user.display_name,
        "email": user.email,
        "phone": user.phone,
        "is_active": user.is_active,
        "is_tenant_admin": user.is_tenant_admin,
        "department_ids": sorted(getattr(user, "department_ids", []) or []),
        "role_ids": sorted(getattr(user, "role_ids", []) or []),
        "date_joined": user.date_joined,
        "updated_at": user.updated_at,
    }


def ref_out(obj: Department | Role) -> dict[str, Any]:
    return {"id": obj.pk, "code": obj.code, "name": obj.name}


def app_out(app: App) -> dict[str, Any]:
    return {
        "id": app.pk,
        "name": app.name,
        "description": app.description,
        "scopes": app.scopes,
        "is_active": app.is_active,
        "require_signature": app.require_signature,
        "has_signing_secret": bool(app.signing_secret_encrypted),
        "created_at": app.created_at,
    }
