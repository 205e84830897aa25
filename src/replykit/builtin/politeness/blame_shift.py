"""blame-shift: the courier, the platform, the warehouse or a colleague as the explanation:
快递不是我们的, 我们也控制不了, 与我们无关, 我们只是代收, 请直接询问平台客服, 仓库那边发错了,
物流公司延误了 (advice).

Blame with help offered (仓库那边发错了，我马上给您补发) still fires.  Good after-sales practice
asks the agent to stand with the customer rather than explain whose fault it was, and the team
leads who labelled
the public sets (dev and the blind second set) marked a named culprit as blame whether or not
help followed.  Help is what makes it milder, not acceptable: the message asks to keep the help
and drop the attribution.  Phrases that send the customer away (请直接询问平台客服, 问快递吧)
still need no help offered, since with help they are a route, not a brush-off."""

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
    zh="推卸责任会激怒顾客；先致歉，站在顾客一边，说明我们能做什么（已在帮忙的，保留帮忙，不必说是谁的错）",
    en="Shifting blame angers the customer; apologise, side with them, say what we can do "
    "(where you already help, keep the help and leave out whose fault it was)",
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
        # Another party named with its fault is blame also when help follows (the team leads'
        # practice): the finding asks to keep the help and drop the attribution.
        Example("这是仓库那边发错了，我马上给您补发"),
        Example("快递员没打电话就直接放驿站了"),
        Example("物流公司延误了，我们也很无奈"),
        Example("快递本来就慢"),
        Example("那是平台的事"),
        Example("是打包的同事太粗心了"),
        Example("财务那边太忙了，发票晚点开"),
        Example("到账时间要看银行效率"),
        Example("都怪这几天下大雪，快递都停了"),
        Example("这是平台系统的问题，我们这边无法处理"),  # a negated help is no help
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
        "是我们仓库发错了，非常抱歉",  # the shop's own people: owning the mistake
        "快递员会在派送前给您打电话",
        "物流高峰期可能会有延迟，请您耐心等待",  # a forecast
        "如果快递延误了，我们会帮您申请赔付",
        "我们已经联系快递加急了",
        "物流不会送错的，请放心",
        "您的物流问题可以随时找我们",
        "快递一般两三天就到",
        "这款是厂家直发的，正品保证",
        "物流长时间没更新，我们帮您催一下",  # a status, nobody's fault
        "请问物流怎么这么慢",
    ],
)

