"""Who is calling: a person with a session, or an app with a bearer token (maybe acting for a person).

Authenticators return a `Principal`; permission checks in `core.access.permissions` read it.
"""

from __future__ import annotations

import hmac
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

import redis
from django.conf import settings
from django.contrib.auth import authenticate, login
from django.db import connection
from django.http import HttpRequest
from django.utils import timezone
from django.utils.translation import gettext as _
from ninja.security import APIKeyCookie, HttpBearer
from ninja.utils import check_csrf

from core.access.models import App, AppGrant, AppToken, PersonalToken, User
from core.access.ratelimit import login_attempt_begin, login_attempt_succeeded
from core.errors import ApplicationError, NotAuthenticated, PermissionDenied
from core.i18n import use_person_language
from core.redis import get_redis
from core.rows import from_row, select_list, width
from core.secrets import (
    PERSONAL_TOKEN_PREFIX,
    decrypt_secret,
    request_signature,
    split_token,
    token_matches,
)
from core.tenancy import current_schema

SESSION_TENANT_KEY = "loonflow_tenant"
ACTING_USER_HEADER = "X-Acting-User"
TIMESTAMP_HEADER = "X-Loonflow-Timestamp"
SIGNATURE_HEADER = "X-Loonflow-Signature"
# Writing last_used_at on every request would turn reads into writes; once a minute is enough.
LAST_USED_RESOLUTION = timedelta(seconds=60)


@dataclass
class Principal:
    """The caller of one request.

    `user` is the person whose rights apply: the session user, or the user an app acts for.
    `app` is set for bearer-token calls; `acting_grants` lists the workflow keys it may act on.
    `robot` names the script or hook the engine acts for (`script:<code>`, `hook:<host>`), when it does.
    `personal_token` is set when a person calls with their own bearer token: `user` is that person,
    and the token's scopes bound what they may do here.
    """

    user: User | None = None
    app: App | None = None
    token: AppToken | None = None
    acting_grants: frozenset[str] = field(default_factory=frozenset)
    robot: str = ""
    # The person whose turn `user` takes, when a delegation gave it to them (the flow log says so).
    on_behalf_of_id: int | None = None
    personal_token: PersonalToken | None = None

    @property
    def via(self) -> str:
        """What acted instead of (or for) a person, as the flow log records it: the app, the robot,
        or the person's own token (so a trail shows what a script or agent did in their name)."""
        if self.app is not None:
            return self.app.name
        if self.personal_token is not None:
            return f"token:{self.personal_token.name}"[:100]
        return self.robot

    def allows(self, scope: str) -> bool:
        """May the credentials of this call do what `scope` covers? A session may do all its person
        may; an app or a personal token no more than its scopes (the person's rights still apply)."""
        if self.app is not None:
            return self.app.has_scope(scope)
        if self.personal_token is not None:
            return self.personal_token.has_scope(scope)
        return True

    @property
    def is_session(self) -> bool:
        """A person signed in in a browser (not an app, a robot or a personal token)."""
        return self.user is not None and self.app is None and self.personal_token is None and not self.robot

    @property
    def is_app(self) -> bool:
        return self.app is not None

    @property
    def is_acting(self) -> bool:
        return self.app is not None and self.user is not None

    @property
    def label(self) -> str:
        if self.app is not None and self.user is not None:
            return f"app:{self.app.name} for {self.user.username}"
        if self.app is not None:
            return f"app:{self.app.name}"
        if self.personal_token is not None and self.user is not None:
            return f"{self.user.username} (token {self.personal_token.prefix})"
        if self.user is None and self.robot:
            return self.robot
        return self.user.username if self.user is not None else "anonymous"


class TenantSessionAuth(APIKeyCookie):
    """Django session cookie, with CSRF on unsafe methods, valid only on the tenant that issued it."""

    param_name = settings.SESSION_COOKIE_NAME

    def authenticate(self, request: HttpRequest, key: str | None) -> Principal | None:
        user = request.user
        if not user.is_authenticated or not user.is_active:
            return None
        if request.session.get(SESSION_TENANT_KEY) != current_schema():
            return None
        assert isinstance(user, User)
        return Principal(user=user)


