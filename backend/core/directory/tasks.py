"""Background actors of the core package."""

from __future__ import annotations

import logging

import dramatiq

from core.directory.models import DirectorySyncRun
from core.tenancy import current_schema

logger = logging.getLogger(__name__)


@dramatiq.actor(queue_name="default", max_retries=3, time_limit=60_000)
def log_directory_sync(run_id: int) -> None:
    """Log what a directory sync changed, in the tenant it happened in (idempotent: it only reads)."""
    run = DirectorySyncRun.objects.filter(pk=run_id).first()
    if run is None:
        return
    logger.info("directory sync %s in %s by %s: %s", run.pk, current_schema(), run.actor, run.summary)
