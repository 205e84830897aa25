"""The negative plugin beyond its declared examples: scripts, protected spans, subjects,
offsets, cost, and every real line of ../shared/data/agent_replies_with_negation.jsonl."""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

import pytest
from conftest import shared_lines
from hypothesis import given
from hypothesis import strategies as st

import replykit
from replykit import hookimpl
from replykit.builtin import negative
from replykit.builtin.negative import clause as negative_clause
from replykit.models import Suggestion

SUBJECTS = ("我们", "我", "我们这边", "我这边", "小妹", "小妹这边", "这边", "咱们", "妹子")
_SUBJECT_ALT = "|".join(sorted(SUBJECTS, key=len, reverse=True))
_SPEAKER = re.compile(f"({_SUBJECT_ALT})[能会]为您")
_ENDS_WITH_SUBJECT = re.compile(f"(?:{_SUBJECT_ALT})$")


def doubled_subject(text: str) -> bool:
    """True when the speaker before 能为您/会为您 follows another subject (我们我们, 这边我们)."""
    return any(_ENDS_WITH_SUBJECT.search(text, 0, m.start()) for m in _SPEAKER.finditer(text))


MASK = re.compile(r"\[[^\[\]\n]{1,12}\]|\{\{[^{}\n]{0,100}\}\}")


@pytest.fixture(scope="module")
def neg() -> replykit.Assistant:
    return replykit.Assistant(replykit.Config(select=["negative"], strict=True), entry_points=False)


def test_doubled_subject_detector() -> None:
    assert doubled_subject("我们不能退款，我们我们能为您做的是……")
    assert doubled_subject("这边我们能为您做的是……")
    assert not doubled_subject("我们不能退款，我们这边能为您做的是……")


def fired(s: Suggestion) -> list[str]:
    return [a.rule for a in s.annotations if a.plugin == "negative"]


def check_invariants(text: str, s: Suggestion) -> None:
    """Offsets are valid, the subject appears once, masks survive, and only fixed spans change."""
    for a in s.annotations:
        assert 0 <= a.start <= a.end <= len(text)
        assert text[a.start : a.end] == a.text
        assert a.fix in ("unsafe", None)
        if a.replacements:
            assert not doubled_subject(a.replacements[0]), a.replacements[0]
    assert "我们我们" not in s.text
    assert not doubled_subject(s.text), s.text
    assert MASK.findall(s.text) == MASK.findall(text)
    # Outside the applied spans the draft is byte-equal.
    pos, rebuilt = 0, []
    for a in sorted((a for a in s.annotations if a.applied), key=lambda a: a.start):
        rebuilt.append(text[pos : a.start])
        rebuilt.append(a.replacements[0])
        pos = a.end
    rebuilt.append(text[pos:])
    assert "".join(rebuilt) == s.text


# --- scripts ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("draft", "expected"),
    [
        ("我們不能給您退款", "我們不能給您退款"),  # advice: no default offer for a refund
        ("親，地址是無法修改的哦", "親，地址是無法修改的哦"),
        ("這個沒辦法幫您加急呢", "這個沒辦法幫您加急呢，我們能為您做的是隨時幫您跟進訂單進度，有更新馬上告訴您"),
        ("具體時間我們也無法確定", "具體時間我們也無法確定，我們能為您做的是隨時幫您跟進訂單進度，有更新馬上告訴您"),
        ("這款賣完了,我們沒辦法給您換貨哦", "這款賣完了,我們沒辦法給您換貨哦,我們能為您做的是一有貨就馬上通知您"),
        ("這不是我應該做的", "這不是我應該做的"),  # advice: who can help is not in the draft
    ],
)
def test_traditional_draft_gets_a_traditional_rewrite(neg: replykit.Assistant, draft: str, expected: str) -> None:
    s = neg.suggest(draft)
    assert s.text == expected
    assert all(a.fix == ("unsafe" if s.changed else None) for a in s.annotations)


