"""Fixtures of the metrics tests."""

from __future__ import annotations

import pytest

from metrics.business import cache


@pytest.fixture(autouse=True)
def _fresh_figures():
    # The business figures are cached between scrapes; every test starts from a cold cache.
    cache.clear()
    yield
    cache.clear()
