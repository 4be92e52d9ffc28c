"""Every actor of the integrations package, imported so a worker consumes their queues."""

from integrations import dispatch  # noqa: F401
