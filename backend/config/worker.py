"""Entry point for `dramatiq config.worker`: set up Django (which installs the broker), load the actors."""

import os

import django

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.dev")
django.setup()

import core.tasks  # noqa: E402, F401
import integrations.tasks  # noqa: E402, F401
