"""The hand-written half of the client: credentials, request signing, idempotency and If-Match.

`LoonflowClient` builds the generated `AuthenticatedClient` (pass `client.api` to any function of
`loonflow_client.generated.api`) on an httpx transport that, for every request:

- sends `Authorization: Bearer <token>` (and `Host`, when the tenant's host is not the one in the URL);
- gives every POST an `Idempotency-Key` (unless the caller set one), kept for its retries, so a
  retried create answers the first ticket instead of filing a second;
- signs it when a signing secret is given: `X-Loonflow-Timestamp` and `X-Loonflow-Signature`, the
  hex HMAC-SHA256 of `timestamp\\nMETHOD\\npath?query\\nsha256(body)` (backend `core.secrets`);
- retries a request that failed in transit, or met 502/503/504, `retries` times (a POST only with
  its key, a PATCH never), re-signed each time (the server accepts a signature once).

The generator never writes here: `make api-schema` replaces `generated/` only.
"""

from __future__ import annotations

import hashlib
import hmac
import threading
import time
import uuid
from collections.abc import Callable
from typing import Any, TypeVar

import httpx

from .generated import AuthenticatedClient
from .generated.types import Response

T = TypeVar("T")

TIMESTAMP_HEADER = "X-Loonflow-Timestamp"
SIGNATURE_HEADER = "X-Loonflow-Signature"
IDEMPOTENCY_HEADER = "Idempotency-Key"
# The server keeps answers by Idempotency-Key for POSTs (backend `core.idempotency`); PUT and DELETE
# are idempotent by themselves, PATCH is neither, so it is never retried.
KEYED_METHOD = "POST"
RETRIABLE_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})
RETRY_STATUSES = frozenset({502, 503, 504})


def signature(secret: str, *, timestamp: str, method: str, path: str, body: bytes) -> str:
    """What the server expects in `X-Loonflow-Signature` (hex; a `v1=` prefix is accepted too)."""
    message = "\n".join([timestamp, method.upper(), path, hashlib.sha256(body).hexdigest()])
    return hmac.new(secret.encode(), message.encode(), hashlib.sha256).hexdigest()


def etag(version: int) -> str:
    """A `row_version` as the `If-Match` value the API compares (`"3"`)."""
    return f'"{version}"'


class LoonflowTransport(httpx.BaseTransport):
    """Adds the idempotency key and signature to each attempt and retries transient failures."""

    def __init__(
        self,
        inner: httpx.BaseTransport,
        *,
        signing_secret: str | None = None,
        idempotency_keys: bool = True,
        retries: int = 0,
        backoff: float = 0.5,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self._inner = inner
        self._secret = signing_secret
        self._keys = idempotency_keys
        self._retries = retries
        self._backoff = backoff
        self._clock = clock
        self._lock = threading.Lock()
        self._second = ""
        self._sent: set[str] = set()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        keyed = request.method == KEYED_METHOD
        if keyed and self._keys and IDEMPOTENCY_HEADER not in request.headers:
            request.headers[IDEMPOTENCY_HEADER] = uuid.uuid4().hex
        body = request.read()
        # A POST without a key is not retried: the server could not tell the retry from a new one.
        if request.method in RETRIABLE_METHODS or (keyed and IDEMPOTENCY_HEADER in request.headers):
            retries = self._retries
        else:
            retries = 0
        attempt = 0
        while True:
            self._sign(request, body)
            try:
                response = self._inner.handle_request(request)
            except httpx.TransportError:
                if attempt >= retries:
                    raise
            else:
                if response.status_code not in RETRY_STATUSES or attempt >= retries:
                    return response
                response.close()
            attempt += 1
            time.sleep(self._backoff * 2 ** (attempt - 1))

    def _sign(self, request: httpx.Request, body: bytes) -> None:
        if self._secret is None:
            return
        path = request.url.raw_path.decode("ascii")
        with self._lock:
            while True:
                timestamp = str(int(self._clock()))
                if timestamp != self._second:
                    self._second, self._sent = timestamp, set()
                digest = signature(
                    self._secret, timestamp=timestamp, method=request.method, path=path, body=body
                )
                # The same request again within one second would carry the same signature, which
                # the server refuses as a replay: wait for the next second instead.
                if digest not in self._sent:
                    break
                time.sleep(0.05)
            self._sent.add(digest)
        request.headers[TIMESTAMP_HEADER] = timestamp
        request.headers[SIGNATURE_HEADER] = digest

    def close(self) -> None:
        self._inner.close()


class LoonflowClient:
    """`LoonflowClient("http://127.0.0.1:8000", token, host="it.localhost")`; use `.api` with the
    generated operations, e.g. `engine_tickets_actions_create_ticket.sync_detailed(client=c.api, ...)`."""

    def __init__(
        self,
        base_url: str,
        token: str,
        *,
        host: str | None = None,
        signing_secret: str | None = None,
        acting_user: str | None = None,
        idempotency_keys: bool = True,
        retries: int = 2,
        timeout: float = 30.0,
        raise_on_unexpected_status: bool = True,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        self._base_url = base_url
        self._token = token
        self._timeout = timeout
        self._raise = raise_on_unexpected_status
        self._headers = {"Host": host} if host else {}
        if acting_user:
            self._headers["X-Acting-User"] = acting_user
        # `idempotency_keys=False` sends writes as they are and never retries them (it could do
        # one twice): for callers that measure raw requests or dedupe writes themselves.
        self.transport = LoonflowTransport(
            transport or httpx.HTTPTransport(),
            signing_secret=signing_secret,
            idempotency_keys=idempotency_keys,
            retries=retries,
        )
        self.api = self._client(self._headers)

    def _client(self, headers: dict[str, str]) -> AuthenticatedClient:
        # A new generated client per header set: its own `with_headers` also changes the headers
        # of the client it is called on once that has connected.
        return AuthenticatedClient(
            base_url=self._base_url,
            token=self._token,
            headers=headers,
            timeout=httpx.Timeout(self._timeout),
            raise_on_unexpected_status=self._raise,
            httpx_args={"transport": self.transport},
        )

    def idempotent(self, key: str) -> AuthenticatedClient:
        """A client sending this `Idempotency-Key` (to retry a write across program runs)."""
        return self._client({**self._headers, IDEMPOTENCY_HEADER: key})

    def acting_as(self, username: str) -> AuthenticatedClient:
        """A client acting for a person (`X-Acting-User`; the app needs the tenant's grant)."""
        return self._client({**self._headers, "X-Acting-User": username})

    @staticmethod
    def if_match_retry(
        write: Callable[[str], Response[T]], *, version: int, current: Callable[[], int]
    ) -> Response[T]:
        """Write with `If-Match: version`; when someone changed the object first (412), read its
        version again with `current()` and write once more. Use it only where the write still
        makes sense against the newer object (the API's 409 says when an action no longer does)."""
        response = write(etag(version))
        if response.status_code == 412:
            response = write(etag(current()))
        return response

    def close(self) -> None:
        self.api.get_httpx_client().close()

    def __enter__(self) -> LoonflowClient:
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()
