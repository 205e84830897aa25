"""Behaviour of the politeness plugin beyond its declared examples.

The real agent replies in ../shared/data are read, never copied: the last tests run the plugin
over every line (skipped when the data is absent).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

import pytest
from conftest import SHARED_DATA, shared_lines

import replykit
from replykit.builtin.politeness import RULES as POLITENESS_RULES
from replykit.eval.public import load
from replykit.models import Suggestion
from replykit.register import register_of

RULES = tuple(r.name for r in POLITENESS_RULES)


@pytest.fixture(scope="module")
def polite() -> replykit.Assistant:
    return replykit.Assistant(replykit.Config(select=["politeness"], strict=True), entry_points=False)


def rules(s: Suggestion) -> list[str]:
    return [a.rule.removeprefix("politeness.") for a in s.annotations]


# -- you-honorific ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("draft", "fixed"),
    [
        ("你好，请问有什么可以帮你？", "您好，请问有什么可以帮您？"),
        ("你的订单明天到", "您的订单明天到"),
        ("妳好，妳的包裹已經到了", "您好，您的包裹已經到了"),  # traditional, 妳
        ("你好，這邊幫你查一下", "您好，這邊幫您查一下"),  # traditional, 你
        ("{{contact.name}}你好", "{{contact.name}}您好"),  # next to a placeholder
        ("你好{{contact.name}}，订单[订单x]已发货", "您好{{contact.name}}，订单[订单x]已发货"),
    ],
)
def test_you_becomes_nin_as_a_safe_fix(polite: replykit.Assistant, draft: str, fixed: str) -> None:
    s = polite.suggest(draft, fixes="safe")
    assert s.text == fixed
    assert all(a.fix == "safe" and a.applied for a in s.annotations)


@pytest.mark.parametrize(
    "draft",
    [
        "您说的“你们怎么还不发货”，我们已经反馈给仓库了",
        "您看到的提示「你的账号存在风险」是系统的安全提醒",
        '您搜索"你好小姐姐"这款就可以',
        "这本《你好，旧时光》有现货",
        "【迷你款】今天有优惠",
        "这款迷你音箱很小巧",
        "大家你追我赶，您也来看看",
        "用心拉近你我的距离",
        "快递员说：你不在家就放门卫了。我们帮您确认过了",
        "您说的你们家快递慢，我们已经反馈给物流了",
        "您好，你们怎么还不发货这句话我们已经转达仓库",
    ],
)
def test_you_not_addressing_the_customer_is_left_alone(polite: replykit.Assistant, draft: str) -> None:
    assert "you-honorific" not in rules(polite.suggest(draft))


def test_reported_speech_ends_at_the_sentence_end(polite: replykit.Assistant) -> None:
    s = polite.suggest("快递员说：你不在家。你可以再约时间")
    assert [a.text for a in s.annotations] == ["你"]
    assert s.annotations[0].start == 10


def test_echo_covers_only_its_clause(polite: replykit.Assistant) -> None:
    s = polite.suggest("您说的你们家快递慢，我们已经反馈了，你放心")
    assert [a.text for a in s.annotations] == ["你"]
    assert s.annotations[0].start == 18


def test_plural_you_is_an_unsafe_fix(polite: replykit.Assistant) -> None:
    s = polite.suggest("你们公司的资质需要上传", fixes="safe")
    assert s.text == "你们公司的资质需要上传"  # not applied without review
    (a,) = s.annotations
    assert (a.text, a.fix, a.replacements[0]) == ("你们", "unsafe", "贵")
    assert polite.suggest("你们可以先下单", fixes="unsafe").text == "你们可以先下单"  # one customer or several: advice


def test_you_fix_is_idempotent(polite: replykit.Assistant) -> None:
    once = polite.suggest("你好，你的订单已发货，你看可以吗", fixes="safe").text
    assert once == "您好，您的订单已发货，您看可以吗"
    again = polite.suggest(once, fixes="safe")
    assert again.text == once and not again.annotations


# -- cold-reply ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("draft", "fixed"),
    [
        ("嗯", "嗯嗯"),
        ("恩。", "嗯嗯。"),
        ("好", "好的呢"),
        ("行！", "好的呢！"),
        (" 知道了 ", " 好的，了解啦 "),
        ("OK", "好的呢"),
    ],
)
def test_cold_one_word_reply_is_warmed(polite: replykit.Assistant, draft: str, fixed: str) -> None:
    s = polite.suggest(draft, fixes="safe")
    assert s.text == fixed
    assert polite.suggest(s.text, fixes="safe").annotations == []


def test_cold_reply_in_traditional_stays_traditional(polite: replykit.Assistant) -> None:
    assert polite.suggest("對", fixes="safe").text == "對的呢"


@pytest.mark.parametrize("draft", ["嗯嗯", "好的", "好的，马上为您处理", "嗯，这边帮您查一下", "好？", "哦哦"])
def test_longer_or_warm_replies_are_not_cold(polite: replykit.Assistant, draft: str) -> None:
    assert "cold-reply" not in rules(polite.suggest(draft))


# -- curt and blame-shift ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "draft",
    [
        "你自己去查物流",
        "我不是跟你说了吗",
        "已经说过了，不能退",
        "你就等着吧",
        "爱买不买",
    ],
)
def test_curt_phrases_are_flagged(polite: replykit.Assistant, draft: str) -> None:
    assert "curt" in rules(polite.suggest(draft))


@pytest.mark.parametrize("draft", ["这个我们也不清楚", "不知道呢亲", "我不清楚，您过两天再来电话吧"])
def test_a_bare_dont_know_is_cold(polite: replykit.Assistant, draft: str) -> None:
    """The blind labels of the public set read a bare 不知道 as cold, not curt."""
    found = rules(polite.suggest(draft))
    assert "cold-unknown" in found
    assert "curt" not in found


@pytest.mark.parametrize(
    "draft",
    [
        "如有不清楚的地方可以随时问我哦",
        "如果您不清楚怎么操作，我来教您",
        "我不知道您是否已经收到短信",
        "照片看不清楚，麻烦您再拍一张",
        "这个不太清楚呢，我帮您问一下仓库",
        "您可以自己申请售后的",
        "您之前说过了，我们记下了",
        "之前的客服跟您说过了吗？",
    ],
)
def test_curt_context_checks(polite: replykit.Assistant, draft: str) -> None:
    assert "curt" not in rules(polite.suggest(draft))


@pytest.mark.parametrize(
    "draft",
    [
        "快递不是我们的，我们也控制不了",
        "快递就这样，我们也没办法",
        "这个跟我们没关系",
        "是系统问题",
        "这是快递的问题",
        "你去找快递吧",
    ],
)
def test_blame_shifting_is_flagged(polite: replykit.Assistant, draft: str) -> None:
    s = polite.suggest(draft)
    assert "blame-shift" in rules(s)
    assert all(a.fix is None for a in s.annotations if a.rule == "politeness.blame-shift")


@pytest.mark.parametrize(
    "draft", ["规定就是这样", "公司规定哦", "不好意思，这是公司规定", "这是平台的规定，还请您理解"]
)
def test_a_rule_given_as_a_wall_is_blame_policy(polite: replykit.Assistant, draft: str) -> None:
    assert "blame-policy" in rules(polite.suggest(draft))


@pytest.mark.parametrize(
    "draft",
    [
        "系统问题已修复，给您带来不便非常抱歉",
        "因为系统问题导致延迟，非常抱歉，我们已经在加急处理",
        "如果是快递的问题，我们会第一时间帮您处理",
        "根据平台规定，七天内可以无理由退货",
        "这是平台的规定，还请您理解",
        "这个跟您没关系的，是我们发错了",
        "您可以联系快递员协商送货时间",
    ],
)
def test_blame_context_checks(polite: replykit.Assistant, draft: str) -> None:
    assert "blame-shift" not in rules(polite.suggest(draft))


# -- bare-request --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("draft", "fixed"),
    [
        ("提供一下订单号", "麻烦您提供一下订单号"),
        ("好的，发一下订单号", "好的，麻烦您发一下订单号"),
        ("您好，提供一下订单号", "您好，麻烦您提供一下订单号"),  # a greeting does not soften
        ("订单号和手机号发一下", "麻烦您把订单号和手机号发一下"),
        ("收货地址？", "麻烦您提供一下收货地址"),
        ("提供一下訂單號", "麻煩您提供一下訂單號"),
    ],
)
def test_bare_request_offers_mafan_nin(polite: replykit.Assistant, draft: str, fixed: str) -> None:
    s = polite.suggest(draft, fixes="unsafe")
    assert s.text == draft  # a hint: its wording is offered, never applied
    (found,) = [a for a in s.annotations if a.rule == "politeness.bare-request"]
    assert found.severity == "info" and found.fix is None
    offered = draft[: found.start] + found.replacements[0] + draft[found.end :]
    assert offered == fixed
    assert "bare-request" not in rules(polite.suggest(offered))


@pytest.mark.parametrize(
    "draft",
    [
        "您提供一下订单号好吗",
        "亲提供一下订单号哦",
        "亲，提供一下订单号",
        "可以提供一下订单号吗？",
        "方便提供订单号吗",
        "请您提供一下收货地址",
        "麻烦提供一下手机号",
        "帮我提供一下手机号哈",
        "这边提供一下发票给财务",
        "我们会短信告知您结果",
        "您是否上传过资质",
        "开票的时候填写邮寄地址就可以",
        "不支持提供个人信息",
    ],
)
def test_softened_requests_and_agent_actions_are_not_bare(polite: replykit.Assistant, draft: str) -> None:
    assert "bare-request" not in rules(polite.suggest(draft))


# -- first-person --------------------------------------------------------------------------------


def test_first_person_heavy_reply_is_info_advice(polite: replykit.Assistant) -> None:
    s = polite.suggest("我们已经查到了，我们会尽快处理，我这边明天再看")
    (a,) = s.annotations
    assert (a.rule, a.severity, a.fix, a.text) == ("politeness.first-person", "info", None, "我们")
    assert s.text == s.original


@pytest.mark.parametrize(
    "draft",
    ["我们已经查到了，我们会尽快给您处理", "我的京东-我的订单-我的发票", "好的我这边留言站点"],
)
def test_first_person_needs_many_and_no_address(polite: replykit.Assistant, draft: str) -> None:
    assert "first-person" not in rules(polite.suggest(draft))


# -- messages and selection ----------------------------------------------------------------------


def test_messages_in_both_locales(polite: replykit.Assistant) -> None:
    en = replykit.Assistant(replykit.Config(select=["politeness"], locale="en"), entry_points=False)
    zh_msg = polite.suggest("自己看吧").annotations[0].message
    en_msg = en.suggest("自己看吧").annotations[0].message
    assert "自己看" in zh_msg and "{" not in zh_msg
    assert "yourself" in en_msg and "{" not in en_msg


def test_each_rule_can_be_switched_off() -> None:
    draft = "你好，提供一下订单号，系统问题我们也没办法，这个我不清楚"
    for name in RULES:
        a = replykit.Assistant(
            replykit.Config(select=["politeness"], ignore=[f"politeness.{name}"]), entry_points=False
        )
        assert name not in rules(a.suggest(draft))


# -- every real agent reply ----------------------------------------------------------------------

SHARED_FILES = sorted(p.name for p in SHARED_DATA.glob("agent_replies*.jsonl")) or ["agent_replies.jsonl"]


@pytest.mark.parametrize("name", SHARED_FILES)
def test_every_shared_reply(polite: replykit.Assistant, name: str) -> None:
    """No crash, offsets valid, safe fixes idempotent, on every real reply."""
    for number, text in shared_lines(name):
        s = polite.suggest(text, fixes="safe")
        where = f"{name}:{number}"
        assert not s.errors, where
        for a in s.annotations:
            assert 0 <= a.start <= a.end <= len(text), where
            assert text[a.start : a.end] == a.text, where
        again = polite.suggest(s.text, fixes="safe")
        assert again.text == s.text, where
        assert not [a for a in again.annotations if a.fix == "safe"], where


def test_a_cold_word_after_a_leading_but_is_warmed_in_the_same_pass() -> None:
    # but drops the 但是; had politeness not seen the 嗯 behind it, a second pass would warm it.
    a = replykit.Assistant(entry_points=False)
    once = a.suggest("但是嗯", fixes="safe").text
    assert once == "嗯嗯"
    assert a.suggest(once, fixes="safe").text == once


# -- the construction rules on real agent lines ---------------------------------------------------

# Real lines that look like a problem to a phrase list and are not (file:line in ../shared/data).
REAL_TRAPS = [
    ("agent_replies.jsonl", 2560, "cold-unknown"),  # 不是很清楚, then where the customer can see it
    ("jddc_chat_sessions.tsv", 1443, "blame-customer"),  # 给您看错了: the agent misread, 您 is the object
    ("jddc_chat_sessions.tsv", 4885, "curt"),  # 烦人 inside a garbled run of text, not said to anyone
]


def agent_lines(name: str) -> Iterator[tuple[int, str]]:
    """(line number, text) of the agent's lines in a shared file (the TSV's speaker column is 1)."""
    if not name.endswith(".tsv"):
        yield from shared_lines(name)
        return
    path = SHARED_DATA / name
    if not path.exists():
        pytest.skip(f"{path} is absent (evaluation data lives outside the repo)")
    with path.open(encoding="utf-8") as fh:
        for number, line in enumerate(fh, 1):
            cols = line.rstrip("\n").split("\t")
            if len(cols) >= 7 and cols[2] == "1":
                yield number, cols[6]


@pytest.mark.parametrize(("name", "number", "rule"), REAL_TRAPS)
def test_real_look_alikes_are_not_flagged(polite: replykit.Assistant, name: str, number: int, rule: str) -> None:
    text = dict(agent_lines(name))[number]
    assert rule not in rules(polite.suggest(text))


# How often a rule may fire on real JD/Taobao agent lines, which are mostly polite: a construction
# rule that fires more often has started to match ordinary wording.  The JD agents often ask for an
# order number or a step with a bare 提供下/您这边…/稍等: of 50 bare-request hits read by hand, 45
# were such requests, so its ceiling is set above that habit, not at the rate of an accident.
CEILINGS = {"cold-reply": 0.01, "bare-request": 0.02, "you-honorific": 0.02}


def test_construction_rules_are_rare_on_real_agent_lines(polite: replykit.Assistant) -> None:
    fired: Counter[str] = Counter()
    total = 0
    for name in [*SHARED_FILES, "jddc_chat_sessions.tsv"]:
        for _number, text in agent_lines(name):
            total += 1
            fired.update({a.rule.removeprefix("politeness.") for a in polite.suggest(text).annotations})
    assert total > 1000
    for name in RULES:
        assert fired[name] / total <= CEILINGS.get(name, 0.003), (name, fired[name], total)


@pytest.mark.parametrize(
    ("draft", "expected"),
    [
        # A rebuke keeps its 你: 您 alone in a scolding sentence reads as mockery, and a 您 in
        # another sentence of the same reply would mix the two forms of address.
        ("你到底要不要买？", "你到底要不要买？"),
        ("跟你讲了多少遍了，定制款不退。你好，还有别的问题吗", "跟你讲了多少遍了，定制款不退。你好，还有别的问题吗"),
        ("你自己下错单还怪我们？你的退款已经到账了", "你自己下错单还怪我们？你的退款已经到账了"),
        ("这个价格你还想要啥？你去别家看看有没有", "这个价格你还想要啥？你去别家看看有没有"),
        # Outside a rebuke the fix applies as always.
        ("你好，你的订单已经发出啦", "您好，您的订单已经发出啦"),
    ],
)
def test_you_fix_is_held_in_a_rebuke_sentence(polite: replykit.Assistant, draft: str, expected: str) -> None:
    s = polite.suggest(draft, fixes="safe")
    assert s.text == expected
    held = [a for a in s.annotations if a.rule == "politeness.you-honorific" and not a.applied]
    assert all(a.fix is None and a.replacements == ["您"] for a in held)
    assert len(held) == draft.count("你") - expected.count("您") + draft.count("您")


@pytest.mark.parametrize(
    "draft",
    [
        "咪同你講咗囉",
        "咪話咗你知囉，七日內先可以退",
        "我都同你講咗啦，唔可以改",
        "已經講咗俾你聽囉",
        "咪叫你睇清楚先落單囉",
        "講咗三次啦，你聽唔聽到",
        "你睇唔明咩？上面寫住",
        "做乜你又唔覆訊息",
        "你仲唔明？",
        "你冇睇說明咩？",
        "你自己唔睇清楚嘅",
    ],
)
def test_cantonese_rebukes_hold_the_you_fix(polite: replykit.Assistant, draft: str) -> None:
    # Built the Cantonese way (咪…囉, 講咗/話咗, 都話咗, 唔/冇): 您 alone would read as mockery.
    yous = [a for a in polite.suggest(draft).annotations if a.rule == "politeness.you-honorific"]
    assert yous and all(a.fix is None for a in yous)


@pytest.mark.parametrize(
    "draft",
    [
        "你好，請問有咩可以幫到你？",
        "如果你唔識用，我哋可以教你",
        "我已經同你講咗嘅方案，你睇下合唔合適？",
        "你收到貨之後話我知就得",
        "你話咗嘅尺寸我哋已經記低",
        "唔好意思，令你久等咗",
    ],
)
def test_neutral_cantonese_you_is_advice(polite: replykit.Assistant, draft: str) -> None:
    # Spoken Cantonese has no 您: the finding stays, the text keeps 你.
    s = polite.suggest(draft)
    yous = [a for a in s.annotations if a.rule == "politeness.you-honorific"]
    assert yous and all(a.fix is None and a.replacements[0].startswith("您") for a in yous)
    assert s.text == draft


def test_mandarin_in_traditional_script_still_gets_the_you_fix(polite: replykit.Assistant) -> None:
    assert polite.suggest("你好，請問有什麼可以幫到你？").text == "您好，請問有什麼可以幫到您？"


def test_a_held_you_fix_rides_on_a_rewrite_of_its_sentence() -> None:
    # The whole-sentence rewrite of curt (自己看吧 -> 您可以查看一下哦) already says 您; the held
    # 你 in a rebuke elsewhere stays, and no rewrite brings a 你 back.
    s = replykit.Assistant(entry_points=False).suggest("你自己看吧。你真啰嗦")
    assert s.text == "您可以查看一下哦。你真啰嗦"


def test_policy_text_is_never_rewritten_into_a_request(polite: replykit.Assistant) -> None:
    # A shop's rules, FAQ and notices (the register the negative plugin reads too) get advice from
    # bare-request, never 麻烦您… in .text: the public set's dev split holds many such pages.
    path = SHARED_DATA / "public_replies_eval.jsonl"
    if not path.exists():
        pytest.skip(f"{path} is absent (evaluation data lives outside the repo)")
    policy = [line for line in load(path, "dev") if register_of(line.text) == "policy"]
    assert len(policy) > 20
    for line in policy:
        s = polite.suggest(line.text)
        assert not [a for a in s.annotations if a.rule == "politeness.bare-request" and a.applied], line.id


@pytest.mark.parametrize(
    "draft",
    ["本店退货须知：您先联系客服，再寄回商品。", "本店商品退货时，买家须自付运费，吊牌不要剪掉。"],
)
def test_bare_request_in_a_notice_is_advice(polite: replykit.Assistant, draft: str) -> None:
    s = polite.suggest(draft)
    found = [a for a in s.annotations if a.rule == "politeness.bare-request"]
    assert found and all(a.fix is None and a.replacements[0].startswith("请") for a in found)
    assert s.text == draft


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("你收到貨之後話我知就得", True),
        ("唔該晒，我哋今日寄出", True),
        ("件衫已經寄咗出去", True),
        ("您好，請問有什麼需要幫忙的嗎", False),  # Taiwan Mandarin in traditional script
        ("唔，好的，马上为您处理", False),  # a Mandarin 唔 of assent
        ("亲，已经发货了哦", False),
    ],
)
def test_written_cantonese_is_read_from_its_grammatical_words(text: str, expected: bool) -> None:
    from replykit.convert import convert
    from replykit.register import cantonese

    assert cantonese(convert(text, "t2s")) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("你想要邊隻色呀", True),
        ("明白你好急用，我哋查到會覆返你", True),
        ("我们这边个人信息都会保密", False),
        ("退货的往返运费由买家承担", False),  # Mandarin 往返, not a verb + 返
    ],
)
def test_more_cantonese_words(text: str, expected: bool) -> None:
    from replykit.convert import convert
    from replykit.register import cantonese

    assert cantonese(convert(text, "t2s")) is expected


def test_a_mandarin_template_is_only_offered_in_written_cantonese(polite: replykit.Assistant) -> None:
    s = polite.suggest("size自己睇返啦")
    assert s.text == "size自己睇返啦"
    assert any(a.rule == "politeness.curt" and a.fix is None and a.replacements for a in s.annotations)


@pytest.mark.parametrize(
    "draft",
    [
        "你好，你们几位的订单都已经发出了",
        "中评也是差评你知道吗？你们这种买家真是",
    ],
)
def test_a_group_you_keeps_every_you_of_the_reply(polite: replykit.Assistant, draft: str) -> None:
    # 你们 of a group stays (您 would make one person of it), so no other 你 becomes 您: one
    # form of address per reply.
    assert polite.suggest(draft).text == draft