def test_advice_offered_to_a_traditional_draft_is_traditional(neg: replykit.Assistant) -> None:
    (a,) = neg.suggest("這不是我應該做的").annotations
    assert a.fix is None
    assert a.replacements == ["很抱歉，這個我們沒有相關權限，您可以諮詢平臺客服看看"]


def test_traditional_and_simplified_fire_the_same_rules(neg: replykit.Assistant) -> None:
    from replykit.convert import convert

    for text in ("我们不能给您退款", "亲，不可以的哦", "小妹这边没办法修改价格", "这个我们也无法保证呢"):
        trad = convert(text, "s2tw")
        assert fired(neg.suggest(trad)) == fired(neg.suggest(text))
        assert neg.suggest(trad).text == convert(neg.suggest(text).text, "s2tw")


# --- protected spans ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "draft",
    [
        "亲，[订单x]无法取消的哦",
        "无法开具[姓名x]票呢",
        "{{contact.name}}您好，我们无法为您修改[地址x]的",
        "但不能保证[日期x]中午前就能到",
        "这边暂时不能给您修改[订单x]的收货地址呢",
    ],
)
def test_protected_spans_inside_the_clause_survive(neg: replykit.Assistant, draft: str) -> None:
    s = neg.suggest(draft)
    assert fired(s), draft
    check_invariants(draft, s)
    for a in s.annotations:  # applied or advice, the suggested wording keeps the masks
        assert MASK.findall(a.replacements[0]) == MASK.findall(a.text)


def test_a_refusal_inside_a_mask_is_not_a_finding(neg: replykit.Assistant) -> None:
    s = neg.suggest("您好，您的[无法修改]已记录")
    assert not fired(s)


# --- subjects -----------------------------------------------------------------------------------

ADVERBS = ("", "也", "确实", "真的", "暂时", "目前", "是", "也是", "现在还")
NEGATIONS = ("不能", "无法", "不可以", "没办法", "没法")
VERBS = ("给您退款", "为您修改地址", "帮您取消订单", "修改", "添加备注", "开具发票")
TOPICS = ("", "这个", "订单", "非常抱歉", "亲，", "亲爱的 ")
TAILS = ("", "的", "的哦", "呢", "的呢亲", "哈~")


def generated() -> list[str]:
    combos = itertools.product(TOPICS, ("", *SUBJECTS), ADVERBS, NEGATIONS, VERBS, TAILS)
    # Every third combination: all values still meet each other, at a third of the cost.
    return ["".join(parts) for parts in itertools.islice(combos, 0, None, 3)]


def test_no_doubled_subject_over_generated_refusals(neg: replykit.Assistant) -> None:
    drafts = generated()
    assert len(drafts) > 10000
    missed = []
    for draft in drafts:
        s = neg.suggest(draft)
        if not fired(s):
            missed.append(draft)
            continue
        check_invariants(draft, s)
        assert "……" not in s.text, s.text
        assert len(re.findall("能为您做的是", s.text)) == (1 if s.changed else 0), s.text
    assert len(missed) / len(drafts) < 0.01, missed[:20]


@pytest.mark.parametrize(
    ("draft", "expected"),
    [
        ("我们不能给您退款", "我们不能给您退款，我们能为您做的是把您的情况登记反馈给售后，尽快给您一个处理方案"),
        ("小妹这边也无法帮您修改呢", "小妹这边也无法帮您修改呢，小妹这边能为您做的是……"),
        ("这边我们也无法确定呢", "这边我们也无法确定呢，我们能为您做的是……"),
        ("订单我这边确实没办法修改的", "订单我这边确实没办法修改的，我这边能为您做的是……"),
        ("亲，不可以的哦", "不可以的哦，我们能为您做的是……"),
    ],
)
def test_subject_appears_once_and_the_decision_is_kept(neg: replykit.Assistant, draft: str, expected: str) -> None:
    (a,) = neg.suggest(draft).annotations
    assert a.replacements[0] == expected


# --- offsets and spans --------------------------------------------------------------------------


