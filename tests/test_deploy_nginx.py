"""deploy/nginx's configuration in a real nginx, in front of a real Django server.

The template is rendered the way the official nginx image does it (envsubst of the variables it
names), included in a minimal nginx.conf of our own, and pointed at a threaded WSGI server running
this test database (the `it` and `hr` tenants). The console build is a small fake in a temporary
directory. nginx comes from `tools/ensure_servers.sh` (`make pytest` runs it); NGINX_PATH names another.

No `django_db` mark: the server thread has its own connection and only sees committed rows, and this
module writes none. (pytest-django's `live_server` would flush the database after each test.)
"""

from __future__ import annotations

import gzip
import http.client
import json
import os
import re
import shutil
import socket
import subprocess
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from django.contrib.staticfiles.handlers import StaticFilesHandler
from django.test import override_settings
from django.test.testcases import LiveServerThread

from conftest import free_port

ROOT = Path(__file__).resolve().parent.parent
TEMPLATE = ROOT / "deploy" / "nginx" / "loonflow.conf.template"
# What the `web` stage of deploy/Dockerfile lets the official image substitute.
TEMPLATE_VARIABLES = {
    "NGINX_LISTEN",
    "PUBLIC_DOMAIN",
    "API_UPSTREAM",
    "MCP_UPSTREAM",
    "NGINX_RESOLVER",
    "SPA_ROOT",
}

ASSET = "/assets/app-abcdefgh.js"
ASSET_BODY = b"console.log('loonflow');\n" * 400
INDEX = (
    '<!doctype html><html><head><meta name="loonflow-console" content="tenant" />'
    f'<script type="module" src="{ASSET}"></script></head><body><div id="root"></div></body></html>'
)


def nginx_binary() -> str | None:
    path = os.environ.get("NGINX_PATH") or shutil.which("nginx") or "/usr/sbin/nginx"
    return path if os.access(path, os.X_OK) else None


def render(template: str, values: dict[str, str]) -> str:
    """envsubst limited to the given names (`$NAME` and `${NAME}`), as the official image runs it."""
    used = set(re.findall(r"\$\{([A-Za-z_][A-Za-z0-9_]*)\}", template))
    assert used <= set(values), f"the template uses variables no one sets: {sorted(used - set(values))}"
    names = "|".join(sorted(values, key=len, reverse=True))
    return re.sub(
        rf"\$(?:\{{({names})\}}|({names})(?![A-Za-z0-9_]))",
        lambda match: values[match.group(1) or match.group(2)],
        template,
    )


@dataclass
class Reply:
    status: int
    headers: http.client.HTTPMessage
    body: bytes

    def json(self) -> Any:
        return json.loads(self.body)

    @property
    def from_django(self) -> bool:
        # Django's RequestIdMiddleware stamps every answer; nginx adds nothing of the kind.
        return "X-Request-ID" in self.headers


@dataclass
class Front:
    port: int
    conf: Path
    nginx: str

    def request(
        self,
        path: str,
        host: str = "it.localhost",
        *,
        method: str = "GET",
        body: bytes | None = None,
        headers: dict[str, str] | None = None,
        https: bool = True,
    ) -> Reply:
        """One request through nginx, as the outer TLS proxy would pass it (X-Forwarded-Proto)."""
        sent = {"Host": f"{host}:{self.port}", **(headers or {})}
        if https:
            sent.setdefault("X-Forwarded-Proto", "https")
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=10)
        try:
            conn.request(method, path, body=body, headers=sent)
            response = conn.getresponse()
            return Reply(response.status, response.headers, response.read())
        finally:
            conn.close()


def _wait_for_port(port: int, process: subprocess.Popen[bytes], log: Path) -> None:
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(f"nginx exited with {process.returncode}:\n{log.read_text()}")
        with socket.socket() as sock:
            if sock.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.05)
    pytest.fail(f"nginx did not listen on {port}:\n{log.read_text()}")


