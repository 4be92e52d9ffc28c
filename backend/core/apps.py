from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "core"
    verbose_name = "Accounts, directory and API plumbing"

    def ready(self) -> None:
        # Actors bind to the global broker when their modules load: install ours first.
        from core.broker import install_broker

        install_broker()
