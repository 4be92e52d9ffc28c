"""2.x's app authentication (its `ApiPermissionCheck` middleware), tightened.

Headers `appname`, `timestamp`, `signature` = md5_hex(timestamp + token), `username`. As 2.x: the
signature is checked first, then the ±120 s window. Tighter than 2.x: the comparison is constant
time, a write is good once (a replayed write within the window is refused: seen writes are kept in
Redis, set-if-absent, until the window has passed), and `username` is honoured only through the
app's acting-user grant.

2.x's signature covers the timestamp only, not the request: every call an app makes in one second
carries the same signature. Refusing a signature seen before would limit a client to one call per
second, which unchanged 2.x clients do not expect. So a replay is the same write again: the same
signature, acting user, method, path and body. Reads are not refused (a captured signature could
be used for any other read within the window anyway, which no check here can tell from the client).
"""

from __future__ import annotations

import hashlib
import hmac
import time
from dataclasses import dataclass

import redis
from django.http import HttpRequest

from core.access.auth import Principal
from core.access.models import App, User
from core.i18n import use_person_language
from core.redis import get_redis
from core.secrets import decrypt_secret
from core.tenancy import current_schema
from integrations.v2compat.envelope import AUTH_PREFIX, V2Error
from integrations.v2compat.models import CompatApp

WINDOW_SECONDS = 120
SAFE_METHODS = ("GET", "HEAD", "OPTIONS")


@dataclass
class Caller:
    app: CompatApp
    principal: Principal
    workflow_ids: frozenset[int]

    @property
    def user(self) -> User:
        assert self.principal.user is not None
        return self.principal.user


def _refuse(reason: str) -> V2Error:
    return V2Error(AUTH_PREFIX + reason)


def signature_of(timestamp: str, token: str) -> str:
    return hashlib.md5((timestamp + token).encode()).hexdigest()  # noqa: S324 - 2.x's scheme


def _check_app(request: HttpRequest) -> tuple[CompatApp, str]:
    name = request.headers.get("appname", "")
    if not name:
        raise _refuse("appname is not provide in request header")
    app = CompatApp.objects.filter(name=name, is_active=True).first()
    token = decrypt_secret(app.token_encrypted) if app is not None else None
    if app is None or token is None:
        raise _refuse(
            f"Appname:{name} in request header is unauthorized, please contact administrator "
            f"to add authorization for appname:{name} in loonflow"
        )
    return app, token


def check_signature(request: HttpRequest, app: CompatApp, token: str) -> None:
    timestamp = request.headers.get("timestamp", "")
    signature = request.headers.get("signature", "")
    if not timestamp.isascii() or not timestamp.isdigit() or len(timestamp) > 12:
        raise _refuse("timestamp is not provide in request header or is not a number")
    if not hmac.compare_digest(signature_of(timestamp, token), signature.lower()):
        raise _refuse("The signature you provide in request header is invalid")
    sent_at = int(timestamp)
    now = time.time()
    if abs(now - sent_at) > WINDOW_SECONDS:
        raise _refuse("The signature you provide in request header is expire, please ensure in 120s")
    if request.method in SAFE_METHODS:
        return
    # Remembered for the rest of the timestamp's window: after that the window refuses it anyway.
    ttl = max(1, int(sent_at + WINDOW_SECONDS - now) + 1)
    write = hashlib.sha256()
    for part in (request.headers.get("username", ""), request.method or "", request.get_full_path()):
        write.update(part.encode("utf-8", "surrogatepass") + b"\0")
    write.update(request.body)
    try:
        fresh = get_redis().set(
            f"lf:v2sig:{current_schema()}:{app.pk}:{signature.lower()}:{write.hexdigest()}",
            1,
            nx=True,
            ex=ttl,
        )
    except redis.RedisError:
        raise V2Error(AUTH_PREFIX + "signatures cannot be checked for replay right now", status=503) from None
    if not fresh:
        raise _refuse("The signature you provide in request header was already used (replay)")


def _acting_user(request: HttpRequest, app: CompatApp) -> User:
    username = request.headers.get("username", "")
    if not username:
        raise V2Error("参数不全，请提供username")  # noqa: RUF001 - 2.x's text
    if not app.may_act_as(username):
        raise _refuse(f"app: {app.name} has no grant to act as username: {username}")
    user = User.objects.filter(username=username, is_active=True).first()
    if user is None:
        raise _refuse(f"username: {username} does not exist or is inactive")
    return user


def authenticate(request: HttpRequest) -> Caller:
    """The calling app and the person it acts as, or a 2.x-shaped refusal (V2Error)."""
    app, token = _check_app(request)
    check_signature(request, app, token)
    user = _acting_user(request, app)
    workflows = list(app.workflows.values_list("pk", "key"))
    # Our services see an app acting for a person, granted exactly the app's workflows; the flow
    # log names it `v2:<appname>`. The App is not stored: it only carries the name and the scope.
    principal = Principal(
        user=user,
        app=App(name=f"v2:{app.name}", scopes=[App.Scope.WORKFLOWS], is_active=True),
        acting_grants=frozenset(key for _pk, key in workflows),
    )
    use_person_language(request, user)
    return Caller(app=app, principal=principal, workflow_ids=frozenset(pk for pk, _key in workflows))
