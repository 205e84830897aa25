"""A later reply kept the customer waiting longer than the response target."""

from __future__ import annotations

from typing import Any

from replykit.audit.config import Thresholds
from replykit.audit.rules import Flags, Passes, conversation_rule
from replykit.audit.rules.first_response import _n
from replykit.audit.transcript import Transcript

RULE = conversation_rule(
    "response-slow",
    severity="info",
    description="A reply (after the first) came later than the response target.",
    zh="客户等待 {seconds} 秒才得到回复，超过 {limit} 秒",
    en="The customer waited {seconds} s for this reply, over the {limit} s target",
    source="seeds 000 and 004 (reply fast: a waiting customer leaves)",
    examples=[
        Flags("C@0: 在吗\nA@3: 您好\nC@10: 这个能用多久\nA@200: 一般能用三年", at=(3,)),
    ],
    clean=[
        "C@0: 在吗\nA@3: 您好\nC@10: 这个能用多久\nA@30: 一般能用三年",
        Passes("C@0: 在吗\nA@3: 您好\nC@10: 这个能用多久\nA@200: 三年", options={"response_seconds": 300}),
    ],
)


def check(t: Transcript, options: Thresholds, report: Any) -> None:
    for wait in t.waits:
        if not wait.first and wait.seconds > options.response_seconds:
            report(RULE, wait.answered, args={"seconds": round(wait.seconds), "limit": _n(options.response_seconds)})
