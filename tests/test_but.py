"""The but plugin: 但是/可是/不过 that take back praise, a yes, an offer or an apology."""

from __future__ import annotations

import pytest
from conftest import shared_lines

import replykit
from replykit.models import Suggestion
from replykit.protect import compile_protection, protected_spans

_PROTECT = compile_protection()


def but_only(**config: object) -> replykit.Assistant:
    return replykit.Assistant(replykit.Config(select=["but"], strict=True, **config), entry_points=False)  # type: ignore[arg-type]


BUT = but_only()


def rules(text: str) -> list[str]:
    return [a.rule for a in BUT.suggest(text).annotations]


def assert_sound(original: str, s: Suggestion) -> None:
    """Offsets point at the flagged text, and every protected span survives, in order."""
    assert s.original == original
    for a in s.annotations:
        assert 0 <= a.start <= a.end <= len(original)
        assert original[a.start : a.end] == a.text
    pos = 0
    for start, end in protected_spans(original, _PROTECT):
        found = s.text.find(original[start:end], pos)
        assert found >= 0, f"lost {original[start:end]!r} in {s.text!r}"
        pos = found + end - start


# --- what fires, and the fix -------------------------------------------------------------


@pytest.mark.parametrize(
    ("draft", "rule", "good"),
    [
        ("这款很好看，但是有点贵", "but.praise-cancel", "这款很好看，有点贵"),
        ("是的哦，亲，不过只能连一部手机", "but.praise-cancel", "是的哦，亲，只能连一部手机"),
        ("已经为您申请补发了。但是要等仓库排期", "but.praise-cancel", "已经为您申请补发了。要等仓库排期"),
        ("您说得对，不过这个我们改不了", "but.praise-cancel", "您说得对，这个我们改不了"),
        ("谢谢您的建议，可是这个不是质量问题", "but.praise-cancel", "谢谢您的建议，这个不是质量问题"),
        ("可以的 但是呢 要等下周", "but.praise-cancel", "可以的 要等下周"),
        ("这款很好看，不过，可是有点贵", "but.praise-cancel", "这款很好看，有点贵"),
        ("不好意思，但是活动已经结束了", "but.apology-cancel", "不好意思，活动已经结束了"),
        ("但是您放心，今天一定发出", "but.opening", "您放心，今天一定发出"),
        ("  不过，这款只能连一部手机", "but.opening", "  这款只能连一部手机"),
    ],
)
def test_fires_and_drops_the_connective(draft: str, rule: str, good: str) -> None:
    s = BUT.suggest(draft, fixes="safe")
    assert [a.rule for a in s.annotations] == [rule]
    assert s.annotations[0].fix == "safe"
    assert s.text == good
    assert not BUT.suggest(good).annotations  # fixing twice = fixing once


def test_inside_a_clause_the_fix_adds_a_comma_for_review() -> None:
    s = BUT.suggest("这款很好看但是有点贵", fixes="safe")
    (a,) = s.annotations
    assert (a.text, a.fix, a.replacements, a.applied) == ("但是", "unsafe", ["，"], False)
    assert BUT.suggest("这款很好看但是有点贵", fixes="unsafe").text == "这款很好看，有点贵"


@pytest.mark.parametrize("draft", ["理解您的心情，但是规定就是这样", "可以为您申请退货，但是按公司规定要扣除运费"])
def test_a_rule_standing_after_the_connective_is_advice(draft: str) -> None:
    # Without the word the wall still stands: a person gives the reason and what can be done.
    (a,) = BUT.suggest(draft).annotations
    assert a.fix is None
    assert BUT.suggest(draft, fixes="unsafe").text == draft


def test_an_excuse_that_survives_the_fix_is_left_for_review() -> None:
    draft = "非常理解您的心情，不过商品还是很好的"
    (a,) = BUT.suggest(draft).annotations
    assert (a.rule, a.fix) == ("but.apology-cancel", "unsafe")
    assert BUT.suggest(draft, fixes="safe").text == draft


@pytest.mark.parametrize(
    ("draft", "good"),
    [
        ("這款很好看，可是有點貴", "這款很好看，有點貴"),
        ("這邊可以為您申請換貨，不過要先檢測", "這邊可以為您申請換貨，要先檢測"),
        ("非常抱歉，但是這個我們也沒辦法", "非常抱歉，這個我們也沒辦法"),
        ("不過您放心，明天一定到", "您放心，明天一定到"),
    ],
)
def test_traditional_drafts_keep_their_script(draft: str, good: str) -> None:
    assert BUT.suggest(draft).text == good


# --- what must not fire ------------------------------------------------------------------


@pytest.mark.parametrize(
    "draft",
    [
        "这款不但是正品，而且还包邮",
        "这款质量再好不过了",
        "这点要求不过分，我们马上处理",
        "是的，不过半天就到了",
        "好的，不过[数字x]天就到",
        "可以的，不过两三天就能到",
        "只不过需要您自己确认收货",
        "不过如此的小问题，您放心",
        "今天单量大，忙不过来，明天一定发",
        "重启后还是转不过来的话联系我们",
        "抽检不过关的批次不会发出",
        "这个过不过保要看检测结果",
        "不过期的都可以正常使用",
        "您的认可是我们最大的动力",
        "这款可是我们的爆款哦",
        "但愿您用得开心",
        "虽然价格高一点，但是质量非常好",
        "这款没有赠品，不过价格非常优惠呢",
        "地址无法修改，但是您可以和配送员协商",
        "非常抱歉，不过您放心，我们马上为您补发",
        "嗯嗯，不过您也不用着急，明天就能到",
        "安装师傅可以连上，但是您的手机连不上是吗",
        "一台手机可以绑定多台设备，但是一台设备只能绑定一部手机",
    ],
)
def test_idioms_and_compensation_stay_silent(draft: str) -> None:
    assert rules(draft) == []


