"""SMTP through the outbound guard: the server's host is checked and resolved once, the connection
goes to a checked address, and TLS (SSL or STARTTLS) still verifies the configured host name.

Django's SMTP backend and smtplib do the protocol; only how the socket is opened changes, so no
second DNS lookup can swap the address (DNS rebinding). The timeout is clamped to the deployment
cap and bounds each step (connect, every reply) by one deadline for the whole session; the
worker's time limit is the hard stop behind it.
"""

from __future__ import annotations

import smtplib
import socket
import time
from collections.abc import Sequence
from typing import Any

from django.core.mail.backends.smtp import EmailBackend

from integrations.common.outbound import Address


def _remaining(deadline: float) -> float:
    left = deadline - time.monotonic()
    if left <= 0:
        raise TimeoutError("timed out")
    return left


def _pinned(base: type[smtplib.SMTP], addresses: Sequence[Address], deadline: float) -> type[smtplib.SMTP]:
    """`base` (SMTP or SMTP_SSL) that connects to `addresses` instead of looking its host up."""

    class Pinned(base):  # type: ignore[valid-type,misc]
        def _get_socket(self, host: str, port: int, timeout: float) -> socket.socket:
            sock = self._connect_pinned(port)
            if isinstance(self, smtplib.SMTP_SSL):
                # SNI and the certificate check use the configured name (self._host), not the IP.
                return self.context.wrap_socket(sock, server_hostname=self._host)
            return sock

        def _connect_pinned(self, port: int) -> socket.socket:
            error: OSError = OSError("no address to connect to")
            for address in addresses:
                try:
                    return socket.create_connection(
                        (str(address), port), _remaining(deadline), self.source_address
                    )
                except TimeoutError:
                    raise
                except OSError as exc:
                    error = exc
            raise error

        def send(self, s: Any) -> None:
            if self.sock is not None:
                self.sock.settimeout(_remaining(deadline))
            super().send(s)

        def getreply(self) -> tuple[int, bytes]:
            if self.sock is not None:
                self.sock.settimeout(_remaining(deadline))
            return super().getreply()

    return Pinned


class PinnedEmailBackend(EmailBackend):
    """Django's SMTP backend, connecting to checked addresses within one deadline."""

    def __init__(self, *, addresses: Sequence[Address], deadline: float, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._addresses = list(addresses)
        self._deadline = deadline

    @property
    def connection_class(self) -> type[smtplib.SMTP]:
        base = smtplib.SMTP_SSL if self.use_ssl else smtplib.SMTP
        return _pinned(base, self._addresses, self._deadline)
