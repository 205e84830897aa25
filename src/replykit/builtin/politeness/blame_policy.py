"""blame-policy: a rule or the system given as a wall, with no reason and nothing we can do:
这是公司规定, 规定就是这样, 流程就是这样的, 这是上面的规定, 平台有相关规定, 无法突破, and the
system as the one who decided with nothing to be done (系统就是这样设置的, 这是系统自动判定的，我们
改不了), the procedure as the answer (我们也是照规定走流程), an authority with the agent's hands
tied (财务规定的我也没办法, 唔係我话事), no permission (我这边没有权限), a principal's rule as the
gate (平台要求先上传照片才能审核) and an authority forbidding with no reason given (上面不让退)
(advice)."""

from __future__ import annotations

import re

from replykit.builtin.politeness.phrases import CLAUSE_END, OFFER, US, not_question, phrase
from replykit.draft import Draft
from replykit.register import register_of
from replykit.rules import Example, rule
from replykit.scan import lazy_compile

BLAME_POLICY = rule(
    "blame-policy",
    severity="warning",
    fix=None,
    holds_sentence=True,
    description="Hiding behind a rule (这是公司规定, 规定就是这样, 无法突破) with no reason and no alternative.",
    description_zh="只搬出规定当挡箭牌（这是公司规定、规定就是这样、无法突破），不讲原因也不给办法。",
    zh="只搬出“规定”会让顾客觉得被搪塞；说明规定的原因，再给出我们能提供的办法",
    en="Citing 'the rules' alone feels like a brush-off; explain why, then offer what we can do",
    examples=[
        Example("不好意思，这是公司规定"),
        Example("规定就是这样，没法改"),
        Example("公司规定哦"),
        Example("平台有相关规定，签收后我们就不负责了"),
        Example("这个价格已经无法突破了"),
        Example("规定就是规定"),
        Example("政策就是政策，我们也没办法"),
        Example("这是系统设定的"),
        Example("系统默认的，改不了"),
        Example("系统默认设置的"),
        Example("沒有辦法，這是規定"),
        Example("公司有公司的规定"),
        Example("这个是老板定的"),
        Example("我们也是按规定办事"),
        Example("是平台规定的，又不是我们不给您退"),
        Example("系统就是这样设置的。"),
        Example("流程就是这样的。"),
        Example("这是上面的规定。"),
        Example("这是系统自动判定的，我们改不了。"),
        Example("這是電腦自動生成的，我們也不清楚。"),
        Example("系統自動出單，我們無法干預。"),
        Example("系統預設如此，無法調整。"),
        # The fourth blind set: the procedure, an authority with the agent's hands tied, the
        # system deciding, no permission.
        Example("我们也是照公司规定办事"),
        Example("我们也是按照总部规定执行的"),
        Example("价格是总部定的，我也做不了主"),
        Example("财务规定的，我也没办法"),
        Example("我哋老闆規定咗，唔係我話事"),
        Example("过了七天不能退，系统不允许"),
        Example("系统判的，基本不会改"),
        Example("我这边没有权限"),
        # Classes from real public lines: the rule as its own answer without 就是, and a
        # principal's rule as the gate with nothing offered.
        Example("天猫都是这么规定的"),
        Example("就这样规定的"),
        Example("平台要求先上传照片才能审核"),
        Example("但按公司规定，要有发票才能保修"),
        Example("这是公司的决定，我也没办法"),
        Example("上面不让退"),
        Example("领导不同意，我也没办法"),
        Example("财务那边不给批"),
        Example("这是平台的硬性规定"),
        Example("我们也是按要求办事"),
        Example("根据公司规定，我们不能给您退款"),  # the rule as the ground of a refusal
        Example("按照本店的规则，这边无法修改"),
        Example("按公司規定，我哋唔可以退錢"),
        Example("规定是死的，我也没办法"),
        Example("上头不批，我能怎么办"),
        Example("政策就是这么定的"),
        Example("規矩係咁，冇得改"),
    ],
    clean=[
        "根据平台规定，签收后7天内都可以申请退货哦",
        "这是平台的规定，不过我们可以为您申请一张优惠券作为补偿",
        "按规定需要开具发票的，我们会随货寄出",
        "公司规定的发货时间是48小时内，我们会尽快为您安排",
        "您说的是公司规定吗？",
        "规定是这样的，不过我们可以帮您申请",
        "系统设定的时间是48小时，我帮您加急",
        "这是系统默认的，您可以在设置里改成自己喜欢的",
        "这个是老板定的价格，已经是最低了，我们可以送您一份小礼物",
        "平台规定七天无理由退货，您放心",
        "我们会按流程处理，今天内给您答复",
        "这是系统自动发送的通知，请您放心。",
        "系统设置好了，明天会自动发货。",
        "流程是这样的：先申请，再寄回，我们收到后马上退款。",
        "系统自动判定的结果有误，我们马上帮您改。",
        "公司规定，质量问题7天包退，15天包换。",  # the rule's content follows
        "系統將於付款後自動出單，您會收到確認信。",
        "我们会按照规定尽快为您办理",
        "我们会按流程处理，今天内给您答复",
        "系统不允许重复领取优惠券哦，您已经领过啦",
        "财务规定每周五开票，我们会第一时间寄给您",
        "我这边没有权限，帮您转给主管处理",
        # Look-alikes of the classes from real public lines.
        "我们会严格按照平台规则处理，一定负责到底",  # a commitment
        "按流程走，已在为您处理",  # acted on
        "平台要求我们48小时内发货，我们会准时发出",
        "如果平台要求实名才能下单，您可以先完成认证",
        "按照国家规定，处方药需要凭处方才能购买",  # the law, not the shop's principal
        "平台要求必须本人签收才能退款。",  # a policy page's procedure
        "规定都是这样的吗？",
        "这是公司的决定，我们可以先为您申请补偿",
        "平台不允许的商品我们都已下架了",
        "领导同意了，马上给您退",
        "公司不让我们收小费，您的心意我们领了",
        "系统不让改地址的话，我帮您拦截重发",
        "这是规定的退货地址，请您寄到这里",
        "根据公司规定，无法直接退款，不过我们可以为您换货",
        "已为您提交申请，但按照规定暂时无法通过，望理解",  # tried for them first
        "如果根据规定不能退，我们也会帮您申请补偿",
        "非常抱歉，根据规定我们不能为您开具这类发票",  # said sorry for: a refusal
        "规定是死的，人是活的，我们帮您申请一下",
        "上头批了，马上给您退",
        "政策就是这么定的吗？",
    ],
)

