from django.apps import AppConfig


class EngineConfig(AppConfig):
    name = "engine"
    verbose_name = "Workflow engine"

    def ready(self) -> None:
        # Delegations sit below the ticket runtime: it tells them how to hand waiting turns over.
        from engine.delegations.services import on_start
        from engine.tickets.runtime.handover import hand_over

        on_start(hand_over)
