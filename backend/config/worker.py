"""Entry point for `dramatiq config.worker`: set up Django (which installs the broker), load the actors."""

import contextlib
import ctypes
import logging
import os
import threading
import time

import django
import dramatiq

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.dev")


def _hide_from_same_user() -> None:
    """Tenant scripts run as the worker's user (out of process, see integrations.scripts.sandbox). A
    non-dumpable process's /proc/<pid>/environ and memory are root-only, so a script cannot read
    the worker's secrets there."""
    with contextlib.suppress(OSError, AttributeError):  # not Linux: nothing to do
        ctypes.CDLL(None).prctl(4, 0, 0, 0, 0)  # PR_SET_DUMPABLE = 4


_hide_from_same_user()
django.setup()

from django.conf import settings  # noqa: E402
from django.db import connections  # noqa: E402

import core.directory.tasks  # noqa: E402, F401
import engine.tickets.tasks  # noqa: E402, F401
import integrations.tasks  # noqa: E402, F401
from core.connection_lanes import lanes_meet  # noqa: E402

logger = logging.getLogger(__name__)


class _LanesMeetTenants(dramatiq.Middleware):
    """When a worker process has booted, its database lanes meet the active tenants in the background
    (core.connection_lanes.lanes_meet): after a deploy, the first burst of timers and events runs
    warm. WORKER_MEET_TENANTS=0 turns it off."""

    def after_worker_boot(self, broker: dramatiq.Broker, worker: dramatiq.Worker) -> None:
        if settings.WORKER_MEET_TENANTS and settings.WORKER_DB_LANES > 0:
            threading.Thread(target=_meet_tenants, name="lanes-meet-tenants", daemon=True).start()


def _meet_tenants() -> None:
    from core.access.models import User
    from engine.tickets.models import FlowLog, OutboxEvent, Ticket, TicketHandler, Timer
    from engine.workflows.models import WorkflowVersion
    from integrations.inbox.models import InboxItem, NotificationPreference
    from integrations.notifications.models import NotificationChannel
    from integrations.scheduler.loop import active_schemas
    from integrations.webhooks.models import Webhook

    # What a timer's fire and an event's fan-out read and write (the lanes' work).
    models = [Timer, Ticket, FlowLog, OutboxEvent, TicketHandler, WorkflowVersion, User]
    models += [NotificationPreference, InboxItem, NotificationChannel, Webhook]
    started = time.monotonic()
    try:
        schemas = active_schemas()
        met = lanes_meet(schemas, [(model._meta.db_table, str(model._meta.pk.column)) for model in models])
    except Exception:  # a head start only: the work runs cold without it
        logger.warning("worker lanes did not meet the tenants", exc_info=True)
        return
    finally:
        connections.close_all()  # this thread's own connection (the tenant list)
    logger.info("worker lanes met %d tenants in %.1f s", met, time.monotonic() - started)


dramatiq.get_broker().add_middleware(_LanesMeetTenants())
