"""The customer asks the same question again after a reply: they were not heard."""

from __future__ import annotations

from typing import Any

from replykit.audit.config import Thresholds
from replykit.audit.language import clean, similar
from replykit.audit.rules import Flags, Passes, conversation_rule
from replykit.audit.transcript import ANSWERING, Transcript

MIN_CHARS = 4

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
    asked: list[int] = []
    replied_since: dict[int, bool] = {}
    for i, m in enumerate(t.messages):
        if m.role in ANSWERING:
            for j in asked:
                replied_since[j] = True
            continue
        if m.role != "customer" or len(clean(m.text)) < MIN_CHARS or not t.utterance(i).is_question():
            continue
        for j in asked:
            if replied_since.get(j) and similar(t.messages[j].text, m.text) >= options.repeat_similarity:
                report(RULE, i, args={"first": j})
                break
        asked.append(i)
        replied_since[i] = False
