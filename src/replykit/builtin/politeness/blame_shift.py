"""blame-shift: the courier, the platform or the system as the explanation, with no help offered:
快递不是我们的, 我们也控制不了, 与我们无关, 我们只是代收, 请直接询问平台客服 (advice)."""

from __future__ import annotations

import re

from replykit.builtin.politeness.phrases import CLAUSE_END, OFFER, US, Check, Phrase, not_question
from replykit.draft import Draft
from replykit.rules import Example, rule

BLAME = rule(
    "blame-shift",
    severity="warning",
    fix=None,
    description="Shifting blame to the courier, the system or the rules instead of standing with the customer.",
    description_zh="把责任推给快递、系统或规定，而不是站在顾客一边。",
    zh="推卸责任会激怒顾客；先致歉，站在顾客一边，说明我们能做什么",
    en="Shifting blame angers the customer; apologise, side with them, say what we can do",
    examples=[
        Example("亲，快递不是我们的，我们也控制不了"),
        Example("系统问题，跟我没关系"),
        Example("发票由平台开具，发票问题请直接询问平台客服。"),
        Example("我们只是代收，与我们无关"),
        Example("快递和物流都不是我们能左右的"),
        Example("快递的问题。"),
        Example("运输破损请自行与货运公司协商，本店概不负责。"),
        Example("你去问平台"),
        Example("问快递吧"),
        Example("找物流去"),
        Example("你自己去联系快递公司"),
        Example("那是快递的问题，跟我们没关系"),
        Example("又不是我们发错的"),
        Example("與本店無關"),
        Example("与我们店无关"),
        Example("找快递去吧"),
        Example("你找物流公司"),
    ],
    clean=[
        "系统问题已修复，给您带来不便非常抱歉",
        "如果是快递的问题，我们会第一时间帮您处理",
        "这个跟您没关系的，是我们发错了",
        "您可以联系快递员协商送货时间哦",
        "发票问题您可以直接询问平台客服，我们也会同步帮您跟进",
        "我们只是暂时缺货，到货马上为您发出",
        "关于快递的问题，我们已经帮您联系站点了",
        "质量问题由我们承担全部责任",
        "快递那边我们来联系，您放心",
        "您可以问一下快递员哦，我们也帮您联系",
        "您去问一下平台也行，我们这边也同步帮您问",
        "我问快递吧，您稍等",
        "我们要问一下快递，请您稍等哦",
        "这个需要联系厂家呢",
        "如果不是我们发错的，运费需要您承担哦",
    ],
)

_SORRY_WORDS = "抱歉|不好意思|对不起|歉意|见谅|谅解|理解|致歉"
_APOLOGY_OR_HELP = re.compile(
    _SORRY_WORDS + "|修复|解决|恢复|处理|跟进|反馈|排查|[帮为给替](?:您|你|亲)|(?:与|和|跟)?我们联系|联系我们"
)
_CONDITION = re.compile("如果|若|要是|假如|是否|是不是|排除|万一|如是|的话")


def _no_apology(draft: Draft, m: re.Match[str]) -> bool:
    """系统问题 / 是快递的问题: blame only when nothing owns the problem (no apology, no fix, no offer)."""
    s, _ = draft.clause_at(m.start())
    if _CONDITION.search(draft.norm[s : m.start()]) or not not_question(draft, m):
        return False
    if "说" in draft.norm[max(0, m.start() - 8) : m.start()]:
        return False  # 您说那是系统问题: the customer's words
    return not _APOLOGY_OR_HELP.search(draft.norm)


def _no_help_offered(draft: Draft, m: re.Match[str]) -> bool:
    """请直接询问…: a brush-off unless we also help (我们也会帮您跟进)."""
    return not OFFER.search(draft.norm) and not_question(draft, m)


_OURS = re.compile("我们|我方|本店|本公司|人员|在线|售后|店铺")


def _passed_on(draft: Draft, m: re.Match[str]) -> bool:
    """请直接询问平台客服: handed to a third party, named as such or as the one the draft says
    handles it (由虾皮开立 … 询问虾皮客服); 请直接联系客服人员 is our own service."""
    who = m.group("who")
    if _OURS.search(m.group()) or not _no_help_offered(draft, m):
        return False
    tail = m.group()[-2:]
    return tail != "客服" or (bool(who) and who in draft.norm[: m.start()])


_DISCLAIM = re.compile(r"不承担|不负责|概不|无关|不予负责|不负任何")


def _passed_and_disclaimed(draft: Draft, m: re.Match[str]) -> bool:
    """请与货运公司协商 in a draft that also disclaims (本公司一概不承担责任): passed on;
    您可以联系快递员协商送货时间 alone is a tip."""
    return _DISCLAIM.search(draft.norm) is not None and not OFFER.search(draft.norm)


def _bare_cause(draft: Draft, m: re.Match[str]) -> bool:
    """快递的问题。 as the whole clause: an explanation with nothing else."""
    s, _ = draft.clause_at(m.start())
    return not draft.norm[s : m.start()].strip() and _no_apology(draft, m)