def test_the_offer_goes_after_the_whole_sentence(neg: replykit.Assistant) -> None:
    draft = "您好，这款暂时缺货，我们无法按时发货哦，到货时间还没定。谢谢您的理解。"
    s = neg.suggest(draft)
    (a,) = s.annotations
    assert a.text == "我们无法按时发货哦，到货时间还没定"  # never between two parts of the sentence
    offer = "我们能为您做的是一有货就马上通知您"
    assert s.text == f"您好，这款暂时缺货，我们无法按时发货哦，到货时间还没定，{offer}。谢谢您的理解。"


@pytest.mark.parametrize("closing", ["还请您谅解", "麻烦您再耐心等一等", "感谢您的理解"])
def test_no_offer_after_a_closing(neg: replykit.Assistant, closing: str) -> None:
    # The sentence already closes after the refusal: an offer after the closing would not read.
    draft = f"您好，这款暂时缺货，我们无法按时发货哦，{closing}。"
    s = neg.suggest(draft)
    (a,) = s.annotations
    assert a.fix is None and s.text == draft


def test_an_ascii_full_stop_ends_the_sentence(neg: replykit.Assistant) -> None:
    offer = "我们能为您做的是随时帮您跟进订单进度，有更新马上告诉您"
    s = neg.suggest("这单我们没办法帮您加急哦.")
    assert s.text == f"这单我们没办法帮您加急哦，{offer}."  # the end mark stays last
    s = neg.suggest("这单我们没办法帮您加急哦.仓库每天16:00截单")
    assert s.text == f"这单我们没办法帮您加急哦，{offer}.仓库每天16:00截单"


def test_a_vocative_after_the_refusal_stays_before_the_offer(neg: replykit.Assistant) -> None:
    s = neg.suggest("这个没法加急的亲")
    assert s.annotations[0].text == "这个没法加急的亲"
    assert s.text.startswith("这个没法加急的亲，我们能为您做的是")


def test_nothing_is_added_after_a_question(neg: replykit.Assistant) -> None:
    draft = "稍等 这边查询一下 具体哪天到货我们也没法确定呢 您看可以吗?"
    s = neg.suggest(draft)
    (a,) = s.annotations
    assert a.text == "具体哪天到货我们也没法确定呢" and not a.applied and not s.changed
    assert a.replacements[0] == "具体哪天到货我们也没法确定呢，我们能为您做的是随时帮您跟进订单进度，有更新马上告诉您"


def test_one_applied_rewrite_per_sentence(neg: replykit.Assistant) -> None:
    draft = "这个已经没货了，我们无法按时发货，也无法帮您加急呢。"
    s = neg.suggest(draft)
    assert len(s.annotations) == 2
    assert [a.applied for a in s.annotations] == [True, False]
    assert s.annotations[1].fix is None and s.annotations[1].replacements
    assert s.text == "这个已经没货了，我们无法按时发货，也无法帮您加急呢，我们能为您做的是一有货就马上通知您。"


@pytest.mark.parametrize(
    "draft",
    [
        "本店商品一经售出，概不退换，敬请谅解。",
        "包裹一旦离开仓库，本公司即无法更改收件地址。",
        "买家签收后超过七天的订单，不予受理退款申请。",
        "定制商品一经下单，本店恕不接受退换。",
    ],
)
def test_policy_text_gets_advice_only(neg: replykit.Assistant, draft: str) -> None:
    s = neg.suggest(draft, {"offers": {"refund": "为您申请运费补贴", "address": "为您联系快递转寄"}})
    assert s.annotations and not s.changed
    assert all(a.fix is None and "能为您做的是" not in a.replacements[0] for a in s.annotations)