_SORRY_WORDS = "抱歉|不好意思|对不起|歉意|见谅|谅解|理解|致歉"
# Not after a negation: 无法处理 and 不给您退 own nothing.
_APOLOGY_OR_HELP = re.compile(
    "(?<![不法没])(?:"
    + _SORRY_WORDS
    + "|修复|解决|恢复|处理|跟进|反馈|排查|[帮为给替](?:您|你|亲)|(?:与|和|跟)?我们联系|联系我们)"
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


# Another party named as the cause: the courier, the warehouse, the supplier, a colleague.
# A party with its fault (延误, 发错, 粗心, 太忙, 没打电话, 的问题/的事) blames it, whether or not
# help follows: the team leads' labels call 仓库那边发错了，我马上给您补发 blame, and standing with
# the customer means not explaining whose fault it was.  Keep the help, drop the
# attribution (the message says so).  The shop's own people (我们仓库, 我们的失误) own it; a
# forecast (可能会延迟), a condition (如果快递延误) or a topic (关于快递的问题) blames no one.
_PARTY = (
    r"(?:快递员|快递小哥|快递公司|快递|物流公司|物流|货运公司|货运|配送员|配送|顺丰|圆通|中通|申通|韵达|邮政|百世|"
    r"极兔|德邦|仓库|库房|财务|供应商|厂家|工厂|代工厂|网点|站点|驿站|银行|平台|同事|打包的(?:同事|小姑娘|人)?|小姑娘)"
)
_PARTY_FAULT = (
    r"(?:延误|延迟|耽误|太慢|很慢|慢|发错|送错|搞错|弄错|寄错|拿错|漏发|漏送|少发|丢件|弄丢|丢了|弄坏|压坏|摔坏|"
    r"暴力|粗心|马虎|太忙|出错|故障|停运|爆仓|就这样|的问题|问题|的事|的锅|的责任|的原因|"
    r"没(?:有)?(?:打电话|通知|联系|送|派送|派件|上门|来|送到|送货上门|揽收))"
)
_OWNED = re.compile(r"(?:我们|我们的|本店|咱们|我们家|我司|我们这边的)$")
_NOT_A_CAUSE = re.compile(
    r"关于|对于|针对|如果|若|要是|假如|万一|是否|是不是|可能|也许|或许|如|的话|避免|以免|防止|催|联系|让|请"
)


_DENIED_FAULT = re.compile(r"不|别|没|未|无|很少|极少|怎么|为什么|为何")  # denied, or asked (物流怎么这么慢)
_FORECAST = re.compile(r"可能|预计|或其他|个别|偶尔|难免")
_THEIRS = re.compile(r"(?:您|你|亲)(?:的)?$")


def _party_blamed(draft: Draft, m: re.Match[str]) -> bool:
    norm = draft.norm
    s, e = draft.clause_at(m.start())
    party = m.start("party")
    if _OWNED.search(norm, max(s, m.start() - 6), m.start()) or not not_question(draft, m):
        return False
    near = (max(s, m.start() - 12), min(max(e, m.end()), m.end() + 12))  # bounded on a long clause
    if _THEIRS.search(norm, max(s, party - 3), party) or _FORECAST.search(norm, *near):
        return False  # 您的物流问题可以…; 预计会延迟: the customer's case, a forecast
    if m.group().endswith(("问题", "原因")) and not m.groupdict().get("copula") and "的" not in m.group()[-4:]:
        return False  # 物流问题 as a topic; 是物流的问题 names a cause
    if _DENIED_FAULT.search(m.groupdict().get("between") or ""):
        return False  # 物流不会送错的: a fault denied
    return not _NOT_A_CAUSE.search(norm, max(s, party - 12), party)


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
    _blame(
        "关系|无关|不关|关我",
        8,
        r"(?:跟|和|与)" + US + r"(?:店|家)?(?:都|也|并)?(?:没(?:有)?(?:什么|啥)?关系|无关)"
        r"|不关" + US + r"(?:的|什么)?事|关我(?:们)?(?:什么|啥)事",
    ),
    _blame("系统", 0, r"系统(?:的)?(?:问题|原因|故障|出错|bug|BUG|事)", _no_apology),
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
    _blame(
        "延误|延迟|耽误|慢|错|漏|少发|丢|坏|暴力|粗心|马虎|太忙|故障|停运|爆仓|就这样|问题|的事|的锅|责任|原因|没",
        16,
        r"(?P<copula>(?:这|那)?(?:是|都是|属于))?(?P<party>" + _PARTY + r")(?:那边|那里|方面|嗰边|的)?"
        r"(?P<between>[^，。！？,!?\s]{0,6}?)" + _PARTY_FAULT,
        _party_blamed,
    ),
    # 都怪这几天封路 / 只怪快递: a cause blamed outright (怪您 is blame-customer's).
    _blame("都怪|只怪|要怪就怪|怪就怪", 0, r"(?:都怪|只怪|要怪就怪|怪就怪)(?![您你我])", _not_conditional),
    # 要看银行效率 / 得看快递的速度: the outcome handed to another party.
    _blame(
        "要看|得看|取决于",
        0,
        r"(?:要看|得看|取决于)(?P<party>" + _PARTY + r")(?:的|那边的)?(?:效率|速度|处理|安排|心情|进度)",
        _party_blamed,
    ),
)
