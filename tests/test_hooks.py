"""Hooks keep pluggy's meaning: every implementation option pluggy offers either works as it
does through ``pm.hook`` or is refused at load naming the plugin, and the engine's fast path
gives the same results as the call through pluggy."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Generator
from typing import Any

import pytest

import replykit
from replykit.errors import PluginLoadError, ReplykitError
from replykit.rules import Rule, rule

DRAFTS = [
    "不能退，自己看说明",
    "您好，但是这个我们处理不了。",
    "亲，这个没办法哦，您自己去查吧",
    "您好，已为您登记，{{contact.name}}，订单 123456 明天发货",
    "這個不能退喔",
    "好的",
    "请您耐心等待，我们会尽快处理的。",
    "这个问题不归我们管，你找快递吧！！！",
]

SHOUT = rule(
    "shout",
    severity="info",
    fix="safe",
    description="Three exclamation marks.",
    zh="感叹号太多",
    en="Too many exclamation marks",
    examples=[],
    clean=[],
)


class Shouting:
    """A small checking plugin with its own rule."""

    @replykit.hookimpl
    def replykit_rules(self) -> list[Rule]:
        return [SHOUT]

    @replykit.hookimpl
    def replykit_check(self, draft: Any, report: Any) -> None:
        start = draft.norm.find("！！！")
        if start >= 0:
            report(SHOUT, start, start + 3, ["！"])


def build(*plugins: object, **kwargs: Any) -> replykit.Assistant:
    return replykit.Assistant(plugins=list(plugins), entry_points=False, **kwargs)


def results(assistant: replykit.Assistant) -> list[dict[str, Any]]:
    return [assistant.suggest(d).model_dump() for d in DRAFTS]


class NewStyleWrapper:
    def __init__(self) -> None:
        self.calls: list[str] = []

    @replykit.hookimpl(wrapper=True)
    def replykit_check(self, draft: Any) -> Generator[None, Any, Any]:
        self.calls.append(draft.text)
        return (yield)


class OldStyleWrapper:
    def __init__(self) -> None:
        self.outcomes: list[Any] = []

    @replykit.hookimpl(hookwrapper=True)
    def replykit_check(self) -> Generator[None, Any, None]:
        outcome = yield
        self.outcomes.append(outcome.exception)


def test_the_fast_path_and_the_pluggy_path_give_identical_results() -> None:
    plain = build(("shouting", Shouting()))
    wrapped = build(("shouting", Shouting()), NewStyleWrapper())
    assert not plain._through_pluggy
    assert wrapped._through_pluggy
    assert results(plain) == results(wrapped)
    monitored = build(("shouting", Shouting()))
    undo = monitored.plugin_manager.add_hookcall_monitoring(lambda *a: None, lambda *a: None)
    assert monitored._through_pluggy
    assert results(monitored) == results(plain)
    undo()
    assert not monitored._through_pluggy


def test_a_new_style_wrapper_wraps_every_plugins_check() -> None:
    wrapper = NewStyleWrapper()
    a = build(wrapper)
    a.suggest("不能退，自己看说明")
    checking = {name for name, *_ in a._hooked_checkers}
    assert len(wrapper.calls) == len(checking) >= 4


def test_an_old_style_hookwrapper_sees_each_outcome() -> None:
    wrapper = OldStyleWrapper()
    a = build(wrapper)
    a.suggest("不能退")
    assert wrapper.outcomes and all(e is None for e in wrapper.outcomes)


def test_a_wrapper_can_change_the_outcome_and_errors_stay_labelled() -> None:
    class Broken:
        @replykit.hookimpl
        def replykit_check(self, draft: Any) -> None:
            raise RuntimeError("boom")

    class Swallow:
        @replykit.hookimpl(wrapper=True)
        def replykit_check(self) -> Generator[None, Any, Any]:
            try:
                return (yield)
            except RuntimeError:
                return []

    s = build(("broken", Broken()), Shouting()).suggest("不能退")
    assert [e.plugin for e in s.errors] == []  # Broken has no enabled rule: it is not called
    s = build(("broken", Broken()), ("shouting", Shouting())).suggest("不能退！！！")
    assert [a.rule for a in s.annotations if a.plugin == "shouting"] == ["shouting.shout"]
    # A plugin without rules is not called; give Broken a rule so it runs.
    broken_rule = rule("broken", severity="info", fix=None, description="x", zh="x", en="x")

    class BrokenWithRule(Broken):
        @replykit.hookimpl
        def replykit_rules(self) -> list[Rule]:
            return [broken_rule]

    s = build(("broken", BrokenWithRule())).suggest("不能退")
    assert [(e.plugin, e.hook, e.error) for e in s.errors] == [("broken", "replykit_check", "RuntimeError")]
    s = build(("broken", BrokenWithRule()), ("swallow", Swallow())).suggest("不能退")
    assert s.errors == []
    assert [a.rule for a in s.annotations] == ["negative.cannot"]


def test_tryfirst_and_trylast_order_the_calls_as_pluggy_does() -> None:
    order: list[str] = []
    mine = [rule(n, severity="info", fix=None, description="x", zh="x", en="x") for n in ("a", "b", "c")]

    def plugin(name: str, **opts: bool) -> tuple[str, object]:
        own = mine["abc".index(name)]

        class P:
            @replykit.hookimpl
            def replykit_rules(self) -> list[Rule]:
                return [own]

            @replykit.hookimpl(**opts)
            def replykit_check(self) -> None:
                order.append(name)

        return name, P()

    plugins = [plugin("a", trylast=True), plugin("b"), plugin("c", tryfirst=True)]
    a = replykit.Assistant(plugins=plugins, defaults=False, entry_points=False)
    a.suggest("你好")
    fast = list(order)
    order.clear()
    a.plugin_manager.hook.replykit_check(draft=None, options=None, report=None)
    assert fast == order == ["c", "b", "a"]


def test_specname_implements_the_named_hook() -> None:
    class Named:
        @replykit.hookimpl
        def replykit_rules(self) -> list[Rule]:
            return [SHOUT]

        @replykit.hookimpl(specname="replykit_check")
        def find_shouting(self, draft: Any, report: Any) -> None:
            start = draft.norm.find("！！！")
            if start >= 0:
                report(SHOUT, start, start + 3, ["！"])

    for extra in ((), (NewStyleWrapper(),)):
        s = build(("named", Named()), *extra, config=replykit.Config(select=["named"])).suggest("好的！！！")
        assert [a.rule for a in s.annotations] == ["named.shout"]
        assert s.text == "好的！"


def test_an_unknown_hook_is_refused_naming_the_plugin_unless_optional() -> None:
    class Typo:
        @replykit.hookimpl
        def replykit_chek(self, draft: Any) -> None: ...

    class Optional:
        @replykit.hookimpl(optionalhook=True)
        def replykit_future_hook(self) -> None: ...

    with pytest.raises(PluginLoadError, match=r'plugin "typo".*replykit_chek'):
        build(("typo", Typo()))
    build(("optional", Optional()))


def test_an_argument_the_hook_does_not_have_is_refused_naming_the_plugin() -> None:
    class Wrong:
        @replykit.hookimpl
        def replykit_check(self, draft: Any, reporter: Any) -> None: ...

    with pytest.raises(PluginLoadError, match='plugin "wrong"'):
        build(("wrong", Wrong()))


def test_a_plugin_both_implementing_and_wrapping_a_hook_is_refused() -> None:
    class Both(Shouting):
        @replykit.hookimpl(wrapper=True, specname="replykit_check")
        def around(self) -> Generator[None, Any, Any]:
            return (yield)

    with pytest.raises(PluginLoadError, match='plugin "both": both implements and wraps replykit_check'):
        build(("both", Both()))


def test_monitoring_sees_every_per_draft_call_with_its_plugin() -> None:
    a = build()
    seen: list[tuple[str, list[str]]] = []
    undo = a.plugin_manager.add_hookcall_monitoring(
        lambda hook, impls, kwargs: seen.append((hook, [i.plugin_name for i in impls])), lambda *args: None
    )
    a.suggest("不能退，自己看说明", {"target_script": "zh-TW"})
    undo()
    hooks = [h for h, _ in seen]
    assert hooks.count("replykit_check") == len(a._checkers)
    assert [p for h, p in seen if h == "replykit_check"] == [[name] for name, *_ in a._checkers]
    assert ("replykit_finalize", ["script"]) in seen
    seen.clear()
    a.suggest("不能退")
    assert seen == []  # undone: the fast path again


def test_a_wrapper_around_finalize_can_change_the_text() -> None:
    class Shout:
        @replykit.hookimpl(wrapper=True)
        def replykit_finalize(self) -> Generator[None, Any, Any]:
            found = yield
            return [r + "!" if isinstance(r, str) else r for r in found]

    s = build(Shout()).suggest("你好，软件已更新", {"target_script": "zh-TW"})
    assert s.text.endswith("!")


def test_a_wrapper_around_a_once_called_hook_runs() -> None:
    class SeesRules:
        def __init__(self) -> None:
            self.seen: list[str] = []

        @replykit.hookimpl(wrapper=True)
        def replykit_rules(self) -> Generator[None, Any, Any]:
            found = yield
            self.seen.extend(r.name for rules in found for r in rules)
            return found

    wrapper = SeesRules()
    a = build(wrapper)
    assert sorted(wrapper.seen) == sorted(r.name for r in a.rules.values())


def test_plugins_are_fixed_once_the_assistant_is_built() -> None:
    a = build()
    with pytest.raises(ReplykitError, match="pass plugins="):
        a.plugin_manager.register(Shouting(), name="late")


def test_config_trace_prints_every_hook_call(capsys: pytest.CaptureFixture[str]) -> None:
    a = build(config=replykit.Config(trace=True))
    a.suggest("不能退")
    err = capsys.readouterr().err
    assert "replykit_rules" in err and "replykit_check" in err and "finish replykit_check" in err


def test_replykit_trace_environment_variable() -> None:
    code = "import replykit; replykit.Assistant(entry_points=False).suggest('不能退')"
    env = {**os.environ, "REPLYKIT_TRACE": "1"}
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr.count("replykit_check [hook]") >= 4


def test_hooks_lists_every_hookspec() -> None:
    import inspect

    from replykit import hookspecs

    specs = {n for n, fn in inspect.getmembers(hookspecs, inspect.isfunction) if n.startswith("replykit_")}
    assert set(hookspecs.HOOKS) == specs


def test_the_plugin_tutorial_in_hooks_md_runs(monkeypatch: pytest.MonkeyPatch) -> None:
    import re
    import types
    from pathlib import Path

    from replykit.testing import example_cases

    doc = (Path(__file__).resolve().parents[1] / "docs" / "hooks.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```python\n(.*?)```", doc, re.S)
    module = types.ModuleType("replykit_shopslang")
    exec(next(b for b in blocks if "SLANG = rule(" in b), module.__dict__)
    monkeypatch.setitem(sys.modules, "replykit_shopslang", module)
    tests: dict[str, Any] = {}
    exec(next(b for b in blocks if "example_cases(replykit_shopslang" in b), tests)
    cases = example_cases(module, name="shopslang")
    assert [c.kind for c in cases] == ["flags", "leaves alone", "leaves alone", "declares examples"]
    for case in cases:
        case.check()
    tests["test_check_reports_the_slang"]()