_BODY = r"(?:公司|平台|店铺|商家|本店|我们|淘宝|京东|天猫|官方|系统|商城|厂家|国家|上面|上级|总部|领导|老板)"
_RULE = r"(?:规定|政策|制度|规则|流程|规矩)"
_AUTHORITY = r"(?:老板|领导|上面|上头|上级|公司|总部|平台|厂家|系统)"
# The literals of "an authority decided or said it" (公司规定, 老板那边说, 财务定的): rare
# three-character words, so common words such as 公司 or 系统 alone send nothing to confirm.
_DECIDERS = (
    "老板",
    "领导",
    "上面",
    "上头",
    "上级",
    "公司",
    "总部",
    "平台",
    "厂家",
    "系统",
    "财务",
    "仓库",
    "库房",
    "主管",
    "经理",
)
_AUTHORITY_SAID = "|".join(
    who + there + of + verb
    for who in _DECIDERS
    for there in ("", "那边")
    for of in ("", "的")
    for verb in ("规定", "定", "说", "决定")
)
_ALTERNATIVE = lazy_compile(
    OFFER.pattern
    + r"|可以|建议|您可|不过|但是|只要|(?:已|已经|正在)(?:在|为您|帮您)?(?:处理|跟进|核实|安排|加急)|处理中"
)
# 不给您退 / 不能给您退款 offers nothing: the help word is refused.
_REFUSED = lazy_compile(r"(?:不|不能|无法|没法|不可以|没办法)$")


def _nothing_offered(draft: Draft, m: re.Match[str]) -> bool:
    """A wall when nothing after it offers an alternative (…，不过我们可以为您…)."""
    offer = _ALTERNATIVE.search(draft.norm, m.end())
    if offer is not None and _REFUSED.search(draft.norm, max(0, offer.start() - 3), offer.start()):
        offer = _ALTERNATIVE.search(draft.norm, offer.end())
    return not_question(draft, m) and offer is None


_COMMITTED = lazy_compile(r"会|将|一定|要|必定")


