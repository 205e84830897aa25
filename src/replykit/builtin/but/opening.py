"""opening: a reply that opens with 但是/可是/不过 contradicts the customer."""

from __future__ import annotations

from replykit.builtin.but.connective import NON_SPACE
from replykit.rules import Example, rule

OPENING = rule(
    "opening",
    severity="info",
    fix="safe",
    description=(
        "A reply that opens with 但是/可是/不过 contradicts the customer when it stands alone; in a chat it "
        "often continues the agent's own last message, so it is a hint (info)."
    ),
    description_zh="回复以“但是/可是/不过”开头：单独发送时像在反驳顾客；在聊天里常是接着客服上一句说的，所以只作提示。",
    zh="回复以「{word}」开头，像在反驳顾客；直接说后面的内容",
    en="Opening with '{word}' sounds like contradicting the customer; say the rest directly",
    examples=[
        Example("但是您放心，明天一定送到", "您放心，明天一定送到"),
        Example("不过，这款一次只能连一部手机哦", "这款一次只能连一部手机哦"),
        Example("可是 这个要看银行的处理时间", "这个要看银行的处理时间"),
    ],
    clean=[
        "不过半小时就到了",
        "不过如此的小问题，您放心",
        "您放心，明天一定送到",
        "但愿您用得开心",
    ],
)


def opens_reply(norm: str, start: int) -> bool:
    """Whether nothing but space comes before the connective."""
    return NON_SPACE.search(norm, 0, start) is None
