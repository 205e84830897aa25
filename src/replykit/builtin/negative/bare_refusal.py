"""negative.bare-refusal: 不可以的哦 as the whole answer -> 因为……，我们能为您做的是……"""

from __future__ import annotations

from replykit.builtin.negative.clause import CAN_DO, Clause, lead_comma, subject_words, topic_words
from replykit.convert import in_draft_script
from replykit.draft import Draft
from replykit.rules import Example, rule

BARE_REFUSAL = rule(
    "bare-refusal",
    severity="warning",
    fix="unsafe",
    description="A bare 不可以/不行/不能 answer; give the reason (因为……) and an alternative.",
    description_zh="只回答“不可以/不行/不能”；说明原因（因为……）并给出替代方案。",
    zh="只回“不可以/不行”是生硬的拒绝；先说原因（因为……），再给出替代方案",
    en="A bare 'no' is a blunt refusal; give the reason (because ...) and offer an alternative",
    examples=[
        Example("亲，不可以的哦", "亲，因为……，我们能为您做的是……"),
        Example("不行的呢", "因为……，我们能为您做的是……"),
        Example("不可以的哦亲", "因为……，我们能为您做的是……亲"),
        Example("那不行，只能退一件", "因为……，我们能为您做的是……，只能退一件"),
        Example("手机不行的", "手机的话，因为……，我们能为您做的是……"),
        Example("不能", "因为……，我们能为您做的是……"),
        Example("親，不可以的哦", "親，因為……，我們能為您做的是……"),
    ],
    clean=[
        "可不可以先帮您登记一下？",
        "行不行您说了算",
        "主机也不行吗",
        "不行的话您再联系我们哦",
        "如果还是不行，麻烦您拍个视频给我们",
        "实在不行您可以申请售后",
        "不会的亲，放心使用",
        "缺一不可哦",
    ],
)

BECAUSE = "因为……，"


def bare_fix(draft: Draft, clause: Clause, tr: bool) -> str:
    """不可以的哦 -> 因为……，我们能为您做的是…… (a reason, then the alternative)."""
    topic = topic_words(draft, clause, keep_demonstrative=False)
    # A short topic frames the answer (手机的话，因为……); a longer one is a statement of its own.
    if not topic:
        topic_part = ""
    elif len(topic) <= 4:
        topic_part = topic + in_draft_script("的话，", tr)
    else:
        topic_part = topic + "，"
    body = f"{topic_part}{in_draft_script(BECAUSE, tr)}{subject_words(draft, clause, tr)}{in_draft_script(CAN_DO, tr)}"
    return lead_comma(clause) + body
