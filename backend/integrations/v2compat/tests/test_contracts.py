"""Contract tests: every recorded 2.x request/answer pair in contracts/*.json, replayed against tenant
`it` with the vpn sample (see contract_runner for the format and factories for the sample)."""

from __future__ import annotations

import itertools
import json
import time
from pathlib import Path
from typing import Any

import pytest
from django_tenants.utils import schema_context

from engine.tickets.documents import published_version
from integrations.v2compat.selectors import workflow_ids
from integrations.v2compat.tests.contract_runner import run_contract

CONTRACTS = sorted((Path(__file__).parent / "contracts").glob("*.json"))


def _known(workflow: Any) -> dict[str, Any]:
    with schema_context("it"):
        published = published_version(workflow)
        assert published is not None
        ids = workflow_ids(workflow, published[1])
    return {
        "wf": ids.workflow,
        **{f"s_{key}": number for key, number in ids.states.items()},
        **{f"t_{key}": number for key, number in ids.transitions.items()},
    }


@pytest.mark.parametrize("path", CONTRACTS, ids=[path.stem for path in CONTRACTS])
def test_contract(path: Path, vpn: Any, client_for: Any) -> None:
    contract = json.loads(path.read_text())
    clock = itertools.count(int(time.time()) - 100)
    run_contract(contract, client_for("it"), _known(vpn), clock)


def test_every_contract_names_its_source() -> None:
    assert CONTRACTS
    for path in CONTRACTS:
        contract = json.loads(path.read_text())
        assert all(contract.get(key) for key in ("name", "source", "steps")), path.name
