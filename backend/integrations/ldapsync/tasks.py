"""The LDAP sync worker: one message per queued run (in the tenant it was queued in)."""

from __future__ import annotations

import dramatiq

from integrations.ldapsync.services import ldap_sync_execute

# Reading a large directory and syncing it may take minutes; a run is never retried by the broker
# (a failed run says why, and the next scheduled or manual one starts afresh).
SYNC_TIME_LIMIT_MS = 15 * 60 * 1000


@dramatiq.actor(queue_name="default", max_retries=0, time_limit=SYNC_TIME_LIMIT_MS)
def ldap_sync(run_id: int) -> None:
    """Idempotent: a run that is not queued any more (done, or taken by another worker) is left alone."""
    ldap_sync_execute(run_id=run_id)
