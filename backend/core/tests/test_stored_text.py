# ruff: noqa: RUF001 (Chinese punctuation is what these texts are written with)
"""Stored texts: a code and parameters rendered in the active language; parameters are values
(never templates), may nest, and an unknown code or an old row shows the stored text."""

from __future__ import annotations

from django.utils import translation

from core.stored_text import TEMPLATES, StoredText, columns, render


def test_a_stored_text_renders_in_the_active_language() -> None:
    text = StoredText("script.switched_off", {"script": "stamp"})
    stored = columns("comment", text)
    assert stored == {
        "comment": "The script 'stamp' is switched off; switch it on and retry.",
        "comment_code": "script.switched_off",
        "comment_params": {"script": "stamp"},
    }
    with translation.override("zh-hans"):
        assert render(stored["comment_code"], stored["comment_params"], stored["comment"]) == (
            "脚本“stamp”已关闭；请启用后重试。"
        )
    with translation.override("en"):
        assert (
            render(stored["comment_code"], stored["comment_params"], stored["comment"]) == stored["comment"]
        )


def test_parameters_are_values_never_templates() -> None:
    sneaky = "%(url)s %s {problem} %%"
    text = StoredText("hook.unusable_answer", {"url": "https://ci.example/x?a=%41", "problem": sneaky})
    assert text.text == f"The hook at https://ci.example/x?a=%41 answered unusably: {sneaky}"
    with translation.override("zh-hans"):
        assert render(text.code, dict(text.params), "") == (
            f"https://ci.example/x?a=%41 处的钩子返回了无法使用的应答：{sneaky}"
        )


def test_a_stored_text_may_be_another_ones_parameter() -> None:
    error = StoredText("outbound.failed", {"reason": "could not connect to the server"})
    stored = columns("last_error", StoredText("hook.gave_up", {"url": "u", "attempts": 5, "error": error}))
    assert stored["last_error_params"]["error"] == {
        "code": "outbound.failed",
        "params": {"reason": "could not connect to the server"},
        "text": "Failed: could not connect to the server",
    }
    with translation.override("zh-hans"):
        shown = render("hook.gave_up", stored["last_error_params"], "")
    assert shown == "对 u 的钩子调用失败了 5 次，已放弃。最后一次错误：失败：could not connect to the server"


def test_unknown_codes_old_rows_and_broken_parameters_show_the_stored_text() -> None:
    assert render("", {}, "old text") == "old text"
    assert render("no.such.code", {"x": 1}, "from a newer release") == "from a newer release"
    assert render("hook.refused", {"url": "u"}, "stored") == "stored"  # a parameter missing
    assert render("hook.refused", ["not", "a", "mapping"], "stored") == "stored"
    assert columns("comment", "a person's words\x00") == {
        "comment": "a person's words",
        "comment_code": "",
        "comment_params": {},
    }


def test_every_template_has_a_chinese_translation() -> None:
    for code, template in TEMPLATES.items():
        with translation.override("zh-hans"):
            chinese = str(template)
        with translation.override("en"):
            english = str(template)
        assert chinese != english or english.startswith("HTTP"), code
