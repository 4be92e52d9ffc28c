"""Every actor of the integrations package, imported so a worker consumes their queues."""

from integrations import demo  # noqa: F401
from integrations.hooks import tasks as hook_tasks  # noqa: F401
from integrations.ldapsync import tasks as ldap_tasks  # noqa: F401
from integrations.notifications import channel_tests  # noqa: F401
from integrations.scripts import tasks as script_tasks  # noqa: F401
from integrations.sso import tasks as sso_tasks  # noqa: F401
from integrations.webhooks import tasks as webhook_tasks  # noqa: F401
