"""Test data of the single sign-on tests: the real OpenID provider process and the browser's trip
through it."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import httpx
from django.test import Client

ROOT = Path(__file__).resolve().parents[4]
SERVER = ROOT / "tests" / "oidc_provider" / "server.py"
SECRET = "client-secret-it"
TIMEOUT = 60  # seconds: a busy machine answers slowly
CLIENTS = {
    "loonflow-it": {"secret": SECRET, "redirect_uris": ["http://it.localhost/api/v1/sso/callback"]},
    "loonflow-hr": {
        "secret": "client-secret-hr",
        "redirect_uris": ["http://hr.localhost/api/v1/sso/callback"],
    },
}
PEOPLE = {
    "alice": {"sub": "sub-alice", "email": "alice@corp.example", "email_verified": True, "name": "Alice A",
              "preferred_username": "alice", "groups": ["approvers"], "department": "Finance"},
    "carol": {"sub": "sub-carol", "email": "carol@corp.example", "email_verified": True, "name": "Carol C",
              "preferred_username": "carol", "groups": ["approvers", "it-staff", "unmapped"],
              "department": "Engineering"},
    "pat": {"sub": "sub-pat", "email": "pat@corp.example", "email_verified": True, "name": "Pat P",
            "preferred_username": "sso-e2e-pat", "groups": ["approvers"], "department": "Finance"},
    "dave": {"sub": "sub-dave", "email": "dave@corp.example", "email_verified": True, "name": "Dave D",
             "preferred_username": "dave", "groups": []},
}  # fmt: skip


@dataclass
class Provider:
    url: str

    def bend_next_token(self, **changes: Any) -> None:
        httpx.post(f"{self.url}/_test/next-token", json=changes, timeout=TIMEOUT).raise_for_status()

    def logouts(self) -> list[dict[str, str]]:
        return list(httpx.get(f"{self.url}/_test/logouts", timeout=TIMEOUT).json())


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextmanager
def provider_process(workdir: Path, clients: dict[str, Any] | None = None) -> Iterator[Provider]:
    """The test OpenID provider, started as its own process on a free loopback port."""
    port = _free_port()
    config = workdir / "provider.json"
    config.write_text(json.dumps({"clients": clients or CLIENTS, "people": PEOPLE}))
    process = subprocess.Popen(
        [sys.executable, str(SERVER), "--port", str(port), "--config", str(config)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            assert process.poll() is None, process.stderr.read().decode() if process.stderr else ""
            try:
                httpx.get(f"{url}/jwks", timeout=1).raise_for_status()
                break
            except httpx.HTTPError:
                assert time.monotonic() < deadline, "the OpenID provider did not start"
                time.sleep(0.1)
        yield Provider(url)
    finally:
        process.terminate()
        process.wait(timeout=10)


def provider_fields(provider: Provider, **overrides: Any) -> dict[str, Any]:
    fields: dict[str, Any] = {
        "key": "corp",
        "label": "Corp ID",
        "issuer": provider.url,
        "client_id": "loonflow-it",
        "client_secret": SECRET,
        "match_claim": "email",
        "create_users": True,
        "department_claim": "department",
        "department_map": {"Finance": "fin", "Engineering": "eng"},
        "role_claim": "groups",
        "role_map": {"approvers": "approver", "it-staff": "it-staff"},
    }
    return {**fields, **overrides}


def through_provider(client: Client, *, person: str, key: str = "corp", next_path: str = "/tickets") -> Any:
    """A browser's trip: start on our host, the provider signs `person` in, back to our callback.
    Returns the callback's answer (a redirect into the console, or to /login with `sso_error`)."""
    started = client.get(f"/api/v1/sso/{key}/start", {"next": next_path})
    assert started.status_code == 302, started.content
    if not started["Location"].startswith("http://127.0.0.1"):
        return started  # refused before reaching the provider
    at_provider = httpx.get(f"{started['Location']}&login_hint={person}", timeout=TIMEOUT)
    assert at_provider.status_code == 302, at_provider.text
    return follow_back(client, at_provider.headers["location"])


def follow_back(client: Client, location: str) -> Any:
    parts = urlsplit(location)
    return client.get(f"{parts.path}?{parts.query}", HTTP_HOST=parts.netloc)


def sso_error(response: Any) -> str | None:
    location = response["Location"]
    if "sso_error=" not in location:
        return None
    return location.split("sso_error=", 1)[1]
