"""Test data of the webhook tests: the people synced into `it`, the private range the receiver needs."""

from __future__ import annotations

LOOPBACK = ["127.0.0.1/32"]

DIRECTORY = {
    "departments": [{"code": "ops", "name": "Ops", "leader": "lead"}],
    "users": [
        {"username": "lead", "display_name": "Lea D.", "departments": ["ops"]},
        {"username": "alice", "display_name": "Alice", "departments": ["ops"]},
    ],
}
