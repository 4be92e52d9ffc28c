"""The two API instances: one per URL space (tenant hosts, the platform host)."""

from __future__ import annotations

from config.operation_ids import PINNED_IDS
from core.access.api import personal_router as personal_tokens_router
from core.access.api import router as apps_router
from core.access.auth import tenant_auth
from core.access.permissions import tenant_admin_of
from core.audit.api import audit_router
from core.directory.api import auth_router
from core.directory.api import router as directory_router
from core.ninja_api import build_api
from engine.calendars.api import router as calendar_router
from engine.delegations.api import router as delegations_router
from engine.ticketlists.api import router as ticket_lists_router
from engine.tickets.api import attachments_router
from engine.tickets.api import router as tickets_router
from engine.tickets.bulk import router as bulk_router
from engine.workflows.api import router as workflows_router
from integrations.actionlinks.api import router as action_links_router
from integrations.getting_started.api import router as getting_started_router
from integrations.hooks.api import router as hooks_router
from integrations.inbox.api import router as inbox_router
from integrations.ldapsync.api import router as ldap_router
from integrations.notifications.api import router as notifications_router
from integrations.scim.api import router as scim_tokens_router
from integrations.scripts.api import router as scripts_router
from integrations.sso.api import router as sso_router
from integrations.v2compat.api import router as compat_v2_router
from integrations.v2import.api import router as v2import_router
from integrations.webhooks.api import router as webhooks_router
from tenants.api import platform_admin_of, platform_auth
from tenants.api import router as platform_router

tenant_api = build_api(
    title="Loonflow tenant API",
    version="1",
    urls_namespace="tenant-api",
    description=(
        "Workflows, tickets and the directory of one tenant. Authenticate with a session "
        "(POST /auth/login, CSRF header on writes) or `Authorization: Bearer <token>`: an app's "
        "token, or a person's own (`POST /me/tokens`)."
    ),
    auth=tenant_auth,
    pinned_ids=PINNED_IDS,
)
tenant_api.add_router("", auth_router)
tenant_api.add_router("", directory_router)
tenant_api.add_router("", apps_router)
tenant_api.add_router("", personal_tokens_router)
tenant_api.add_router("", workflows_router)
# Before the ticket router: its /tickets/{ticket_id} would take /tickets/bulk-handle.
tenant_api.add_router("", bulk_router)
# Before the tickets router: its /tickets/{ticket_id} would take /tickets/export.
tenant_api.add_router("", ticket_lists_router)
tenant_api.add_router("", tickets_router)
tenant_api.add_router("", attachments_router)
tenant_api.add_router("", hooks_router)
tenant_api.add_router("", scripts_router)
tenant_api.add_router("", notifications_router)
tenant_api.add_router("", webhooks_router)
tenant_api.add_router("", calendar_router)
tenant_api.add_router("", delegations_router)
tenant_api.add_router("", getting_started_router)
tenant_api.add_router("", inbox_router)
tenant_api.add_router("", action_links_router)
tenant_api.add_router("", compat_v2_router)
tenant_api.add_router("", ldap_router)
tenant_api.add_router("", scim_tokens_router)
tenant_api.add_router("", sso_router)
tenant_api.add_router("", audit_router(guard=tenant_admin_of))

platform_api = build_api(
    title="Loonflow platform API",
    version="1",
    urls_namespace="platform-api",
    description="Tenants and their domains. Platform admins only, on the public domain.",
    auth=platform_auth,
    pinned_ids=PINNED_IDS,
)
platform_api.add_router("", platform_router)
platform_api.add_router("", v2import_router)
platform_api.add_router("", audit_router(guard=platform_admin_of))
