"""Attack suite, plugin boundary: whatever a plugin hands the engine is validated inside that
plugin's hook call, so a bad value is recorded as that plugin's error (``PluginError`` naming
it) and every other plugin's findings survive."""

from __future__ import annotations

import contextlib
from typing import Any

import pytest

import replykit
from replykit.errors import PluginLoadError, PluginOutputError
from replykit.rules import Rule, rule

HOSTILE = rule(
    "hostile",
    severity="info",
    fix="safe",
    description="A rule whose plugin misbehaves.",
    zh="测试",
    en="test",
    deferred=False,
)
HOSTILE_DEFERRED = rule(
    "hostile-deferred",
    severity="info",
    fix="safe",
    description="A whole-text rule whose finalizer misbehaves.",
    zh="测试",
    en="test",
    deferred=True,
)
DRAFT = "不能退，自己看说明"  # negative.cannot and politeness.curt fire on it
OTHERS = {"negative.cannot", "politeness.curt"}


def hostile(check: Any = None, finalize: Any = None, patterns: Any = None) -> tuple[str, object]:
    """A plugin called "hostile" built from the given hook bodies."""

    class Hostile:
        @replykit.hookimpl
        def replykit_rules(self) -> list[Rule]:
            return [HOSTILE, HOSTILE_DEFERRED]

    if check is not None:
        Hostile.replykit_check = replykit.hookimpl(lambda self, draft, report: check(draft, report))  # type: ignore[attr-defined]
    if finalize is not None:
        Hostile.replykit_finalize = replykit.hookimpl(lambda self, text: finalize(text))  # type: ignore[attr-defined]
    if patterns is not None:
        Hostile.replykit_protected_patterns = replykit.hookimpl(lambda self: patterns)  # type: ignore[attr-defined]
    return "hostile", Hostile()


def check_with(plugin: tuple[str, object], draft: str = DRAFT, **kwargs: Any) -> replykit.Suggestion:
    return replykit.Assistant(plugins=[plugin], entry_points=False).suggest(draft, **kwargs)


def assert_blamed_and_others_survive(s: replykit.Suggestion, hook: str = "replykit_check") -> None:
    assert [(e.plugin, e.hook) for e in s.errors] == [("hostile", hook)], s.errors
    assert {a.rule for a in s.annotations} >= OTHERS
    assert all(isinstance(r, str) for a in s.annotations for r in a.replacements)


@pytest.mark.parametrize(
    ("start", "end", "replacements"),
    [
        (0, 1, [1]),  # an int replacement
        (0.0, 1.0, ["x"]),  # float offsets
        (0, 1, "abc"),  # a str where a list of str belongs: not ['a', 'b', 'c']
        (0, 1, b"ab"),
        (0, 1, None),
        (0, 1, ["\ud800"]),  # a lone surrogate cannot be written anywhere
        (True, 1, ["x"]),
        (0, 10**6, ["x"]),
        (-1, 1, ["x"]),
    ],
)
def test_a_bad_finding_is_the_plugins_error(start: Any, end: Any, replacements: Any) -> None:
    def check(draft: Any, report: Any) -> None:
        report(HOSTILE, start, end, replacements)

    s = check_with(hostile(check))
    assert_blamed_and_others_survive(s)
    assert s.errors[0].error == "PluginOutputError"
    assert "hostile" not in {a.plugin for a in s.annotations}


@pytest.mark.parametrize(
    "kwargs", [{"fix": "always"}, {"args": ["x"]}, {"fix": 1}], ids=["fix-str", "args-list", "fix-int"]
)
def test_bad_report_options_are_the_plugins_error(kwargs: dict[str, Any]) -> None:
    s = check_with(hostile(lambda draft, report: report(HOSTILE, 0, 1, ["您"], **kwargs)))
    assert_blamed_and_others_survive(s)


@pytest.mark.parametrize("reported", [["hostile"], {"x": 1}, "negative.cannot", 3])
def test_an_undeclared_or_unhashable_rule_is_the_plugins_error(reported: Any) -> None:
    s = check_with(hostile(lambda draft, report: report(reported, 0, 1)))
    assert_blamed_and_others_survive(s)


def test_good_findings_of_the_same_plugin_still_count() -> None:
    # A generator of str is a sequence of replacements too; a tuple is.
    def check(draft: Any, report: Any) -> None:
        report(HOSTILE, 4, 7, (r for r in ["请查看"]))

    s = check_with(hostile(check))
    assert not s.errors
    assert "hostile.hostile" in {a.rule for a in s.annotations}


@pytest.mark.parametrize("result", [1, b"bytes", ["list"], "半\ud800"])
def test_a_finalizer_returning_a_non_str_is_the_plugins_error(result: Any) -> None:
    s = check_with(hostile(finalize=lambda text: result))
    assert_blamed_and_others_survive(s, hook="replykit_finalize")
    assert s.changed  # the other plugins' fixes are applied
    assert isinstance(s.text, str)


