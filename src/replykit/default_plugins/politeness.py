"""politeness: address the customer as 您, sound warm, never curt, never shift blame.

Six rules (decisions and their reasons: docs/politeness.md):

- ``you-honorific``: 你/妳 addressing the customer -> 您 (safe); 你们 -> 您/贵 (unsafe).  Fixed
  phrases (你我, 迷你, 你追我赶 ...), quoted text (“…” 「…」 "…" 《…》 【…】) and reported
  speech after 说：/问： are left alone.
- ``cold-reply``: a whole reply of one cold word (嗯, 好, 哦, 行, 知道了 ...) -> a warm form (safe).
- ``curt``: 自己看, 不知道 as a bare answer, 听不懂吗, 说过了, 等着吧, 爱买不买 ... (unsafe or advice).
- ``blame-shift``: 快递不是我们的, 我们也控制不了, 跟我没关系, bare 系统问题, 规定就是这样 ... (advice).
- ``bare-request``: 提供一下订单号 without 请/麻烦/您/亲/…吗 -> 麻烦您… (unsafe).
- ``first-person``: many 我/我们 and no 您/亲/咱们 (info, advice).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any, NamedTuple

from replykit.convert import convert
from replykit.draft import Draft
from replykit.hookspecs import Report, hookimpl
from replykit.protect import inside
from replykit.rules import Example, Rule, rule

YOU = rule(
    "you-honorific",
    severity="warning",
    fix="safe",
    description="你 addressing the customer; a service reply uses the honorific 您.",
    zh="称呼顾客请用“您”，“你”显得随意、不够尊重",
    en="Address the customer as 您 (polite you); 你 sounds casual",
    examples=[
        Example("你好，你的订单已经发出啦", "您好，您的订单已经发出啦"),
        Example("妳好，妳的訂單已經寄出囉", "您好，您的訂單已經寄出囉"),
        Example("{{contact.name}}你好，请问有什么可以帮您？", "{{contact.name}}您好，请问有什么可以帮您？"),
        Example("你们单位的资质需要上传哦", "贵单位的资质需要上传哦"),
        Example("你们可以先下单哦", "您可以先下单哦"),
    ],
    clean=[
        "您好，这款迷你风扇很受欢迎哦",
        "亲，您说的“你们怎么还不发货”我们已经反馈给仓库了",
        "这本《你好，旧时光》目前有现货哦",
        "大家你追我赶抢购中，您也可以看看哦",
        "让热情把你我的距离拉近一点",
        "快递员说：你好，包裹放门口了。",
    ],
)

COLD = rule(
    "cold-reply",
    severity="warning",
    fix="safe",
    description="A reply of one cold word (嗯, 好, 哦, 行, 知道了) sounds impatient.",
    zh="单字回复显得冷淡敷衍，换成更热情的说法",
    en="A one-word reply sounds cold and dismissive; use a warmer form",
    examples=[
        Example("嗯", "嗯嗯"),
        Example("好。", "好的呢。"),
        Example("哦！", "好的呀！"),
        Example("知道了", "好的，了解啦"),
        Example("對", "對的呢"),
    ],
    clean=["嗯嗯", "好的", "好的呢", "嗯，这边马上为您处理", "哦哦"],
)

CURT = rule(
    "curt",
    severity="warning",
    fix="unsafe",
    description="Curt or rude wording (自己看, 不知道, 听不懂吗, 说过了, 等着吧, 爱买不买 ...).",
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

BLAME = rule(
    "blame-shift",
    severity="warning",
    fix=None,
    description="Shifting blame to the courier, the system or the rules instead of standing with the customer.",
    zh="推卸责任会激怒顾客；先致歉，站在顾客一边，说明我们能做什么",
    en="Shifting blame angers the customer; apologise, side with them, say what we can do",
    examples=[
        Example("亲，快递不是我们的，我们也控制不了"),
        Example("系统问题，跟我没关系"),
        Example("规定就是这样，没法改"),
    ],
    clean=[
        "系统问题已修复，给您带来不便非常抱歉",
        "如果是快递的问题，我们会第一时间帮您处理",
        "这个跟您没关系的，是我们发错了",
        "您可以联系快递员协商送货时间哦",
    ],
)

BARE = rule(
    "bare-request",
    severity="warning",
    fix="unsafe",
    description="A request to the customer without 请/麻烦您 sounds like an order.",
    zh="向顾客提要求时加上“麻烦您”或“请”，语气更客气",
    en="Soften requests to the customer with 麻烦您 or 请",
    examples=[
        Example("提供一下订单号", "麻烦您提供一下订单号"),
        Example("订单号和地址发一下哦", "麻烦您把订单号和地址发一下哦"),
        Example("订单号", "麻烦您提供一下订单号"),
    ],
    clean=[
        "您提供一下订单号好吗",
        "亲提供一下订单号哦",
        "可以提供一下订单号吗？",
        "请您提供一下收货地址",
        "帮我提供一下手机号哈",
        "这边提供一下发票给财务",
        "辛苦提供下收货人信息，为您取消",
    ],
)

FIRST = rule(
    "first-person",
    severity="info",
    fix=None,
    description="Many 我/我们 and no 您/亲/咱们: the reply centres on us, not the customer.",
    zh="多用“您”“咱们”，少用“我”，让顾客感到被重视",
    en="Use 您/咱们 more and 我 less, so the customer feels attended to",
    examples=[Example("我们这边已经查到了，我们会尽快处理，我们的仓库明天发货")],
    clean=[
        "您好，我这边帮您查一下，我们会尽快给您回复",
        "我的京东-我的订单-我的发票里可以下载",
        "好的我这边留言站点，让站点告知我",
    ],
)

RULES = (YOU, COLD, CURT, BLAME, BARE, FIRST)


@hookimpl
def replykit_rules() -> Sequence[Rule]:
    return RULES


@hookimpl
def replykit_check(draft: Draft, options: Any, report: Report) -> None:
    norm = draft.norm
    quoted = _Quoted(norm)
    if draft.enabled(YOU) and ("你" in norm or "妳" in norm):
        _check_you(draft, quoted, report)
    if draft.enabled(COLD):
        _check_cold(draft, report)
    if draft.enabled(CURT) or draft.enabled(BLAME):
        _check_phrases(draft, quoted, report)
    if draft.enabled(BARE):
        _check_bare(draft, report)
    if draft.enabled(FIRST) and "我" in norm:
        _check_first(draft, report)


# ---------------------------------------------------------------------------------------------
# shared helpers
# ---------------------------------------------------------------------------------------------

_QUOTES = {"“": "”", "「": "」", "『": "』", "《": "》", "【": "】", "‘": "’", '"': '"', "〈": "〉"}
_OPENERS = re.compile("[" + re.escape("".join(_QUOTES)) + "]")
# Reported speech: a speech verb and a colon quote someone else up to the sentence end.
_SPEECH = re.compile(r"(?:说|问|讲|道|骂|原话是|写着)\s*[：:]")
_SENTENCE_END = re.compile(r"[。！？!?\n]")
# Echoed words without quote marks: 您说的你们… (to the clause end), …这句话 (from the clause start).
_ECHO_AFTER = re.compile(r"(?:您|客户|顾客)(?:说|提到|反映)(?:的|了|过)?")
_ECHO_BEFORE = re.compile("这句话|这些话|这段话|这个说法")
_CLAUSE_END = re.compile(r"[，,。！？!?\n；;]")
_CLAUSE_MARKS = frozenset("，,。！？!?\n；;")
_END = r"(?=\s|$|[，,。.!！?？~～;；…、)）])"


class _Quoted:
    """Spans of quoted text and reported speech, computed on first use."""

    def __init__(self, norm: str) -> None:
        self._norm = norm
        self._spans: list[tuple[int, int]] | None = None

    def spans(self) -> list[tuple[int, int]]:
        if self._spans is None:
            self._spans = _quoted_spans(self._norm)
        return self._spans

    def __contains__(self, pos: int) -> bool:
        return inside(self.spans(), pos, pos + 1)  # spans are sorted and merged: a bisection


def _quoted_spans(norm: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    pos = 0
    while True:
        m = _OPENERS.search(norm, pos)
        if m is None:
            break
        close = norm.find(_QUOTES[m.group()], m.end())
        if close < 0:
            pos = m.end()
            continue
        spans.append((m.start(), close + 1))
        pos = close + 1
    for m in _SPEECH.finditer(norm):
        end = _SENTENCE_END.search(norm, m.end())
        spans.append((m.end(), end.start() if end else len(norm)))
    for m in _ECHO_AFTER.finditer(norm):
        end = _CLAUSE_END.search(norm, m.end())
        spans.append((m.end(), end.start() if end else len(norm)))
    for m in _ECHO_BEFORE.finditer(norm):
        start = m.start()  # back to the clause start: a step per character of this clause only
        while start > 0 and norm[start - 1] not in _CLAUSE_MARKS:
            start -= 1
        spans.append((start, m.start()))
    # Sorted and merged, so that a position is looked up with one bisection.
    merged: list[tuple[int, int]] = []
    for s, e in sorted(spans):
        if merged and s <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(e, merged[-1][1]))
        else:
            merged.append((s, e))
    return merged


def _script(draft: Draft, text: str) -> str:
    """Write a replacement in the draft's script (traditional drafts get traditional text)."""
    return convert(text, "s2t") if draft.is_traditional else text


