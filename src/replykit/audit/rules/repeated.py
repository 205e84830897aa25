"""The customer asks the same question again after a reply: they were not heard."""

from __future__ import annotations

import re
from typing import Any

from replykit.audit.config import Thresholds
from replykit.audit.language import clean, similar
from replykit.audit.rules import Flags, Passes, conversation_rule
from replykit.audit.transcript import ANSWERING, Transcript

MIN_CHARS = 4
_SPLIT = re.compile(r"[，,、\s]+")

RULE = conversation_rule(
    "repeated-question",
    severity="warning",
    description="The customer repeated a question after the agent replied: the reply did not answer it.",
    zh="客户重复提问（第 {first} 条已问过），上一条回复没有回答客户的问题",
    en="The customer asked again (first asked at message {first}); the reply did not answer it",
    source="seed 000 (content matters more than speed)",
    examples=[
        Flags("C: 我的订单什么时候发货\nA: 亲，我们家的商品都是正品哦\nC: 我的订单到底什么时候发货？", at=(2,)),
        Flags("C: 这个能开专票吗\nA: 您好\nC: 能开专票吗", at=(2,)),
    ],
    clean=[
        "C: 我的订单什么时候发货\nA: 今天下午发货\nC: 好的，今天几点发货？",
        "C: 什么时候发货\nC: 什么时候发货？\nA: 今天",
        Passes("C: 这个能开专票吗\nA: 您好\nC: 能开专票吗", options={"repeat_similarity": 0.95}),
    ],
)


def check(t: Transcript, options: Thresholds, report: Any) -> None:
    asked: list[tuple[int, list[str]]] = []  # (message, its question clauses) not yet answered by a reply
    answered: list[tuple[int, list[str]]] = []  # questions a reply came after
    for i, m in enumerate(t.messages):
        if m.role in ANSWERING:
            answered += asked
            asked = []
            continue
        if m.role != "customer" or len(clean(m.text)) < MIN_CHARS:
            continue
        questions = [c.text for c in t.utterance(i).questions() if len(clean(c.text).strip()) >= MIN_CHARS]
        if not questions:
            continue
        first = next((j for j, earlier in answered if _repeats(questions, earlier, options)), None)
        if first is not None:
            report(RULE, i, args={"first": first})
        asked.append((i, questions))


def _repeats(new: list[str], old: list[str], options: Thresholds) -> bool:
    """Whether a new question asks one of the old ones again; long merged messages are
    compared by their comma-separated parts too."""
    old_parts = [p for q in old for p in _parts(q)]
    return any(similar(a, b) >= options.repeat_similarity for q in new for a in _parts(q) for b in old_parts)


def _parts(question: str) -> list[str]:
    pieces = [p for p in _SPLIT.split(question) if len(clean(p).strip()) >= MIN_CHARS]
    return [question, *pieces] if len(pieces) > 1 else [question]
