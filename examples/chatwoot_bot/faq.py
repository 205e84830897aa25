"""A toy FAQ answerer: keyword -> canned draft.  Stands in for any bot or LLM.

Some drafts are deliberately rough (a blunt refusal, a mixed-script sentence) so that the
guard has something to hold or fix.
"""

from __future__ import annotations

# (keywords, draft): the first entry with a keyword in the customer's message wins.
ANSWERS: list[tuple[tuple[str, ...], str]] = [
    (("发货", "發貨", "快递", "物流"), "您好，您的订单会在48小时内发货，发货后可在订单详情查看物流。"),
    (("退款", "退货", "退錢"), "不能退款，你自己看说明"),
    (("发票", "發票"), "您好，我們这边可以开具电子发票，下单时填写抬头即可。"),
    (("营业", "几点", "上班"), "您好，客服时间是每天9:00-21:00，有问题随时留言哦"),
]


def answer(message: str) -> str | None:
    """A draft reply for the customer's message, or None when the FAQ has nothing."""
    for keywords, draft in ANSWERS:
        if any(k in message for k in keywords):
            return draft
    return None