# ---------------------------------------------------------------------------------------------
# you-honorific
# ---------------------------------------------------------------------------------------------

# Fixed phrases where 你 addresses nobody or is part of a word; (phrase, offset of 你) pairs.
_FIXED_YOU = ("你我", "迷你", "你追我赶", "你来我往", "你争我夺", "你死我活", "你一言我一语", "你侬我侬")
_FIXED_AT = tuple((p, i) for p in _FIXED_YOU for i, c in enumerate(p) if c == "你")
_YOU = re.compile("[你妳](们|們)?")
_PLURAL_ORG = re.compile("公司|单位|企业|店|厂|学校|机构")


def _is_fixed(folded: str, pos: int) -> bool:
    """folded: the draft's norm with 妳 as 你 (folded once per draft, not once per hit)."""
    return any(folded.startswith(p, pos - i) for p, i in _FIXED_AT if pos - i >= 0)


def _check_you(draft: Draft, quoted: _Quoted, report: Report) -> None:
    norm = draft.norm
    folded = norm.replace("妳", "你")
    for m in _YOU.finditer(norm):
        pos = m.start()
        if _is_fixed(folded, pos) or pos in quoted:
            continue
        if m.group(1):
            # 您们 is not standard; a reviewer picks 您 (one customer) or 贵 (their company).
            if _PLURAL_ORG.match(norm, m.end()):
                report(YOU, pos, m.end(), ["贵", "您"], fix="unsafe")
            else:
                report(YOU, pos, m.end(), ["您", "各位"], fix="unsafe")
        else:
            report(YOU, pos, pos + 1, ["您"])


