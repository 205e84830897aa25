"""An angry or complaining customer (投诉, 差评, 曝光, 12315, insults) answered without an
apology or empathy (apologise first and stand with the customer, then solve)."""

from __future__ import annotations

from typing import Any

from replykit.audit.config import Thresholds
from replykit.audit.rules import Flags, conversation_rule
from replykit.audit.transcript import Transcript

RULE = conversation_rule(
    "anger-no-apology",
    severity="error",
    description="The customer is angry or threatens to complain, and the agent's next replies "
    "neither apologise nor empathise.",
    zh="客户情绪激动（{cues}），客服回复中没有致歉或安抚",
    en="The customer is angry ({cues}) and the replies neither apologise nor empathise",
    source="seed 004 (three kinds of dissatisfaction; apologise and soothe first)",
    examples=[
        Flags("C: 三天了还没发货，再不发我就投诉了\nA: 已经在安排了", at=(0,)),
        Flags("C: 什么垃圾东西，用一天就坏了\nA: 您可以申请售后\nA: 在订单页面点申请", at=(0,)),
        Flags("C: 到底什么时候到？？？怎么还没到\nA: 在路上", at=(0,)),
    ],
    clean=[
        "C: 三天了还没发货，再不发我就投诉了\nA: 非常抱歉让您久等了，我马上帮您催仓库",
        "C: 什么垃圾东西，用一天就坏了\nA: 您的心情我非常理解，我们给您换一个新的",
        "C: 我想投诉一下快递员\nA: 很抱歉给您带来不好的体验，我们记录下来反馈给物流",
        "C: 什么时候发货\nA: 今天下午",
    ],
)


def check(t: Transcript, options: Thresholds, report: Any) -> None:
    previous_angry = False
    for i in t.indices("customer"):
        cues = t.utterance(i).anger()
        run = previous_angry and t.messages[i - 1].role == "customer"
        previous_angry = bool(cues)
        if not cues or run:
            continue  # several angry messages in a row are answered together
        replies = [j for j in t.indices("agent") if j > i][: options.anger_window]
        if not replies:
            continue  # the conversation ends on it: question-unanswered's concern
        if not any(t.utterance(j).apologizes() or t.utterance(j).empathizes() for j in replies):
            report(RULE, i, args={"cues": "、".join(dict.fromkeys(cues))[:30]}, agent=t.agent_of(replies[0]))
