"""URLs served on every tenant host."""

from django.urls import path

from config.api import tenant_api

urlpatterns = [path("api/v1/", tenant_api.urls)]
