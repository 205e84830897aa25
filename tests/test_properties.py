"""Property tests over arbitrary drafts with every built-in plugin: no crash, offsets in
bounds, protected spans survive, safe fixes idempotent."""

from __future__ import annotations

from itertools import pairwise

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import replykit
from replykit.protect import compile_protection, protected_spans

ASSISTANT = replykit.Assistant(entry_points=False)
PROTECT = compile_protection()

# Fragments that trigger the built-in rules, glued with arbitrary text.
FRAGMENTS = [
    "你好",
    "您好",
    "你的订单",
    "我们不能给您退款",
    "没办法",
    "无法",
    "不可以",
    "不行",
    "但是",
    "可是",
    "不过",
    "不过半天就到",
    "再好不过",
    "嗯",
    "好",
    "哦",
    "知道了",
    "亲",
    "呢",
    "~",
    "O(∩_∩)O",
    "[微笑]",
    "😊",
    "！！！",
    "提供一下订单号",
    "快递不是我们的",
    "自己看",
    "不知道",
    "我們不能給您退款",
    "軟體",
    "软件",
    "，",
    "。",
    "？",
    "{{contact.name}}",
    "${name}",
    "[订单x]",
    "[金额x]",
    "#E-s[数字x]",
    "https://shop.example.com/a?b=1",
    "13812345678",
    "¥12.50",
    "2024-01-02",
    "a@b.cn",
    " ",
    "\n",
    "\t",
    "\x00",
    "\u200b",
    "\ufeff",
]
text_st = st.lists(
    st.one_of(st.sampled_from(FRAGMENTS), st.text(alphabet=st.characters(exclude_categories=("Cs",)), max_size=6)),
    max_size=20,
).map("".join)
context_st = st.one_of(
    st.none(),
    st.fixed_dictionaries(
        {"target_script": st.sampled_from([None, "zh-Hans", "zh-Hant", "zh-TW", "zh-HK", "auto"])},
        optional={"customer_message": st.sampled_from(["在吗", "請問發貨了嗎", "你们太差了！", ""])},
    ),
)
SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(text_st, context_st)
def test_no_crash_and_offsets_in_bounds(text: str, context: dict[str, object] | None) -> None:
    for fixes in ("none", "safe", "unsafe"):
        s = ASSISTANT.suggest(text, context, fixes=fixes)  # type: ignore[arg-type]
        assert s.errors == [], s.errors
        assert s.original == text
        for a in s.annotations:
            assert 0 <= a.start <= a.end <= len(text)
            assert text[a.start : a.end] == a.text
        assert [a.start for a in s.annotations] == sorted(a.start for a in s.annotations)
        if fixes == "none":
            assert s.text == text


@SETTINGS
@given(text_st, context_st)
def test_protected_spans_survive(text: str, context: dict[str, object] | None) -> None:
    s = ASSISTANT.suggest(text, context, fixes="unsafe")
    rest = s.text
    for start, end in protected_spans(text, PROTECT):
        piece = text[start:end]
        found = rest.find(piece)
        assert found >= 0, (piece, s.text)
        rest = rest[found + len(piece) :]


@SETTINGS
@given(text_st, context_st)
def test_safe_fixes_are_idempotent(text: str, context: dict[str, object] | None) -> None:
    once = ASSISTANT.suggest(text, context, fixes="safe").text
    twice = ASSISTANT.suggest(once, context, fixes="safe").text
    assert twice == once


# Characters the built-in patterns start on, end on or look for, among Chinese text.
_PROTECT_ALPHABET = "abcHTwxyz019１٣._+-@:/?=%{}$#E[]¥￥ 元号订单您好，"


@SETTINGS
@given(
    st.one_of(
        text_st,
        st.text(alphabet=st.characters(exclude_categories=("Cs",)), max_size=40),
        st.text(alphabet=_PROTECT_ALPHABET, max_size=60),
        st.lists(
            st.sampled_from(
                ["http://a.b/c", "www.x.cn", "a.b@c.com", "_a@c.com", "-x+y@a.cn", "{{x}}", "¥9", "12号", "ab1"]
            )
        ).map("订".join),
    )
)
def test_protected_spans_match_one_plain_scan(text: str) -> None:
    # protected_spans skips the scan when no trigger character is present, then jumps from
    # one start character to the next (falling back to the plain scan on letter-heavy text);
    # both shortcuts must find exactly what the plain scan finds.
    spans = protected_spans(text, PROTECT)
    covered = {i for s, e in spans for i in range(s, e)}
    assert covered == {i for m in PROTECT.finditer(text) for i in range(*m.span())}
    assert all(e1 < s2 for (_, e1), (s2, _) in pairwise(spans))  # sorted, apart, merged
    assert protected_spans("订单１２３４５", PROTECT) == [(2, 7)]
