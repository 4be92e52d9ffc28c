"""Fixtures of the hooks tests."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from django_tenants.utils import schema_context

from conftest import allow_private
from integrations.hooks.tests.factories import attempt, call_of, hook_workflow, submit
from integrations.webhooks.tests.factories import Receiver, serving


@pytest.fixture
def world(make_user: Any) -> Iterator[None]:
    for username in ("alice", "lead", "carol"):
        make_user("it", username)
    make_user("it", "root", admin=True)
    with schema_context("it"):
        allow_private("it", ["127.0.0.1/32"])
        yield


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    """A hook endpoint on loopback: answers 200 {} unless told otherwise (`answers`, `default`)."""
    with serving(Receiver()) as receiver:
        yield receiver


@pytest.fixture
def busy(world, receiver):
    """A ticket at a hook that answers 503 "busy" until told otherwise."""
    receiver.default = (503, b"busy")
    return submit(hook_workflow(receiver.url()))


@pytest.fixture
def waiting(world, receiver):
    """A ticket whose hook was called and waits for its callback: (ticket, call, the agree answer)."""
    ticket = submit(hook_workflow(receiver.url(), wait=True))
    call = attempt(call_of(ticket))
    answer = {"call": str(call.key), "decision": "agree", "fields": {"build": 7}, "comment": "green"}
    return ticket, call, answer
