"""Compile backend/locale/*/LC_MESSAGES/django.po into django.mo without GNU gettext.

`make messages` runs Django's makemessages (which needs xgettext) and then this; the tests compile
the .po in memory with `compile_po` and compare with the committed .mo, so `make test` needs no
gettext tools. The .mo is GNU's format (little-endian, no hash table), entries sorted by msgid:
the same bytes for the same catalogue on every machine.

    python tools/compile_messages.py [--check]   # --check: fail if a .mo is stale, write nothing
"""

from __future__ import annotations

import ast
import struct
import sys
from dataclasses import dataclass, field
from pathlib import Path

LOCALE_DIR = Path(__file__).resolve().parent.parent / "backend" / "locale"
MAGIC = 0x950412DE


@dataclass
class Entry:
    msgid: str = ""
    msgstr: str = ""
    context: str | None = None
    plural: str | None = None
    plurals: dict[int, str] = field(default_factory=dict)
    flags: set[str] = field(default_factory=set)
    obsolete: bool = False


def _unquote(text: str) -> str:
    text = text.strip()
    if not (text.startswith('"') and text.endswith('"')):
        raise ValueError(f"not a quoted PO string: {text!r}")
    return str(ast.literal_eval(text))  # PO escapes (\n, \", \\, \t) are Python's


def parse_po(text: str) -> list[Entry]:
    """The entries of a PO file (the header is the entry with msgid "")."""
    entries: list[Entry] = []
    entry = Entry()
    target: str | None = None
    started = False

    def finish() -> None:
        nonlocal entry, target, started
        if started:
            entries.append(entry)
        entry, target, started = Entry(), None, False

    for raw in text.splitlines():
        line = raw.strip()
        if not line:
            finish()
            continue
        if line.startswith("#~"):
            entry.obsolete = True
            continue
        if line.startswith("#,"):
            entry.flags.update(flag.strip() for flag in line[2:].split(","))
            continue
        if line.startswith("#"):
            continue
        keyword, _sep, rest = line.partition(" ")
        if line.startswith('"'):
            _append(entry, target, _unquote(line))
            continue
        if started and keyword in ("msgid", "msgctxt") and target not in (None, "msgctxt"):
            finish()  # entries not separated by a blank line
        started = True
        target = keyword
        _append(entry, target, _unquote(rest), first=True)
    finish()
    return entries


def _append(entry: Entry, target: str | None, value: str, *, first: bool = False) -> None:
    if target == "msgid":
        entry.msgid = value if first else entry.msgid + value
    elif target == "msgid_plural":
        entry.plural = value if first else (entry.plural or "") + value
    elif target == "msgstr":
        entry.msgstr = value if first else entry.msgstr + value
    elif target == "msgctxt":
        entry.context = value if first else (entry.context or "") + value
    elif target and target.startswith("msgstr["):
        index = int(target[7:-1])
        entry.plurals[index] = value if first else entry.plurals.get(index, "") + value
    else:
        raise ValueError(f"unexpected PO line for {target!r}")


def _key_and_value(entry: Entry) -> tuple[bytes, bytes]:
    key = entry.msgid if entry.context is None else f"{entry.context}\x04{entry.msgid}"
    if entry.plural is not None:
        key = f"{key}\x00{entry.plural}"
        value = "\x00".join(entry.plurals[index] for index in sorted(entry.plurals))
    else:
        value = entry.msgstr
    return key.encode(), value.encode()


def compiled(entries: list[Entry]) -> bytes:
    """The .mo bytes of translated, not fuzzy, not obsolete entries (the header always)."""
    pairs = sorted(
        _key_and_value(entry)
        for entry in entries
        if not entry.obsolete
        and (entry.msgid == "" or "fuzzy" not in entry.flags)
        and (entry.msgstr or any(entry.plurals.values()))
    )
    count = len(pairs)
    keys_start = 7 * 4
    values_start = keys_start + count * 8
    data_start = values_start + count * 8
    table_keys, table_values, data = [], [], b""
    for key, _value in pairs:
        table_keys.append((len(key), data_start + len(data)))
        data += key + b"\x00"
    for _key, value in pairs:
        table_values.append((len(value), data_start + len(data)))
        data += value + b"\x00"
    header = struct.pack("<7I", MAGIC, 0, count, keys_start, values_start, 0, data_start)
    tables = b"".join(struct.pack("<2I", *pair) for pair in table_keys + table_values)
    return header + tables + data


def compile_po(path: Path) -> bytes:
    return compiled(parse_po(path.read_text(encoding="utf-8")))


def main(argv: list[str]) -> int:
    check = "--check" in argv
    stale = []
    for po in sorted(LOCALE_DIR.glob("*/LC_MESSAGES/*.po")):
        mo = po.with_suffix(".mo")
        data = compile_po(po)
        if mo.exists() and mo.read_bytes() == data:
            continue
        if check:
            stale.append(str(mo))
        else:
            mo.write_bytes(data)
            print(f"compiled {mo.relative_to(LOCALE_DIR.parent.parent)}")
    if stale:
        print("stale (run make messages):", *stale, sep="\n  ", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
