"""The agent's first message has no greeting (a warm 您好 opens the conversation)."""

from __future__ import annotations

from typing import Any

from replykit.audit.config import Thresholds
from replykit.audit.rules import Flags, conversation_rule
from replykit.audit.transcript import Transcript

RULE = conversation_rule(
    "no-greeting",
    severity="info",
    description="The agent's first message neither greets the customer nor offers help.",
    zh="客服首次回复缺少问候语（如「您好」「有什么可以帮您」）",
    en="The agent's first reply has no greeting (您好, 有什么可以帮您)",
    source="seeds 002 and 003 (warm greetings; 您好/请)",
    examples=[
        Flags("C: 在吗\nA: 什么事", at=(1,)),
        Flags("C: 这个有货吗\nA: 有货，今天下单明天到\nA: 还有其他问题吗", at=(1,)),
    ],
    clean=[
        "C: 在吗\nA: 您好，在的呢",
        "C: 在吗\nA: 亲，有什么可以帮您？",
        "C: 在吗\nA: 有什么问题我可以帮您处理或解决呢?",
        "C: 在吗\nB: 您好，欢迎光临\nA: 在的，请问有什么可以帮您",
        "C: 在吗",
    ],
)


def check(t: Transcript, options: Thresholds, report: Any) -> None:
    agents = t.indices("agent", "bot")
    if not agents:
        return
    window = agents[: options.greeting_window]
    if not any(t.utterance(i).greets() for i in window):
        first = next((i for i in window if t.messages[i].role == "agent"), None)
        if first is not None:
            report(RULE, first)
