"""Validate deploy/ offline: `make deploy-check` (part of `make test`).

    python tools/check_deploy.py [--root DIR]

Schemas: the compose file against the Compose spec (check-jsonschema's bundled copy), every
Kubernetes manifest against Kubernetes' own schemas in strict mode (kubernetes-validate, bundled
versions), both from the dev dependencies in .venv. Then what no schema knows: the variables compose
and the manifests set are ones Loonflow reads, .env.example covers every variable compose uses, the
Dockerfile copies files that exist, kustomization.yaml lists every manifest, probes and the single
scheduler are as designed, the nginx template uses only what its image sets. With `docker compose` or
`kubectl` on the PATH, their own renderings are checked too (optional; neither is needed).

Prints one line per check and exits 1 if any failed.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

try:  # libyaml's parser when PyYAML has it (several times faster)
    from yaml import CSafeLoader as SafeLoader
except ImportError:  # pragma: no cover
    from yaml import SafeLoader  # type: ignore[assignment]

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
# The oldest Kubernetes the manifests are meant for, and the newest kubernetes-validate bundles.
KUBERNETES_VERSIONS = ("1.30.0", "1.37.0")
# Read by Django, gunicorn or prometheus_client rather than by Loonflow's own code.
ALLOWED_ENV = {"DJANGO_SETTINGS_MODULE", "PROMETHEUS_MULTIPROC_DIR"}
ENV_READ = re.compile(
    r"""(?:env_(?:str|int|bool|list)\(|os\.environ\.get\(|os\.getenv\(|os\.environ\[)\s*["']([A-Z][A-Z0-9_]*)["']"""
)
COMPOSE_VARIABLE = re.compile(r"(?<!\$)\$(?:\{([A-Za-z_][A-Za-z0-9_]*)[^}]*\}|([A-Za-z_][A-Za-z0-9_]*))")
ASSIGNMENT = re.compile(r"^\s*#?\s*([A-Z][A-Z0-9_]*)=", re.MULTILINE)
# Dummy values for compose's required variables when `docker compose config` renders the file.
COMPOSE_DUMMIES = {
    "SECRET_KEY": "x" * 50,
    "SECRETS_ENCRYPTION_KEY": "y" * 40,
    "POSTGRES_PASSWORD": "check",
    "PUBLIC_DOMAIN": "localhost",
}


class Skipped(Exception):
    """The check needs a tool that is not installed; that is not a failure."""


@dataclass
class Deploy:
    root: Path
    _cache: dict[str, Any] = field(default_factory=dict)

    @property
    def dir(self) -> Path:
        return self.root / "deploy"

    @property
    def kube_dir(self) -> Path:
        return self.dir / "kubernetes"

    @property
    def compose_file(self) -> Path:
        return self.dir / "compose.yaml"

    def compose(self) -> dict[str, Any]:
        if "compose" not in self._cache:
            self._cache["compose"] = yaml.load(self.compose_file.read_text(), Loader=SafeLoader) or {}
        return self._cache["compose"]

    def manifest_files(self) -> list[Path]:
        return sorted(
            path
            for path in self.kube_dir.iterdir()
            if path.suffix in {".yaml", ".yml"} and path.name != "kustomization.yaml"
        )

    def documents(self) -> list[tuple[Path, dict[str, Any]]]:
        if "documents" not in self._cache:
            self._cache["documents"] = [
                (path, document)
                for path in self.manifest_files()
                for document in yaml.load_all(path.read_text(), Loader=SafeLoader)
                if document
            ]
        return self._cache["documents"]

    def kind(self, kind: str, component: str | None = None) -> list[dict[str, Any]]:
        found = []
        for _, document in self.documents():
            labels = document.get("metadata", {}).get("labels", {})
            if document.get("kind") == kind and (
                component is None or labels.get("app.kubernetes.io/component") == component
            ):
                found.append(document)
        return found

    def app_services(self) -> dict[str, dict[str, Any]]:
        """Compose services that run the Loonflow image (the `x-app` anchor's)."""
        image = (self.compose().get("x-app") or {}).get("image")
        services = self.compose().get("services") or {}
        return {name: spec for name, spec in services.items() if image and spec.get("image") == image}


def _run(args: list[str], **kwargs: Any) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, capture_output=True, text=True, timeout=120, check=False, **kwargs)


def _tool(name: str) -> str:
    path = BIN / name
    if path.exists():
        return str(path)
    found = shutil.which(name)
    if not found:
        raise Skipped(f"{name} is not installed (make install)")
    return found


def _output_problems(result: subprocess.CompletedProcess[str]) -> list[str]:
    if result.returncode == 0:
        return []
    lines = [line for line in (result.stdout + result.stderr).splitlines() if line.strip()]
    return lines or [f"exited with {result.returncode}"]


def settings_env_names(root: Path) -> set[str]:
    """Every variable the backend reads: settings, the gunicorn config, and the few modules that read
    the environment themselves (tests and migrations aside)."""
    names: set[str] = set()
    for path in (root / "backend").rglob("*.py"):
        parts = path.relative_to(root / "backend").parts
        if "tests" in parts or "migrations" in parts or path.name in {"conftest.py", "test.py"}:
            continue
        names.update(ENV_READ.findall(path.read_text()))
    return names | ALLOWED_ENV


def env_file_names(path: Path) -> set[str]:
    """Names assigned in an env file, commented-out optional ones included (`# NAME=...`)."""
    return set(ASSIGNMENT.findall(path.read_text())) if path.exists() else set()


def dockerfile_instructions(path: Path) -> list[tuple[str, str]]:
    """(instruction, arguments) pairs, continuation lines joined and comments dropped."""
    joined: list[str] = []
    pending = ""
    for raw in path.read_text().splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.endswith("\\"):
            pending += line[:-1] + " "
            continue
        joined.append(pending + line)
        pending = ""
    if pending:
        joined.append(pending)
    pairs = []
    for line in joined:
        instruction, _, arguments = line.partition(" ")
        pairs.append((instruction.upper(), arguments.strip()))
    return pairs


# ---- checks ---------------------------------------------------------------------------------------


def check_compose_schema(deploy: Deploy) -> list[str]:
    tool = _tool("check-jsonschema")
    return _output_problems(_run([tool, "--builtin-schema", "vendor.compose-spec", str(deploy.compose_file)]))


def check_kubernetes_schemas(deploy: Deploy) -> list[str]:
    tool = _tool("kubernetes-validate")
    files = [str(path) for path in deploy.manifest_files()]
    if not files:
        return ["no manifests in deploy/kubernetes"]
    problems: list[str] = []
    for version in KUBERNETES_VERSIONS:
        result = _run([tool, "--strict", "--quiet", "-k", version, *files])
        problems += [f"[{version}] {line}" for line in _output_problems(result)]
    return problems


def check_compose_variables(deploy: Deploy) -> list[str]:
    example = deploy.dir / ".env.example"
    if not example.exists():
        return ["deploy/.env.example is missing"]
    listed = env_file_names(example)
    used = {a or b for a, b in COMPOSE_VARIABLE.findall(deploy.compose_file.read_text())}
    problems = [
        f"compose.yaml uses ${{{name}}}, which .env.example does not list" for name in sorted(used - listed)
    ]
    # The other way round: everything .env.example offers goes somewhere.
    known = used | settings_env_names(deploy.root)
    problems += [
        f".env.example lists {name}, which neither compose.yaml nor Loonflow reads"
        for name in sorted(listed - known)
    ]
    return problems


def check_env_names(deploy: Deploy) -> list[str]:
    known = settings_env_names(deploy.root)
    problems = []
    services = deploy.app_services()
    if not services:
        problems.append("compose.yaml: no service runs the x-app image")
    for name, spec in services.items():
        environment = spec.get("environment") or {}
        keys = (
            environment if isinstance(environment, dict) else [item.split("=", 1)[0] for item in environment]
        )
        problems += [
            f"compose.yaml: {name} sets {key}, which Loonflow never reads" for key in keys if key not in known
        ]
    for config_map in deploy.kind("ConfigMap"):
        for key in config_map.get("data") or {}:
            if key not in known:
                problems.append(f"{config_map['metadata']['name']}: {key} is not read by Loonflow")
    secrets = deploy.kube_dir / "secrets.env.example"
    if not secrets.exists():
        problems.append("deploy/kubernetes/secrets.env.example is missing")
    problems += [
        f"secrets.env.example: {key} is not read by Loonflow"
        for key in sorted(env_file_names(secrets))
        if key not in known
    ]
    return problems


def check_dockerfile(deploy: Deploy) -> list[str]:
    dockerfile = deploy.dir / "Dockerfile"
    if not dockerfile.exists():
        return ["deploy/Dockerfile is missing"]
    ignore = deploy.root / ".dockerignore"
    ignored = [
        line.strip().rstrip("/")
        for line in (ignore.read_text().splitlines() if ignore.exists() else [])
        if line.strip() and not line.startswith("#")
    ]
    problems = []
    stages: set[str] = set()
    for instruction, arguments in dockerfile_instructions(dockerfile):
        if instruction == "FROM" and " AS " in arguments.upper():
            stages.add(arguments.split()[-1].lower())
        if instruction not in {"COPY", "ADD"}:
            continue
        words = arguments.split()
        flags = [word for word in words if word.startswith("--")]
        paths = [word for word in words if not word.startswith("--")]
        source_stage = next((flag.split("=", 1)[1] for flag in flags if flag.startswith("--from=")), None)
        if source_stage is not None:
            if source_stage.lower() not in stages:
                problems.append(f"COPY --from={source_stage}: no earlier stage has that name")
            continue
        for source in paths[:-1]:
            relative = source.rstrip("/")
            if not (deploy.root / relative).exists():
                problems.append(f"COPY {source}: not in the repository")
            for pattern in ignored:
                if relative == pattern or relative.startswith(pattern + "/"):
                    problems.append(
                        f"COPY {source}: excluded from the build context by .dockerignore ({pattern})"
                    )
    return problems


def check_kustomization(deploy: Deploy) -> list[str]:
    path = deploy.kube_dir / "kustomization.yaml"
    if not path.exists():
        return ["deploy/kubernetes/kustomization.yaml is missing"]
    kustomization = yaml.safe_load(path.read_text()) or {}
    listed = set(kustomization.get("resources") or [])
    present = {file.name for file in deploy.manifest_files()}
    problems = [f"{name} is not listed in kustomization.yaml" for name in sorted(present - listed)]
    problems += [
        f"kustomization.yaml lists {name}, which does not exist" for name in sorted(listed - present)
    ]
    image_names = {entry.get("name") for entry in kustomization.get("images") or []}
    if not image_names:
        problems.append("kustomization.yaml has no images: entry to set the image tag")
    for manifest, document in deploy.documents():
        spec = document.get("spec", {})
        pod = (
            spec.get("template", {}).get("spec", {}) if document.get("kind") in {"Deployment", "Job"} else {}
        )
        for container in pod.get("containers", []) + pod.get("initContainers", []):
            if container.get("image") not in image_names:
                name, image = container.get("name"), container.get("image")
                problems.append(
                    f"{manifest.name}: container {name} uses image {image!r}, "
                    "which kustomization.yaml's images: does not set"
                )
    return problems


def _probe_path(container: dict[str, Any], probe: str) -> str | None:
    return (container.get(probe) or {}).get("httpGet", {}).get("path")


def check_probes(deploy: Deploy) -> list[str]:
    problems = []
    deployments = deploy.kind("Deployment", "api")
    if len(deployments) != 1:
        return [f"expected one Deployment with component api, found {len(deployments)}"]
    for container in deployments[0]["spec"]["template"]["spec"]["containers"]:
        expected = {"livenessProbe": "/healthz", "readinessProbe": "/readyz", "startupProbe": "/healthz"}
        for probe, path in expected.items():
            if _probe_path(container, probe) != path:
                problems.append(f"api {probe} must GET {path}, not {_probe_path(container, probe)}")
    api = (deploy.compose().get("services") or {}).get("api") or {}
    test = (api.get("healthcheck") or {}).get("test") or []
    if "/readyz" not in " ".join(test if isinstance(test, list) else [test]):
        problems.append("compose.yaml: the api healthcheck must ask /readyz")
    return problems


def check_single_scheduler(deploy: Deploy) -> list[str]:
    problems = []
    deployments = deploy.kind("Deployment", "scheduler")
    if len(deployments) != 1:
        return [f"expected one Deployment with component scheduler, found {len(deployments)}"]
    spec = deployments[0]["spec"]
    if spec.get("replicas") != 1:
        problems.append(f"the scheduler Deployment must have replicas: 1, not {spec.get('replicas')}")
    if (spec.get("strategy") or {}).get("type") != "Recreate":
        problems.append("the scheduler Deployment must use strategy Recreate (never two at once)")
    if deploy.kind("HorizontalPodAutoscaler", "scheduler"):
        problems.append("the scheduler must not be autoscaled")
    scheduler = (deploy.compose().get("services") or {}).get("scheduler")
    if scheduler is None:
        problems.append("compose.yaml has no scheduler service")
    elif (scheduler.get("deploy") or {}).get("replicas", 1) != 1 or scheduler.get("scale", 1) != 1:
        problems.append("compose.yaml: the scheduler must run exactly one replica")
    return problems


def check_nginx_template(deploy: Deploy) -> list[str]:
    template = deploy.dir / "nginx" / "loonflow.conf.template"
    if not template.exists():
        return ["deploy/nginx/loonflow.conf.template is missing"]
    used = set(re.findall(r"\$\{([A-Za-z_][A-Za-z0-9_]*)\}", template.read_text()))
    web_env = ""
    in_web = False
    for instruction, arguments in dockerfile_instructions(deploy.dir / "Dockerfile"):
        if instruction == "FROM":
            in_web = arguments.lower().endswith(" as web")
        elif in_web and instruction == "ENV":
            web_env += " " + arguments
    defined = set(re.findall(r"(?:^|\s)([A-Z][A-Z0-9_]*)=", web_env))
    filter_match = re.search(r'NGINX_ENVSUBST_FILTER="([^"]*)"', web_env)
    substituted = set(re.findall(r"[A-Z][A-Z0-9_]*", filter_match.group(1))) if filter_match else set()
    problems = [
        f"the template uses ${{{name}}}, which the web stage's ENV does not set"
        for name in sorted(used - defined)
    ]
    problems += [
        f"the template uses ${{{name}}}, which NGINX_ENVSUBST_FILTER leaves unsubstituted"
        for name in sorted(used - substituted)
    ]
    nginx = (deploy.compose().get("services") or {}).get("nginx") or {}
    problems += [
        f"compose.yaml: nginx sets {key}, which the template does not use"
        for key in (nginx.get("environment") or {})
        if key not in used
    ]
    return problems


def check_docker_compose_config(deploy: Deploy) -> list[str]:
    docker = shutil.which("docker")
    if not docker or _run([docker, "compose", "version"]).returncode != 0:
        raise Skipped("no `docker compose` here")
    env = {**os.environ, **COMPOSE_DUMMIES}
    command = [
        docker,
        "compose",
        "-f",
        str(deploy.compose_file),
        "--env-file",
        str(deploy.dir / ".env.example"),
    ]
    return _output_problems(_run([*command, "config", "-q"], env=env))


def check_kustomize_build(deploy: Deploy) -> list[str]:
    kubectl = shutil.which("kubectl")
    if not kubectl:
        raise Skipped("no kubectl here")
    rendered = _run([kubectl, "kustomize", str(deploy.kube_dir)])
    if rendered.returncode != 0:
        return _output_problems(rendered)
    with tempfile.NamedTemporaryFile("w", suffix=".yaml") as handle:
        handle.write(rendered.stdout)
        handle.flush()
        return _output_problems(
            _run(
                [
                    _tool("kubernetes-validate"),
                    "--strict",
                    "--quiet",
                    "-k",
                    KUBERNETES_VERSIONS[-1],
                    handle.name,
                ]
            )
        )


CHECKS: list[tuple[str, Callable[[Deploy], list[str]]]] = [
    ("compose.yaml against the Compose spec", check_compose_schema),
    (
        f"Kubernetes manifests against Kubernetes {' and '.join(KUBERNETES_VERSIONS)} (strict)",
        check_kubernetes_schemas,
    ),
    ("compose variables listed in .env.example", check_compose_variables),
    ("environment names are ones Loonflow reads", check_env_names),
    ("Dockerfile copies files that exist", check_dockerfile),
    ("kustomization.yaml lists every manifest and sets the image", check_kustomization),
    ("API probes on /healthz and /readyz", check_probes),
    ("exactly one scheduler", check_single_scheduler),
    ("nginx template variables set by the web image", check_nginx_template),
    ("docker compose config (optional)", check_docker_compose_config),
    ("kubectl kustomize renders valid manifests (optional)", check_kustomize_build),
]


def run(root: Path) -> int:
    deploy = Deploy(root)
    failed = 0
    for title, check in CHECKS:
        try:
            problems = check(deploy)
        except Skipped as reason:
            print(f"skip  {title}: {reason}")
            continue
        except (OSError, yaml.YAMLError, KeyError, TypeError, subprocess.TimeoutExpired) as exc:
            problems = [f"{type(exc).__name__}: {exc}"]
        if problems:
            failed += 1
            print(f"FAIL  {title}")
            for problem in problems:
                print(f"        {problem}")
        else:
            print(f"ok    {title}")
    if failed:
        print(f"deploy-check: {failed} check(s) failed", file=sys.stderr)
    return 1 if failed else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--root", type=Path, default=ROOT, help="repository root (default: this one)")
    return run(parser.parse_args().root)


if __name__ == "__main__":
    sys.exit(main())