class AppTokenAuth(HttpBearer):
    """`Authorization: Bearer <token>`: an app's token (optional HMAC signature, optional
    `X-Acting-User`) or a person's own token (`personal_token_principal`), told apart by its kind."""

    # Every app call pays for this lookup, so it is one statement: the token, its app, the app's
    # acting grants and the acting user (when one is named). Column lists come from the models.
    _lookup = (
        f"SELECT {select_list(AppToken, 't')}, {select_list(App, 'a')}, "  # noqa: S608
        "ARRAY(SELECT g.workflow_key FROM core_appgrant g WHERE g.app_id = a.id AND g.can_act_as_user), "
        f"{select_list(User, 'u')} "
        "FROM core_apptoken t JOIN core_app a ON a.id = t.app_id "
        "LEFT JOIN core_user u ON u.username = %s AND u.is_active "
        "WHERE t.prefix = %s"
    )

    def authenticate(self, request: HttpRequest, token: str) -> Principal | None:
        if token.startswith(f"{PERSONAL_TOKEN_PREFIX}_"):
            return personal_token_principal(request, token)
        prefix = split_token(token)
        if prefix is None:
            raise NotAuthenticated(_("The bearer token is malformed."), code="invalid_token")
        acting = request.headers.get(ACTING_USER_HEADER) or None
        with connection.cursor() as cursor:
            cursor.execute(self._lookup, [acting, prefix])
            found = cursor.fetchone()
        if found is None:
            raise NotAuthenticated(_("The bearer token is not valid here."), code="invalid_token")
        row, app, grants, user = _split_auth_row(found)
        if not token_matches(token, row.token_hash):
            raise NotAuthenticated(_("The bearer token is not valid here."), code="invalid_token")
        now = timezone.now()
        _check_usable(row, app, now)
        if app.require_signature or request.headers.get(SIGNATURE_HEADER):
            verify_signature(request, app)
        if row.last_used_at is None or now - row.last_used_at > LAST_USED_RESOLUTION:
            AppToken.objects.filter(pk=row.pk).update(last_used_at=now)
        principal = Principal(app=app, token=row)
        if acting:
            # Which workflows is checked where the request is: `principal_of` (only an
            # all-workflows grant will do) or `principal_for_workflow` (that workflow's, or all).
            if not grants:
                raise PermissionDenied(_("This app may not act for users."), code="acting_not_granted")
            if user is None:
                raise PermissionDenied(
                    _("The acting user does not exist or is inactive."), code="acting_user_unknown"
                )
            principal.user = user
            principal.acting_grants = grants
            use_person_language(request, user)  # answer in the language of the person it acts for
        return principal


# One statement again: the token and its person, who must still be active.
_personal_lookup = (
    f"SELECT {select_list(PersonalToken, 't')}, {select_list(User, 'u')} "  # noqa: S608
    "FROM core_personaltoken t JOIN core_user u ON u.id = t.user_id AND u.is_active "
    "WHERE t.prefix = %s"
)


def personal_token_principal(request: HttpRequest, token: str) -> Principal:
    """The person behind their own token. It acts as nobody else (`X-Acting-User` is refused) and
    needs no signature: it is a person's credential, not a system's."""
    prefix = split_token(token, PERSONAL_TOKEN_PREFIX)
    if prefix is None:
        raise NotAuthenticated(_("The bearer token is malformed."), code="invalid_token")
    with connection.cursor() as cursor:
        cursor.execute(_personal_lookup, [prefix])
        found = cursor.fetchone()
    if found is None:
        raise NotAuthenticated(_("The bearer token is not valid here."), code="invalid_token")
    row = from_row(PersonalToken, found[: width(PersonalToken)])
    user = from_row(User, found[width(PersonalToken) :])
    if not token_matches(token, row.token_hash):
        raise NotAuthenticated(_("The bearer token is not valid here."), code="invalid_token")
    now = timezone.now()
    if row.revoked_at is not None:
        raise NotAuthenticated(_("The bearer token was revoked."), code="token_revoked")
    if row.expires_at <= now:
        raise NotAuthenticated(_("The bearer token has expired."), code="token_expired")
    if request.headers.get(ACTING_USER_HEADER):
        raise PermissionDenied(_("A personal token acts only as its own person."), code="acting_not_granted")
    if row.last_used_at is None or now - row.last_used_at > LAST_USED_RESOLUTION:
        PersonalToken.objects.filter(pk=row.pk).update(last_used_at=now)
    row.user = user
    use_person_language(request, user)
    return Principal(user=user, personal_token=row)


def _check_usable(row: AppToken, app: App, now: datetime) -> None:
    """Refuse a revoked or expired token, or one of a disabled app."""
    if row.revoked_at is not None:
        raise NotAuthenticated(_("The bearer token was revoked."), code="token_revoked")
    if row.expires_at is not None and row.expires_at <= now:
        raise NotAuthenticated(_("The bearer token has expired."), code="token_expired")
    if not app.is_active:
        raise NotAuthenticated(_("The app is disabled."), code="app_disabled")


def _split_auth_row(found: tuple[Any, ...]) -> tuple[AppToken, App, frozenset[str], User | None]:
    token_end = width(AppToken)
    app_end = token_end + width(App)
    token = from_row(AppToken, found[:token_end])
    app = from_row(App, found[token_end:app_end])
    token.app = app
    user_values = found[app_end + 1 :]
    user = from_row(User, user_values) if user_values[0] is not None else None
    return token, app, frozenset(found[app_end]), user


