"""The WSGI module builds the URL confs (every API router) when a worker boots, not on its first request."""

import os
import subprocess
import sys
from pathlib import Path

BACKEND = Path(__file__).resolve().parents[2]

PROBE = """
import sys
import config.wsgi
print("config.api" in sys.modules, "config.urls_public" in sys.modules)
"""


def test_importing_the_wsgi_application_loads_both_url_confs():
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "config.settings.test"}
    done = subprocess.run(
        [sys.executable, "-c", PROBE], cwd=BACKEND, env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.split() == ["True", "True"]
