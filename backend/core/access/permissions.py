"""Permission rules for the directory and tenant administration, in one place.

An app acting for a person, or a person's own token, needs both its scope and that person's right.
"""

from __future__ import annotations

from django.http import HttpRequest
from django.utils.translation import gettext as _

from core.access.auth import Principal, principal_of
from core.access.models import App
from core.errors import PermissionDenied


def _user_is_admin(principal: Principal) -> bool:
    return principal.user is not None and principal.user.is_tenant_admin


def is_tenant_admin(principal: Principal) -> bool:
    if principal.user is None:
        return principal.app is not None and principal.app.has_scope(App.Scope.ADMIN)
    return principal.allows(App.Scope.ADMIN) and _user_is_admin(principal)


def require_tenant_admin(principal: Principal) -> None:
    if not is_tenant_admin(principal):
        raise PermissionDenied(_("Only tenant admins may do this."))


def require_directory_read(principal: Principal) -> None:
    # Every person in the tenant may look people up (pickers, handlers); apps need a scope.
    if not (principal.allows(App.Scope.DIRECTORY_READ) or principal.allows(App.Scope.DIRECTORY_WRITE)):
        raise PermissionDenied(_("This app may not read the directory."))


def require_directory_write(principal: Principal) -> None:
    if principal.user is None:
        if principal.app is not None and principal.app.has_scope(App.Scope.DIRECTORY_WRITE):
            return
        raise PermissionDenied(_("This app may not change the directory."))
    if not (principal.allows(App.Scope.DIRECTORY_WRITE) and _user_is_admin(principal)):
        raise PermissionDenied(_("Only tenant admins may change the directory."))


# The endpoints' one-line guards: the caller, checked (each raises PermissionDenied otherwise).


def tenant_admin_of(request: HttpRequest) -> Principal:
    principal = principal_of(request)
    require_tenant_admin(principal)
    return principal


def directory_reader_of(request: HttpRequest) -> Principal:
    principal = principal_of(request)
    require_directory_read(principal)
    return principal


def directory_writer_of(request: HttpRequest) -> Principal:
    principal = principal_of(request)
    require_directory_write(principal)
    return principal
