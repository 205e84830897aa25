"""Choice questions instead of open ones (a choice question is easier to answer and keeps the
conversation going)."""

from __future__ import annotations

from typing import Any

from replykit.audit.config import Thresholds
from replykit.audit.rules import Flags, conversation_rule
from replykit.audit.transcript import Transcript

OPEN = conversation_rule(
    "open-question",
    severity="info",
    description="An undecided customer got an open question where a choice question (A还是B) serves better.",
    zh="客户犹豫不决时，用选择题（「A还是B？」）代替开放式提问更容易得到答复",
    en="The customer is undecided: ask a choice question (A or B?) instead of an open one",
    source="seed 001 (给对方选择题，而非问答题)",
    examples=[
        Flags("C: 这几款不知道买哪个好\nA: 您比较喜欢什么样的呢？", at=(1,)),
        Flags("C: 纠结买哪个\nA: 亲想要什么材质的？", at=(1,)),
    ],
    clean=[
        "C: 这几款不知道买哪个好\nA: 您比较喜欢皮面的还是网布的呢？",
        "C: 你们几点发货\nA: 您是哪个城市的？",
        "C: 不知道买哪个好\nA: 推荐这款，销量最好",
    ],
)

CHOICE = conversation_rule(
    "choice-question",
    severity="info",
    kind="bonus",
    description="Good practice: the agent offered the customer a choice question (A还是B).",
    zh="客服使用了选择式提问（好的做法）",
    en="The agent asked a choice question (good practice)",
    source="seed 001 (给对方选择题，而非问答题)",
    examples=[
        Flags("C: 想买个椅子\nA: 您每天用三到五个小时，还是七到十个小时呢？", at=(1,)),
    ],
    clean=[
        "C: 想买个椅子\nA: 您喜欢什么样的？",
        "C: 这个还是不行\nA: 抱歉，我帮您换一个",
    ],
)


def check_open(t: Transcript, options: Thresholds, report: Any) -> None:
    for i in t.indices("customer"):
        if not t.utterance(i).undecided():
            continue
        j = t.next_index(i, "agent", "customer")
        if j is not None and t.messages[j].role == "agent":
            u = t.utterance(j)
            if u.open_question() and not u.choice_question():
                report(OPEN, j)


def check_choice(t: Transcript, options: Thresholds, report: Any) -> None:
    for i in t.indices("agent"):
        if t.utterance(i).choice_question():
            report(CHOICE, i)
            return