# --- the clause after the connective decides -----------------------------------------------


@pytest.mark.parametrize(
    ("draft", "rule", "fix"),
    [
        ("这件衣服很显瘦，不过面料有点薄", "but.praise-cancel", "safe"),  # a drawback
        ("可以帮您申请退款，但是不一定能通过", "but.praise-cancel", None),  # uncertain (caveat: advice)
        ("好的，可以为您改地址，但是只能改一次", "but.praise-cancel", "safe"),  # limited
        ("可以给您补发，不过得等厂家回复再说", "but.praise-cancel", "safe"),  # put off
        ("没问题，但是运费需要您自己承担", "but.praise-cancel", None),  # the customer's burden outlives the edit
        ("我们一定会跟进到底，但是如果是人为损坏就另当别论了", "but.praise-cancel", None),  # exception to a promise
        ("感謝您的建議，不過這個價格已經是最低了", "but.praise-cancel", "safe"),
        ("唔好意思，不過呢個唔可以退", "but.apology-cancel", "safe"),
        ("可以退款，但是要扣除来回运费", "but.praise-cancel", "safe"),  # a deduction
        ("好的，可以发货，但是会晚两天", "but.praise-cancel", "safe"),  # a delay
        ("可以的，但是这个我们说了不算", "but.praise-cancel", "safe"),  # 不 + a verb
        ("理解您的着急，不过物流的事情我们也管不了", "but.apology-cancel", "safe"),
        ("抱歉让您久等了，不过最近实在太忙", "but.apology-cancel", None),  # the excuse outlives the edit
        ("您的心情我理解，但是这是您自己选的尺码", "but.apology-cancel", None),
    ],
)
def test_a_clause_that_takes_it_back_fires(draft: str, rule: str, fix: str | None) -> None:
    [a] = BUT.suggest(draft).annotations
    assert (a.rule, a.fix) == (rule, fix)


@pytest.mark.parametrize(
    "draft",
    [
        "可以的，不过需要您提供一下订单号",  # a next step
        "好的，已经为您申请了，不过审核需要1-2个工作日",  # a duration
        "可以修改地址，但是发货后就无法修改了",  # a consequence to know
        "是的，但是这款也支持快充哦",  # a positive point
        "这款性价比很高，不过如果您预算充足，也可以看看旗舰款",  # an alternative after a condition
        "可以开发票，但是要在确认收货后申请",  # a mild condition
        "对不起让您久等了，不过包裹今天已经到站点了",  # good news after an apology
        "不好意思，不过麻烦您再确认一下地址",  # a polite next step after an apology
        "您可以联系我们核实，但记得不要签收哦",  # a warning inside the customer's instructions
        "商品已经发出，但是物流可能会慢一些",  # nothing positive before it
        "感谢您的耐心等待，但是目前还没有到货",  # thanks for waiting is not withdrawn by news
        "抱歉久等了，但是您的包裹已经在派送中了",  # good news after an apology
        "可以为您开发票，不过不收取任何费用",  # a negation that is good news
        "好的，但是不会延迟发货的",
        "是的，不过不到一天就能到",  # words that only share 不
        "好的，不过不同颜色价格一样哦",
        "可以的，不过不妨先试试重启",
        "好的，不过不好意思还要麻烦您确认一下",
    ],
)
def test_a_clause_that_moves_on_stays_silent(draft: str) -> None:
    assert rules(draft) == []


def test_protected_spans_survive_and_are_not_matched() -> None:
    draft = "{{contact.name}}您好，这边可以为您换货，但是要先检测[订单x]"
    s = BUT.suggest(draft)
    assert s.text == "{{contact.name}}您好，这边可以为您换货，要先检测[订单x]"
    assert_sound(draft, s)
    assert rules("请查看 https://shop.example.com/但是 的说明") == []


def test_messages_name_the_word_in_both_locales() -> None:
    (zh,) = BUT.suggest("这款很好看，不过有点贵").annotations
    assert "不过" in zh.message
    (en,) = but_only(locale="en").suggest("这款很好看，不过有点贵").annotations
    assert "'不过'" in en.message and "takes back" in en.message


def test_an_opening_connective_is_a_hint() -> None:
    (a,) = BUT.suggest("但是一次只能连一部手机哦").annotations
    assert (a.rule, a.severity, a.fix) == ("but.opening", "info", "safe")


def test_each_rule_can_be_switched_off() -> None:
    assistant = but_only(ignore=["but.opening"])
    assert not assistant.suggest("但是您放心").annotations
    assert [a.rule for a in assistant.suggest("这款很好看，但是有点贵").annotations] == ["but.praise-cancel"]


def test_several_connectives_in_one_reply() -> None:
    s = BUT.suggest("但是您放心。这款很好看，不过有点贵；可以为您申请，但要先检测")
    assert [a.rule for a in s.annotations] == ["but.opening", "but.praise-cancel", "but.praise-cancel"]
    assert s.text == "您放心。这款很好看，有点贵；可以为您申请，要先检测"


# --- every real reply --------------------------------------------------------------------


@pytest.mark.parametrize(
    "name", ["agent_replies.jsonl", "agent_replies_with_negation.jsonl", "agent_replies_ecd_taobao.jsonl"]
)
def test_every_real_reply(name: str) -> None:
    changed = 0
    for _number, text in shared_lines(name):
        s = BUT.suggest(text)
        assert not s.errors
        assert_sound(text, s)
        changed += s.changed
    assert changed < 60  # a rewrite on a small share of replies, not on every 但
