"""The customer's first message waited longer than the golden 6 seconds (a customer not
answered at once asks another shop)."""

from __future__ import annotations

from typing import Any

from replykit.audit.config import Thresholds
from replykit.audit.rules import Flags, Passes, conversation_rule
from replykit.audit.transcript import Transcript

RULE = conversation_rule(
    "first-response-slow",
    severity="warning",
    description="The first reply to the customer came later than the first-response target.",
    zh="首次响应用时 {seconds} 秒，超过 {limit} 秒（黄金6秒）",
    en="First response took {seconds} s, over the {limit} s target (the golden 6 seconds)",
    source="seed 004 (黄金6秒)",
    examples=[
        Flags("C@0: 在吗，这款有货吗\nA@45: 您好，有货的呢", at=(1,)),
        Flags("C@0: 你好\nC@3: 我想问下发票\nB@20: 您好，请稍等", at=(2,)),
    ],
    clean=[
        "C@0: 在吗\nA@4: 您好，在的呢",
        Passes("C: 在吗\nA: 您好"),  # no timestamps: nothing to measure
        Passes("C@0: 在吗\nA@30: 您好", options={"first_response_seconds": 60}),
    ],
)


def check(t: Transcript, options: Thresholds, report: Any) -> None:
    for wait in t.waits:
        if wait.first and wait.seconds > options.first_response_seconds:
            report(
                RULE, wait.answered, args={"seconds": round(wait.seconds), "limit": _n(options.first_response_seconds)}
            )
        break


def _n(x: float) -> str:
    return str(int(x)) if float(x).is_integer() else str(x)
