"""The import's report: counts per kind and one entry per thing that could not be carried over."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

MAX_ISSUES = 2000
MAX_TEXT = 300

# What 2.x has that this import never copies (docs/migration-loonflow2.md, "Not translated").
NOT_IMPORTED = [
    "workflow_customnotice (notice hooks, WeCom and DingTalk credentials: secrets are never copied)",
    "workflow_workflowscript and script participants (2.x Python scripts)",
    "hook (type 10) and external-lookup (type 11) participants",
    "workflow notices, title_template and content_template",
    "transition timers",
    "attachment files (type 80 fields keep their /media paths as text)",
    "account_apptoken (app tokens; see the 2.x-compatible API)",
    "workflow permissions (workflow_workflowuserpermission, workflow_workflowadmin)",
]


def clip(value: Any) -> str:
    text = str(value).replace("\x00", "\\0")
    return text if len(text) <= MAX_TEXT else text[: MAX_TEXT - 1] + "…"


@dataclass
class Report:
    dry_run: bool = False
    counts: dict[str, dict[str, int]] = field(default_factory=lambda: defaultdict(lambda: defaultdict(int)))
    issues: list[dict[str, Any]] = field(default_factory=list)
    issues_dropped: int = 0

    def count(self, kind: str, outcome: str, n: int = 1) -> None:
        self.counts[kind][outcome] += n

    def issue(self, kind: str, reason: str, **where: Any) -> None:
        if len(self.issues) >= MAX_ISSUES:
            self.issues_dropped += 1
            return
        entry = {"kind": kind, "reason": clip(reason)}
        entry.update({key: clip(value) for key, value in where.items() if value not in (None, "")})
        self.issues.append(entry)

    def as_dict(self) -> dict[str, Any]:
        return {
            "dry_run": self.dry_run,
            "counts": {kind: dict(outcomes) for kind, outcomes in sorted(self.counts.items())},
            "issues": self.issues,
            "issues_dropped": self.issues_dropped,
            "not_imported": NOT_IMPORTED,
        }
