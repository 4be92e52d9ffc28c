"""Tenant API routers of the core package: auth, directory, apps."""

from core.api.apps import router as apps_router
from core.api.auth import router as auth_router
from core.api.directory import router as directory_router

__all__ = ["apps_router", "auth_router", "directory_router"]
