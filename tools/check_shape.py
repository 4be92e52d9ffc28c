"""Fail when a backend module grows past 500 lines, a function past cyclomatic complexity 15, or a
module imports another module's private (`_name`) names, or a test module imports another test module.

The limits keep modules findable and functions readable; a private name is private to its module, so
whoever needs it should get a public one (docs/architecture.md, "Shape limits"). Migrations are
generated and exempt. Usage: `python tools/check_shape.py [root]` (default backend/).
"""

from __future__ import annotations

import ast
import sys
from pathlib import Path

from radon.complexity import cc_visit

MAX_LINES = 500
MAX_COMPLEXITY = 15


def _modules(root: Path) -> list[Path]:
    return sorted(p for p in root.rglob("*.py") if "migrations" not in p.parts and ".venv" not in p.parts)


def _problems(path: Path, root: Path) -> list[str]:
    text = path.read_text(encoding="utf-8")
    name = path.relative_to(root.parent)
    found = []
    lines = text.count("\n")
    if lines > MAX_LINES:
        found.append(f"{name}: {lines} lines (limit {MAX_LINES}); split it along a real seam")
    # cc_visit lists every function and method once (and classes, whose score is their methods').
    for item in cc_visit(text):
        if not hasattr(item, "methods") and item.complexity > MAX_COMPLEXITY:
            found.append(
                f"{name}:{item.lineno} {item.fullname}: complexity {item.complexity} (limit {MAX_COMPLEXITY})"
            )
    tree = ast.parse(text)
    found.extend(
        f"{name}:{line} imports the private name {private}" for line, private in _private_imports(tree)
    )
    found.extend(
        f"{name}:{line} imports the test module {module}; share through tests/conftest.py or factories.py"
        for line, module in _test_module_imports(tree)
    )
    return found


def _private_imports(tree: ast.Module) -> list[tuple[int, str]]:
    return [
        (node.lineno, f"{node.module}.{alias.name}")
        for node in ast.walk(tree)
        if isinstance(node, ast.ImportFrom)
        for alias in node.names
        if alias.name.startswith("_") and not alias.name.startswith("__")
    ]


def _test_module_imports(tree: ast.Module) -> list[tuple[int, str]]:
    modules = [
        (node.lineno, node.module or "") for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)
    ]
    modules += [
        (node.lineno, alias.name)
        for node in ast.walk(tree)
        if isinstance(node, ast.Import)
        for alias in node.names
    ]
    return [(line, module) for line, module in modules if module.rsplit(".", 1)[-1].startswith("test_")]


def main(argv: list[str]) -> int:
    root = Path(argv[1] if len(argv) > 1 else Path(__file__).resolve().parent.parent / "backend").resolve()
    problems = [problem for path in _modules(root) for problem in _problems(path, root)]
    for problem in problems:
        print(problem)
    if problems:
        print(f"{len(problems)} shape problem(s)", file=sys.stderr)
        return 1
    limits = f"modules <= {MAX_LINES} lines, functions <= complexity {MAX_COMPLEXITY}"
    print(f"shape: {limits}, no private or test-module imports")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