@pytest.mark.parametrize(
    ("draft", "offers"),
    [
        ("亲，地址是无法修改的哦", {"address": "在订单上备注您的新地址"}),  # names the refused topic
        ("亲，这单我们不能补发了哦", {"other": "补发一个小赠品"}),  # grants the refused service
        ("亲，偏远地区不在包邮范围内哦", {"discount": "送您一张店铺优惠券"}),
    ],
)
def test_an_offer_that_grants_what_was_refused_is_not_applied(
    neg: replykit.Assistant, draft: str, offers: dict[str, str]
) -> None:
    s = neg.suggest(draft, {"offers": offers})
    assert s.annotations and not s.changed


def test_a_chat_reply_without_an_approved_offer_is_left_alone(neg: replykit.Assistant) -> None:
    for draft in ("亲，这个已经出库了，无法取消的哦", "抱歉亲，这件已经过了七天，不能给您退货了"):
        s = neg.suggest(draft)
        (a,) = s.annotations
        assert not s.changed and a.fix is None
        assert "处理" in a.replacements[0] and a.replacements[1].endswith("……")


def test_without_a_known_alternative_the_text_is_left_alone(neg: replykit.Assistant) -> None:
    s = neg.suggest("这个颜色我们真的帮不了您")
    (a,) = s.annotations
    assert not s.changed and a.fix is None and not a.applied
    assert a.replacements == ["这个颜色我们真的帮不了您，我们能为您做的是……"]


def test_offers_from_config_and_context() -> None:
    config = replykit.Config(select=["negative"], plugins={"negative": {"offers": {"refund": "先为您申请运费补贴"}}})
    a = replykit.Assistant(config, entry_points=False)
    assert a.suggest("我们不能给您退款").text == "我们不能给您退款，我们能为您做的是先为您申请运费补贴"
    per_call = a.suggest("我们不能给您退款", {"offers": {"refund": "为您换一件新的"}})
    assert per_call.text == "我们不能给您退款，我们能为您做的是为您换一件新的"
    off = a.suggest("我们不能给您退款", {"offers": {"refund": ""}})
    assert not off.changed and off.annotations[0].fix is None
    slot = a.suggest("我们不能给您退款", {"offers": {"refund": "为您……"}})
    assert not slot.changed  # an offer with a slot is never applied


def test_offers_with_slots_are_a_config_error() -> None:
    with pytest.raises(replykit.ReplykitError):
        replykit.Assistant(replykit.Config(plugins={"negative": {"offers": {"refund": "为您……"}}}), entry_points=False)
    with pytest.raises(replykit.ReplykitError):
        replykit.Assistant(replykit.Config(plugins={"negative": {"offers": {"refunds": "x"}}}), entry_points=False)


def test_fixes_are_unsafe_only(neg: replykit.Assistant) -> None:
    draft = "具体时间我们也无法确定"
    assert neg.suggest(draft, fixes="safe").text == draft
    assert neg.suggest(draft, fixes="unsafe").changed


def test_rewrite_is_stable(neg: replykit.Assistant) -> None:
    for draft in (
        "我们不能给您退款",
        "退货不行的哦",
        "具体时间我们也无法确定",
        "这不是我应该做的",
        "不支持退货，可以为您换货",
    ):
        once = neg.suggest(draft).text
        assert not neg.suggest(once).changed, once


def test_english_messages_say_why() -> None:
    a = replykit.Assistant(replykit.Config(select=["negative"], locale="en"), entry_points=False)
    (ann,) = a.suggest("我们不能给您退款").annotations
    assert "instead" in ann.message


# --- must not fire ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "draft",
    [
        "能不能麻烦您给个评价呢",
        "可不可以提供一下您的手机号？",
        "您看行不行呢",
        "不会的亲，这个不会掉色",
        "不会起球的，请放心",
        "这款可不能错过哦",
        "我们不能不为您着想",
        "没问题的亲",
        "没关系，慢慢来",
        "不客气呢",
        "不好意思久等了",
        "支持七天无理由退货",
        "无论如何都会给您一个满意的答复",
        "不清楚的地方可以问我哦",
        "这都是我应该做的",
        "温馨提示：订单一旦取消是无法恢复的",
        "如果还是不行，您再联系我们",
        "避免因缺货导致无法购买哦",
        "配送员说无法联系您，麻烦保持电话畅通",
        "您那边无法付款吗",
        "这款手表不能泡水哦",
        "首次拒收不会扣京豆的",
        "一年内无法再次开通的噢，您确认要退吗",
        "缺一不可",
    ],
)
def test_must_not_fire(neg: replykit.Assistant, draft: str) -> None:
    assert not fired(neg.suggest(draft)), draft


