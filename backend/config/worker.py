"""Entry point for `dramatiq config.worker`: set up Django (which installs the broker), load the actors."""

import contextlib
import ctypes
import os

import django

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.dev")


def _hide_from_same_user() -> None:
    """Tenant scripts run as the worker's user (out of process, see integrations.scripts.sandbox). A
    non-dumpable process's /proc/<pid>/environ and memory are root-only, so a script cannot read
    the worker's secrets there."""
    with contextlib.suppress(OSError, AttributeError):  # not Linux: nothing to do
        ctypes.CDLL(None).prctl(4, 0, 0, 0, 0)  # PR_SET_DUMPABLE = 4


_hide_from_same_user()
django.setup()

import core.directory.tasks  # noqa: E402, F401
import engine.tickets.tasks  # noqa: E402, F401
import integrations.tasks  # noqa: E402, F401
