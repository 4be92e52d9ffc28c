"""tools/check_deploy.py (`make deploy-check`) passes deploy/ as it is and catches what it is for."""

from __future__ import annotations

import importlib.util
import shutil
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _load() -> ModuleType:
    spec = importlib.util.spec_from_file_location("check_deploy", ROOT / "tools" / "check_deploy.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["check_deploy"] = module
    spec.loader.exec_module(module)
    return module


check_deploy = _load()

CONSISTENCY = [
    check_deploy.check_compose_variables,
    check_deploy.check_env_names,
    check_deploy.check_dockerfile,
    check_deploy.check_kustomization,
    check_deploy.check_probes,
    check_deploy.check_single_scheduler,
    check_deploy.check_nginx_template,
]


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """A repository whose deploy/ may be broken: deploy/ copied, the rest linked."""
    shutil.copytree(ROOT / "deploy", tmp_path / "deploy")
    shutil.copy(ROOT / ".dockerignore", tmp_path / ".dockerignore")
    for name in ("backend", "frontend", "clients", "pyproject.toml"):
        (tmp_path / name).symlink_to(ROOT / name)
    return tmp_path


def problems(root: Path) -> list[str]:
    deploy = check_deploy.Deploy(root)
    return [problem for check in CONSISTENCY for problem in check(deploy)]


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text()
    assert old in text, f"{old!r} is not in {path}"
    path.write_text(text.replace(old, new, 1))


def test_the_committed_deploy_directory_is_consistent():
    assert problems(ROOT) == []


def test_a_manifest_missing_from_the_kustomization_is_reported(repo):
    edit(repo / "deploy/kubernetes/kustomization.yaml", "  - scheduler.yaml\n", "")
    assert problems(repo) == ["scheduler.yaml is not listed in kustomization.yaml"]


def test_a_compose_variable_missing_from_the_env_example_is_reported(repo):
    edit(repo / "deploy/compose.yaml", "${LOG_LEVEL:-INFO}", "${LOG_LEVEL:-INFO}${LOG_SUFFIX:-}")
    assert problems(repo) == ["compose.yaml uses ${LOG_SUFFIX}, which .env.example does not list"]


def test_a_setting_loonflow_does_not_read_is_reported(repo):
    edit(
        repo / "deploy/kubernetes/configmap.yaml",
        "  LOG_LEVEL: INFO\n",
        "  LOG_LEVEL: INFO\n  LOG_LEVL: DEBUG\n",
    )
    edit(repo / "deploy/kubernetes/secrets.env.example", "REDIS_URL=\n", "REDIS_URL=\nREDIS_URI=\n")
    assert problems(repo) == [
        "loonflow-config: LOG_LEVL is not read by Loonflow",
        "secrets.env.example: REDIS_URI is not read by Loonflow",
    ]


def test_a_second_scheduler_is_reported(repo):
    path = repo / "deploy/kubernetes/scheduler.yaml"
    edit(path, "  replicas: 1\n", "  replicas: 2\n")
    edit(path, "    type: Recreate\n", "    type: RollingUpdate\n")
    assert problems(repo) == [
        "the scheduler Deployment must have replicas: 1, not 2",
        "the scheduler Deployment must use strategy Recreate (never two at once)",
    ]


def test_a_probe_on_the_wrong_path_is_reported(repo):
    edit(repo / "deploy/kubernetes/api.yaml", "path: /readyz", "path: /healthz")
    assert problems(repo) == ["api readinessProbe must GET /readyz, not /healthz"]


def test_copying_a_missing_file_is_reported(repo):
    edit(repo / "deploy/Dockerfile", "COPY pyproject.toml ./", "COPY pyproject.toml requirements.txt ./")
    assert problems(repo) == ["COPY requirements.txt: not in the repository"]


def test_a_schema_violation_fails_the_kubernetes_check(repo):
    edit(repo / "deploy/kubernetes/api.yaml", "maxUnavailable: 1", "maxUnavailabel: 1")
    found = check_deploy.check_kubernetes_schemas(check_deploy.Deploy(repo))
    assert found
    assert all("maxUnavailabel" in line for line in found if "did not validate" in line)
