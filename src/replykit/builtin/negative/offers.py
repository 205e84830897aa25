"""The offer catalogue: what this shop can really do after a refusal, by topic.

A refusal reads best followed by its reason and what can be done instead.  The
negative plugin names the refusal's topic from its words and, in a chat reply, appends
``<subject>能为您做的是<offer>`` when the offer may be applied and grants nothing just refused
(``contradicts``).  Offers come from three places, the later winning per topic: the defaults
below, ``[tool.replykit.plugins.negative.offers]`` in the config, and ``Context.offers`` for one
call.  The shop's own offers are applied; of the defaults only those that promise no decision
are (``DEFAULT_OFFERS``), the others are suggested in advice (``SUGGESTED_OFFERS``).  An empty
offer switches a topic off: the refusal then gets advice with a slot template.

Offers are verb phrases in Simplified Chinese, said after "我们能为您做的是"; they are converted
to traditional characters in a traditional draft.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Literal, NamedTuple, get_args

from pydantic import BaseModel, ConfigDict, Field, field_validator

from replykit.scan import lazy_compile

Topic = Literal["refund", "exchange", "address", "discount", "delivery", "invoice", "cancel", "stock", "other"]
TOPICS: tuple[str, ...] = get_args(Topic)

# Applied by default: a follow-up any shop can do without deciding anything (watch the order,
# tell the customer when stock is back).  They grant nothing that was refused, so they fit
# whatever the draft said no to.
DEFAULT_OFFERS: dict[str, str] = {
    "delivery": "随时帮您跟进订单进度，有更新马上告诉您",
    "stock": "一有货就马上通知您",
}
# Suggested only (advice, never applied): a handling plan promised after a firm "no" is a
# decision the shop has to make.  A shop that does make it sets the topic in its config.
# Address, discount and invoice have no default at all: every stock offer for them (a note of
# the new address, a coupon, an invoice request taken down) grants what was just refused.
SUGGESTED_OFFERS: dict[str, str] = {
    "refund": "把您的情况登记反馈给售后，尽快给您一个处理方案",
    "exchange": "把您的情况登记反馈给售后，尽快给您一个处理方案",
    "cancel": "把您的需求记录下来，帮您核实有没有其他处理办法",
}

# The topic of a refusal, from the words of its clause: the first topic whose words occur wins,
# so the more specific topics come first (开发票 is an invoice, not a delivery).
_TOPIC_WORDS: tuple[tuple[str, str], ...] = (
    ("other", "责任|负责|承担|赔偿|损失"),  # a disclaimer of liability: nothing to offer by default
    ("invoice", "发票|开票|税号|抬头"),
    ("address", "地址|收货人|收件人|改派"),
    ("discount", "价格|价钱|改价|便宜|优惠|议价|还价|降价|打折|折扣|包邮|少点|减免|价保|保价|差价"),
    ("stock", "缺货|现货|库存|补货|断货|没(?:有)?货|无货|售罄|卖完"),
    ("refund", "退款|退钱|退货|退还|退回|退换|退费|仅退|拒收|退"),
    ("exchange", "换货|更换|调换|换"),
    ("cancel", "取消|撤销|撤回|拦截"),
    # Time only: where a shop ships to (不设配送服务) is not something 加急 answers.
    ("delivery", "加急|到货|按时|准时|时效|几天|多久|(?<!第一)(?<!过了)时间|明天|今天|后天|当天|几点|哪天"),
)
_TOPICS = tuple((name, re.compile(words)) for name, words in _TOPIC_WORDS)
_STOCK = dict(_TOPICS)["stock"]
_HYPOTHETICAL = lazy_compile(r"如果|若|要是|假如|万一|可能|或者|或")
_THINGS = ("other", "invoice", "address", "discount", "stock", "delivery")
SLOT_MARKERS = ("……", "...", "XX", "xx", "[填写]", "【填写】")


def topic_of(refused: str, clause: str, sentence: str, *, bare: bool) -> str:
    """The catalogue topic of a refusal: the first topic named by what is refused, else by the
    rest of its clause, else (only for a refusal that names nothing, 一律不支持) by the sentence
    before it; a stock shortage given as the reason wins (因为缺货，无法按时发货)."""
    stock = _STOCK.search(sentence)
    if stock is not None and not _HYPOTHETICAL.search(sentence, 0, stock.start()):
        return "stock"  # not 如果取消，可能会缺货: a shortage that may happen is no reason
    for name, pattern in _TOPICS:
        if pattern.search(refused):
            return name
    # Before the refusal an action word is often a status (订单取消是不能恢复的): only things
    # name the topic there, unless the refusal itself names nothing (退货不行的).
    for words in (clause, sentence) if bare else (clause,):
        for name, pattern in _TOPICS:
            if (bare or name in _THINGS) and pattern.search(words):
                return name
    return "other"


class NegativeOptions(BaseModel):
    """Options of the negative plugin: ``[tool.replykit.plugins.negative]``."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    offers: dict[Topic, str] = Field(
        default_factory=dict,
        description="What the shop can do after a refusal, by topic (refund, exchange, address, discount, "
        "delivery, invoice, cancel, stock, other), over the defaults; '' switches a topic's offer off.",
    )

    @field_validator("offers")
    @classmethod
    def _no_slots(cls, offers: dict[str, str]) -> dict[str, str]:
        return check_offers(offers)


