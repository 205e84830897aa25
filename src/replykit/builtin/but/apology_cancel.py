"""apology-cancel: 但是/不过 right after an apology or empathy turns it into an excuse."""

from __future__ import annotations

import re

from replykit.builtin.but.connective import NEGATIVE, REASSURE
from replykit.rules import Example, rule

APOLOGY_CANCEL = rule(
    "apology-cancel",
    severity="warning",
    fix="safe",
    description="但是/不过 right after an apology or empathy turns it into an excuse.",
    description_zh="道歉或共情之后紧跟“但是/不过”，会让道歉变成借口。",
    zh="道歉或体谅之后接「{word}」像在找借口；去掉它，道歉才显得真诚",
    en="'{word}' after an apology or empathy sounds like an excuse; drop it so the apology stands",
    examples=[
        Example("非常抱歉，但是这个我们也没办法", "非常抱歉，这个我们也没办法"),
        Example("非常理解您的心情，不过商品本身是没问题的", "非常理解您的心情，商品本身是没问题的"),
    ],
    clean=[
        "非常抱歉，不过您放心，我们马上为您补发",
        "实在抱歉，不过我们可以为您申请优惠券",
        "非常抱歉给您带来不便，我们马上处理",
    ],
)

_APOLOGY = re.compile("抱歉|对不起|不好意思|歉意|见谅|添麻烦|理解您|理解的|体谅|明白您|您的心情")
_BENEFIT = re.compile("可以为您|为您|帮您|给您|送您|赠送|优惠|补偿|免费|包邮|可以|还能|也能")
_STILL = re.compile("还是|仍然|依然|其实|本身|毕竟")


def is_apology(previous: str) -> bool:
    return _APOLOGY.search(previous) is not None


def excuses(following: str) -> bool:
    """After an apology: "抱歉，不过您放心…" compensates; "抱歉，但是这个不能退" excuses."""
    return bool(NEGATIVE.search(following) or not (REASSURE.search(following) or _BENEFIT.search(following)))


def fix_level(following: str) -> str:
    """ "理解您的心情，商品还是很好的": 还是 keeps the excuse alive; a person rewords it."""
    return "unsafe" if _STILL.search(following) else "safe"
