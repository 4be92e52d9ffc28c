"""The Chinese catalogue is whole and shipped compiled: every text the code marks for translation is
in backend/locale/zh_Hans/LC_MESSAGES/django.po, translated (not fuzzy), with the same placeholders,
and the committed django.mo is exactly what that .po compiles to (`make messages`)."""

from __future__ import annotations

import ast
import re
import sys
from pathlib import Path

import pytest

BACKEND = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(BACKEND.parent / "tools"))

from compile_messages import Entry, compile_po, parse_po  # noqa: E402

PO = BACKEND / "locale" / "zh_Hans" / "LC_MESSAGES" / "django.po"
MO = PO.with_suffix(".mo")
# The names the code calls the translation functions by (`gettext as _`, `gettext_lazy as _`...).
TRANSLATORS = {"_", "gettext", "gettext_lazy", "gettext_noop"}
_PERCENT = re.compile(r"%\((\w+)\)[sdr]")
_BRACES = re.compile(r"\{(\w+)\}")


def _entries() -> list[Entry]:
    return [entry for entry in parse_po(PO.read_text(encoding="utf-8")) if entry.msgid]


def _marked_in_sources() -> dict[str, str]:
    """Every literal passed to a translation function in backend/ (not tests): text -> where."""
    found: dict[str, str] = {}
    for path in sorted(BACKEND.rglob("*.py")):
        if {"tests", "migrations"} & set(path.parts):
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and node.args):
                continue
            name = node.func.id if isinstance(node.func, ast.Name) else None
            first = node.args[0]
            if name in TRANSLATORS and isinstance(first, ast.Constant) and isinstance(first.value, str):
                found.setdefault(first.value, f"{path.relative_to(BACKEND)}:{node.lineno}")
    return found


def test_the_compiled_catalogue_is_the_committed_one() -> None:
    assert MO.read_bytes() == compile_po(PO), "django.mo is stale: run `make messages`"


def test_every_text_is_translated() -> None:
    entries = _entries()
    assert len(entries) > 400
    untranslated = [entry.msgid for entry in entries if not entry.msgstr.strip()]
    fuzzy = [entry.msgid for entry in entries if "fuzzy" in entry.flags]
    assert untranslated == []
    assert fuzzy == []


def test_translations_keep_their_placeholders() -> None:
    for entry in _entries():
        for pattern in (_PERCENT, _BRACES):
            assert sorted(pattern.findall(entry.msgstr)) == sorted(pattern.findall(entry.msgid)), entry.msgid


def test_every_marked_text_of_the_code_is_in_the_catalogue() -> None:
    known = {entry.msgid for entry in _entries()}
    missing = {text: where for text, where in _marked_in_sources().items() if text not in known}
    assert missing == {}, "run `make messages` and translate the new texts"


@pytest.mark.parametrize(
    ("po_text", "expected"),
    [
        ('msgid "a"\nmsgstr "b"\n', [("a", "b")]),
        ('msgid ""\n"x\\n"\n"y"\nmsgstr "z"\n', [("x\ny", "z")]),
        ('#, fuzzy\nmsgid "a"\nmsgstr "b"\n\n#~ msgid "old"\n#~ msgstr "gone"\n', [("a", "b")]),
    ],
)
def test_the_po_reader(po_text: str, expected: list[tuple[str, str]]) -> None:
    entries = [entry for entry in parse_po(po_text) if not entry.obsolete]
    assert [(entry.msgid, entry.msgstr) for entry in entries] == expected
