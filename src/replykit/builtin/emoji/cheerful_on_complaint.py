"""emoji.cheerful-on-complaint: no cheerful face on an apology for a loss or to an angry customer."""

from __future__ import annotations

import bisect

from replykit.builtin.emoji.mood import angry
from replykit.draft import Draft
from replykit.rules import Clean, Example, rule
from replykit.scan import lazy_compile

CHEERFUL_ON_COMPLAINT = rule(
    "cheerful-on-complaint",
    severity="warning",
    fix="safe",
    description="A cheerful emoji on an apology for a loss, a refusal or an angry customer's complaint.",
    description_zh="在为损失道歉、拒绝或回应生气顾客的投诉时用了欢快的表情。",
    zh="顾客正在不满或遭受损失，笑脸会显得幸灾乐祸；去掉表情",
    en="The customer is upset or has suffered a loss; a cheerful face reads as mockery, remove it",
    examples=[
        Example("非常抱歉，您的包裹破损了，马上为您补发😊", "非常抱歉，您的包裹破损了，马上为您补发"),
        Example(
            "我们马上为您处理O(∩_∩)O",
            "我们马上为您处理",
            context={"customer_message": "东西坏了，什么破质量，我要投诉！"},
        ),
        Example("很抱歉，这个订单无法修改地址哦^_^", "很抱歉，这个订单无法修改地址哦"),
        Example("包裹破损真的很抱歉🥰", "包裹破损真的很抱歉"),
    ],
    clean=[
        "感谢您的支持，祝您生活愉快😊",
        Clean("好的，马上为您发货😊", context={"customer_message": "今天能发货吗"}),
        "非常抱歉给您带来不便，我们马上处理[抱拳]",
        "小编今天请假，回复会比较慢，造成不便敬请见谅🙇‍♀️",  # a bow apologises
        "抱歉让您久等了，包裹已经发出📦",
        # The reply moved on from the apology: thanks for a rating at the close.
        "给您带来不便很抱歉呢！还有什么可以帮您的吗？麻烦您给个评价，非常感谢~O(∩_∩)O~",
    ],
)

_LOSS = lazy_compile(
    "不便|困扰|损失|不好的|体验|损坏|破损|坏了|丢失|丢件|丢了|少发|漏发|错发|发错|少了|延误|延迟|晚到|"
    "没收到|未收到|质量问题|瑕疵|不能|无法|没办法|不支持|不可以"
)
_APOLOGY = lazy_compile("抱歉|对不起|歉意|致歉|不好意思|见谅")
_MOVED_ON = lazy_compile("谢谢|感谢|多谢|祝您|祝你|欢迎再次|欢迎下次")


def upset(draft: Draft) -> bool:
    """An apology for a loss (or a refusal) in the draft, or an angry customer message."""
    norm = draft.norm
    if _APOLOGY.search(norm) and _LOSS.search(norm):
        return True
    return angry(draft.context.customer_message)


class MovedOn:
    """Whether a thank-you or good wish stands between the last apology before a point and the
    point: the reply has moved on from the loss (a closing "非常感谢~(^ω^)~" after an earlier
    "给您带来不便很抱歉"). Both are found once per draft; each face is then a bisection."""

    def __init__(self, norm: str) -> None:
        self.apology_ends = [m.end() for m in _APOLOGY.finditer(norm)]
        self.thanks = [m.span() for m in _MOVED_ON.finditer(norm)]

    def before(self, pos: int) -> bool:
        i = bisect.bisect_right(self.apology_ends, pos) - 1
        if i < 0:
            return False
        j = bisect.bisect_left(self.thanks, (self.apology_ends[i], -1))
        return j < len(self.thanks) and self.thanks[j][1] <= pos
