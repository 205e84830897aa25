"""negative.cannot-do: 做不了/办不到/帮不了 said by the agent -> 我们能为您做的是……"""

from __future__ import annotations

from replykit.builtin.negative.clause import (
    CAN_DO,
    Fix,
    lead_comma,
    split_clause,
    subject_words,
    topic_words,
)
from replykit.convert import in_draft_script
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
        Example("我想我做不了", "我能为您做的是……"),
        Example("这个我也不会弄呢", "这个我能为您做的是……"),
        Example("这个颜色我们真的帮不了您", "这个颜色我们能为您做的是……"),
        Example("抱歉，小妹处理不了这个问题", "抱歉，小妹能为您做的是……"),
    ],
    clean=[
        "我不会让您失望的",
        "我们绝不会泄露您的个人信息",
        "如果商家处理不了，可以联系我们",
        "不会起球的，请放心",
        "轻微划痕不会影响使用的",
    ],
)


def cannot_do_fix(draft: Draft, cs: int, hit: int, end: int, tr: bool) -> Fix | None:
    clause = split_clause(draft, cs, hit)
    topic = topic_words(draft, clause, keep_demonstrative=True)
    if clause.subject is None and topic and topic not in ("这个", "那个"):
        return None  # a third party (商家处理不了) or a description, not the agent
    body = f"{topic}{subject_words(draft, clause, tr)}{in_draft_script(CAN_DO, tr)}"
    return Fix(CANNOT_DO, clause.start, end, lead_comma(clause) + body)