@pytest.mark.parametrize(
    "mutate",
    [
        lambda d: setattr(d, "text", ""),
        lambda d: setattr(d, "norm", "x" * len(d.norm)),
        lambda d: setattr(d, "protected", []),
        lambda d: d.protected.append((0, 3)),
        lambda d: d.sentences.clear(),
        lambda d: d.words_in(0, 3).clear(),
        lambda d: delattr(d, "text"),
    ],
    ids=["text", "norm", "protected", "protected-append", "sentences", "words", "del"],
)
def test_a_plugin_cannot_mutate_the_draft(mutate: Any) -> None:
    s = check_with(hostile(lambda draft, report: mutate(draft)))
    assert_blamed_and_others_survive(s)
    assert s.errors[0].error == "AttributeError"
    assert s.original == DRAFT


def test_mutation_attempts_leave_the_next_plugins_view_intact() -> None:
    seen: list[str] = []

    class Reader:
        @replykit.hookimpl(trylast=True)
        def replykit_check(self, draft: Any) -> None:
            seen.append(draft.norm)

        @replykit.hookimpl
        def replykit_rules(self) -> list[Rule]:
            return [rule("read", severity="info", fix=None, description="x", zh="x", en="x")]

    def vandal(draft: Any, report: Any) -> None:
        for name in ("text", "norm"):
            with contextlib.suppress(AttributeError):
                setattr(draft, name, "")

    a = replykit.Assistant(plugins=[hostile(vandal), ("reader", Reader())], entry_points=False)
    s = a.suggest(DRAFT)
    assert seen == [DRAFT] and not s.errors


@pytest.mark.parametrize(
    ("patterns", "message"),
    [
        (["(unclosed"], "invalid protected pattern '(unclosed'"),
        (["[z-a]"], "invalid protected pattern '[z-a]'"),
        ("abc", "must return a list of str, not 'abc'"),
        ([3], "protected pattern 3 is not a str"),
    ],
)
def test_an_invalid_protected_pattern_names_its_plugin_at_load(patterns: Any, message: str) -> None:
    with pytest.raises(PluginLoadError, match='plugin "hostile"') as caught:
        replykit.Assistant(plugins=[hostile(patterns=patterns)], entry_points=False)
    assert message in str(caught.value)


def test_a_pathological_protected_pattern_is_bounded_and_blamed() -> None:
    # Catastrophic backtracking: exponential in the run of 'a's for a backtracking engine.
    a = replykit.Assistant(plugins=[hostile(patterns=[r"(a|aa)+$"])], entry_points=False)
    draft = "不能退" + "a" * 60 + "!"
    s = a.suggest(draft)
    assert [(e.plugin, e.hook, e.error) for e in s.errors] == [
        ("hostile", "replykit_protected_patterns", "PatternBudgetExceeded")
    ]
    assert s.text == draft and not s.changed  # protected spans unknown: nothing is rewritten
    # The pattern is fine on ordinary text, and protects what it matches.
    ok = a.suggest("不能退 aa")
    assert not ok.errors and "aa" in ok.text


def test_a_plugin_protected_pattern_protects_its_text() -> None:
    a = replykit.Assistant(plugins=[hostile(patterns=[r"<<[A-Z_]+>>"])], entry_points=False)
    s = a.suggest("<<NAME>>，不能退")
    assert "<<NAME>>" in s.text and not s.errors


def test_strict_mode_raises_naming_the_plugin() -> None:
    a = replykit.Assistant(
        plugins=[hostile(lambda draft, report: report(HOSTILE, 0, 1, "abc"))], entry_points=False, strict=True
    )
    with pytest.raises(replykit.PluginFailure, match='plugin "hostile" failed in replykit_check') as caught:
        a.suggest(DRAFT)
    assert isinstance(caught.value.original, PluginOutputError)


def test_the_guard_bounds_a_slow_plugins_time() -> None:
    import threading

    release = threading.Event()

    def slow(draft: Any, report: Any) -> None:
        release.wait(30)  # a plugin stuck in I/O or a long Python loop

    assistant = replykit.Assistant(plugins=[hostile(slow)], entry_points=False)
    held: list[Any] = []
    guard = replykit.ReplyGuard(send=lambda text: None, on_hold=held.append, assistant=assistant, timeout=0.2)
    try:
        verdict = guard(DRAFT)
    finally:
        release.set()
    assert verdict.action == "hold" and verdict.reason_code == "check-failed"
    assert [e.error for e in verdict.errors] == ["TimeoutError"]
    assert held == [verdict]
    fast = replykit.ReplyGuard(send=lambda text: None, on_hold=held.append, timeout=30)
    assert fast.check("您好，已为您登记").action == "send"
    with pytest.raises(ValueError, match="timeout"):
        replykit.ReplyGuard(timeout=0)
