"""URLs served on the public (platform) host: the platform API and the platform console."""

from django.urls import path, re_path

from config.api import platform_api
from core.spa import platform_console

urlpatterns = [
    path("api/v1/platform/", platform_api.urls),
    re_path(r"^(?!api/|static/|assets/)", platform_console),
]