# --- cost ---------------------------------------------------------------------------------------


class _NoSegmenter:
    """A segmenter that fails: the negative plugin segments only what its patterns cannot decide."""

    @hookimpl(tryfirst=True)
    def replykit_segmenter(self) -> object:
        def segment(text: str) -> Sequence[tuple[str, int, int]]:
            raise AssertionError("negative segmented a clause")

        return segment


def test_segments_only_impersonal_no_way_clauses() -> None:
    a = replykit.Assistant(
        replykit.Config(select=["negative"], strict=True), plugins=[("noseg", _NoSegmenter())], entry_points=False
    )
    for draft in ("我们不能给您退款", "亲，不可以的哦", "这个小妹真没办法", "这不是我应该做的", "您好，已为您处理"):
        a.suggest(draft)
    for draft in ("不支持退货", "这款不能泡水", "我们没法帮您查", "没法发货"):
        a.suggest(draft)


class _Untagged:
    """A segmenter without a part-of-speech tagger: 没法 + an unlisted verb is then not decided."""

    @hookimpl(tryfirst=True)
    def replykit_segmenter(self) -> object:
        def segment(text: str) -> list[tuple[str, int, int]]:
            return [(c, i, i + 1) for i, c in enumerate(text)]

        return segment


def test_part_of_speech_tells_a_verb_from_a_look_alike(neg: replykit.Assistant) -> None:
    assert fired(neg.suggest("那个颜色没法调货了")) == ["negative.no-way"]
    assert not fired(neg.suggest("这个价格在同类产品里没法比"))
    untagged = replykit.Assistant(
        replykit.Config(select=["negative"], strict=True), plugins=[("plain", _Untagged())], entry_points=False
    )
    assert not fired(untagged.suggest("那个颜色没法调货了"))


def test_drafts_without_negation_cost_one_scan(neg: replykit.Assistant) -> None:
    calls = 0
    original = negative._analyse

    def counting(*args: object) -> object:
        nonlocal calls
        calls += 1
        return original(*args)  # type: ignore[arg-type]

    negative._analyse = counting  # type: ignore[assignment]
    try:
        for draft in ("您好，已经为您催促了呢", "好的亲，马上为您处理", "感谢您的耐心等待~"):
            neg.suggest(draft)
    finally:
        negative._analyse = original
    assert calls == 0


def test_candidate_scan_finds_every_trigger() -> None:
    """The cheap literal scan must start wherever the full trigger alternation can match."""
    words = [
        "不可以",
        "不能",
        "无法",
        "没有办法",
        "没办法",
        "没法",
        "不行",
        "不可",
        "不是我们应该做的",
        "不归我们管",
        "不关我们的事",
        "跟我们没关系",
        "与我无关",
        "做不了",
        "做不到",
        "办不到",
        "弄不了",
        "搞不定",
        "帮不了",
        "帮不上",
        "处理不了",
        "解决不了",
        "无能为力",
        "不会弄",
        "不会操作",
    ]
    for word in words:
        text = f"亲，这个{word}的哦"
        m = negative_clause.TRIGGER.search(text)
        assert m is not None, word
        assert any(c.start() == m.start() for c in negative_clause.CANDIDATE.finditer(text)), word


# --- every real line ----------------------------------------------------------------------------


@pytest.mark.shared
def test_every_real_negation_line(neg: replykit.Assistant) -> None:
    count = flagged = changed = 0
    for _number, text in shared_lines("agent_replies_with_negation.jsonl"):
        s = neg.suggest(text)
        assert not s.errors
        check_invariants(text, s)
        count += 1
        flagged += bool(s.annotations)
        changed += s.changed
    assert count == 290
    assert flagged > 100
    # Only where the draft's own alternative or an offer that grants nothing refused applies
    # (not after a closing, nor inside a numbered notice).
    assert changed > 3


