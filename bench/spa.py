"""Print the admin console's download sizes: every asset, and what a first visit fetches.

    python bench/spa.py [frontend/dist]        (make bench-spa builds first)

A first visit loads index.html, its entry script and what that starts at once: the console's chunk
(`src/app/start.tsx`, which the entry imports after a first view has painted) and the chunks it
imports, from Vite's manifest; every page is a separate chunk fetched when opened (the page being
opened is fetched at start-up). Sizes are raw,
and as sent to a browser that accepts brotli (the `.br` files WhiteNoise serves).

Exits 1 when the first visit would fetch the graph (`flow`) or chart (`charts`) library: only the
pages that draw one may load them. `make bench-spa` then runs Lighthouse on a phone
(frontend/scripts/lighthouse.mjs).
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

# Chunks (vite.config.ts's manualChunks) that only pages drawing a graph or a chart may fetch.
LAZY_ONLY = {"flow", "charts"}


def _kib(size: int) -> str:
    return f"{size / 1024:8.1f} KiB"


def _sent(path: Path) -> int:
    brotli = path.with_name(path.name + ".br")
    return brotli.stat().st_size if brotli.exists() else path.stat().st_size


def _console_chunks(dist: Path) -> set[Path]:
    """The console's chunk (the entry's dynamic import named `start`) and everything it imports."""
    manifest_path = dist / ".vite" / "manifest.json"
    if not manifest_path.exists():
        return set()
    manifest = json.loads(manifest_path.read_text())
    pending = [
        key for key, chunk in manifest.items() if chunk.get("isDynamicEntry") and chunk.get("name") == "start"
    ]
    found: set[Path] = set()
    while pending:
        chunk = manifest.get(pending.pop(), {})
        if chunk and dist / chunk["file"] not in found:
            found.add(dist / chunk["file"])
            pending.extend(chunk.get("imports", []))
    return found


def main() -> int:
    dist = Path(sys.argv[1] if len(sys.argv) > 1 else "frontend/dist")
    index = (dist / "index.html").read_text()
    first = {dist / ref.lstrip("/") for ref in re.findall(r'(?:src|href)="(/assets/[^"]+)"', index)}
    first |= _console_chunks(dist)
    assets = sorted(
        (p for p in (dist / "assets").iterdir() if p.suffix in {".js", ".css"}),
        key=lambda p: -p.stat().st_size,
    )
    print(f"{'asset':44} {'raw':>12} {'brotli':>12}  first visit")
    for path in assets:
        mark = "yes" if path in first else ""
        print(f"{path.name:44} {_kib(path.stat().st_size)} {_kib(_sent(path))}  {mark}")
    raw = sum(p.stat().st_size for p in first)
    sent = sum(_sent(p) for p in first)
    print(f"first visit: {len(first)} files, {_kib(raw).strip()} raw, {_kib(sent).strip()} sent (brotli)")
    print(f"everything:  {len(assets)} files, {_kib(sum(_sent(p) for p in assets)).strip()} sent (brotli)")
    heavy = sorted(p.name for p in first if p.name.split("-")[0] in LAZY_ONLY)
    if heavy:
        print(f"first visit fetches {', '.join(heavy)}: those libraries must load only with their pages")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
