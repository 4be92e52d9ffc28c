from django.apps import AppConfig


class IntegrationsConfig(AppConfig):
    name = "integrations"
    verbose_name = "Integrations (webhooks, scripts, notifications)"

    def ready(self) -> None:
        # The engine never imports integrations (the dependency points the other way), so it is told
        # here how to look names up and who listens to its events.
        from core.access.auth import register_password_gate
        from engine.tickets import events
        from engine.workflows.definitions.validation import register_name_lookup
        from integrations.hooks import tasks as hook_tasks
        from integrations.inbox import tasks as inbox_tasks
        from integrations.notifications import digest
        from integrations.notifications import tasks as notification_tasks
        from integrations.notifications.selectors import channel_codes_existing
        from integrations.scripts import tasks as script_tasks
        from integrations.scripts.selectors import script_codes_existing
        from integrations.sso.services import password_gate
        from integrations.webhooks import tasks as webhook_tasks

        # Single sign-on can turn a tenant's passwords off (break-glass admins keep theirs).
        register_password_gate(password_gate)
        # Publishing checks that the channels and scripts a workflow names exist (a script participant's
        # switched on).
        register_name_lookup("channel", lambda codes: channel_codes_existing(codes=codes))
        register_name_lookup("script", lambda codes: script_codes_existing(codes=codes))
        register_name_lookup(
            "enabled_script", lambda codes: script_codes_existing(codes=codes, enabled_only=True)
        )
        # Every ticket event reaches these subscribers, in this order; the scheduler runs their
        # sweeps after the outbox's.
        for name, fan_out, sweep in (
            # The inbox writes its rows in the event's transaction (nothing in transit); its
            # scheduler tick sends the daily digests that are due.
            ("inbox", inbox_tasks.fan_out, digest.send_due_digests),
            ("notifications", notification_tasks.fan_out, notification_tasks.sweep_notifications),
            ("webhook_deliveries", webhook_tasks.fan_out, webhook_tasks.sweep_deliveries),
            ("hook_calls", hook_tasks.fan_out, hook_tasks.sweep_hook_calls),
            ("script_runs", script_tasks.fan_out, script_tasks.sweep_script_runs),
        ):
            events.subscribe(events.Subscriber(name=name, fan_out=fan_out, sweep=sweep))