def _procedure_as_answer(draft: Draft, m: re.Match[str]) -> bool:
    """我们也是按流程走的 answers with the procedure; 我们会严格按照平台规则处理 commits to act."""
    s, _ = draft.clause_at(m.start())
    return not _COMMITTED.search(draft.norm, s, m.start()) and _nothing_offered(draft, m)


def _whole_clause(draft: Draft, m: re.Match[str]) -> bool:
    """公司规定哦 as the whole clause; 根据平台规定，… gives a reason; 公司规定，质量问题7天包退
    introduces what the rule says."""
    s, e = draft.clause_at(m.start())
    if draft.norm[s : m.start()].strip():
        return False
    _, se = draft.sentence_at(m.start())
    said = draft.norm[max(e, m.end()) : se].strip("，,：: ")
    return (not said or _REFUSING.search(said) is not None) and _nothing_offered(draft, m)


# Whose rule a gate is put on: the shop's principals, not the law (按照国家规定需实名 informs).
_PRINCIPAL = r"(?:平台|公司|系统|总部|上面|上级|天猫|淘宝|京东|拼多多|抖音|官方|老板|领导|厂家)"
_CONDITIONAL = lazy_compile(r"如果|若|要是|假如|万一|的话|是否|如有|如遇")


def _gate_unexplained(draft: Draft, m: re.Match[str]) -> bool:
    """平台要求先上传照片才能审核: the principal's rule as the gate, in a chat or a template, with no
    alternative; on a policy page the same words state a procedure."""
    if register_of(draft.norm) == "policy":
        return False
    s, _ = draft.clause_at(m.start())
    if _CONDITIONAL.search(draft.norm, s, m.start()) or _WE_WILL.search(draft.norm, max(0, m.start() - 4), m.start()):
        return False
    return _nothing_offered(draft, m)


_WE_WILL = lazy_compile(r"(?:我们|这边|我)(?:会|将)")
_ATTRIBUTIVE_OR_IF = lazy_compile(
    r"[^，。！？,!?]{0,10}?(?:的(?:话|商品|产品|东西|情况|内容)|吗|(?<![这那怎什多])么|[?？])"
)
# A rule against what we would gain (不让我们收小费) is no wall in front of the customer.
_OUR_GAIN = lazy_compile(r"(?:我们|我|员工)?(?:收|拿|接受|要)(?:小费|礼物|红包|礼品|好处)")


def _authority_forbids(draft: Draft, m: re.Match[str]) -> bool:
    s, _ = draft.clause_at(m.start())
    if _CONDITIONAL.search(draft.norm, s, m.start()) or _ATTRIBUTIVE_OR_IF.match(draft.norm, m.end()):
        return False
    if _OUR_GAIN.match(draft.norm, m.end()):
        return False
    _, se = draft.sentence_at(m.start())
    if _REASON_GIVEN.search(draft.norm, m.end(), max(se, min(len(draft.norm), m.end() + 24))):
        return False  # 系统不允许重复领取，您已经领过啦: the reason is given
    return _nothing_offered(draft, m)


_REASON_GIVEN = lazy_compile(r"因为|由于|为了|以免|避免|防止|已经|已(?=[\u4e00-\u9fff])")


_REFUSING = re.compile(r"不|无|没|冇|唔|非|恕|禁|只能|改不|办不")


# The system as the one who decided, with nothing to be done: 这是系统自动判定的，我们改不了.
_CANNOT_CHANGE = re.compile(
    r"改不了|无法更改|无法修改|不能改|没法改|改不动|也不清楚|也不知道|没(?:有)?办法|控制不了|管不了|无能为力|无法干预"
    r"|干预不了"
)


def _system_decided(draft: Draft, m: re.Match[str]) -> bool:
    _, se = draft.sentence_at(m.start())
    return _nothing_offered(draft, m) and _CANNOT_CHANGE.search(draft.norm, m.end(), min(se, m.end() + 16)) is not None


_TIED = re.compile(
    r"没(?:有)?办法|没法|冇计|唔系我话事|做不了主|说了不算|没(?:有)?权限|冇权限|改不了|管不了|无能为力|也不行|就是不"
)


