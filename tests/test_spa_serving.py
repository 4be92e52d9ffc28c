"""The admin SPA is served for real: index.html on every client route, hashed assets cached forever."""

from __future__ import annotations

from pathlib import Path

import pytest
from django.test import override_settings

INDEX = (
    '<!doctype html><html><head><meta name="loonflow-console" content="tenant" />'
    '<script type="module" src="/assets/index-AbCd1234.js"></script></head><body></body></html>'
)


@pytest.fixture
def dist(tmp_path: Path):
    (tmp_path / "assets").mkdir()
    (tmp_path / "index.html").write_text(INDEX)
    (tmp_path / "assets" / "index-AbCd1234.js").write_text("console.log('hi')")
    (tmp_path / "favicon.svg").write_text("<svg/>")
    with override_settings(SPA_DIST=tmp_path, WHITENOISE_ROOT=tmp_path):
        yield tmp_path


@pytest.mark.parametrize("path", ["/", "/tickets?view=todo", "/tickets/42", "/workflows/3/design"])
def test_tenant_deep_links_get_the_tenant_console(client_for, dist, path):
    response = client_for("it").get(path)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/html")
    assert response["Cache-Control"] == "no-cache"
    assert "frame-ancestors 'none'" in response["Content-Security-Policy"]
    assert b'content="tenant"' in response.content


def test_public_host_gets_the_platform_console(client_for, dist):
    response = client_for("public").get("/tenants/7")
    assert response.status_code == 200
    assert b'content="platform"' in response.content


def test_hashed_assets_are_immutable_and_others_revalidate(client_for, dist):
    asset = client_for("it").get("/assets/index-AbCd1234.js")
    assert asset.status_code == 200
    assert "immutable" in asset["Cache-Control"]
    assert "max-age=315360000" in asset["Cache-Control"]
    icon = client_for("it").get("/favicon.svg")
    assert icon.status_code == 200
    assert "immutable" not in icon.get("Cache-Control", "")


def test_precompressed_assets_are_sent_to_browsers_that_accept_them(client_for, dist):
    import gzip

    body = b"console.log('hi');" * 200
    (dist / "assets" / "big-AbCd1234.js").write_bytes(body)
    (dist / "assets" / "big-AbCd1234.js.gz").write_bytes(gzip.compress(body))
    with override_settings(SPA_DIST=dist, WHITENOISE_ROOT=dist):
        client = client_for("it")
        zipped = client.get("/assets/big-AbCd1234.js", HTTP_ACCEPT_ENCODING="gzip, deflate")
        plain = client.get("/assets/big-AbCd1234.js")
    assert zipped["Content-Encoding"] == "gzip"
    assert gzip.decompress(b"".join(zipped.streaming_content)) == body
    assert "Content-Encoding" not in plain
    assert b"".join(plain.streaming_content) == body


def test_unknown_api_and_asset_paths_stay_404(client_for, dist):
    assert client_for("it").get("/api/v1/nope").status_code == 404
    assert client_for("it").get("/assets/missing-AbCd1234.js").status_code == 404


def test_writes_to_spa_paths_are_refused(client_for, dist):
    assert client_for("it").post("/tickets").status_code == 405


def test_a_missing_build_says_how_to_build_it(client_for, tmp_path):
    with override_settings(SPA_DIST=tmp_path / "absent", WHITENOISE_ROOT=None):
        response = client_for("it").get("/tickets")
    assert response.status_code == 503
    assert b"make run" in response.content