def _not_conditional(draft: Draft, m: re.Match[str]) -> bool:
    s, _ = draft.clause_at(m.start())
    return not _CONDITION.search(draft.norm[s : m.start()]) and not_question(draft, m)


_THIRD_PARTY = r"(?:快递员?|物流|快递公司|物流公司|平台|平台客服|厂家|官方|网点|银行|快递那边)"
_SOFT_ROUTE = re.compile("可以|可|建议|方便|也行|也可|请|麻烦|的话|我们|我|这边|小妹")


def _sent_away(draft: Draft, m: re.Match[str]) -> bool:
    """问平台吧 / 你去问快递 with nothing else on offer; not 您可以问一下快递员, not 我问快递吧."""
    s, e = draft.clause_at(m.start())
    if _SOFT_ROUTE.search(draft.norm[s:e]):
        return False
    told = m.group().startswith(("你", "您", "妳", "去")) or m.group().endswith(("去", "吧", "啊", "呗"))
    return told and _no_help_offered(draft, m)


def _blame(core: str, reach: int, pattern: str, check: Check | None = None) -> Phrase:
    return Phrase(core.split("|"), reach, re.compile(pattern), BLAME, "", "", "", check)


BLAME_PHRASES: tuple[Phrase, ...] = (
    _blame("不是我们", 5, r"(?:快递|物流|快递员|快递公司|配送)(?:又|也|并)?不是我们(?:家|店|这边)?的"),
    _blame(
        "不是我|不是本店",
        0,
        r"不是我们(?:开|发|负责|管|做|生产)的|不是我们的(?:问题|责任|原因|错)|不是我的(?:问题|责任|错)"
        r"|不是(?:我们|我|本店)(?:这边)?(?:发|弄|搞|写|填|寄|包装|损坏|弄坏|造成|导致)(?:错|坏|丢|反)?的",
        _not_conditional,
    ),
    _blame(
        "控制|管不了|无能为力|左右不了|决定不了",
        6,
        US + r"?也(?:控制不了|管不了|无能为力|没法控制|无法控制|没办法控制|左右不了|决定不了)"
        r"|" + US + r"(?:控制不了|管不了|无能为力|左右不了)",
    ),
    _blame("办法", 5, US + r"也没(?:有)?办法" + CLAUSE_END),
    _blame(
        "关系|无关|不关|关我",
        8,
        r"(?:跟|和|与)" + US + r"(?:店|家)?(?:都|也|并)?(?:没(?:有)?(?:什么|啥)?关系|无关)"
        r"|不关" + US + r"(?:的|什么)?事|关我(?:们)?(?:什么|啥)事",
    ),
    _blame("不归|负责|管的", 4, r"不归" + US + r"(?:管|负责)|不是" + US + r"(?:负责|管)的"),
    _blame("系统", 0, r"系统(?:的)?(?:问题|原因|故障|出错|bug|BUG)", _no_apology),
    _blame(
        "快递|物流|配送|厂家|平台|银行",
        2,
        r"(?:是|属于|这是|那是|都是)(?:快递|物流|快递员|快递公司|配送|厂家|平台|银行)(?:那边|方面|公司)?的?"
        r"(?:问题|原因|责任)",
        _no_apology,
    ),
    # Sending the customer to the courier or the platform and stopping there: 问平台吧, 你去问快递.
    _blame(
        "快递|物流|平台|厂家|官方|网点|银行",
        12,
        r"(?:(?:你|您|妳)(?:自己)?(?:去|自己)?|(?<![我帮替为给])去|^)?(?:找|问|联系|咨询)(?:一下|下)?"
        + _THIRD_PARTY
        + r"(?:去)?(?:吧|啊|呗)?"
        + CLAUSE_END,
        _sent_away,
    ),
    _blame(
        "快递|物流|配送",
        0,
        r"(?:快递|物流|快递员|快递公司|配送)(?:那边|方面)?的(?:问题|原因|责任)" + CLAUSE_END,
        _bare_cause,
    ),
    _blame("只是|仅是|只负责", 6, US + r"(?:只是|仅是|只|仅)(?:代收|代发|代售|代理|负责销售|中间商|个卖家)"),
    _blame(
        "左右|控制|决定|掌控",
        8,
        r"(?:不是|并非|非)" + US + r"(?:能|可以|所能)?(?:左右|控制|决定|掌控)(?:得了|的了|得)?",
    ),
    _blame(
        "直接|自行",
        2,
        r"(?:直接|自行)(?:去|向|与|和|跟)?(?:询问|联系|咨询|找|问|致电)(?P<who>[^，。！？,!?]{0,8}?)"
        r"(?:快递|物流|货运|平台|厂家|银行|官方|客服|网点)",
        _passed_on,
    ),
    _blame(
        "协商|交涉|索赔",
        14,
        r"(?:与|和|跟|联系|找)(?:相关|当地)?(?:的)?(?:货运公司|快递公司|物流公司|快递员|快递|物流|厂家|平台)"
        r"(?:进行)?(?:协商|交涉|索赔)",
        _passed_and_disclaimed,
    ),
    _blame("三方", 4, r"(?:快递|物流|配送)(?:属于|是|为)(?:第)?三方"),
)
