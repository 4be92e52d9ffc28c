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
