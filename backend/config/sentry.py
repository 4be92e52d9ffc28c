"""Optional error reporting to Sentry, or any service that speaks its protocol (GlitchTip, Bugsink).

Off unless SENTRY_DSN is set. Errors reach it through logging: every unhandled exception is logged
at ERROR by `core.middleware` / the API's error handler / Dramatiq, and the logging integration turns
those records into events tagged with the request id and tenant. No personal data is sent.
"""

from __future__ import annotations

import logging
from typing import Any


def _tag_context(event: dict[str, Any], hint: dict[str, Any]) -> dict[str, Any]:
    from core.logging import request_id_var, tenant_var

    tags = event.setdefault("tags", {})
    tags.setdefault("request_id", request_id_var.get())
    tags.setdefault("tenant", tenant_var.get())
    return event


def init_sentry(*, dsn: str, environment: str, traces_sample_rate: float, release: str) -> None:
    import sentry_sdk
    from sentry_sdk.integrations.django import DjangoIntegration
    from sentry_sdk.integrations.dramatiq import DramatiqIntegration
    from sentry_sdk.integrations.logging import LoggingIntegration

    sentry_sdk.init(
        dsn=dsn,
        environment=environment,
        release=release or None,
        traces_sample_rate=traces_sample_rate,
        send_default_pii=False,  # no cookies, user emails or IP addresses
        before_send=_tag_context,  # type: ignore[arg-type]
        integrations=[
            DjangoIntegration(),
            DramatiqIntegration(),
            LoggingIntegration(event_level=logging.ERROR),
        ],
    )