# ---------------------------------------------------------------------------------------------
# cold-reply
# ---------------------------------------------------------------------------------------------

_WARM = {
    "嗯": "嗯嗯",
    "恩": "嗯嗯",
    "好": "好的呢",
    "好吧": "好的呢",
    "行": "好的呢",
    "哦": "好的呀",
    "噢": "好的呀",
    "喔": "好的呀",
    "知道了": "好的，了解啦",
    "知道": "好的，了解啦",
    "明白": "好的，明白啦",
    "明白了": "好的，明白啦",
    "了解": "好的，了解啦",
    "可以": "可以的呢",
    "是": "是的呢",
    "对": "对的呢",
    "有": "有的呢",
    "在": "在的呢",
    "收到": "收到啦",
    "稍等": "请您稍等一下哦",
    "ok": "好的呢",
}
# A leading 但是 is still a one-word answer: the but plugin drops it in the same pass, and a
# second pass must not find a cold reply the first one left (safe fixes are idempotent).
_COLD = re.compile(
    r"\s*(?:(?:但是|可是|不过|但(?!是))[，,\s]*)?("
    + "|".join(sorted(_WARM, key=len, reverse=True))
    + r")\s*[。.!！~～…]*\s*",
    re.I,
)


def _check_cold(draft: Draft, report: Report) -> None:
    m = _COLD.fullmatch(draft.norm)
    if m:
        s, e = m.span(1)
        report(COLD, s, e, [_script(draft, _WARM[m.group(1).lower()])])