def test_a_leading_connective_is_left_to_the_but_plugin() -> None:
    # negative's rewrite starts after 但是, so both fixes apply and no comma is doubled.
    offer = "我们能为您做的是随时帮您跟进订单进度，有更新马上告诉您"
    both = replykit.Assistant(entry_points=False).suggest("非常抱歉，但是我们没办法帮您加急")
    assert both.text == f"非常抱歉，我们没办法帮您加急，{offer}"
    alone = replykit.Assistant(replykit.Config(select=["negative"]), entry_points=False)
    assert alone.suggest("非常抱歉，但是我们没办法帮您加急").text == f"非常抱歉，但是我们没办法帮您加急，{offer}"
    (a,) = alone.suggest("但是不能合并的").annotations
    assert a.text == "不能合并的" and a.fix is None


@given(st.text(alphabet="的了呢哦亲爱小主客官您好~！!X退", max_size=30), st.data())
def test_tail_end_is_the_start_of_the_tail_pattern(text: str, data: st.DataObject) -> None:
    from replykit.builtin.negative.clause import PARTICLES, TAIL_MARKS, VOCATIVE_REPEATED, tail_end

    tail = re.compile(f"(?:[{PARTICLES}]|{VOCATIVE_REPEATED}|[{TAIL_MARKS}])*$")  # searched: quadratic
    start = data.draw(st.integers(0, len(text)))
    ce = data.draw(st.integers(start, len(text)))
    m = tail.search(text, start, ce)
    assert tail_end(text, start, ce) == (m.start() if m else ce)


@pytest.mark.parametrize(
    ("draft", "expected"),
    [
        ("售后须知：拆封后不支持无理由退货", "policy"),
        ("亲，安装步骤：1.拆开包装 2.对准卡扣按下去就可以啦", "policy"),  # two numbered items
        ("亲，注：特价款不参与满减哦", "policy"),
        ("一、定制商品不退换；二、运费由买家承担", "policy"),
        ("亲，这款有1.5米和1.8米两个尺寸哦", "chat"),  # decimals are no list
        ("亲，第1件半价，您注意一下哦", "chat"),
    ],
)
def test_a_notice_laid_out_as_rules_is_policy(draft: str, expected: str) -> None:
    from replykit.register import register_of

    ast = replykit.Assistant(entry_points=False)
    protected = ast._protection.spans(draft)
    norm = "".join("\ue000" if any(s <= i < e for s, e in protected) else c for i, c in enumerate(draft))
    assert register_of(norm) == expected


def test_an_offer_stays_in_the_sentence_of_its_refusal() -> None:
    # A later numbered item is another rule: nothing is added inside it, even as advice.
    alone = replykit.Assistant(replykit.Config(select=["negative"]), entry_points=False)
    draft = "亲，我们没办法帮您加急哦；2.周末下单的周一统一发出；3.偏远地区可能慢一两天哦"
    (a,) = alone.suggest(draft).annotations
    assert a.text == "我们没办法帮您加急哦"
    assert a.fix is None  # two numbered items: a notice, advice only


@pytest.mark.parametrize(
    "draft",
    [
        "38码这个颜色已经断码了，近期也不会补货，真是不巧。",  # the restock itself was ruled out
        "上次答应帮您申请的延期我给忘了，现在已经过了时间，申请不了了。",  # a deadline, not delivery time
    ],
)
def test_no_catalogue_offer_that_the_draft_rules_out(draft: str) -> None:
    s = replykit.suggest(draft)
    assert "能为您做的是" not in s.text


def test_a_shortage_still_gets_the_restock_offer() -> None:
    assert replykit.suggest("这款暂时缺货，无法发货").text.endswith("我们能为您做的是一有货就马上通知您")
