"""Django's model registry of the `integrations` app: each area's models, imported so Django (and
the migrations, which keep the `integrations` label) find them."""

from __future__ import annotations

from integrations.actionlinks.models import ActionLink
from integrations.common.models import FeedIdentity, IntegrationSettings, Job
from integrations.getting_started.models import ChecklistDismissal
from integrations.hooks.models import HookCall
from integrations.inbox.models import InboxItem, NotificationPreference
from integrations.ldapsync.models import LdapSource, LdapSyncRun
from integrations.notifications.models import ChannelTest, Notification, NotificationChannel
from integrations.scim.models import ScimToken
from integrations.scripts.models import Script, ScriptRun
from integrations.sso.models import OidcIdentity, OidcProvider, SsoSettings
from integrations.v2compat.models import CompatApp, CompatSettings, LegacyId
from integrations.v2import.models import V2ImportMapping, V2ImportRun
from integrations.webhooks.models import DeliveryAttempt, Webhook, WebhookDelivery

__all__ = [
    "ActionLink",
    "ChannelTest",
    "ChecklistDismissal",
    "CompatApp",
    "CompatSettings",
    "DeliveryAttempt",
    "FeedIdentity",
    "HookCall",
    "InboxItem",
    "IntegrationSettings",
    "Job",
    "LdapSource",
    "LdapSyncRun",
    "LegacyId",
    "Notification",
    "NotificationChannel",
    "NotificationPreference",
    "OidcIdentity",
    "OidcProvider",
    "ScimToken",
    "Script",
    "ScriptRun",
    "SsoSettings",
    "V2ImportMapping",
    "V2ImportRun",
    "Webhook",
    "WebhookDelivery",
]
