"""A small but real OpenID provider for the single sign-on tests, run as its own process (dev only).

    python tests/oidc_provider/server.py --port 8765 --config provider.json

The config names the clients ({"client_id": {"secret": ..., "redirect_uris": [...]}}) and the people
({"alice": {"sub": ..., "email": ..., "groups": [...]}}). It serves discovery, a JWKS with an RS256
key generated at start, authorize (the person is chosen with `login_hint`, or on a tiny form), a
token endpoint that checks the client, the redirect URI and PKCE (S256), userinfo and end_session.

Tests bend the next ID token through POST /_test/next-token (JSON: "nonce", "aud", "iss",
"exp_offset", "iat_offset", "alg_none", "kid") to see the relying party refuse it, and read the
logouts it saw at GET /_test/logouts.
"""

from __future__ import annotations

import argparse
import base64
import json
import secrets
import time
from html import escape
from typing import Any
from urllib.parse import urlencode

from authlib.oauth2.rfc7636 import create_s256_code_challenge
from flask import Flask, jsonify, redirect, request
from joserfc import jwt
from joserfc.jwk import RSAKey

CODE_SECONDS = 60


def create_app(issuer: str, config: dict[str, Any]) -> Flask:
    app = Flask(__name__)
    key = RSAKey.generate_key(2048, parameters={"kid": secrets.token_hex(4), "use": "sig", "alg": "RS256"})
    clients: dict[str, dict[str, Any]] = config["clients"]
    people: dict[str, dict[str, Any]] = config["people"]
    codes: dict[str, dict[str, Any]] = {}
    tokens: dict[str, str] = {}  # access token → person
    bend: dict[str, Any] = {}
    logouts: list[dict[str, str]] = []

    def fail(status: int, error: str) -> Any:
        return jsonify({"error": error}), status

    @app.get("/.well-known/openid-configuration")
    def discovery() -> Any:
        return jsonify(
            {
                "issuer": issuer,
                "authorization_endpoint": f"{issuer}/authorize",
                "token_endpoint": f"{issuer}/token",
                "userinfo_endpoint": f"{issuer}/userinfo",
                "jwks_uri": f"{issuer}/jwks",
                "end_session_endpoint": f"{issuer}/end_session",
                "response_types_supported": ["code"],
                "subject_types_supported": ["public"],
                "id_token_signing_alg_values_supported": ["RS256"],
                "code_challenge_methods_supported": ["S256"],
                "token_endpoint_auth_methods_supported": ["client_secret_basic", "client_secret_post"],
            }
        )

    @app.get("/jwks")
    def jwks() -> Any:
        return jsonify({"keys": [key.as_dict(private=False)]})

    @app.get("/authorize")
    def authorize() -> Any:
        args = request.args
        client = clients.get(args.get("client_id", ""))
        if client is None or args.get("redirect_uri") not in client["redirect_uris"]:
            return fail(400, "invalid_client")  # never redirect to an unregistered URI
        back = args["redirect_uri"]
        if "login_hint" not in args:
            return chooser(args)  # a browser with nobody named: the tiny sign-in form
        person = people.get(args.get("login_hint", ""))
        if args.get("response_type") != "code" or "openid" not in args.get("scope", "").split():
            return redirect(
                f"{back}?{urlencode({'error': 'invalid_request', 'state': args.get('state', '')})}"
            )
        if person is None:
            return redirect(f"{back}?{urlencode({'error': 'access_denied', 'state': args.get('state', '')})}")
        if args.get("code_challenge_method") != "S256" or not args.get("code_challenge"):
            return redirect(
                f"{back}?{urlencode({'error': 'invalid_request', 'state': args.get('state', '')})}"
            )
        code = secrets.token_urlsafe(24)
        codes[code] = {
            "client_id": args["client_id"],
            "redirect_uri": back,
            "challenge": args["code_challenge"],
            "nonce": args.get("nonce"),
            "person": args["login_hint"],
            "expires": time.time() + CODE_SECONDS,
        }
        return redirect(f"{back}?{urlencode({'code': code, 'state': args.get('state', '')})}")

    def chooser(args: Any) -> str:
        kept = "".join(
            f'<input type="hidden" name="{escape(name)}" value="{escape(value)}">'
            for name, value in args.items()
        )
        buttons = "".join(
            f'<button name="login_hint" value="{escape(name)}">Sign in as {escape(name)}</button>'
            for name in people
        )
        return f'<!doctype html><title>Test provider</title><form action="/authorize">{kept}{buttons}</form>'

    def client_of() -> str | None:
        auth = request.headers.get("Authorization", "")
        if auth.startswith("Basic "):
            client_id, _, secret = base64.b64decode(auth[6:]).decode().partition(":")
        else:
            client_id, secret = request.form.get("client_id", ""), request.form.get("client_secret", "")
        client = clients.get(client_id)
        return client_id if client is not None and secrets.compare_digest(client["secret"], secret) else None

    @app.post("/token")
    def token() -> Any:
        client_id = client_of()
        if client_id is None:
            return fail(401, "invalid_client")
        grant = codes.pop(request.form.get("code", ""), None)  # a code is good once
        if (
            request.form.get("grant_type") != "authorization_code"
            or grant is None
            or grant["expires"] < time.time()
            or grant["client_id"] != client_id
            or grant["redirect_uri"] != request.form.get("redirect_uri")
        ):
            return fail(400, "invalid_grant")
        verifier = request.form.get("code_verifier", "")
        if not verifier or create_s256_code_challenge(verifier) != grant["challenge"]:
            return fail(400, "invalid_grant")  # PKCE
        claims = {k: v for k, v in people[grant["person"]].items()}
        now = int(time.time())
        payload = {
            **claims,
            "iss": bend.get("iss", issuer),
            "aud": bend.get("aud", client_id),
            "iat": now + int(bend.get("iat_offset", 0)),
            "exp": now + 300 + int(bend.get("exp_offset", 0)),
            "nonce": bend.get("nonce", grant["nonce"]),
        }
        header = {"alg": "RS256", "kid": bend.get("kid", key.kid)}
        if bend.get("alg_none"):
            raw = [
                base64.urlsafe_b64encode(json.dumps(p).encode()).rstrip(b"=").decode()
                for p in ({"alg": "none"}, payload)
            ]
            id_token = ".".join(raw) + "."
        else:
            id_token = jwt.encode(header, payload, key)
        bend.clear()
        access = secrets.token_urlsafe(24)
        tokens[access] = grant["person"]
        return jsonify(
            {"access_token": access, "token_type": "Bearer", "expires_in": 300, "id_token": id_token}
        )

    @app.get("/userinfo")
    def userinfo() -> Any:
        person = tokens.get(request.headers.get("Authorization", "").removeprefix("Bearer "))
        return jsonify(people[person]) if person else fail(401, "invalid_token")

    @app.get("/end_session")
    def end_session() -> Any:
        logouts.append(
            {
                "id_token_hint": request.args.get("id_token_hint", ""),
                "post_logout_redirect_uri": request.args.get("post_logout_redirect_uri", ""),
            }
        )
        target = request.args.get("post_logout_redirect_uri")
        return redirect(target) if target else ("Signed out", 200)

    @app.post("/_test/next-token")
    def next_token() -> Any:
        bend.clear()
        bend.update(request.get_json(force=True))
        return jsonify(bend)

    @app.get("/_test/logouts")
    def seen_logouts() -> Any:
        return jsonify(logouts)

    return app


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--config", required=True)
    options = parser.parse_args()
    with open(options.config) as file:
        config = json.load(file)
    issuer = config.get("issuer") or f"http://127.0.0.1:{options.port}"
    create_app(issuer, config).run(host="127.0.0.1", port=options.port, threaded=True)


if __name__ == "__main__":
    main()
