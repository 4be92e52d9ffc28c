"""Writes for scripts: create, edit, delete (source checked before it is stored)."""

from __future__ import annotations

from typing import Any

from django.db import IntegrityError, transaction
from django.utils.translation import gettext as _

from core.errors import Conflict, ValidationFailed, field_problem
from integrations.scripts.models import Script

MAX_SOURCE_BYTES = 100 * 1024


def _check_text(field: str, value: str) -> None:
    if "\x00" in value:
        raise ValidationFailed(
            _("The %(field)s must not contain NUL characters.") % {"field": field},
            details=[field_problem(field, _("NUL characters are not allowed."))],
        )


def check_source(source: str) -> None:
    """422 unless `source` is small enough and compiles. Compiled only, never executed."""
    _check_text("source", source)
    if len(source.encode("utf-8", "surrogatepass")) > MAX_SOURCE_BYTES:
        raise ValidationFailed(
            _("The script is larger than %(value)s KB.") % {"value": MAX_SOURCE_BYTES // 1024},
            details=[field_problem("source", _("Too large."))],
        )
    try:
        compile(source, "script.py", "exec", dont_inherit=True)
    except SyntaxError as exc:
        line = exc.lineno or 0
        message = _("Syntax error on line %(line)s: %(problem)s") % {"line": line, "problem": exc.msg}
        problem = {**field_problem("source", message, "syntax_error"), "line": line, "offset": exc.offset}
        raise ValidationFailed(message, code="syntax_error", details=[problem]) from None
    except (ValueError, RecursionError, MemoryError) as exc:  # surrogates, absurd nesting
        raise ValidationFailed(
            _("The script cannot be compiled: %(exc)s") % {"exc": exc},
            code="syntax_error",
            details=[field_problem("source", _("The script cannot be compiled."), "syntax_error")],
        ) from None


def _check(changes: dict[str, Any]) -> None:
    for field in ("name", "description"):
        if isinstance(changes.get(field), str):
            _check_text(field, changes[field])
    if changes.get("source") is not None:
        check_source(changes["source"])


def _saved(script: Script) -> Script:
    try:
        with transaction.atomic():
            script.save()
    except IntegrityError:
        raise Conflict(
            _("A script with code %(code)s exists.") % {"code": repr(script.code)}, code="code_taken"
        ) from None
    return script


def script_create(
    *, code: str, name: str, source: str, description: str = "", is_active: bool = True
) -> Script:
    _check({"name": name, "description": description, "source": source})
    if Script.objects.filter(code=code).exists():
        raise Conflict(_("A script with code %(code)s exists.") % {"code": repr(code)}, code="code_taken")
    script = Script(code=code, name=name, description=description, source=source, is_active=is_active)
    return _saved(script)


def script_update(*, script: Script, changes: dict[str, Any]) -> Script:
    """Change the given attributes (None leaves one as it is)."""
    changes = {key: value for key, value in changes.items() if value is not None}
    _check(changes)
    code = changes.get("code")
    if code is not None and code != script.code and Script.objects.filter(code=code).exists():
        raise Conflict(_("A script with code %(code)s exists.") % {"code": repr(code)}, code="code_taken")
    for key in ("code", "name", "description", "source", "is_active"):
        if key in changes:
            setattr(script, key, changes[key])
    return _saved(script)


def script_delete(*, script: Script) -> None:
    """Delete the script and its run history; states naming it then note it as unknown."""
    script.delete()
