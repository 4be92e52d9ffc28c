"""Integration models (webhooks, deliveries, scripts, notification channels)."""
