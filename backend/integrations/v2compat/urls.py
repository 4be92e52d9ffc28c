"""2.x's paths (no trailing slash, as 2.x: APPEND_SLASH is off there), under `api/v1.0/` on tenant hosts."""

from __future__ import annotations

from django.urls import re_path

from integrations.v2compat import views

ID = r"(?P<ticket_id>[0-9]{1,18})"

urlpatterns = [
    re_path(r"^tickets$", views.tickets),
    re_path(rf"^tickets/{ID}$", views.ticket),
    re_path(rf"^tickets/{ID}/transitions$", views.transitions),
    re_path(rf"^tickets/{ID}/flowlogs$", views.flow_logs),
    re_path(rf"^tickets/{ID}/participant_info$", views.participants),
    re_path(rf"^tickets/{ID}/accept$", views.accept),
    re_path(rf"^tickets/{ID}/deliver$", views.deliver),
    re_path(rf"^tickets/{ID}/comments$", views.comments),
    re_path(r"^workflows$", views.workflows),
    re_path(r"^workflows/(?P<workflow_id>[0-9]{1,9})/init_state$", views.init_state),
    re_path(r"^(?P<rest>.*)$", views.unsupported),
]
