"""Write the tenant and platform OpenAPI schemas, the source of the SPA's generated API types.

`make test` re-exports them into a scratch folder and fails when the committed copies in
`frontend/openapi/` (or the TypeScript generated from them) differ.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from config.api import platform_api, tenant_api


class Command(BaseCommand):
    help = "Export the OpenAPI schemas (tenant.json, platform.json) into a folder."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("out", type=Path, help="folder to write tenant.json and platform.json into")

    def handle(self, *args: Any, **options: Any) -> None:
        out: Path = options["out"]
        out.mkdir(parents=True, exist_ok=True)
        for name, api, prefix in (
            ("tenant", tenant_api, "/api/v1/"),
            ("platform", platform_api, "/api/v1/platform/"),
        ):
            schema = api.get_openapi_schema(path_prefix=prefix)
            text = json.dumps(schema, indent=2, sort_keys=True, ensure_ascii=False) + "\n"
            (out / f"{name}.json").write_text(text, encoding="utf-8")
        self.stdout.write(f"wrote {out}/tenant.json and {out}/platform.json")
