"""negative.cannot-promise: 不能保证… -> 以……为准，我们会为您…… / 要保证…的话，我们能为您做的是……"""

from __future__ import annotations

from replykit.builtin.negative.clause import (
    CONNECTIVE,
    Clause,
    Fix,
    can_do,
    lead_comma,
    span_end,
    subject_words,
    topic_words,
    verb_phrase_end,
)
from replykit.convert import in_draft_script
from replykit.draft import Draft
from replykit.rules import Example, rule

CANNOT_PROMISE = rule(
    "cannot-promise",
    severity="warning",
    fix="unsafe",
    description="无法保证/不能确定 leaves only uncertainty; say what it depends on and how you will follow up.",
    description_zh="“无法保证/不能确定”只留下不确定；说明取决于什么、我们会怎样跟进。",
    zh="“无法保证/无法确定”只留下不确定感；说清以什么为准、我们会怎么跟进",
    en="'Cannot guarantee' leaves only uncertainty; say what it depends on and how you will follow up",
    examples=[
        Example("具体时间我们也无法确定", "具体时间以……为准，我们会为您……"),
        Example("这个不能保证的哦", "这个以……为准，我们会为您……"),
        Example(
            "所以我这边不能给您一个准确的时间",
            "所以准确的时间以……为准，我这边会为您……",
        ),
        Example("预计明天送达，具体时间我们也无法确定呢", "预计明天送达，具体时间以……为准，我们会为您……"),
        Example("小妹这边不能保证明天一定到", "要保证明天一定到的话，小妹这边能为您做的是……"),
        Example("配送时间小妹暂时不能给您一个确定的时间", "配送时间以……为准，小妹会为您……"),
    ],
    clean=[
        "我们保证是正品，请您放心",
        "这个可以确定，明天一定送到",
        "我帮您确认一下再回复您",
    ],
)

BECAUSE = "因为……，"
DEPENDS = "以……为准，"
FOLLOW_UP = "会为您……"


def promise_fix(draft: Draft, clause: Clause, verb: int, obj_start: int, ce: int, tr: bool) -> Fix:
    norm, text = draft.norm, draft.text
    obj_end = verb_phrase_end(norm, obj_start, ce)
    obj = text[obj_start:obj_end]
    end = span_end(norm, obj_end, ce)
    if obj and norm.startswith(("保证", "确保", "说一定"), verb):
        # 不能保证明天一定到 -> 要保证明天一定到的话，我们能为您做的是……
        return Fix(CANNOT_PROMISE, clause.start, end, can_do(draft, clause, in_draft_script("保证", tr) + obj, tr))
    topic = topic_words(draft, clause, keep_demonstrative=True)
    if norm.startswith("给", verb) and not CONNECTIVE.fullmatch(topic):
        obj = ""  # 配送时间…不能给您一个确定的时间: the topic already names it
    body = (
        f"{topic}{obj}{in_draft_script(DEPENDS, tr)}{subject_words(draft, clause, tr)}{in_draft_script(FOLLOW_UP, tr)}"
    )
    return Fix(CANNOT_PROMISE, clause.start, end, lead_comma(clause) + body)
