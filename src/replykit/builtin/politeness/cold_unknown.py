"""cold-unknown: 不知道/不清楚 as the whole answer, with no offer to find out (advice)."""

from __future__ import annotations

import re

from replykit.builtin.politeness.phrases import END, PARTICLES, phrase
from replykit.draft import Draft
from replykit.rules import Example, rule
from replykit.scan import lazy_compile

COLD_UNKNOWN = rule(
    "cold-unknown",
    severity="warning",
    fix=None,
    description="不知道/不清楚 as the answer, with no offer to find out: the customer is left on their own.",
    description_zh="只回“不知道/不清楚”，又不提出帮顾客查清楚，顾客只能自己想办法。",
    zh="只说“不知道/不清楚”显得冷淡敷衍；说明会帮顾客查清楚或告诉顾客可以怎么了解",
    en="A bare 'I don't know' reads cold; offer to find out, or say where the customer can learn it",
    examples=[
        Example("这个我也不知道"),
        Example("不清楚。"),
        Example("喂，我不清楚，您过两天再来电话吧。"),
        Example("這個我們也不太清楚呢"),
        Example("不晓得"),
        Example("唔知"),
        Example("唔清楚"),
        Example("我也不太清楚喔"),
        Example("头一回碰到这种故障，我也不知道咋办。"),
        Example("断货了，不知道几时有。"),
    ],
    clean=[
        "如有不清楚的地方可以随时问我哦",
        "我不知道您是否已经收到短信，麻烦您查看一下哦",
        "图片有点看不清楚，麻烦您重新拍一张哦",
        "这个不太清楚呢，我帮您问一下仓库哈",
        "这个不清楚的话，您可以咨询一下品牌官方客服哦",
        "您不知道怎么操作的话，我一步一步教您",
        "不知道怎么设置的话，随时找我哦",
        "几时补货我们也不清楚，反正等着吧",
        "这款适合干性皮肤，夏天用也不油腻，七天内可以无理由退换，敏感肌能不能用我们不太清楚呢",
    ],
)

_OFFER = lazy_compile(
    r"[帮为给替](?:您|你|亲)[^。！？]{0,8}?(?:查|问|确认|核实|咨询|联系|反馈|跟进|了解|看)|问一下|问下|核实|确认一下|去问"
    r"|(?:您|你|亲)(?:可以|可|也可以|能)|建议|请您|麻烦您|就可以|可以查看|可以看到|[给为帮]您"
)
# 看不清楚, 说不清楚, 如有不清楚: a complement or a condition, not an answer.
_RESULTATIVE = ("有", "看", "听", "说", "写", "拍", "印", "讲", "搞", "弄", "分", "查", "想", "记", "问", "得")
_PARTS = PARTICLES[:-2] + "喔噢]*"  # the particles, with Taiwan's 喔 and 噢
_TRAILER = lazy_compile(_PARTS + r"(?:亲(?:亲|爱的)?)?" + _PARTS)  # 不知道呢亲: 亲 is a vocative
_NOT_US = ("您", "你", "亲", "客户", "顾客", "客官", "大家", "他", "她")  # 您不知道…: about the customer
# An open question put first, then "I don't know either" (几时到我也不清楚): the question is
# thrown back at the customer, which reads as dismissive rather than as a bare answer.
_THROWN_MOST = 20  # the longest THROWN_BACK match: a window, so the check stays linear in the draft
THROWN_BACK = lazy_compile(
    r"(?:什么时候|啥时候|几时|哪家|哪个|哪天|多久|为什么|为啥)[^，,。！？!?\n]{0,10}?(?:我|我们|小妹|客服)(?:也|都)$"
)
_TRIFLE = lazy_compile(r"(?:这么|这样|那么|这点|连)[^，,。！？!?\n我]{0,6}?(?:都|也)$")
_CONDITION = lazy_compile(r"(?:的话|如果|若|要是)")
_SOFT = lazy_compile("[呢哦哈呀啦噢喔]")
_AHEAD = 60  # how far after the hedge an offer to find out is looked for
_ANSWERED_MOST = 20  # characters outside the hedge's clause: more than this is an answer of its own


def _bare_unknown(draft: Draft, m: re.Match[str]) -> bool:
    """Not 看不清楚, not 您不知道, not 不清楚的话, not followed by an offer or by guidance."""
    norm = draft.norm
    if THROWN_BACK.search(norm, max(draft.clause_at(m.start())[0], m.start() - _THROWN_MOST), m.start()):
        return False  # 哪天补货我们也不清楚: curt-dismissal's (the question thrown back)
    if _TRIFLE.search(norm, max(draft.clause_at(m.start())[0], m.start() - _THROWN_MOST), m.start()):
        return False  # 这么容易都不知道: the customer's ignorance mocked (curt's), not our own
    before = norm[max(0, m.start() - 4) : m.start()].rstrip("也还都并真确实是就")
    if before.endswith(_RESULTATIVE) or before.endswith(_NOT_US):
        return False
    after = _TRAILER.match(norm, m.end())
    rest = after.end() if after else m.end()
    if _SOFT.search(norm, m.end(), rest):
        cs, ce = draft.clause_at(m.start())
        if len(norm.strip()) - (ce - cs) > _ANSWERED_MOST:
            return False  # a softened hedge at the edge of a reply that has answered already
    if _CONDITION.match(norm, m.end()) or _CONDITION.search(norm, draft.clause_at(m.start())[0], m.start()):
        return False
    return not _OFFER.search(norm, rest, rest + _AHEAD)  # bounded: linear in the draft


UNKNOWN_PHRASES = (
    phrase(
        COLD_UNKNOWN,
        "知道|清楚|晓得|不知|唔知",
        3,
        r"(?:不|唔)(?:(?:太|是很|大|很)?(?:知道|清楚|晓得)|知)"
        r"(?:怎么办|咋办|为什么|为啥|什么时候(?:有|到)?|啥时候(?:有|到)?|几时(?:有|到)?)?"
        + r"(?="
        + _PARTS
        + r"(?:亲(?:亲|爱的)?)?"
        + _PARTS
        + END
        + ")",
        check=_bare_unknown,
    ),
)