def check_offers(offers: Mapping[str, str]) -> dict[str, str]:
    """Offers go into ``Suggestion.text`` as written: no slot markers, one line, bounded."""
    for topic, offer in offers.items():
        if any(m in offer for m in SLOT_MARKERS):
            raise ValueError(f"the offer for {topic!r} contains a slot marker; write what the shop will do")
        if "\n" in offer or len(offer) > 80:
            raise ValueError(f"the offer for {topic!r} must be one line of at most 80 characters")
    return dict(offers)


DEFAULTS = NegativeOptions()


class Offer(NamedTuple):
    """An offer and whether it may be applied (the shop's own, or a default that promises nothing)."""

    text: str
    applicable: bool


def offer_for(topic: str, options: NegativeOptions, call: Mapping[str, str] | None) -> Offer:
    """The offer for a topic: this call's, else the config's, else the default; a suggested
    default is advice only, and ``''`` means none."""
    if call and topic in call:
        return Offer(call[topic].strip(), True)
    if topic in options.offers:
        return Offer(options.offers[topic].strip(), True)
    if topic in DEFAULT_OFFERS:
        return Offer(DEFAULT_OFFERS[topic], True)
    return Offer(SUGGESTED_OFFERS.get(topic, ""), False)


def contradicts(offer: str, refused: str, topic: str) -> bool:
    """The offer names what was just refused: its topic (an address offer after 无法更改地址,
    a coupon after 优惠券不予补给 or 不包邮) or the refused service itself (补发 after 不补发)."""
    named = {name for name, pattern in _TOPICS if pattern.search(offer)}
    refused_topics = {name for name, pattern in _TOPICS if pattern.search(refused)}
    if topic in named or named & refused_topics:
        return True
    if topic == "stock" and _NO_RESTOCK.search(refused):
        return True  # 近期也不会补货: "we'll tell you when it's back" promises what was ruled out
    service = _SERVICE_WORD.search(refused)
    return service is not None and service.group() in offer


# A refusal that rules out the stock coming back (不会补货, 不再进货, 已停产).
_NO_RESTOCK = lazy_compile(r"补货|进货|再做|再生产|返单|停产|绝版")


# The first two-character service word of a refusal (补发, 修改, 退款): an offer repeating it
# grants what was refused.
_SERVICE_WORD = lazy_compile(r"(?:补|退|换|改|修|取|撤|加|开|送|发|包|赔|拆|合|并)[\u4e00-\u9fff]")
