"""Print the admin console's download sizes: every asset, and what a first visit fetches.

    python bench/spa.py [frontend/dist]        (make bench-spa builds first)

A first visit loads index.html, its entry script and the chunks it preloads; pages such as the
designer, the workflow overview and the statistics dashboard are separate chunks fetched when opened.
Sizes are raw, and as sent to a browser that accepts brotli (the `.br` files WhiteNoise serves).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path


def _kib(size: int) -> str:
    return f"{size / 1024:8.1f} KiB"


def _sent(path: Path) -> int:
    brotli = path.with_name(path.name + ".br")
    return brotli.stat().st_size if brotli.exists() else path.stat().st_size


def main() -> int:
    dist = Path(sys.argv[1] if len(sys.argv) > 1 else "frontend/dist")
    index = (dist / "index.html").read_text()
    first = {dist / ref.lstrip("/") for ref in re.findall(r'(?:src|href)="(/assets/[^"]+)"', index)}
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
    return 0


if __name__ == "__main__":
    sys.exit(main())