# ---------------------------------------------------------------------------------------------
# curt and blame-shift: a literal scan finds candidates, a pattern and a context check decide
# ---------------------------------------------------------------------------------------------


_Check = Callable[[Draft, "re.Match[str]"], bool]


class _Phrase(NamedTuple):
    """A curt or blaming phrase: cheap literal cores find candidates, the pattern decides."""

    core: list[str]  # literals, one of which every match contains
    reach: int  # how far before its core a match may start
    pattern: re.Pattern[str]
    rule: Rule
    why: str  # zh reason (curt) shown in the message
    why_en: str
    replacement: str  # "" = advice only
    check: _Check | None = None


_SUBJECT_US = r"(?:我们|我|这边|小妹|妹子|客服|咱们|店铺|商家|小二|本店|小店)"
_PARTICLES = r"[的呢哦啊哈了呀啦诶耶嘛哟滴]*"
_SOFT = re.compile("可以|能|方便|建议|请|麻烦|辛苦|也可")
_SORRY_WORDS = "抱歉|不好意思|对不起|歉意|见谅|谅解|理解|致歉"
_SORRY = re.compile(_SORRY_WORDS)
_APOLOGY_OR_HELP = re.compile(_SORRY_WORDS + "|修复|解决|恢复|处理|跟进|反馈|排查|[帮为给替](?:您|你|亲)")
_CONDITION = re.compile("如果|若|要是|假如|是否|是不是|排除|万一|如是|的话")
_OFFER = re.compile(
    r"[帮为给替](?:您|你|亲)[^。！？]{0,8}?(?:查|问|确认|核实|咨询|联系|反馈|跟进|了解|看)|问一下|问下|核实|确认一下|去问"
)
# 看不清楚, 说不清楚, 如有不清楚: a complement or a condition, not an answer.
_RESULTATIVE = ("有", "看", "听", "说", "写", "拍", "印", "讲", "搞", "弄", "分", "查", "想", "记", "问", "得")
_TRAILER = re.compile(_PARTICLES + r"(?:亲(?:亲|爱的)?)?" + _PARTICLES)  # 不知道呢亲: 亲 is a vocative
_NOT_US = ("您", "你", "亲", "客户", "顾客", "客官", "大家", "他", "她")  # 您不知道…: about the customer
_QUESTION_AFTER = re.compile(r"\s*(?:吗|么|嘛|呢?[?？])")


def _clause(draft: Draft, m: re.Match[str]) -> str:
    s, e = draft.clause_at(m.start())
    return draft.norm[s : max(e, m.end())]


def _not_softened(draft: Draft, m: re.Match[str]) -> bool:
    """自己看 / 你自己查: curt unless the clause offers it as an option (可以/建议/请 ...)."""
    if draft.norm[m.start() - 1 : m.start()] == "您":
        return False
    return not _SOFT.search(_clause(draft, m))


