"""How often one client address may begin provider logins, and how many refused callbacks it may
cause, per tenant (settings SSO_*): starting is anonymous and keeps state in Redis until the login
ends, so without a cap anyone could fill Redis or hammer a provider from one machine."""

from __future__ import annotations

from django.conf import settings
from django.http import HttpRequest

from core.access.ratelimit import window_count


def may_start(request: HttpRequest) -> bool:
    """Count this start; False when the address started or failed too often in the window. Without
    Redis nothing is counted (and the login cannot begin anyway: its state lives there)."""
    window = settings.SSO_WINDOW_SECONDS
    failures = window_count("sso-fail", request, window_seconds=window, add=0)
    if failures is not None and failures >= settings.SSO_FAILURES_PER_WINDOW:
        return False
    starts = window_count("sso-start", request, window_seconds=window)
    return starts is None or starts <= settings.SSO_STARTS_PER_WINDOW


def failed(request: HttpRequest) -> None:
    """A callback was refused (expired or forged state, bad token, unknown person...)."""
    window_count("sso-fail", request, window_seconds=settings.SSO_WINDOW_SECONDS)