@pytest.fixture(scope="module")
def spa_dist(tmp_path_factory: pytest.TempPathFactory) -> Path:
    dist = tmp_path_factory.mktemp("dist")
    (dist / "assets").mkdir()
    (dist / "index.html").write_text(INDEX)
    (dist / ASSET.lstrip("/")).write_bytes(ASSET_BODY)
    (dist / f"{ASSET.lstrip('/')}.gz").write_bytes(gzip.compress(ASSET_BODY))
    (dist / "favicon.svg").write_text('<svg xmlns="http://www.w3.org/2000/svg"/>')
    return dist


@pytest.fixture(scope="module")
def django_server(django_db_setup: None, django_db_blocker: Any, spa_dist: Path) -> Iterator[int]:
    """The API on a threaded WSGI server, with production's proxy settings (X-Forwarded-Proto
    trusted, plain http redirected to https)."""
    overrides = override_settings(
        SPA_DIST=spa_dist,
        SECURE_PROXY_SSL_HEADER=("HTTP_X_FORWARDED_PROTO", "https"),
        SECURE_SSL_REDIRECT=True,
        SECURE_REDIRECT_EXEMPT=[r"^healthz$", r"^readyz$"],
        # LiveServerThread serves MEDIA_URL from disk itself; Loonflow has none (attachments are
        # served by the API after a permission check), so give its handler a path nothing uses.
        MEDIA_URL="/__live_server_media__/",
    )
    with django_db_blocker.unblock(), overrides:
        # The server builds its middleware in its own thread, inside these settings.
        server = LiveServerThread("127.0.0.1", StaticFilesHandler)
        server.daemon = True
        server.start()
        server.is_ready.wait()
        if server.error:
            raise server.error
        try:
            yield server.port
        finally:
            server.terminate()


