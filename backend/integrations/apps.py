from django.apps import AppConfig


class IntegrationsConfig(AppConfig):
    name = "integrations"
    verbose_name = "Integrations (webhooks, scripts, notifications)"

    def ready(self) -> None:
        # Publishing checks that the channels and scripts a workflow names exist; engine cannot
        # import integrations (the dependency points the other way), so it is told how to look.
        from engine.definitions.validation import register_name_lookup
        from integrations.notifications import channel_codes_existing
        from integrations.scripts import script_codes_existing

        register_name_lookup("channel", lambda codes: channel_codes_existing(codes=codes))
        register_name_lookup("script", lambda codes: script_codes_existing(codes=codes))