def verify_signature(request: HttpRequest, app: App) -> None:
    timestamp = request.headers.get(TIMESTAMP_HEADER, "")
    signature = request.headers.get(SIGNATURE_HEADER, "")
    if not timestamp or not signature:
        raise NotAuthenticated(_("This app must sign its requests."), code="signature_required")
    try:
        sent_at = int(timestamp)
    except ValueError:
        raise NotAuthenticated(
            _("The signature timestamp is not a number."), code="invalid_signature"
        ) from None
    window = settings.REQUEST_SIGNATURE_WINDOW_SECONDS
    if abs(time.time() - sent_at) > window:
        raise NotAuthenticated(
            _("The signature timestamp is outside the allowed window."), code="signature_expired"
        )
    secret = decrypt_secret(app.signing_secret_encrypted) if app.signing_secret_encrypted else None
    if secret is None:
        raise NotAuthenticated(_("The app has no signing secret."), code="invalid_signature")
    expected = request_signature(
        secret,
        timestamp=timestamp,
        method=request.method or "GET",
        path=request.get_full_path(),
        body=request.body,
    )
    if not hmac.compare_digest(expected, signature.removeprefix("v1=")):
        raise NotAuthenticated(_("The request signature does not match."), code="invalid_signature")
    # A signature is good once: remember it for the whole window so a replay is refused.
    try:
        fresh = get_redis().set(f"lf:sig:{current_schema()}:{expected}", 1, nx=True, ex=window * 2 + 1)
    except redis.RedisError:
        raise ApplicationError(
            _("Signed requests cannot be checked for replay right now."),
            code="dependency_unavailable",
            status=503,
        ) from None
    if not fresh:
        raise NotAuthenticated(_("This signed request was already used."), code="signature_replayed")


# Checks a tenant's password login must also pass once the password is right (single sign-on's
# "local passwords off"): each raises to refuse. Registered at start-up by the areas above core.
PasswordGate = Callable[[HttpRequest, User], None]
_password_gates: list[PasswordGate] = []


def register_password_gate(gate: PasswordGate) -> None:
    if gate not in _password_gates:
        _password_gates.append(gate)


def session_start(request: HttpRequest, user: User) -> None:
    """Sign `user` in on this tenant's host: the one session every way of logging in ends with."""
    login(request, user, backend="django.contrib.auth.backends.ModelBackend")
    request.session[SESSION_TENANT_KEY] = current_schema()


def session_login(request: HttpRequest, *, username: str, password: str, platform: bool = False) -> User:
    """Log a person in: CSRF-checked (login CSRF would sign a victim into an attacker's account),
    throttled on failures (`core.access.ratelimit`), and bound to the schema it happened in so it is
    worthless on any other host."""
    if check_csrf(request) is not None:
        raise PermissionDenied(
            _("CSRF verification failed; GET the auth/csrf endpoint first."), code="csrf_failed"
        )
    attempt = login_attempt_begin(request, username)  # counted as a failure until it succeeds
    user = authenticate(request, username=username, password=password)
    if not isinstance(user, User) or not user.is_active or (platform and not user.is_superuser):
        raise NotAuthenticated(_("Wrong username or password."), code="invalid_credentials")
    if not platform:
        for gate in _password_gates:
            gate(request, user)  # still counted as a failure when it refuses
    login_attempt_succeeded(attempt)
    session_start(request, user)
    return user


def _authenticated(request: HttpRequest) -> Principal:
    principal = getattr(request, "auth", None)
    if not isinstance(principal, Principal):
        raise NotAuthenticated(_("Authentication is required."))
    return principal


def principal_of(request: HttpRequest) -> Principal:
    """The caller, for endpoints not about one workflow: an acting app needs an all-workflows grant."""
    principal = _authenticated(request)
    if principal.is_acting and AppGrant.ALL_WORKFLOWS not in principal.acting_grants:
        raise PermissionDenied(_("This app may not act for users here."), code="acting_not_granted")
    return principal


def principal_for_workflow(request: HttpRequest, workflow_key: str) -> Principal:
    """The caller, for an endpoint about one workflow: an acting app needs a grant for it (or all)."""
    principal = _authenticated(request)
    grants = principal.acting_grants
    if principal.is_acting and AppGrant.ALL_WORKFLOWS not in grants and workflow_key not in grants:
        raise PermissionDenied(
            _("This app may not act for users on this workflow."), code="acting_not_granted"
        )
    return principal


tenant_auth = [AppTokenAuth(), TenantSessionAuth(csrf=True)]
