"""The conversation ends without a closing (thanks, an offer of more help, a goodbye)."""

from __future__ import annotations

from typing import Any

from replykit.audit.config import Thresholds
from replykit.audit.rules import Flags, conversation_rule
from replykit.audit.transcript import Transcript

RULE = conversation_rule(
    "no-closing",
    severity="info",
    description="The agent's last messages neither thank the customer, offer more help nor say goodbye.",
    zh="客服结束对话时缺少结束语（如「还有什么可以帮您」「感谢您的支持」）",
    en="The agent ends without a closing (还有什么可以帮您, 感谢您的支持)",
    source="seeds 002 and 003 (polite phrases; leave the customer feeling served)",
    examples=[
        Flags("C: 这个有货吗\nA: 您好，有的\nC: 好\nA: 嗯", at=(3,)),
    ],
    clean=[
        "C: 这个有货吗\nA: 您好，有的\nC: 好\nA: 请问还有其他可以帮您的吗？",
        "C: 谢谢\nA: 不客气，祝您生活愉快",
        "C: 好的\nA: 感谢您的耐心等待\nC: 嗯嗯",
        "C: 在吗",
    ],
)


def check(t: Transcript, options: Thresholds, report: Any) -> None:
    agents = t.indices("agent")
    if not agents:
        return
    window = agents[-options.closing_window :]
    if not any(t.utterance(i).closes() for i in window):
        report(RULE, agents[-1])
