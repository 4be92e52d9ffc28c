"""URLs served on every tenant host: the API, and the tenant console for every other path."""

from django.urls import path, re_path

from config.api import tenant_api
from core.spa import tenant_console

urlpatterns = [
    path("api/v1/", tenant_api.urls),
    # Client-side routes of the SPA; unknown API and asset paths stay 404s.
    re_path(r"^(?!api/|static/|assets/)", tenant_console),
]
