"""The offer catalogue: what this shop can really do after a refusal, by topic.

A refusal reads best followed by what can be done instead (the seeds' practice: compensate or
shift focus after a "no").  The negative plugin names the refusal's topic from its words and
appends ``<subject>能为您做的是<offer>`` when the catalogue has an offer for it.  Offers come from
three places, the later winning per topic: the defaults below, ``[tool.replykit.plugins.
negative.offers]`` in the config, and ``Context.offers`` for one call.  An empty offer switches a
topic off: the refusal then gets advice with a slot template, and its text is left alone.

Offers are verb phrases in Simplified Chinese, said after "我们能为您做的是"; they are converted
to traditional characters in a traditional draft.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Literal, get_args

from pydantic import BaseModel, ConfigDict, Field, field_validator

Topic = Literal["refund", "exchange", "address", "discount", "delivery", "invoice", "cancel", "stock", "other"]
TOPICS: tuple[str, ...] = get_args(Topic)

# Drawn from seed practice (登记反馈, 备注, 加急, 优惠券, 补发): things nearly every shop can do.
# "other" has no default: an unknown refusal gets advice, not an invented promise.
DEFAULT_OFFERS: dict[str, str] = {
    "refund": "把您的情况登记反馈给售后，尽快给您一个处理方案",
    "exchange": "把您的情况登记反馈给售后，尽快给您一个处理方案",
    "address": "在订单上备注您的新地址，并联系快递尽量按新地址派送",
    "discount": "送您一张店铺优惠券，下次购物时使用",
    "delivery": "给您的订单备注加急，并随时帮您跟进物流",
    "invoice": "登记您的开票需求，尽快给您答复",
    "cancel": "登记您的需求，尽快帮您核实有没有其他处理办法",
    "stock": "在到货后第一时间通知您，或为您推荐有现货的相近款",
}

# The topic of a refusal, from the words of its clause: the first topic whose words occur wins,
# so the more specific topics come first (开发票 is an invoice, not a delivery).
_TOPIC_WORDS: tuple[tuple[str, str], ...] = (
    ("other", "责任|负责|承担|赔偿|损失"),  # a disclaimer of liability: nothing to offer by default
    ("invoice", "发票|开票|税号|抬头"),
    ("address", "地址|收货人|收件人|改派"),
    ("discount", "价格|价钱|改价|便宜|优惠|议价|还价|降价|打折|折扣|包邮|少点|减免|价保|保价|差价"),
    ("stock", "缺货|现货|库存|补货|断货"),
    ("refund", "退款|退钱|退货|退还|退回|退换|退费|仅退|拒收|退"),
    ("exchange", "换货|更换|调换|换"),
    ("cancel", "取消|撤销|撤回|拦截"),
    # Time only: where a shop ships to (不设配送服务) is not something 加急 answers.
    ("delivery", "加急|到货|按时|准时|时效|几天|多久|时间"),
)
_TOPICS = tuple((name, re.compile(words)) for name, words in _TOPIC_WORDS)
_STOCK = dict(_TOPICS)["stock"]
_THINGS = ("other", "invoice", "address", "discount", "stock", "delivery")
SLOT_MARKERS = ("……", "...", "XX", "xx", "[填写]", "【填写】")


def topic_of(refused: str, clause: str, sentence: str, *, bare: bool) -> str:
    """The catalogue topic of a refusal: the first topic named by what is refused, else by the
    rest of its clause, else (only for a refusal that names nothing, 一律不支持) by the sentence
    before it; a stock shortage given as the reason wins (因为缺货，无法按时发货)."""
    if _STOCK.search(sentence):
        return "stock"
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


def offer_for(topic: str, options: NegativeOptions, call: Mapping[str, str] | None) -> str:
    """The offer for a topic: this call's, else the config's, else the default ('' for none)."""
    if call and topic in call:
        return call[topic].strip()
    if topic in options.offers:
        return options.offers[topic].strip()
    return DEFAULT_OFFERS.get(topic, "")
