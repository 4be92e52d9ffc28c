"""URLs served on every tenant host: the API, and the tenant console for every other path."""

import re

from django.urls import include, path, re_path

from config.api import tenant_api
from core.spa import tenant_console_view
from engine.ticketlists.first_view import todo_first_view
from engine.tickets.first_view import ticket_first_view

# Pages the server draws for a phone's first paint (core/first_view.py), by path.
FIRST_VIEWS = (
    (re.compile(r"^/tickets/?$"), todo_first_view),
    (re.compile(r"^/tickets/(?P<ticket_id>[1-9][0-9]{0,17})/?$"), ticket_first_view),
)

urlpatterns = [
    path("api/v1/", tenant_api.urls),
    # The Loonflow 2.x-compatible API, answering only where the tenant switched it on.
    path("api/v1.0/", include("integrations.v2compat.urls")),
    # SCIM 2.0 for identity providers (integrations/scim): its own tokens, media type and errors.
    path("scim/v2/", include("integrations.scim.urls")),
    path("scim/v2", include("integrations.scim.urls")),
    # Client-side routes of the SPA; unknown API and asset paths stay 404s.
    re_path(r"^(?!api/|static/|assets/|scim/)", tenant_console_view(FIRST_VIEWS)),
]
