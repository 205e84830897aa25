"""A long wait answered without an apology (快、热、诚: a customer who waited minutes feels it was hours)."""

from __future__ import annotations

from typing import Any

from replykit.audit.config import Thresholds
from replykit.audit.rules import Flags, conversation_rule
from replykit.audit.transcript import Transcript

RULE = conversation_rule(
    "wait-no-apology",
    severity="warning",
    description="After a long wait the reply does not apologise (让您久等了).",
    zh="客户等待了 {minutes} 分钟，回复中没有致歉",
    en="The customer waited {minutes} min and the reply does not apologise",
    source="seed 004 (a 5-minute wait felt like hours)",
    examples=[
        Flags("C@0: 在吗\nA@2: 您好\nC@10: 我的退款到哪了\nA@600: 已经退回原账户了", at=(3,)),
    ],
    clean=[
        "C@0: 在吗\nA@2: 您好\nC@10: 我的退款到哪了\nA@600: 抱歉让您久等了，已经退回原账户了",
        "C@0: 在吗\nA@2: 您好\nC@10: 我的退款到哪了\nA@600: 让您久等了，已经退回原账户了",
        "C@0: 在吗\nA@2: 您好\nC@10: 我的退款到哪了\nA@40: 已经退回原账户了",
    ],
)


def check(t: Transcript, options: Thresholds, report: Any) -> None:
    for wait in t.waits:
        if wait.seconds <= options.long_wait_seconds:
            continue
        u = t.utterance(wait.answered)
        if not (u.apologizes() or u.empathizes()):
            report(RULE, wait.answered, args={"minutes": round(wait.seconds / 60, 1)})
