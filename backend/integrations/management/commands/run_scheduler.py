"""`manage.py run_scheduler`: fire timers and sweep unsent work, for every tenant (see
`integrations.scheduler`)."""

from __future__ import annotations

import signal
import threading
from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from integrations import scheduler


class Command(BaseCommand):
    help = "Run the scheduler (timers, SLAs and the outbox sweep) until SIGTERM/SIGINT."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--interval", type=float, default=1.0, help="Seconds between ticks.")
        parser.add_argument("--once", action="store_true", help="Run one tick and exit.")

    def handle(self, *args: Any, **options: Any) -> None:
        if options["once"]:
            report = scheduler.tick()
            self.stdout.write(
                f"{report.tenants} tenants, {report.timers_fired} timers, resent {report.resent}"
            )
            return
        stop = threading.Event()
        signal.signal(signal.SIGTERM, lambda *_: stop.set())
        signal.signal(signal.SIGINT, lambda *_: stop.set())
        scheduler.run(interval=options["interval"], stop=stop)
