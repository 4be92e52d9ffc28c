"""Every actor of the integrations package, imported so a worker consumes their queues."""

from integrations import demo, dispatch, hooks, notifications, scripts, webhooks  # noqa: F401
