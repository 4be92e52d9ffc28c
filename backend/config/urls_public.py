"""URLs served on the public (platform) host."""

from django.urls import path

from config.api import platform_api

urlpatterns = [path("api/v1/platform/", platform_api.urls)]
