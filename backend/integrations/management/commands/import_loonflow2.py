"""Import a Loonflow 2.x database into a tenant (docs/migration-loonflow2.md):

    manage.py import_loonflow2 --tenant it --source mysql://user:pw@db/loonflow [--dry-run]
        [--only users,workflows,apps,tickets] [--json]

Prints the report (counts per kind, then each thing not carried over). Re-running imports nothing
twice; an interrupted run resumes. The source's password is never printed.
"""

from __future__ import annotations

import json
import os
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db.models import Q
from django_tenants.utils import tenant_context

from core.errors import ApplicationError
from integrations.v2import.services import v2_import
from tenants.models import Tenant


class Command(BaseCommand):
    help = __doc__

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--tenant", required=True, help="the tenant's key (schema) or one of its host names"
        )
        parser.add_argument(
            "--source",
            help="the 2.x database URL (postgresql://, mysql://, sqlite://); default: "
            "$LOONFLOW2_DATABASE_URL, which keeps the password out of the shell history",
        )
        parser.add_argument("--dry-run", action="store_true", help="read and report, write nothing")
        parser.add_argument(
            "--only", default="", help="comma-separated parts: users, workflows, apps, tickets"
        )
        parser.add_argument("--json", action="store_true", help="print the report as JSON")

    def handle(self, *args: Any, **options: Any) -> None:
        source = options["source"] or os.environ.get("LOONFLOW2_DATABASE_URL", "")
        if not source:
            raise CommandError("Give --source or set LOONFLOW2_DATABASE_URL.")
        wanted = options["tenant"].strip().lower()
        tenant = (
            Tenant.objects.filter(Q(schema_name=wanted) | Q(domains__domain=wanted), is_template=False)
            .exclude(schema_name="public")
            .first()
        )
        if tenant is None:
            raise CommandError(f"No tenant {wanted!r}.")
        only = [part for part in options["only"].split(",") if part.strip()]
        try:
            with tenant_context(tenant):
                report = v2_import(
                    source_url=source,
                    actor=f"manage.py import_loonflow2 ({os.environ.get('USER', 'unknown')})",
                    dry_run=options["dry_run"],
                    only=only,
                    progress=self._progress if options["verbosity"] > 1 else None,
                )
        except ApplicationError as exc:
            details = f" {json.dumps(exc.details, ensure_ascii=False)}" if exc.details else ""
            raise CommandError(f"{exc.code}: {exc.message}{details}") from None
        if options["json"]:
            self.stdout.write(json.dumps(report, ensure_ascii=False, indent=2))
            return
        self._print(report)

    def _progress(self, state: dict[str, Any]) -> None:
        self.stderr.write(json.dumps(state))

    def _print(self, report: dict[str, Any]) -> None:
        head = "DRY RUN (nothing written): " if report["dry_run"] else ""
        self.stdout.write(self.style.SUCCESS(f"{head}Loonflow 2.x import report"))
        for kind, outcomes in report["counts"].items():
            counts = ", ".join(f"{outcome} {n}" for outcome, n in sorted(outcomes.items()))
            self.stdout.write(f"  {kind}: {counts}")
        if report["issues"]:
            self.stdout.write(f"Not carried over ({len(report['issues'])}):")
        for issue in report["issues"]:
            where = ", ".join(f"{k}={v}" for k, v in issue.items() if k not in ("kind", "reason"))
            self.stdout.write(f"  [{issue['kind']}] {where}: {issue['reason']}")
        if report["issues_dropped"]:
            self.stdout.write(f"  ... and {report['issues_dropped']} more")
        self.stdout.write("Never imported: " + "; ".join(report["not_imported"]))
