"""/scim/v2/… on tenant hosts."""

from django.urls import re_path

from integrations.scim.views import scim_view

urlpatterns = [re_path(r"^(?P<rest>.*)$", scim_view)]
