"""Plain helpers shared by the core tests (and the tenants tests): sending JSON to the API and
checking the error an answer carries."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from conftest import error_of


def send(client: Any, method: str, path: str, body: Any = None, **extra: Any) -> Any:
    """`method` on `path` with `body` as JSON (a str or bytes body is sent as it is, for malformed
    input); a GET sends no body."""
    if method == "get":
        return client.get(path, **extra)
    raw = body if isinstance(body, str | bytes) else json.dumps(body)
    return getattr(client, method)(path, raw, content_type="application/json", **extra)


def assert_error(response: Any, status: int, code: str) -> dict[str, Any]:
    """The answer is `status` with the error `code`; returns the error."""
    assert response.status_code == status, response.content
    error = error_of(response)
    assert error["code"] == code, error
    return error


# ---- a built console for first views (core.first_view) ------------------------------------------------

FRONTEND = Path(__file__).resolve().parents[3] / "frontend"
ANTD_CLASS = "css-test1"
FIRST_VIEW_ICONS = [
    "menu",
    "bell",
    "global",
    "bg-colors",
    "question-circle",
    "user",
    "down",
    "save",
    "download",
    "reload",
    "plus",
    "filter",
    "check",
    "close",
    "left",
    "right",
    "arrow-left",
    "copy",
]


def write_console_build(dist: Path) -> None:
    """A console build in `dist` (a Path) with what first views are drawn with: index.html, Vite's
    manifest and `.vite/first-view.json`, its texts read from the frontend's catalogues as the build does
    (frontend/plugins/first-view.ts)."""
    (dist / ".vite").mkdir(parents=True, exist_ok=True)
    (dist / "index.html").write_text(
        '<!doctype html><html><head><meta name="loonflow-console" content="tenant" />'
        '<script type="module" src="/assets/index-AbCd1234.js"></script></head>'
        '<body><div id="root"><div class="boot-shell"></div></div></body></html>'
    )
    (dist / ".vite" / "manifest.json").write_text(
        json.dumps({"index.html": {"file": "assets/index-AbCd1234.js", "isEntry": True}})
    )
    texts = {
        language.name: {
            namespace: json.loads((language / f"{namespace}.json").read_text(encoding="utf-8"))
            for namespace in ("common", "tickets", "inbox")
        }
        for language in (FRONTEND / "src" / "locales").iterdir()
    }
    icons = {name: f'<svg data-icon="{name}"></svg>' for name in FIRST_VIEW_ICONS}
    (dist / ".vite" / "first-view.json").write_text(
        json.dumps({"antdClass": ANTD_CLASS, "icons": icons, "texts": texts}), encoding="utf-8"
    )


def first_view_of(response: Any) -> str | None:
    """The first view drawn in a console document's answer, or None."""
    pattern = r'<div id="first-view".*?(?=<script id="first-view-answers")'
    match = re.search(pattern, response.content.decode(), re.S)
    return match.group(0) if match else None


def answers_of(response: Any) -> dict[str, Any]:
    """The API answers a console document brought with its first view ({} without one)."""
    pattern = r'<script id="first-view-answers" type="application/json">(.*?)</script>'
    match = re.search(pattern, response.content.decode(), re.S)
    return json.loads(match.group(1)) if match else {}
