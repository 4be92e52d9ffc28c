"""Which language a request's messages are written in, and the helpers that switch to a person's.

The rule (docs/api.md, "Languages"): the request's `Accept-Language` when it names a language we
speak, else the language the authenticated person chose (`User.language`; for an app acting for a
person, that person's), else `settings.LANGUAGE_CODE`. `code` in error bodies never changes with it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from typing import Any

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.utils import translation
from django.utils.cache import patch_vary_headers

Handler = Callable[[HttpRequest], HttpResponse]

# What clients write (lower-cased, "_" read as "-") -> the language we answer in.
_ALIASES = {
    "en": "en",
    "zh": "zh-hans",
    "zh-hans": "zh-hans",
    "zh-cn": "zh-hans",
    "zh-sg": "zh-hans",
    "zh-hans-cn": "zh-hans",
}
# Set on the request when its Accept-Language chose the language: a person's own choice then waits.
_EXPLICIT = "_loonflow_explicit_language"
_MAX_HEADER = 256  # more is not a browser's header: ignored rather than parsed


def supported(language: str | None) -> str | None:
    """The language we speak for `language` (a tag such as "zh-CN" or "en-US"), or None."""
    if not language:
        return None
    tag = language.strip().lower().replace("_", "-")
    if tag in _ALIASES:
        return _ALIASES[tag]
    primary = tag.split("-", 1)[0]
    if primary == "zh":
        # zh-TW / zh-HK / zh-Hant ask for traditional script, which we do not write.
        return None if any(part in {"tw", "hk", "mo", "hant"} for part in tag.split("-")[1:]) else "zh-hans"
    return _ALIASES.get(primary)


def from_accept_language(header: str) -> str | None:
    """The first supported language of an `Accept-Language` header, by its q weights; None if none."""
    if not header or len(header) > _MAX_HEADER:
        return None
    choices: list[tuple[float, int, str]] = []
    for position, part in enumerate(header.split(",")):
        tag, _sep, params = part.strip().partition(";")
        weight = 1.0
        if params.strip().startswith("q="):
            try:
                weight = float(params.strip()[2:])
            except ValueError:
                continue
        language = supported(tag)
        if language is not None and weight > 0:
            choices.append((-weight, position, language))
    return min(choices)[2] if choices else None


def person_language(user: Any) -> str:
    """The language to write to this person in: their choice, else the site's default."""
    return supported(getattr(user, "language", "")) or settings.LANGUAGE_CODE


@contextmanager
def language_of(user: Any) -> Iterator[str]:
    """Run the block in `user`'s language (emails, chat texts, digests)."""
    language = person_language(user)
    with translation.override(language):
        yield language


def use_person_language(request: HttpRequest, user: Any) -> None:
    """Once authentication knows the person (a session or an app acting for someone): answer in
    their language, unless the request asked for one itself."""
    if getattr(request, _EXPLICIT, False) or user is None:
        return
    chosen = supported(getattr(user, "language", ""))
    if chosen is not None:
        translation.activate(chosen)
        request.LANGUAGE_CODE = chosen


class LanguageMiddleware:
    """Activate the request's language from `Accept-Language` (early, so even the input guard's and
    the router's refusals are translated), and say which one answered in `Content-Language`."""

    def __init__(self, get_response: Handler) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        explicit = from_accept_language(request.headers.get("Accept-Language", ""))
        setattr(request, _EXPLICIT, explicit is not None)
        translation.activate(explicit or settings.LANGUAGE_CODE)
        request.LANGUAGE_CODE = translation.get_language()
        try:
            response = self.get_response(request)
            response.headers.setdefault("Content-Language", translation.get_language() or "en")
            patch_vary_headers(response, ("Accept-Language",))
            return response
        finally:
            translation.deactivate()


class PersonLanguageMiddleware:
    """After authentication: a signed-in person's own language, when the request named none.
    (Bearer-token calls learn their person in `core.access.auth`, which calls `use_person_language`.)"""

    def __init__(self, get_response: Handler) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if not getattr(request, _EXPLICIT, False) and settings.SESSION_COOKIE_NAME in request.COOKIES:
            user = getattr(request, "user", None)
            if user is not None and user.is_authenticated:
                use_person_language(request, user)
        return self.get_response(request)


def by_language(people: Iterable[Any], *, split: bool = True) -> list[tuple[str, list[Any]]]:
    """People grouped by the language to write to them in, in order of first appearance. With
    `split=False` (a chat group, a webhook: one message for all) one group: in the language they all
    share, else the site's default."""
    groups: dict[str, list[Any]] = {}
    for person in people:
        groups.setdefault(person_language(person), []).append(person)
    if split or len(groups) <= 1:
        return list(groups.items())
    return [(settings.LANGUAGE_CODE, [person for group in groups.values() for person in group])]
