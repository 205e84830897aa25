"""Engine behaviour with fake plugins: merging, priorities, protection, isolation, config."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest
from fakes import Boom, Insert, Replace

import replykit
from replykit import Assistant, Config
from replykit.hookspecs import hookimpl


def only(*plugins: object, config: Config | None = None, strict: bool | None = None) -> Assistant:
    return Assistant(config, plugins=list(plugins), defaults=False, entry_points=False, strict=strict)  # type: ignore[arg-type]


def test_fix_applied_and_annotation_fields() -> None:
    a = only(("p", Replace("p", "你", "您")))
    s = a.suggest("你好，你的订单")
    assert s.text == "您好，您的订单"
    assert s.changed
    assert [(x.start, x.end, x.text, x.rule, x.plugin, x.applied) for x in s.annotations] == [
        (0, 1, "你", "p.replace", "p", True),
        (3, 4, "你", "p.replace", "p", True),
    ]
    assert s.annotations[0].message == "假规则 replace：你"


def test_fix_levels() -> None:
    a = only(("s", Replace("s", "A", "a", fix="safe")), ("u", Replace("u", "B", "b", fix="unsafe")))
    assert a.suggest("AB", fixes="none").text == "AB"
    assert a.suggest("AB", fixes="safe").text == "aB"
    assert a.suggest("AB", fixes="unsafe").text == "ab"
    assert a.suggest("AB").text == "ab"  # unsafe is the default
    with pytest.raises(replykit.ReplykitError):
        a.suggest("AB", fixes="all")  # type: ignore[arg-type]


def test_advice_is_never_applied() -> None:
    s = only(("p", Replace("p", "A", "a", fix=None))).suggest("A")
    assert s.text == "A" and s.annotations[0].fix is None and not s.annotations[0].applied


def test_overlapping_edits_priority_then_severity_then_length() -> None:
    long_ = Replace("long", "ABC", "x", severity="warning")
    short = Replace("short", "B", "y", severity="error")
    s = only(("long", long_), ("short", short)).suggest("ABC")
    assert s.text == "AyC"  # error beats warning
    s = only(("long", Replace("long", "ABC", "x")), ("short", Replace("short", "B", "y"))).suggest("ABC")
    assert s.text == "x"  # same severity: longer span wins
    pri = Replace("short", "B", "y", priority=5)
    s = only(("long", Replace("long", "ABC", "x", severity="error")), ("short", pri)).suggest("ABC")
    assert s.text == "AyC"  # declared priority beats severity
    losers = [x for x in s.annotations if not x.applied]
    assert [x.rule for x in losers] == ["long.replace"]


def test_merge_is_deterministic_regardless_of_registration_order() -> None:
    p1, p2 = ("a", Replace("a", "AB", "1")), ("b", Replace("b", "BC", "2"))
    assert only(p1, p2).suggest("ABC").text == only(p2, p1).suggest("ABC").text == "1C"


def test_a_nested_safe_fix_is_carried_to_the_drafts_own_words() -> None:
    you = ("you", Replace("you", "你", "您"))
    clause = ("clause", Replace("clause", "你的订单无法取消", "你的订单无法取消，可以为你登记", fix="unsafe"))
    # The replacement keeps the covered span verbatim once: the draft's 你 is carried there;
    # the plugin's own wording after it stays as the plugin wrote it.
    s = only(you, clause).suggest("你好，你的订单无法取消。")
    assert s.text == "您好，您的订单无法取消，可以为你登记。"
    assert [a.applied for a in s.annotations if a.rule == "you.replace"] == [True, True]


def test_a_rewrite_that_keeps_a_flagged_token_it_cannot_place_gives_way() -> None:
    you = ("you", Replace("you", "你", "您"))
    # The replacement reorders the words: the draft's 你 is kept, but where is unknown.
    clause = ("clause", Replace("clause", "你的订单无法取消", "无法取消你的订单你", fix="unsafe"))
    s = only(you, clause).suggest("你好，你的订单无法取消。")
    assert s.text == "您好，您的订单无法取消。"
    by_rule = [(a.rule, a.applied) for a in s.annotations]
    assert ("clause.replace", False) in by_rule and by_rule.count(("you.replace", True)) == 2


def test_carried_fix_updates_the_replacement_and_is_marked_applied() -> None:
    you = ("you", Replace("you", "你", "您"))
    clause = ("clause", Replace("clause", "你们不能退款", "你们不能退款，我们能为您登记", fix="unsafe"))
    s = only(you, clause).suggest("你们不能退款")
    assert s.text == "您们不能退款，我们能为您登记"
    by_rule = {a.rule: a for a in s.annotations}
    assert by_rule["you.replace"].applied and by_rule["clause.replace"].applied
    assert by_rule["clause.replace"].replacements == ["您们不能退款，我们能为您登记"]
    # Safe-only: the unsafe edit is not applied, the safe fix applies on its own.
    assert only(you, clause).suggest("你们不能退款", fixes="safe").text == "您们不能退款"
    # Several findings of one word are carried when the counts agree.
    two = ("clause", Replace("clause", "你和你的家人", "你和你的家人，祝好", fix="unsafe"))
    assert only(you, two).suggest("你和你的家人").text == "您和您的家人，祝好"


class _Held(Replace):
    """A rule whose fixes are safe, reporting each match as advice (held, as politeness holds
    a 你 -> 您 inside a rebuke)."""

    @hookimpl
    def replykit_check(self, draft: Any, options: Any, report: Any) -> None:
        for m in self.pattern.finditer(draft.norm):
            report(self.rule, m.start(), m.end(), [self.replacement], fix=None)


def test_a_held_safe_fix_is_never_applied_alone_but_is_carried_into_a_rewrite() -> None:
    held = ("you", _Held("you", "你", "您"))
    s = only(held).suggest("你自己看")
    assert s.text == "你自己看" and not s.annotations[0].applied
    # A rewrite of the whole sentence takes the held fix with it: the rewrite never brings 你 back.
    sentence = ("sentence", Replace("sentence", "你自己看", "你可以在订单页查看哦", fix="unsafe"))
    s = only(held, sentence).suggest("你自己看")
    assert s.text == "您可以在订单页查看哦"
    assert all(a.applied for a in s.annotations)
    assert only(held, sentence).suggest("你自己看", fixes="safe").text == "你自己看"
    # A rewrite that keeps the held token where it cannot be placed gives way; the token stays.
    scrambled = ("sentence", Replace("sentence", "你自己看", "看你你自己", fix="unsafe"))
    s = only(held, scrambled).suggest("你自己看")
    assert s.text == "你自己看" and not any(a.applied for a in s.annotations)


class _Rebuke(Replace):
    """Advice of a rule that holds its sentence (as curt and blame do)."""

    def __init__(self, plugin: str, pattern: str) -> None:
        super().__init__(plugin, pattern, "", fix=None)
        self.rule = replace(self.rule, holds_sentence=True)

    @hookimpl
    def replykit_check(self, draft: Any, options: Any, report: Any) -> None:
        for m in self.pattern.finditer(draft.norm):
            report(self.rule, m.start(), m.end(), fix=None)


def test_advice_that_holds_its_sentence_stops_unsafe_rewrites_there_only() -> None:
    rebuke = ("curt", _Rebuke("curt", "说了多少遍"))
    polish = ("polish", Replace("polish", "没办法", "我们能为您做的是登记", fix="unsafe"))
    safe = ("you", Replace("you", "你", "您", fix="safe"))
    s = only(rebuke, polish, safe).suggest("说了多少遍，你这个没办法。你那个没办法。")
    # The first sentence keeps its words but for the safe fix; the second is rewritten.
    assert s.text == "说了多少遍，您这个没办法。您那个我们能为您做的是登记。"
    held = [a for a in s.annotations if a.rule == "polish.replace" and a.start < 10]
    assert held and held[0].fix is None and not held[0].applied
    # Without the rebuke both rewrites apply.
    assert only(polish).suggest("这个没办法。那个没办法。").text.count("登记") == 2


def test_insertions_conflict_only_at_same_point() -> None:
    s = only(("i", Insert("i", "呢")), ("j", Insert("j", "~"))).suggest("好的")
    assert s.text in {"好的呢", "好的~"}
    assert sum(x.applied for x in s.annotations) == 1
    s = only(("i", Insert("i", "呢")), ("p", Replace("p", "好", "棒"))).suggest("好的")
    assert s.text == "棒的呢"


@pytest.mark.parametrize(
    "draft",
    [
        "{{contact.name}}你好",
        "你好${name}",
        "订单[订单x]你看一下",
        "链接https://a.example.com/你?q=1",
        "电话13812345678，你好",
        "金额¥12.50，你好",
        "日期2024-01-02你好",
    ],
)
def test_protected_spans_survive_rewrites(draft: str) -> None:
    # A plugin that tries to rewrite every character must leave protected text intact.
    s = only(("p", Replace("p", ".", "X"))).suggest(draft)
    assert "你" not in s.text
    from replykit.protect import compile_protection, protected_spans

    for start, end in protected_spans(draft, compile_protection()):
        assert draft[start:end] in s.text


def test_edit_covering_protected_text_must_keep_it() -> None:
    keep = only(("p", Replace("p", r"退\ue000+款", "退[订单x]款呢")))
    assert keep.suggest("退[订单x]款").text == "退[订单x]款呢"
    drop = only(("p", Replace("p", r"退\ue000+款", "退款")))
    s = drop.suggest("退[订单x]款")
    assert s.text == "退[订单x]款" and not s.annotations[0].applied


def test_plugin_error_is_isolated_and_recorded() -> None:
    s = only(("boom", Boom()), ("p", Replace("p", "你", "您"))).suggest("你好")
    assert s.text == "您好"
    assert [(e.plugin, e.hook, e.error, e.message) for e in s.errors] == [
        ("boom", "replykit_check", "RuntimeError", "kaboom")
    ]


def test_strict_mode_raises_with_plugin_name() -> None:
    with pytest.raises(replykit.PluginFailure, match='plugin "boom" failed in replykit_check'):
        only(("boom", Boom()), strict=True).suggest("你好")
    with pytest.raises(replykit.PluginFailure):
        only(("boom", Boom()), config=Config(strict=True)).suggest("你好")


def test_select_ignore_by_prefix_like_ruff() -> None:
    plugins = [("p", Replace("p", "A", "a", name="one")), ("q", Replace("q", "B", "b", name="two"))]
    assert only(*plugins, config=Config(select=["p"])).suggest("AB").text == "aB"
    assert only(*plugins, config=Config(ignore=["q.two"])).suggest("AB").text == "aB"
    assert only(*plugins, config=Config(select=["q"], extend_select=["p.one"])).suggest("AB").text == "ab"
    # The more specific prefix wins.
    assert only(*plugins, config=Config(select=["p.one"], ignore=["p"])).suggest("AB").text == "aB"
    assert only(*plugins, config=Config(select=["ALL"], ignore=["ALL"])).suggest("AB").text == "AB"


def test_unknown_prefix_is_a_config_error() -> None:
    with pytest.raises(replykit.ConfigError, match="'select': unknown rule or prefix 'nope'"):
        only(("p", Replace("p", "A", "a")), config=Config(select=["nope"]))


def test_severity_override_and_unfixable() -> None:
    cfg = Config(severity={"p": "info", "p.replace": "error"}, unfixable=["p"])
    s = only(("p", Replace("p", "A", "a")), config=cfg).suggest("A")
    assert s.annotations[0].severity == "error" and s.text == "A" and s.annotations[0].fix == "safe"


def test_locale_en() -> None:
    s = only(("p", Replace("p", "A", "a")), config=Config(locale="en")).suggest("A")
    assert s.annotations[0].message == "fake rule replace: A"


def test_disabled_plugins_are_not_called() -> None:
    fake = Replace("p", "A", "a")
    only(("p", fake), ("q", Replace("q", "B", "b")), config=Config(select=["q"])).suggest("AB")
    assert fake.calls == 0


def test_bad_input() -> None:
    a = only(("p", Replace("p", "A", "a")))
    with pytest.raises(TypeError, match="must be a str"):
        a.suggest(b"bytes")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        a.suggest(None)  # type: ignore[arg-type]
    for blank in ("", "   ", "\n\t"):
        s = a.suggest(blank)
        assert s.annotations == [] and s.text == blank and not s.changed
    with pytest.raises(replykit.ReplykitError, match="lone surrogate"):
        a.suggest("你好\ud800")
    s = a.suggest("A\x00\x07\x1bA")
    assert s.text == "a\x00\x07\x1ba"
    with pytest.raises(replykit.ReplykitError, match="invalid context"):
        a.suggest("A", {"target_script": "klingon"})
    with pytest.raises(replykit.ReplykitError, match="invalid context"):
        a.suggest("A", {"unknown": 1})


def test_context_dict_or_model() -> None:
    ctx = replykit.Context(customer_message="在吗", channel="taobao", extra={"vip": True})
    a = only(("p", Replace("p", "A", "a")))
    assert a.suggest("A", ctx).text == a.suggest("A", ctx.model_dump()).text == "a"


def test_reporting_outside_the_draft_is_a_plugin_error() -> None:
    class Bad(Replace):
        @replykit.hookimpl
        def replykit_check(self, draft, options, report):  # type: ignore[no-untyped-def]
            report(self.rule, 0, len(draft.text) + 5, ["x"])

    s = only(("p", Bad("p", "A", "a"))).suggest("A")
    assert s.errors and s.errors[0].plugin == "p" and "outside the draft" in s.errors[0].message


def test_reporting_another_plugins_rule_is_an_error() -> None:
    other = Replace("q", "A", "a")

    class Thief(Replace):
        @replykit.hookimpl
        def replykit_check(self, draft, options, report):  # type: ignore[no-untyped-def]
            report(other.rule, 0, 1, ["x"])

    s = only(("p", Thief("p", "A", "a")), ("q", other)).suggest("A")
    assert [e.plugin for e in s.errors] == ["p"]


def test_duplicate_plugin_name_is_rejected() -> None:
    with pytest.raises(replykit.ReplykitError, match="already registered"):
        only(("p", Replace("p", "A", "a")), ("p", Replace("p", "B", "b")))


def test_plugin_options_validated_with_its_model() -> None:
    from pydantic import BaseModel, ConfigDict

    class Opts(BaseModel):
        model_config = ConfigDict(extra="forbid")
        style: str = "kaomoji"

    class WithOptions(Replace):
        seen: object = None

        @replykit.hookimpl
        def replykit_options_model(self):  # type: ignore[no-untyped-def]
            return Opts

        @replykit.hookimpl
        def replykit_check(self, draft, options, report):  # type: ignore[no-untyped-def]
            WithOptions.seen = options

    plugin = WithOptions("p", "A", "a")
    only(("p", plugin), config=Config(plugins={"p": {"style": "code"}})).suggest("A")
    assert WithOptions.seen == Opts(style="code")
    with pytest.raises(replykit.ConfigError, match=r"unknown key 'plugins\.p\.colour'"):
        only(("p", plugin), config=Config(plugins={"p": {"colour": "red"}}))
    with pytest.raises(replykit.ConfigError, match="no plugin named 'nobody'"):
        only(("p", plugin), config=Config(plugins={"nobody": {}}))


def test_engine_bug_does_not_crash_the_caller(monkeypatch: pytest.MonkeyPatch) -> None:
    a = only(("p", Replace("p", "A", "a")))

    def broken(*args: object, **kwargs: object) -> None:
        raise ZeroDivisionError("engine bug")

    monkeypatch.setattr(a, "_choose_edits", broken)
    s = a.suggest("A")
    assert s.text == "A" and s.errors[0].plugin == "replykit"


def test_thread_safety_same_results() -> None:
    from concurrent.futures import ThreadPoolExecutor

    a = replykit.Assistant(entry_points=False)
    drafts = [f"你好，我们不能给你退款{i}，但是可以换货" for i in range(200)]
    expected = [a.suggest(d).model_dump() for d in drafts]
    with ThreadPoolExecutor(8) as pool:
        got = list(pool.map(lambda d: a.suggest(d).model_dump(), drafts))
    assert got == expected


def test_long_draft_work_is_linear() -> None:
    """A 100,000-character draft is processed, and segmentation (the costly part) sees each
    character a bounded number of times. Timings live in benchmarks/, not in tests."""
    fed: list[int] = []

    class CountingSegmenter:
        @replykit.hookimpl(tryfirst=True)
        def replykit_segmenter(self):  # type: ignore[no-untyped-def]
            from replykit.builtin.segmenter import jieba_segmenter

            inner = jieba_segmenter()

            def segment(text: str) -> list[tuple[str, int, int]]:
                fed.append(len(text))
                return inner(text)

            return segment

    class WordHits(Replace):
        @replykit.hookimpl
        def replykit_check(self, draft, options, report):  # type: ignore[no-untyped-def]
            for m in self.pattern.finditer(draft.norm):
                if draft.word_boundary(m.start(), m.end()):
                    report(self.rule, m.start(), m.end(), [self.replacement])

    plugins = [("counting", CountingSegmenter()), ("w", WordHits("w", "退款", "退货"))]
    a = replykit.Assistant(plugins=plugins, entry_points=False)
    unit = "亲，您好，这款很好看，但是我们不能给你退款。[订单x]已发货！请提供一下订单号"
    draft = unit * (100_000 // len(unit) + 1)
    assert len(draft) >= 100_000
    s = a.suggest(draft)
    assert s.annotations and all(0 <= x.start <= x.end <= len(draft) for x in s.annotations)
    assert sum(fed) <= 2 * len(draft)


def test_default_suggest_uses_shared_assistant() -> None:
    from replykit.engine import default_assistant

    assert default_assistant() is default_assistant()
    assert isinstance(replykit.suggest("你好").text, str)


def test_replykit_protected_patterns_hook_adds_protection() -> None:
    class ShopVars:
        @replykit.hookimpl
        def replykit_protected_patterns(self):  # type: ignore[no-untyped-def]
            return [r"<<[A-Z_]+>>"]

    s = only(("vars", ShopVars()), ("p", Replace("p", "[A-Z]", "x"))).suggest("<<NAME>>A")
    assert s.text == "<<NAME>>x"


class Upper:
    """Defers one finding per draft and upper-cases the whole text in replykit_finalize."""

    def __init__(self, lose: bool = False) -> None:
        from fakes import make_rule

        self.rule = make_rule("upper")
        self.lose = lose
        self.seen: list[str] = []

    @replykit.hookimpl
    def replykit_rules(self):  # type: ignore[no-untyped-def]
        return [self.rule]

    @replykit.hookimpl
    def replykit_check(self, draft, options, report):  # type: ignore[no-untyped-def]
        report(self.rule, 0, len(draft.text), [draft.text.upper()], deferred=True)

    @replykit.hookimpl
    def replykit_finalize(self, text, draft, options, annotations):  # type: ignore[no-untyped-def]
        self.seen.append(text)
        return text.upper()[:-1] if self.lose else text.upper()


def test_replykit_finalize_runs_last_with_protected_spans_masked() -> None:
    up = Upper()
    s = only(("up", up), ("p", Replace("p", "b", "c"))).suggest("ab {{contact.name}} https://x.example.com/q")
    assert s.text == "AC {{contact.name}} HTTPS://X.EXAMPLE.COM/Q".replace(
        "{{CONTACT.NAME}}", "{{contact.name}}"
    ).replace("HTTPS://X.EXAMPLE.COM/Q", "https://x.example.com/q")
    assert "{{contact.name}}" not in up.seen[0] and up.seen[0].startswith("ac ")
    assert [a.applied for a in s.annotations if a.rule == "up.upper"] == [True]
    assert only(("up", Upper())).suggest("ab", fixes="none").text == "ab"


class Picky(Upper):
    """Declares only some hook arguments, in its own order, as pluggy allows."""

    @replykit.hookimpl
    def replykit_check(self, report, draft):  # type: ignore[no-untyped-def,override]
        report(self.rule, 0, len(draft.text), [draft.text.upper()], deferred=True)

    @replykit.hookimpl
    def replykit_finalize(self, annotations, text):  # type: ignore[no-untyped-def,override]
        self.seen.append(f"{len(annotations)}:{text}")
        return text.upper()


def test_implementations_may_declare_a_subset_of_the_arguments_in_any_order() -> None:
    picky = Picky()
    s = only(("up", picky)).suggest("ab")
    assert s.text == "AB" and not s.errors
    assert picky.seen == ["1:ab"]


def test_finalize_that_loses_a_protected_span_is_rejected() -> None:
    s = only(("up", Upper(lose=True))).suggest("ab [订单x]")
    assert s.text == "ab [订单x]"
    assert [(e.plugin, e.hook) for e in s.errors] == [("up", "replykit_finalize")]


def _pairwise_conflict(a: tuple[int, int], b: tuple[int, int]) -> bool:
    """The definition in docs/engine.md, checked pair by pair."""
    (a0, a1), (b0, b1) = a, b
    if a0 == a1 and b0 == b1:
        return a0 == b0
    if a0 == a1:
        return b0 < a0 < b1
    if b0 == b1:
        return a0 < b0 < a1
    return a0 < b1 and b0 < a1


def test_the_conflict_index_agrees_with_the_pairwise_definition() -> None:
    from hypothesis import given, settings
    from hypothesis import strategies as st

    from replykit.engine import _ChosenEdits, _Finding

    span = st.tuples(st.integers(0, 30), st.integers(0, 4)).map(lambda t: (t[0], t[0] + t[1]))

    @settings(max_examples=400, deadline=None)
    @given(st.lists(span, max_size=25))
    def check(spans: list[tuple[int, int]]) -> None:
        index, chosen = _ChosenEdits(), []
        for s, e in spans:
            f = _Finding(None, s, e, ["x"], "safe", None, False)  # type: ignore[arg-type]
            expected = any(_pairwise_conflict((s, e), c) for c in chosen)
            assert index.conflicts(f) == expected, (spans, (s, e))
            if not expected:
                index.add(f)
                chosen.append((s, e))

    check()


def test_ten_thousand_findings_in_one_draft_all_apply() -> None:
    # Choosing among them uses the conflict index above (benchmarks/run.py --only long shows
    # the time growing linearly with the draft).
    a = Assistant(plugins=[("replace", Replace("replace", "你", "您"))], defaults=False, entry_points=False)
    s = a.suggest("你好" * 10_000)
    assert s.text == "您好" * 10_000
    assert len(s.annotations) == 10_000


def test_replacements_read_in_the_target_script() -> None:
    # A zh-TW reply: the suggested wording of every finding is shown as the text will read.
    s = replykit.Assistant(entry_points=False).suggest("我们没办法给你加急", {"target_script": "zh-TW"})
    rewritten = "我們沒辦法給您加急，我們能為您做的是隨時幫您跟進訂單進度，有更新馬上告訴您"
    assert s.text == rewritten  # 你 -> 您 carried into the rewrite, then converted
    negative = next(a for a in s.annotations if a.rule == "negative.no-way")
    assert negative.replacements == [rewritten]
    assert negative.text == "我们没办法给你加急"  # the flagged text stays the draft's own
    plain = replykit.Assistant(entry_points=False).suggest("我们没办法给你加急")
    no_way = next(a for a in plain.annotations if a.rule == "negative.no-way")
    assert no_way.replacements[0].startswith("我们没办法给您")
