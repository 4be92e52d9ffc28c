from django.apps import AppConfig


class IntegrationsConfig(AppConfig):
    name = "integrations"
    verbose_name = "Integrations (webhooks, scripts, notifications)"

    def ready(self) -> None:
        # Publishing checks that the channels and scripts a workflow names exist; engine cannot
        # import integrations (the dependency points the other way), so it is told how to look.
        from engine.tickets import events
        from engine.workflows.definitions.validation import register_name_lookup
        from integrations import hooks, notifications, scripts, webhooks
        from integrations.notifications import channel_codes_existing
        from integrations.scripts import script_codes_existing

        register_name_lookup("channel", lambda codes: channel_codes_existing(codes=codes))
        register_name_lookup("script", lambda codes: script_codes_existing(codes=codes))
        # Every ticket event reaches these subscribers, in this order; the scheduler runs their
        # sweeps after the outbox's.
        for name, fan_out, sweep in (
            ("notifications", notifications.fan_out, notifications.sweep_notifications),
            ("webhook_deliveries", webhooks.fan_out, webhooks.sweep_deliveries),
            ("hook_calls", hooks.fan_out, hooks.sweep_hook_calls),
            ("script_runs", scripts.fan_out, scripts.sweep_script_runs),
        ):
            events.subscribe(events.Subscriber(name=name, fan_out=fan_out, sweep=sweep))
