"""The worker side of a queued Loonflow 2.x import (started on the platform API)."""

from __future__ import annotations

import dramatiq

from integrations.v2import import services

# Hours, not minutes: a large installation's tickets take a while; the run resumes if cut short.
TIME_LIMIT_MS = 6 * 3600 * 1000


@dramatiq.actor(queue_name="default", max_retries=0, time_limit=TIME_LIMIT_MS)
def run_v2_import(run_id: int) -> None:
    services.v2_import_execute(run_id=run_id)