def _not_polite_question(draft: Draft, m: re.Match[str]) -> bool:
    """您没看到吗 may be a real question; a bare 没看到吗 is a rebuke."""
    return draft.norm[m.start() - 1 : m.start()] not in ("您", "是")


def _not_question(draft: Draft, m: re.Match[str]) -> bool:
    return not _QUESTION_AFTER.match(draft.norm, m.end())


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


def _no_apology(draft: Draft, m: re.Match[str]) -> bool:
    """系统问题 / 是快递的问题: blame only when nothing owns the problem (no apology, no fix, no offer)."""
    s, _ = draft.clause_at(m.start())
    if _CONDITION.search(draft.norm[s : m.start()]) or not _not_question(draft, m):
        return False
    if "说" in draft.norm[max(0, m.start() - 8) : m.start()]:
        return False  # 您说那是系统问题: the customer's words
    return not _APOLOGY_OR_HELP.search(draft.norm)


def _whole_clause(draft: Draft, m: re.Match[str]) -> bool:
    """公司规定哦 / 这是规定呢 as the whole answer; 根据平台规定，… gives a reason, and
    这是平台的规定，还请您理解 asks for understanding: both fine."""
    s, _ = draft.clause_at(m.start())
    return not draft.norm[s : m.start()].strip() and not _SORRY.search(draft.norm)


def _not_conditional(draft: Draft, m: re.Match[str]) -> bool:
    s, _ = draft.clause_at(m.start())
    return not _CONDITION.search(draft.norm[s : m.start()]) and _not_question(draft, m)


def _curt(
    core: str, reach: int, pattern: str, why: str, why_en: str, replacement: str = "", check: _Check | None = None
) -> _Phrase:
    return _Phrase(core.split("|"), reach, re.compile(pattern), CURT, why, why_en, replacement, check)


def _blame(core: str, reach: int, pattern: str, check: _Check | None = None) -> _Phrase:
    return _Phrase(core.split("|"), reach, re.compile(pattern), BLAME, "", "", "", check)


_US = _SUBJECT_US
_PHRASES: tuple[_Phrase, ...] = (
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
        check=_not_question,
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
        r"不(?:太|是很|大|很)?(?:知道|清楚)(?=" + _PARTICLES + r"(?:亲(?:亲|爱的)?)?" + _PARTICLES + _END + ")",
        "只说“不知道/不清楚”像在敷衍",
        "A bare 'I don't know' sounds like a brush-off",
        check=_bare_unknown,
    ),
    _blame("不是我们", 5, r"(?:快递|物流|快递员|快递公司|配送)(?:又|也|并)?不是我们(?:家|店|这边)?的"),
    _blame(
        "不是我",
        0,
        r"不是我们(?:开|发|负责|管|做|生产)的|不是我们的(?:问题|责任|原因|错)|不是我的(?:问题|责任|错)",
        _not_conditional,
    ),
    _blame(
        "控制|管不了|无能为力|左右不了|决定不了",
        6,
        _US + r"?也(?:控制不了|管不了|无能为力|没法控制|无法控制|没办法控制|左右不了|决定不了)"
        r"|" + _US + r"(?:控制不了|管不了|无能为力|左右不了)",
    ),
    _blame("办法", 5, _US + r"也没(?:有)?办法(?=" + _PARTICLES + _END + ")"),
    _blame(
        "关系|无关|不关|关我",
        8,
        r"(?:跟|和|与)" + _US + r"(?:都|也|并)?(?:没(?:有)?(?:什么|啥)?关系|无关)"
        r"|不关" + _US + r"(?:的|什么)?事|关我(?:们)?(?:什么|啥)事",
    ),
    _blame("不归|负责|管的", 4, r"不归" + _US + r"(?:管|负责)|不是" + _US + r"(?:负责|管)的"),
    _blame("系统", 0, r"系统(?:的)?(?:问题|原因|故障|出错|bug|BUG)", _no_apology),
    _blame(
        "快递|物流|配送|厂家|平台|银行",
        2,
        r"(?:是|属于|这是|那是|都是)(?:快递|物流|快递员|快递公司|配送|厂家|平台|银行)(?:那边|方面|公司)?的?"
        r"(?:问题|原因|责任)",
        _no_apology,
    ),
    _blame(
        "这样|规定|如此",
        4,
        r"(?:快递|物流)(?:就是|就)这样|规定(?:就是|就)这样|规定如此|就是(?:这么|这样)规定的",
    ),
    _blame(
        "规定",
        6,
        r"(?:这是|这个是|都是|是)?(?:公司|平台|店铺|我们|商家)?(?:的)?规定(?=" + _PARTICLES + _END + ")",
        _whole_clause,
    ),
    _blame("快递", 5, r"(?:你|您)?(?:自己)?(?:去)?(?:找|问)快递(?:去|吧)"),
)
# One scan for the literal cores (fast: a plain alternation); each hit tries only the phrases
# whose core it contains, anchored at most phrase.reach characters before the hit.
_LITERALS = sorted({c for p in _PHRASES for c in p.core}, key=len, reverse=True)
_CORE_RE = re.compile("|".join(map(re.escape, _LITERALS)))
_BY_CORE = {lit: [p for p in _PHRASES if any(c in lit for c in p.core)] for lit in _LITERALS}