@pytest.fixture(scope="module")
def mcp_stand_in() -> Iterator[int]:
    """Stands in for the MCP server (python -m agent_tools): answers what reached it, as JSON."""

    class Echo(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            seen = {
                "path": self.path,
                "host": self.headers.get("Host"),
                "proto": self.headers.get("X-Forwarded-Proto"),
                "body": self.rfile.read(length).decode(),
            }
            data = json.dumps(seen).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, *_args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Echo)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server.server_address[1]
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="module")
def front(
    tmp_path_factory: pytest.TempPathFactory, django_server: int, mcp_stand_in: int, spa_dist: Path
) -> Iterator[Front]:
    nginx = nginx_binary()
    if nginx is None:
        pytest.skip("nginx is not installed (tools/ensure_servers.sh, run by `make pytest`, installs it)")
    prefix = tmp_path_factory.mktemp("nginx")
    port = free_port()
    server_block = render(
        TEMPLATE.read_text(),
        {
            "NGINX_LISTEN": f"127.0.0.1:{port}",
            "PUBLIC_DOMAIN": "localhost",
            "API_UPSTREAM": f"127.0.0.1:{django_server}",
            "MCP_UPSTREAM": f"127.0.0.1:{mcp_stand_in}",
            "NGINX_RESOLVER": "127.0.0.1",
            "SPA_ROOT": str(spa_dist),
        },
    )
    (prefix / "loonflow.conf").write_text(server_block)
    mime = Path("/etc/nginx/mime.types")
    types = f"include {mime};" if mime.is_file() else "types { text/html html; application/javascript js; }"
    # As root, workers would switch to `nobody`, who cannot read pytest's temporary directories.
    user = "user root;" if os.geteuid() == 0 else ""
    conf = prefix / "nginx.conf"
    conf.write_text(
        f"""
{user}
worker_processes 1;
pid {prefix}/nginx.pid;
error_log stderr warn;
events {{ worker_connections 64; }}
http {{
    {types}
    default_type application/octet-stream;
    access_log off;
    client_body_temp_path {prefix}/client_body;
    proxy_temp_path {prefix}/proxy;
    fastcgi_temp_path {prefix}/fastcgi;
    uwsgi_temp_path {prefix}/uwsgi;
    scgi_temp_path {prefix}/scgi;
    include {prefix}/loonflow.conf;
}}
"""
    )
    base = [nginx, "-p", str(prefix), "-c", str(conf)]
    checked = subprocess.run([*base, "-t"], capture_output=True, text=True, timeout=30)
    assert checked.returncode == 0, checked.stderr
    log = prefix / "nginx.log"
    with log.open("wb") as sink:
        process = subprocess.Popen([*base, "-g", "daemon off;"], stdout=sink, stderr=subprocess.STDOUT)
    try:
        _wait_for_port(port, process, log)
        yield Front(port=port, conf=conf, nginx=nginx)
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def test_the_configuration_passes_nginx_t(front):
    checked = subprocess.run(
        [front.nginx, "-t", "-p", str(front.conf.parent), "-c", str(front.conf)],
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert checked.returncode == 0, checked.stderr
    assert "syntax is ok" in checked.stderr


def test_template_uses_only_the_variables_the_web_image_sets():
    dockerfile = (ROOT / "deploy" / "Dockerfile").read_text()
    web_stage = dockerfile.split("AS web", 1)[1].split("\nFROM ", 1)[0]
    for name in TEMPLATE_VARIABLES:
        assert f"{name}=" in web_stage, f"the web stage sets no default for {name}"
        assert name in web_stage.split("NGINX_ENVSUBST_FILTER=", 1)[1].split("\n", 1)[0]
    used = set(re.findall(r"\$\{([A-Za-z_][A-Za-z0-9_]*)\}", TEMPLATE.read_text()))
    assert used == TEMPLATE_VARIABLES


@pytest.mark.parametrize("path", ["/", "/tickets/42", "/workflows/3/design?tab=fields"])
def test_tenant_hosts_get_the_tenant_console_from_django(front, path):
    reply = front.request(path, "it.localhost")
    assert reply.status == 200
    assert reply.from_django
    assert b'content="tenant"' in reply.body
    assert reply.headers["Cache-Control"] == "no-cache"
    assert "frame-ancestors 'none'" in reply.headers["Content-Security-Policy"]
    assert reply.headers["Content-Type"].startswith("text/html")
    assert "nginx/" not in reply.headers.get("Server", "")


def test_the_public_host_gets_the_platform_console(front):
    reply = front.request("/tenants", "localhost")
    assert reply.status == 200
    assert b'content="platform"' in reply.body


def test_api_calls_reach_the_tenant_of_the_host(front):
    tenant = front.request("/api/v1/me", "hr.localhost")
    assert tenant.status == 401
    assert tenant.json()["error"]["code"] == "not_authenticated"
    # The platform API lives on the public host only, the tenant API on tenant hosts only.
    assert front.request("/api/v1/platform/auth/csrf", "localhost").status == 200
    assert front.request("/api/v1/platform/auth/csrf", "it.localhost").status == 404
    public = front.request("/api/v1/me", "localhost")
    assert public.status == 404
    assert public.json()["error"]["code"] == "not_found"


def test_an_unknown_tenant_host_gets_djangos_json_404(front):
    reply = front.request("/api/v1/me", "nobody.localhost")
    assert reply.status == 404
    error = reply.json()["error"]
    assert error["code"] == "unknown_host"
    assert "'nobody.localhost'" in error["message"]


def test_probes_answer_on_any_host_over_plain_http(front):
    assert front.request("/healthz", "10.1.2.3", https=False).json() == {"status": "ok"}
    ready = front.request("/readyz", "10.1.2.3", https=False)
    assert ready.status == 200
    assert ready.json()["checks"]["database"]["ok"] is True


def test_forwarded_proto_reaches_django(front):
    # Without the outer proxy's header nginx passes its own scheme (http): Django redirects to https,
    # keeping host and port. With `X-Forwarded-Proto: https` the same request is served.
    plain = front.request("/tickets?view=todo", "it.localhost", https=False)
    assert plain.status == 301
    assert plain.headers["Location"] == f"https://it.localhost:{front.port}/tickets?view=todo"
    assert front.request("/tickets?view=todo", "it.localhost").status == 200


def test_request_ids_are_passed_on_or_made(front):
    assert (
        front.request("/api/v1/me", headers={"X-Request-ID": "edge-42"}).headers["X-Request-ID"] == "edge-42"
    )
    made = front.request("/api/v1/me").headers["X-Request-ID"]
    assert re.fullmatch(r"[0-9a-f]{32}", made)


def test_hashed_assets_come_from_disk_precompressed_and_immutable(front):
    zipped = front.request(ASSET, headers={"Accept-Encoding": "gzip"})
    assert zipped.status == 200
    assert not zipped.from_django
    assert zipped.headers["Content-Encoding"] == "gzip"
    assert gzip.decompress(zipped.body) == ASSET_BODY
    assert zipped.headers["Cache-Control"] == "public, max-age=31536000, immutable"
    assert "Accept-Encoding" in zipped.headers["Vary"]
    assert "javascript" in zipped.headers["Content-Type"]
    plain = front.request(ASSET, "hr.localhost")
    assert plain.status == 200
    assert "Content-Encoding" not in plain.headers
    assert plain.body == ASSET_BODY


def test_a_missing_asset_is_a_404_not_the_console(front):
    reply = front.request("/assets/gone-12345678.js")
    assert reply.status == 404
    assert not reply.from_django
    assert b"loonflow-console" not in reply.body
    assert "immutable" not in reply.headers.get("Cache-Control", "")


def test_root_files_of_the_build_come_from_disk(front):
    reply = front.request("/favicon.svg")
    assert reply.status == 200
    assert not reply.from_django
    assert reply.headers["Cache-Control"] == "public, max-age=3600"
    # Not in the build: the API answers (a JSON 404 from Django here).
    other = front.request("/robots.txt")
    assert other.from_django


def test_metrics_are_not_published_through_nginx(front):
    reply = front.request("/metrics", "it.localhost", headers={"Authorization": "Bearer anything"})
    assert reply.status == 404
    assert not reply.from_django
    assert reply.json()["error"]["code"] == "not_found"


def test_uploads_over_the_limit_are_refused_by_nginx(front):
    # nginx answers from the Content-Length alone; the 25 MB body need not be sent.
    conn = http.client.HTTPConnection("127.0.0.1", front.port, timeout=10)
    try:
        conn.putrequest("POST", "/api/v1/attachments", skip_host=True)
        conn.putheader("Host", f"it.localhost:{front.port}")
        conn.putheader("X-Forwarded-Proto", "https")
        conn.putheader("Content-Type", "multipart/form-data; boundary=x")
        conn.putheader("Content-Length", str(25 * 1024 * 1024))
        conn.endheaders()
        response = conn.getresponse()
        body = response.read()
    finally:
        conn.close()
    assert response.status == 413
    assert "X-Request-ID" not in response.headers
    assert json.loads(body)["error"]["code"] == "payload_too_large"


def test_uploads_under_the_limit_reach_django(front):
    boundary = "loonflowboundary"
    payload = b"x" * (2 * 1024 * 1024)
    body = (
        (
            f'--{boundary}\r\nContent-Disposition: form-data; name="file"; filename="a.bin"\r\n'
            "Content-Type: application/octet-stream\r\n\r\n"
        ).encode()
        + payload
        + f"\r\n--{boundary}--\r\n".encode()
    )
    reply = front.request(
        "/api/v1/attachments",
        method="POST",
        body=body,
        headers={"Content-Type": f"multipart/form-data; boundary={boundary}"},
    )
    assert reply.from_django
    assert reply.status in {401, 403}  # nobody is logged in: the API, not nginx, refuses it


def test_the_agent_tools_are_reached_at_mcp_on_the_tenants_host(front):
    """`https://<tenant host>/mcp` goes to the MCP server with the Host the client used (the server
    takes the tenant from it) and the outer proxy's scheme; other paths stay the API's."""
    reply = front.request("/mcp", "it.localhost", method="POST", body=b'{"jsonrpc": "2.0"}')
    assert reply.status == 200
    seen = reply.json()
    assert seen == {
        "path": "/mcp",
        "host": f"it.localhost:{front.port}",
        "proto": "https",
        "body": '{"jsonrpc": "2.0"}',
    }
    assert front.request("/mcp/other", "it.localhost").from_django
