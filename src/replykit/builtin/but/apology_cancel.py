"""apology-cancel: 但是/不过 right after an apology or empathy turns it into an excuse."""

from __future__ import annotations

from replykit.builtin.but.connective import outlives_the_edit
from replykit.rules import Example, rule
from replykit.scan import lazy_compile

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
        Example("不好意思让您等了这么久，可是最近单子实在太多", "不好意思让您等了这么久，最近单子实在太多"),
        Example("這次是我們的疏忽，不過這種情況很少見", "這次是我們的疏忽，這種情況很少見"),
        # Advice only: the blame survives the edit, a person rewrites the sentence.
        Example("对不起，是我们的疏忽，但是您签收时也该检查一下", "对不起，是我们的疏忽，但是您签收时也该检查一下"),
        # Advice only: the rule stands as the wall; without the word it reads no warmer.
        Example("非常理解您，可是店里的制度就是这样", "非常理解您，可是店里的制度就是这样"),
        Example("您说的我都理解，不过规定就是这样", "您说的我都理解，不过规定就是这样"),
        # Empathy and concern in other words, and owning the mishap itself.
        Example("知道您等得急，可是工厂排期就是这样", "知道您等得急，工厂排期就是这样"),
        Example("您的遭遇我们很同情，可是合同写得很清楚", "您的遭遇我们很同情，合同写得很清楚"),
        Example("我们也很想帮您，但是财务说了算", "我们也很想帮您，财务说了算"),
        Example("明白您想改地址，不过这单改不了", "明白您想改地址，这单改不了"),
        Example("唔好意思要你等，但係最近單多咗", "唔好意思要你等，最近單多咗"),  # Cantonese 但係 = 但是
        # The agent's own feeling; the shop's reason or rule opening what follows.
        Example(
            "宝贝摔坏了我们也很难过，但按规则需要先寄回检测",
            "宝贝摔坏了我们也很难过，但按规则需要先寄回检测",  # the rule stands: advice
        ),
        Example("非常抱歉，但是由于仓库搬迁，发货会晚两天", "非常抱歉，由于仓库搬迁，发货会晚两天"),
    ],
    clean=[
        "非常抱歉，不过您放心，我们马上为您补发",
        "实在抱歉，不过我们可以为您申请优惠券",
        "非常抱歉给您带来不便，我们马上处理",
        # What follows moves on: a polite next step, an alternative, good news.
        "不好意思，不过麻烦您再核对一下收货地址",
        "很抱歉，不过这款可以换成同价位的新款",
        "理解您的着急，不过您不用担心，明天一定送到",
        # Not an apology: the shop denies fault, then compensates.
        "这不是我们的失误，但是可以给您补偿一张优惠券",
        "我们非常重视您的反馈，不过您放心，已经为您安排补发",
        "同情归同情，但是您也要理解我们",  # X归X…但是 is one concession
        "非常抱歉，但系统显示已经签收，我们马上联系快递核实",  # 但 + 系统, then the next step
        "理解您的心情，但也希望您先喝杯水，我们慢慢说",  # a polite request
    ],
)

# An apology, empathy, or the shop owning a mistake (这次是我们的失误; not 不是我们的问题).
_APOLOGY = lazy_compile(
    "抱歉|对不起|不好意思|唔好意思|对唔住|对不住|歉意|见谅|添麻烦|理解(?:您|你)|理解的|体谅|明白(?:您|你)|您的心情|"
    # empathy and concern in other words: 知道您着急, 我们很同情, 非常重视, 感到很遗憾, 也很想帮您
    "知道(?:您|你)(?:的心情|等了|[^，。！？,!?]{0,3}急)|同情|遗憾|重视|尊重|"
    "(?:也|都)(?:很|非常|真的)?(?:想帮|不想|唔想|心疼|难过|着急|心急)|"
    # the agent as the one who understands: 您说的我都理解, 我们非常明白
    "(?:我|我们|这边|小妹)[都也很非常十分完全真的能可以特别]{0,4}(?:理解|明白)(?![错了])|"
    "(?<!不是)(?<!并非)(?<!不)(?:我们|我|小妹|本店|这边)的?(?:失误|疏忽|过失|错|不对)|"
    # owning the mishap itself: 是我们发错货了
    "(?<!不是)(?<!并非)(?:我们|我|小妹|本店|这边)(?:这边)?(?:发错|弄错|搞错|寄错|漏发|少发|写错)"
)
_STILL = lazy_compile("还是|仍然|依然|其实|本身|毕竟")


def is_apology(previous: str) -> bool:
    return _APOLOGY.search(previous) is not None


def excuses(follows: str) -> bool:
    """After an apology the connective excuses unless what follows moves on to help, an
    alternative or a polite next step ("抱歉，不过您放心…", "抱歉，不过可以为您补发")."""
    return follows != "moves-on"


def fix_level(following: str) -> str | None:
    """Safe where the apology then stands.  "理解您的心情，商品还是很好的": 还是 keeps the
    excuse alive, so a person checks the edit (unsafe); where what follows blames the customer
    or excuses the shop (抱歉，不过您当时也该…, 不过快递本来就慢) dropping the word leaves the
    blame or the excuse, so only advice (None)."""
    if outlives_the_edit(following):
        return None
    return "unsafe" if _STILL.search(following) else "safe"