def _check_phrases(draft: Draft, quoted: _Quoted, report: Report) -> None:
    norm = draft.norm
    done = -1  # end of the last reported phrase: one finding per stretch of text
    for hit in _CORE_RE.finditer(norm):
        pos = hit.start()
        if pos < done:
            continue
        for phrase in _BY_CORE[hit.group()]:
            m = _match_around(phrase, norm, pos)
            if m is None or not draft.enabled(phrase.rule) or m.start() in quoted:
                continue
            if phrase.check is not None and not phrase.check(draft, m):
                continue
            _report_phrase(draft, phrase, m, report)
            done = m.end()
            break


def _match_around(phrase: _Phrase, norm: str, pos: int) -> re.Match[str] | None:
    """The phrase's match that starts at most phrase.reach before pos and covers pos."""
    for start in range(max(0, pos - phrase.reach), pos + 1):
        m = phrase.pattern.match(norm, start)
        if m is not None and m.end() > pos:
            return m
    return None


def _report_phrase(draft: Draft, phrase: _Phrase, m: re.Match[str], report: Report) -> None:
    # Advice carries no replacement: no drop-in text fits every sentence these phrases end up in;
    # the message says what to write instead.
    s, e = m.span()
    if phrase.rule is BLAME:
        report(BLAME, s, e)
        return
    args = {"why": phrase.why, "why_en": phrase.why_en}
    if phrase.replacement:
        report(CURT, s, e, [_script(draft, phrase.replacement)], args=args)
    else:
        report(CURT, s, e, fix=None, args=args)


# ---------------------------------------------------------------------------------------------
# bare-request
# ---------------------------------------------------------------------------------------------

