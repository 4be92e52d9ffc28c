"""WSGI entry point for gunicorn."""

import os

from django.conf import settings
from django.core.wsgi import get_wsgi_application
from django.urls import get_resolver

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.production")
application = get_wsgi_application()

# Django imports the URL confs on a process's first request; ours build every API router and its
# pydantic schemas, about a second. Do it while the worker boots (gunicorn loads this module before
# the worker accepts connections), so the first request after a deploy or a recycle is not the slow one.
for _urlconf in (settings.ROOT_URLCONF, settings.PUBLIC_SCHEMA_URLCONF):
    get_resolver(_urlconf).url_patterns  # noqa: B018 - evaluated for its side effect (the imports)
