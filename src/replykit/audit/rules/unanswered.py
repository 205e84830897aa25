"""The conversation ends on a customer question nobody answered."""

from __future__ import annotations

from typing import Any

from replykit.audit.config import Thresholds
from replykit.audit.rules import Flags, conversation_rule
from replykit.audit.transcript import ANSWERING, Transcript

RULE = conversation_rule(
    "question-unanswered",
    severity="warning",
    description="The customer's last question got no reply before the conversation ended.",
    zh="客户的问题「{question}」没有得到回复",
    en="The customer's question “{question}” got no reply",
    source="seed 000 (a customer left unanswered goes to another shop)",
    examples=[
        Flags("C: 在吗\nA: 您好，在的\nC: 这个支持七天无理由退货吗", at=(2,)),
        Flags("C: 你好\nA: 您好\nC: 运费谁出？\nC: 在不在", at=(2,)),
        Flags("C: 能开发票吗", at=(0,)),
    ],
    clean=[
        "C: 这个支持七天无理由退货吗\nA: 支持的呢",
        "C: 好的谢谢\nA: 不客气\nC: 好的",
        "C: 我收到了，没什么问题了",
    ],
)


def check(t: Transcript, options: Thresholds, report: Any) -> None:
    run: list[int] = []
    for i in range(len(t.messages) - 1, -1, -1):
        role = t.messages[i].role
        if role in ANSWERING:
            break
        if role == "customer":
            run.append(i)
    for i in reversed(run):
        questions = t.utterance(i).questions()
        if questions:
            report(RULE, i, args={"question": questions[0].text.strip()[:30]})
            return
