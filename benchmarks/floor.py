"""The floor pipeline: the least work any reply checker must do, built from the fastest parts.

Per reply: rjieba segmentation, one Aho-Corasick pass over ~50 service phrases, one OpenCC
conversion, and a pydantic model per finding and per result (about 7 us per reply on the
project's machines, see /work/shared/design/ANCHORS.md).  replykit is reported as a multiple
of this floor, measured in the same process.
"""

from __future__ import annotations

from collections.abc import Callable

import ahocorasick
import opencc
from pydantic import BaseModel

# Phrases a tone checker looks for, with a stand-in replacement (written for this benchmark).
PHRASES: dict[str, str] = {
    "不能": "暂时无法",
    "不行": "暂时不支持",
    "没办法": "我们尽力",
    "无法": "暂时无法",
    "不可以": "暂不支持",
    "做不到": "我们尽力",
    "帮不了": "帮您联系",
    "不知道": "帮您确认",
    "不清楚": "帮您确认",
    "不负责": "帮您处理",
    "不归我们管": "帮您联系",
    "自己去": "您可以",
    "你自己": "您可以",
    "你": "您",
    "你们": "您",
    "在吗": "您好",
    "等着": "请稍等",
    "催也没用": "已为您催促",
    "没用": "无效",
    "听我说": "请您听我说",
    "不要再问": "我再为您说明",
    "说过很多遍": "再为您说明",
    "公司规定": "平台要求",
    "这是规定": "平台要求",
    "但是": "同时",
    "不过": "同时",
    "可是": "同时",
    "只能": "可以",
    "必须": "需要",
    "肯定": "一定",
    "绝对": "一定",
    "随便": "都可以",
    "哈哈": "",
    "呵呵": "",
    "亲": "您好",
    "亲亲": "您好",
    "亲爱的": "您好",
    "呢": "",
    "哦": "",
    "哈": "",
    "~": "",
    "😊": "",
    "O(∩_∩)O": "",
    "不好意思": "抱歉",
    "抱歉": "很抱歉",
    "麻烦": "劳驾",
    "请稍等": "请您稍等",
    "稍等": "请您稍等",
    "谢谢": "感谢您",
    "再见": "祝您生活愉快",
}


class FloorFinding(BaseModel):
    """A phrase hit (six fields, as a replykit Annotation's core)."""

    rule: str
    start: int
    end: int
    text: str
    replacement: str
    severity: str


class FloorResult(BaseModel):
    """The result for one reply."""

    original: str
    text: str
    words: int
    findings: list[FloorFinding]


def _automaton() -> ahocorasick.Automaton:
    auto = ahocorasick.Automaton()
    for i, (phrase, replacement) in enumerate(PHRASES.items()):
        auto.add_word(phrase, (f"floor.p{i}", phrase, replacement))
    auto.make_automaton()
    return auto


def make_floor(segmenter: str = "rjieba") -> Callable[[str], FloorResult]:
    """The floor pipeline as one function; ``segmenter`` is "rjieba" or "jieba"."""
    if segmenter == "rjieba":
        import rjieba

        cut: Callable[[str], list[str]] = rjieba.cut
    else:
        import logging

        import jieba

        jieba.setLogLevel(logging.WARNING)
        cut = jieba.lcut
    auto = _automaton()
    conv = opencc.OpenCC("t2s")

    def floor(text: str) -> FloorResult:
        words = cut(text)
        findings = [
            FloorFinding(
                rule=rid, start=end + 1 - len(phrase), end=end + 1, text=phrase, replacement=repl, severity="warning"
            )
            for end, (rid, phrase, repl) in auto.iter(text)
        ]
        return FloorResult(original=text, text=conv.convert(text), words=len(words), findings=findings)

    return floor
