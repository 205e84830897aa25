"""curt: 自己看, 不知道 as a bare answer, 听不懂吗, 说过了, 等着吧, 爱买不买 ... (unsafe or advice)."""

from __future__ import annotations

import re

from replykit.builtin.politeness.phrases import END, PARTICLES, Check, Phrase, clause, not_question
from replykit.draft import Draft
from replykit.rules import Example, rule

CURT = rule(
    "curt",
    severity="warning",
    fix="unsafe",
    description="Curt or rude wording (自己看, 不知道, 听不懂吗, 说过了, 等着吧, 爱买不买 ...).",
    description_zh="生硬或不礼貌的说法（自己看、不知道、听不懂吗、说过了、等着吧、爱买不买……）。",
    zh="{why}，容易让顾客觉得被敷衍或冒犯；换成耐心、主动帮忙的说法",
    en="{why_en}; the customer may feel brushed off or offended. Say it patiently and offer help",
    examples=[
        Example("自己看吧", "您可以查看一下哦"),
        Example("等着吧，到了会通知", "请您耐心等待一下哦，到了会通知"),
        Example("这个我也不知道", None),
        Example("听不懂吗？退款已经退了", None),
        Example("爱买不买", None),
    ],
    clean=[
        "如有不清楚的地方可以随时问我哦",
        "我不知道您是否已经收到短信，麻烦您查看一下哦",
        "图片有点看不清楚，麻烦您重新拍一张哦",
        "这个不太清楚呢，我帮您问一下仓库哈",
        "您可以自己申请售后的",
    ],
)

_SOFT = re.compile("可以|能|方便|建议|请|麻烦|辛苦|也可")
_OFFER = re.compile(
    r"[帮为给替](?:您|你|亲)[^。！？]{0,8}?(?:查|问|确认|核实|咨询|联系|反馈|跟进|了解|看)|问一下|问下|核实|确认一下|去问"
)
# 看不清楚, 说不清楚, 如有不清楚: a complement or a condition, not an answer.
_RESULTATIVE = ("有", "看", "听", "说", "写", "拍", "印", "讲", "搞", "弄", "分", "查", "想", "记", "问", "得")
_TRAILER = re.compile(PARTICLES + r"(?:亲(?:亲|爱的)?)?" + PARTICLES)  # 不知道呢亲: 亲 is a vocative
_NOT_US = ("您", "你", "亲", "客户", "顾客", "客官", "大家", "他", "她")  # 您不知道…: about the customer


def _not_softened(draft: Draft, m: re.Match[str]) -> bool:
    """自己看 / 你自己查: curt unless the clause offers it as an option (可以/建议/请 ...)."""
    if draft.norm[m.start() - 1 : m.start()] == "您":
        return False
    return not _SOFT.search(clause(draft, m))


def _not_polite_question(draft: Draft, m: re.Match[str]) -> bool:
    """您没看到吗 may be a real question; a bare 没看到吗 is a rebuke."""
    return draft.norm[m.start() - 1 : m.start()] not in ("您", "是")


def _bare_unknown(draft: Draft, m: re.Match[str]) -> bool:
    """不知道/不清楚 as the whole answer: not 看不清楚, not 您不知道, not followed by an offer."""
    norm = draft.norm
    before = norm[max(0, m.start() - 4) : m.start()].rstrip("也还都并真确实是就")
    if before.endswith(_RESULTATIVE) or before.endswith(_NOT_US):
        return False
    # Followed by an offer (我帮您问一下) or by guidance for the customer (…您可以…): not a brush-off.
    after = _TRAILER.match(norm, m.end())
    rest = after.end() if after else m.end()
    return not _OFFER.search(norm, rest) and "您" not in norm[rest:]


def _curt(
    core: str, reach: int, pattern: str, why: str, why_en: str, replacement: str = "", check: Check | None = None
) -> Phrase:
    return Phrase(core.split("|"), reach, re.compile(pattern), CURT, why, why_en, replacement, check)


CURT_PHRASES: tuple[Phrase, ...] = (
    _curt(
        "自己",
        1,
        r"(?:你|妳)?自己(?:去)?看(?![着到过了见])(?:吧|去|啊|呗)?",
        "“自己看”像在打发顾客",
        "'Look it up yourself' brushes the customer off",
        "您可以查看一下哦",
        _not_softened,
    ),
    _curt(
        "自己",
        1,
        r"(?:你|妳)自己(?:去|来)?(?:查|弄|搞|操作|申请|处理|解决|联系|找|想办法|决定)",
        "“你自己…”把事情推给顾客",
        "'Do it yourself' pushes the work onto the customer",
        check=_not_softened,
    ),
    _curt(
        "听不|看不|不识字",
        2,
        r"(?:你|妳|您)?(?:是)?(?:听不懂|看不懂|听不明白|看不明白|不识字)(?:吗|么|嘛|啊)?",
        "反问顾客“听不懂吗”有指责意味",
        "Asking 'don't you understand?' blames the customer",
    ),
    _curt(
        "没看",
        2,
        r"(?:你|妳)?(?:是)?(?:没看到|没看见)(?:吗|么|嘛)",
        "反问顾客“没看到吗”有指责意味",
        "Asking 'didn't you see it?' blames the customer",
        check=_not_polite_question,
    ),
    _curt(
        "说了|说过|讲了|讲过",
        5,
        r"(?:我)?不是(?:跟|和|给)?(?:你|您)?(?:说|讲)(?:过)?了(?:吗|嘛|么)?",
        "“不是说了吗”显得不耐烦",
        "'Didn't I tell you?' sounds impatient",
    ),
    _curt(
        "说了|说过|讲了|讲过",
        4,
        r"(?:已经|都|早就|我)(?:跟|和|给)?(?:你|您)?(?:说|讲)过(?:了|很多次|好几次|多少遍)"
        r"|说了(?:多少|几|很多|好几)(?:遍|次)",
        "“说过了”显得不耐烦",
        "'I already said so' sounds impatient",
        check=not_question,
    ),
    _curt(
        "等着|慢慢等|等就是",
        2,
        r"(?:你|妳)?(?:就)?等着(?:吧|就行|就好|就是了)|慢慢等吧|等就是了",
        "“等着吧”显得冷淡",
        "'Just wait' sounds cold",
        "请您耐心等待一下哦",
    ),
    _curt(
        "爱买不买|不买|爱要不要|随便你|随你|你爱怎么|你想怎么样|你到底|你问我我问谁|我怎么知道|烦不烦|有完没完|问了|投诉|看着办|爱咋咋",
        4,
        r"爱买不买|不买拉倒|不买就算了|爱要不要|随便你|随你便|随你吧|你爱怎么|你想怎么样|你到底(?:想|要)"
        r"|你问我我问谁|我怎么知道|烦不烦|有完没完|别问了|(?:不要|别)再问了|(?:那)?你(?:就)?去投诉(?:吧)?"
        r"|看着办|爱咋咋",
        "这是冒犯顾客的说法",
        "This wording offends the customer",
    ),
    _curt(
        "知道|清楚",
        3,
        r"不(?:太|是很|大|很)?(?:知道|清楚)(?=" + PARTICLES + r"(?:亲(?:亲|爱的)?)?" + PARTICLES + END + ")",
        "只说“不知道/不清楚”像在敷衍",
        "A bare 'I don't know' sounds like a brush-off",
        check=_bare_unknown,
    ),
)