# A plain character-class search is twice as fast as _REQUEST's look-ahead filter, and three
# replies in four hold none of these characters.
_REQUEST_FIRST = re.compile("[提上填告发留拍截]")
_REQUEST = re.compile(
    r"(?=[提上填告发留拍截])"  # first-character filter: keeps the scan cheap
    r"(?:(?:提供|上传|填写|告知|告诉我)(?:一下|下)?|(?:发|留)(?:一下|下|过来|给我|我)(?!来|去|单|货|们)"
    r"|拍(?:一下|个|张)(?=照|图|视频)|截(?:个|一下|下)?图)"
)
_INFO = re.compile(
    "订单|单号|编号|号码|手机号|电话|地址|名称|税号|抬头|截图|照片|图片|视频|信息|资料|验证码|账号|ID|id|姓名|联系方式|凭证|发票|运单|金额|型号|链接|资质|图|照"
)
# A softener in the request's clause or the one before makes it polite; 时候/之后/然后 make it a
# step of instructions (选择开票的时候，填写地址), not a request.
_SOFTENER = re.compile(
    "(?:您|你)(?!们)|请|麻烦|辛苦|劳烦|烦请|劳驾|亲|方便|建议|最好|记得|是否|是不是|有没有|时候|之后|以后|然后|可以|可否|能否|能不能|能|好吗|好嘛|行吗|吗|么|嘛|帮我|帮忙|帮个忙|即可|就可以|就行|需要|要|得|一起"
)
_GREETING = re.compile("[您你妳]好")  # a greeting does not soften the request after it
_ASKS = re.compile(r"[吗么嘛][^\u4e00-\u9fff]*$")
# Before the verb, these mean the agent (not the customer) acts: 这边提供一下, 会告知, 短信告知.
_AGENT = re.compile("[不没无我会已将为给帮让再如若后时在被都也]|这边|小妹|妹子|妹纸|小二|客服|短信|邮件|电话")
_DONE = re.compile("[过了]")  # 上传过, 提供了: reports, not requests
_FILLER = re.compile(r"(?:好的|嗯嗯|嗯|恩|好|那么|那|OK|ok)+[，,\s]*")
_WHOLE_NOUN = re.compile(r"\s*(订单号|订单编号|手机号|手机号码|联系电话|收货地址|联系方式)\s*([?？]?)\s*")


def _check_bare(draft: Draft, report: Report) -> None:
    norm = draft.norm
    whole = _WHOLE_NOUN.fullmatch(norm)
    if whole:
        s, e = whole.start(1), whole.end(2)
        report(BARE, s, e, [_script(draft, "麻烦您提供一下") + draft.text[s : whole.end(1)]])
        return
    for m in _REQUEST.finditer(norm) if _REQUEST_FIRST.search(norm) else ():
        cs, ce = draft.clause_at(m.start())
        ss, _ = draft.sentence_at(m.start())
        start = cs + len(norm[cs : m.start()]) - len(norm[cs : m.start()].lstrip())
        lead = _FILLER.match(norm, start, m.start())
        if lead:
            start = lead.end()
        noun = norm[start : m.start()]
        if _AGENT.search(noun) or _DONE.match(norm, m.end()):
            continue
        if not _INFO.search(norm[start:ce]):
            continue
        # Softeners count from the previous clause of the sentence (亲，提供一下… / …可以吗).
        ps = max(draft.clause_at(cs - 1)[0], ss) if cs > ss else cs
        if _ASKS.search(norm, ps, cs):
            ps = cs  # unpunctuated bubbles: a clause ending in 吗 was a question of its own
        if _SOFTENER.search(_GREETING.sub("", norm[ps:ce])):
            continue
        # The finding covers the request (object and verb) so it is visible; the original text stays.
        polite = "麻烦您把" if noun and not noun.startswith("把") else "麻烦您"
        report(BARE, start, m.end(), [_script(draft, polite) + draft.text[start : m.end()]])
        return  # one request per reply is enough to make the point


# ---------------------------------------------------------------------------------------------
# first-person
# ---------------------------------------------------------------------------------------------

# 我的京东 / 我的订单 / 我的-客户服务 are menu paths, not the agent speaking.
_FIRST_PERSON = re.compile(r"我们|我(?!的(?:京东|订单|淘宝|天猫|钱包|账户|优惠券|发票|[-—>＞－\s]))")
_ADDRESS = re.compile("您|你|妳|亲|咱|客官|顾客|小主")


def _check_first(draft: Draft, report: Report) -> None:
    norm = draft.norm
    if _ADDRESS.search(norm):
        return
    hits = list(_FIRST_PERSON.finditer(norm))
    plural = sum(1 for h in hits if h.group() == "我们")
    if len(hits) >= 3 or plural >= 2:
        report(FIRST, hits[0].start(), hits[0].end())