MANIFEST = {
    "index.html": {"file": "assets/index-AbCd1234.js", "isEntry": True, "imports": ["_react-R1.js"]},
    "_react-R1.js": {"file": "assets/react-R1.js"},
    "_Table-T1.js": {"file": "assets/Table-T1.js", "imports": ["_react-R1.js"]},
    "src/features/tickets/routes/TicketListPage.tsx": {
        "file": "assets/TicketListPage-L1.js",
        "imports": ["index.html", "_react-R1.js", "_Table-T1.js"],
        "dynamicImports": ["src/features/tickets/components/list/TicketFilters.tsx"],
    },
    "src/features/tickets/routes/TicketDetailPage.tsx": {
        "file": "assets/TicketDetailPage-D1.js",
        "imports": ["_Table-T1.js"],
    },
    "src/features/tickets/components/list/TicketFilters.tsx": {"file": "assets/TicketFilters-F1.js"},
    "src/lib/locale-en.ts": {"file": "assets/locale-en-E1.js"},
    "src/lib/locale-zh-cn.ts": {"file": "assets/locale-zh-cn-Z1.js"},
    "_start-S1.js": {
        "file": "assets/start-S1.js",
        "name": "start",
        "isDynamicEntry": True,
        "imports": ["_react-R1.js"],
    },
}


@pytest.fixture
def built(dist: Path):
    import json

    (dist / ".vite").mkdir()
    (dist / ".vite" / "manifest.json").write_text(json.dumps(MANIFEST))
    return dist


def _preloaded(response) -> list[str]:
    import re

    return re.findall(
        r'<link rel="modulepreload" crossorigin fetchpriority="low" href="/([^"]+)" />',
        response.content.decode(),
    )


def test_the_opened_page_and_the_language_come_with_the_document(client_for, built):
    todo = client_for("it").get("/tickets?view=todo", HTTP_ACCEPT_LANGUAGE="en-GB,en;q=0.9")
    # The page, what it imports (not what it loads later, nor what index.html already names), the texts.
    assert _preloaded(todo) == ["assets/locale-en-E1.js", "assets/TicketListPage-L1.js", "assets/Table-T1.js"]
    ticket = client_for("it").get("/tickets/42", HTTP_ACCEPT_LANGUAGE="zh-CN,zh;q=0.9")
    assert _preloaded(ticket) == [
        "assets/locale-zh-cn-Z1.js",
        "assets/TicketDetailPage-D1.js",
        "assets/Table-T1.js",
    ]
    assert _preloaded(client_for("it").get("/workflows/3/design")) == ["assets/locale-en-E1.js"]
    assert _preloaded(client_for("public").get("/tenants/7")) == []


def test_the_console_itself_is_named_at_once(client_for, built):
    # The entry only starts the console (src/main.tsx): its chunk and what it imports, at full priority.
    body = client_for("it").get("/workflows/3/design").content.decode()
    assert '<link rel="modulepreload" crossorigin href="/assets/start-S1.js" />' in body
    assert body.count("react-R1.js") == 0  # the fixture's index.html already names it


def test_the_page_modules_named_up_front_exist_in_the_frontend():
    from core.spa import APP_MODULE, DEFAULT_LOCALE_MODULE, LOCALE_MODULES, PAGE_MODULES

    frontend = Path(__file__).resolve().parent.parent / "frontend"
    for module in [
        APP_MODULE,
        DEFAULT_LOCALE_MODULE,
        *LOCALE_MODULES.values(),
        *(module for _pattern, module in PAGE_MODULES),
    ]:
        assert (frontend / module).is_file(), module


def test_a_broken_manifest_only_costs_the_preloads(client_for, built):
    (built / ".vite" / "manifest.json").write_text("{not json")
    response = client_for("it").get("/tickets")
    assert response.status_code == 200
    assert _preloaded(response) == []


def test_a_hostile_accept_language_only_falls_back_to_english(client_for, built):
    for header, texts in [
        ("zh" * 500_000, "en-E1"),
        (";;;,,,q=", "en-E1"),
        ("en;q=abc, zh;q=0.5", "zh-cn-Z1"),
    ]:
        response = client_for("it").get("/tickets", HTTP_ACCEPT_LANGUAGE=header)
        assert response.status_code == 200
        assert _preloaded(response)[0] == f"assets/locale-{texts}.js"  # a malformed part is skipped
    # A NUL byte in a header is refused before any view runs (the project's one rule for NUL bytes).
    assert client_for("it").get("/tickets", HTTP_ACCEPT_LANGUAGE="zh-CN\x00;q=1").status_code == 422