def _hands_tied(draft: Draft, m: re.Match[str]) -> bool:
    """财务规定的我也没办法: the rule's author named and the agent's hands tied, nothing offered."""
    _, se = draft.sentence_at(m.start())
    return _nothing_offered(draft, m) and _TIED.search(draft.norm, m.end(), min(se, m.end() + 14)) is not None


_SORRY = lazy_compile(r"抱歉|对不起|不好意思|唔好意思|见谅")


def _cited_for_refusal(draft: Draft, m: re.Match[str]) -> bool:
    """根据我们的政策，我无法提供… in a chat or a template: the rule as the whole reason; on a terms
    page the same words state the policy (a refusal, not a wall); after 已为您申请 the agent has
    tried, and with 很抱歉 they own the refusal."""
    s, _ = draft.clause_at(m.start())
    if register_of(draft.norm) == "policy" or _CONDITIONAL.search(draft.norm, s, m.start()):
        return False
    if OFFER.search(draft.norm, 0, m.start()) or _SORRY.search(draft.norm):
        return False  # tried first, or said sorry for it: a refusal readers accept as such
    return _nothing_offered(draft, m)


POLICY_PHRASES = (
    # 根据我们的政策，我无法提供额外服务 / 但根据政策无法满足: the rule cited as the ground of a
    # refusal, with nothing offered.
    phrase(
        BLAME_POLICY,
        "政策|规定|制度|规则",
        9,  # 根据我们公司的 before the core
        r"(?:根据|按照|依据|依照|基于|按)(?:"
        + _BODY
        + r"|我们公司|本公司|我司)?(?:的)?(?:相关)?(?:政策|规定|制度|规则)"
        r"[，,]?(?:" + US + r")?(?:哋)?(?:这边)?(?:暂时|目前|是|也)?"
        r"(?:无法|不能|不予|没办法|没法|不可以|恕不|不可|唔可以|唔能|冇办法)",
        check=_cited_for_refusal,
    ),
    phrase(
        BLAME_POLICY,
        "这样|规定|如此|政策|这么|系咁|系噉|死的",
        6,
        r"(?:规定|政策|制度|规则|流程|规矩|(?:系统|后台)(?:设置|设定|预设|默认)?)"
        # 就是这样, Cantonese 系咁, 是死的 (the rule cannot bend).
        r"(?:(?:就是|就|本来就)(?:这样|如此|这么规定的|这么定的|这样定的)|如此|系咁|系噉|(?:是|系)死的)"
        r"|(?:就是|都是|就|本来就是|一直都是|一向都是)(?:这么|这样)(?:规定|设置|设定|设计|要求)的|规定如此",
        check=_nothing_offered,
    ),
    # 规定就是规定: the rule as its own reason.
    phrase(BLAME_POLICY, "就是", 3, r"(规定|政策|制度|规则|规矩)就是\1", check=_nothing_offered),
    # 这是系统设定的 / 系统默认的，改不了: the system as the wall.
    phrase(
        BLAME_POLICY,
        "系统",
        4,
        r"(?:这|那)?(?:是|都是|属于)?系统(?:自动|默认)?(?:设定|设置|默认|限制|规定|控制)(?:好)?的" + CLAUSE_END,
        check=_nothing_offered,
    ),
    phrase(
        BLAME_POLICY,
        "规定|政策|制度|规则|流程|规矩",
        10,
        r"(?:这|那)(?:是|个是|都是|属于)"
        + _BODY
        + r"?(?:的)?(?:相关|硬性|明确|统一|内部|死)?(?:的)?"
        + _RULE
        + CLAUSE_END,
        check=_nothing_offered,
    ),
    phrase(
        BLAME_POLICY,
        "规定|政策",
        6,
        r"(?:是)?" + _BODY + r"?(?:的)?" + r"(?:规定|政策)" + CLAUSE_END,
        check=_whole_clause,
    ),
    # 公司有公司的规定: the rule as its own reason.
    phrase(BLAME_POLICY, "有", 4, r"(" + _BODY + r")有\1的" + _RULE, check=_nothing_offered),
    # 这个是老板定的 / 是上面规定的: an authority as the wall.
    phrase(
        BLAME_POLICY,
        "决定|定|规定|要求",
        8,
        r"(?:是|都是)" + _AUTHORITY + r"(?:那边)?(?:决定|定|规定|要求)(?:的)?" + CLAUSE_END,
        check=_nothing_offered,
    ),
    # 我们也是按规定办事 / 都是按流程走的: the procedure as the answer.
    phrase(
        BLAME_POLICY,
        "规定|流程|制度|规矩|规则|要求",
        8,
        r"(?<![会将要])(?:我们|这边|我|我哋)?(?:这边)?(?:也|都|只)?(?:是|只能)?(?:按|照|依照|遵照)(?:照)?(?:着)?"
        r"(?:" + _BODY + r")?(?:的)?(?:规定|流程|制度|规矩|规则|要求)(?:的)?(?:流程)?"
        r"(?:办事|来|走|处理|执行|办|走流程|发货)(?:的|了)?" + CLAUSE_END,
        check=_procedure_as_answer,
    ),
    # 财务规定的我也没办法 / 我哋老板规定咗，唔系我话事 / 公司规定…，我也没权限: an authority, then
    # the agent's own hands tied.
    phrase(
        BLAME_POLICY,
        _AUTHORITY_SAID,
        2,  # 我哋老板 / 我们老板: the literal starts after the possessive
        r"(?:"
        + _AUTHORITY
        + r"|财务|仓库|库房|主管|经理|我哋老板|我们老板)(?:那边)?(?:的)?(?:规定|决定|定|说)(?:的|咗|了)?",
        check=_hands_tied,
    ),
    # 系统不允许 / 系统判的基本不会改: the system as the one who decides.
    phrase(
        BLAME_POLICY,
        "系统",
        2,
        r"(?:是)?系统(?:不允许|不让|不给|判的|判定的|说了算|决定的|自动判的)" + CLAUSE_END,
        check=_nothing_offered,
    ),
    # 上面不让退 / 领导不同意 / 平台不允许我们改价 / 规定不允许: an authority or its rule
    # forbidding, with nothing offered (平台不允许的商品 names goods; …的话 is a condition).
    phrase(
        BLAME_POLICY,
        "不允许|不让|不给|不同意|不批|不准|不肯",
        10,
        r"(?:" + "|".join(_DECIDERS) + r"|规定|政策|制度|规则|总公司)(?:那边|方面)?(?:是|都|也|就|根本|一律)?"
        r"(?:不允许|不让|不给|不同意|不批|不准|不肯)",
        check=_authority_forbids,
    ),
    # 我也没权限 / 唔系我话事 / 我做不了主: the agent's hands tied, with nothing offered.
    phrase(
        BLAME_POLICY,
        "权限|话事|做不了主|说了不算|说了算",
        10,
        r"(?:" + US + r"|我哋)?(?:这边)?(?:真的|也|都)?(?:没有|没|冇)(?:这个)?权限|唔系我话事|(?:我|我们)做不了主"
        r"|(?:我|我们)说了不算|不是(?:我|我们)说了算",
        check=_nothing_offered,
    ),
    # 平台要求先上传照片才能审核 / 但按平台规则，…需要提供报告才能申请: the principal's rule as
    # the gate, with nothing offered (根据平台规定，7天内都可以退 states a right, no gate).
    phrase(
        BLAME_POLICY,
        "要求|规定|规则|政策",
        8,
        r"(?:按|按照|根据|依据|依照)?" + _PRINCIPAL + r"(?:的)?(?:要求|规定|规则|政策)(?:[，,]?)"
        r"(?=[^。！？!?]{0,24}?才(?:能|可以|可|行|给|会))",
        check=_gate_unexplained,
    ),
    phrase(BLAME_POLICY, "有相关|有明确", 4, _BODY + r"(?:有|也有)(?:相关|明确)(?:的)?" + _RULE + CLAUSE_END),
    phrase(
        BLAME_POLICY,
        "突破|破例|通融|变通",
        4,
        r"(?:无法|不能|没法|没办法|不可以|不可能)(?:再)?(?:突破|破例|通融|变通)",
        check=_nothing_offered,
    ),
    phrase(
        BLAME_POLICY,
        "系统|电脑|后台|程序",
        4,
        r"(?:这|那)?(?:是|都是|属于)?(?:系统|电脑|后台|程序)(?:自动)?(?:判定|生成|计算|分配|匹配|拦截|取消|审核|决定|判断|关闭"
        r"|处理|设置|设定|默认|出单|派单|抛单)(?:好)?(?:的)?",
        check=_system_decided,
    ),
)
