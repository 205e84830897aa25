"""negative.cannot-do: 做不了/办不到/帮不了 said by the agent -> what the agent can do instead."""

from __future__ import annotations

from replykit.builtin.negative.clause import SERVICE, Clause, split_clause, topic_words
from replykit.draft import Draft
from replykit.rules import Example, rule

CANNOT_DO = rule(
    "cannot-do",
    severity="warning",
    fix="unsafe",
    description="我不会/我做不了/帮不了 sounds like resisting; tell the customer what you can do.",
    description_zh="“我不会/我做不了/帮不了”听起来像推脱；告诉顾客我们能做什么。",
    zh="“我不会/我做不了”让客户觉得您在推脱；告诉客户您能为他做什么",
    en="'I can't do it' sounds like resisting; tell the customer what you can do",
    examples=[
        Example("我想我做不了", "我想我做不了"),
        Example(
            "这个时间我真的做不到",
            "这个时间我真的做不到，我能为您做的是随时帮您跟进订单进度，有更新马上告诉您",
        ),
        Example(
            "这个我也处理不了，可以帮您转给售后同事",
            "这个我也处理不了，我能为您做的是转给售后同事",
        ),
        Example("抱歉，小妹处理不了退款", "抱歉，小妹处理不了退款"),
        Example("这个颜色我们真的帮不了您换", "这个颜色我们真的帮不了您换"),
        Example(  # an action as the topic: what the customer asked for
            "抱歉，当天发做不到",
            "抱歉，当天发做不到，我们能为您做的是随时帮您跟进订单进度，有更新马上告诉您",
        ),
        Example("呢個我哋做唔到", "呢個我哋做唔到"),  # Cantonese: 我哋 = 我们, 做唔到 = 做不到
        Example("亲，这个我们也爱莫能助", "亲，这个我们也爱莫能助"),
    ],
    clean=[
        "我不会让您失望的",
        "我们绝不会泄露您的个人信息",
        "如果商家处理不了，可以联系我们",
        "不会起球的，请放心",
        "轻微划痕不会影响使用的",
        "您自己装不了的话，师傅可以上门",
        "物流慢我们也控制不了，已经帮您催了",  # what nobody controls, with the effort made
    ],
)


def doer_clause(draft: Draft, cs: int, hit: int) -> Clause | None:
    """The clause when the agent is the one who cannot (not 商家处理不了 or a description)."""
    clause = split_clause(draft, cs, hit)
    topic = topic_words(draft, clause, keep_demonstrative=True)
    if clause.subject is None and topic and topic not in ("这个", "那个") and not SERVICE.search(topic):
        return None  # 商家处理不了 tells what another party cannot do; 当天发做不到 refuses an action
    return clause
