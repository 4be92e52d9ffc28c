"""Every actor of the integrations package, imported so a worker consumes their queues."""

from integrations import channel_tests, demo, hooks, notifications, scripts, webhooks  # noqa: F401
