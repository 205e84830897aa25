"""cold-reply: a whole reply of one cold word (嗯, 好, 哦, 行, 知道了 ...) -> a warm form (safe)."""

from __future__ import annotations

import re

from replykit.convert import in_draft_script
from replykit.draft import Draft
from replykit.hookspecs import Report
from replykit.rules import Example, rule

COLD = rule(
    "cold-reply",
    severity="warning",
    fix="safe",
    description="A reply of one cold word (嗯, 好, 哦, 行, 知道了) sounds impatient.",
    description_zh="只回一个冷冰冰的词（嗯、好、哦、行、知道了），显得不耐烦。",
    zh="单字回复显得冷淡敷衍，换成更热情的说法",
    en="A one-word reply sounds cold and dismissive; use a warmer form",
    examples=[
        Example("嗯", "嗯嗯"),
        Example("好。", "好的呢。"),
        Example("哦！", "好的呀！"),
        Example("知道了", "好的，了解啦"),
        Example("對", "對的呢"),
    ],
    clean=["嗯嗯", "好的", "好的呢", "嗯，这边马上为您处理", "哦哦"],
)

_WARM = {
    "嗯": "嗯嗯",
    "恩": "嗯嗯",
    "好": "好的呢",
    "好吧": "好的呢",
    "行": "好的呢",
    "哦": "好的呀",
    "噢": "好的呀",
    "喔": "好的呀",
    "知道了": "好的，了解啦",
    "知道": "好的，了解啦",
    "明白": "好的，明白啦",
    "明白了": "好的，明白啦",
    "了解": "好的，了解啦",
    "可以": "可以的呢",
    "是": "是的呢",
    "对": "对的呢",
    "有": "有的呢",
    "在": "在的呢",
    "收到": "收到啦",
    "稍等": "请您稍等一下哦",
    "ok": "好的呢",
}
# A leading 但是 is still a one-word answer: the but plugin drops it in the same pass, and a
# second pass must not find a cold reply the first one left (safe fixes are idempotent).
_COLD = re.compile(
    r"\s*(?:(?:但是|可是|不过|但(?!是))[，,\s]*)?("
    + "|".join(sorted(_WARM, key=len, reverse=True))
    + r")\s*[。.!！~～…]*\s*",
    re.I,
)


def check_cold(draft: Draft, report: Report) -> None:
    m = _COLD.fullmatch(draft.norm)
    if m:
        s, e = m.span(1)
        report(COLD, s, e, [in_draft_script(_WARM[m.group(1).lower()], draft.is_traditional)])
