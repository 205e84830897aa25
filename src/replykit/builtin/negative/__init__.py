"""negative: refusals reframed toward what the shop *can* do (no bare 我不能 / 不支持 / 做不了).

A literal-led scan of ``draft.norm`` finds candidate refusal words, the full alternation
confirms each one where it starts, and each hit is then read in its clause (the text between
punctuation or spaces, as JD bubbles are merged by spaces):

* the negations: modal ones (不能/无法/没办法/不可以, 没有权限, Cantonese 唔可以/冇办法), the
  shop's rules (不支持/不接受/不予/恕不/恕难/概不…), a plain or future 不 before a service word
  (不包邮, 不给退, 暂不发货, 不会调整: the segmenter confirms the word, so 不开胶 and 不发霉 stay
  product facts and 离不开 is not a 不 of its own) and a potential complement after a service
  verb (改不了, 发不出去: the verb must be a word of its own, not the end of 离开);
* exclusions first: polite questions (能不能…, 可不可以…), double negation (不能不), advice to the
  customer (千万不能…), conditionals (如果…无法, 不行的话), consequences (否则无法退款, 导致无法…),
  the cancellation warning (一旦取消就无法恢复), the customer's own inability (您无法签收),
  reassurance (不会的, 不可能发错), product facts (这款不能泡水, 不支持快充: no service named)
  — a hedge (可能没办法给您退) still refuses;
* the clause is split into ``topic + subject + adverbs + NEG + verb phrase + particles``;
* ``reframe`` decides what the finding offers: nothing when the draft already gives a reason
  and an alternative, the draft's own alternative folded into 我们能为您做的是…, an offer from
  the catalogue (``offers``) at the end of the sentence of a chat reply (``register``), or
  advice (policy text, a promise the shop did not make, an offer that grants what was refused).

Pieces are sliced from ``draft.text``, so masks and the draft's script survive; inserted words
are converted to traditional when the draft is traditional.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any, NamedTuple

from pydantic import BaseModel

from replykit.builtin.negative.bare_refusal import BARE_REFUSAL
from replykit.builtin.negative.cannot import CANNOT
from replykit.builtin.negative.cannot_do import CANNOT_DO, doer_clause
from replykit.builtin.negative.cannot_promise import CANNOT_PROMISE
from replykit.builtin.negative.clause import (
    ADVERB,
    AFTER_SALES_WORDS,
    BARE,
    CANNOT_DO_AT,
    CLAUSE_PUNCT,
    CONDITION,
    CUSTOMER,
    FILLER_END,
    LATER,
    NO_CUSTOMER_OBJECT,
    NO_SUCH_WORDS,
    OTHERWISE,
    PARTICLES,
    POLICY_OBJECT,
    POTENTIAL_PROMISE,
    POTENTIAL_VERB,
    PROMISE,
    QUESTION,
    SERVICE,
    SERVICE_TOKEN,
    SERVICE_WORD,
    SHOP,
    TAKES,
    TRIGGERS,
    UNDO,
    WARNING,
    Clause,
    split_clause,
    tail_end,
    verb_phrase_end,
)
from replykit.builtin.negative.no_way import NO_WAY
from replykit.builtin.negative.not_my_job import NOT_MY_JOB, not_my_job_fix
from replykit.builtin.negative.offers import DEFAULTS, NegativeOptions
from replykit.builtin.negative.policy_refusal import POLICY_REFUSAL
from replykit.builtin.negative.reframe import Reframe, reframe
from replykit.convert import in_draft_script
from replykit.draft import Draft
from replykit.hookspecs import Report, hookimpl
from replykit.register import Register, register_of
from replykit.rules import Rule
from replykit.scan import lazy_compile

__all__ = ["NegativeOptions"]

RULES = (CANNOT, NO_WAY, CANNOT_PROMISE, BARE_REFUSAL, CANNOT_DO, NOT_MY_JOB, POLICY_REFUSAL)
# Before or after the negation, these make it a polite question, advice or a double negation.
_NOT_REFUSAL_BEFORE = ("能", "可", "行", "有", "千万", "绝对", "一定", "切记", "请勿", "万万", "如", "若", "或", "得")
_VERB_TAGS = frozenset(("v", "vn", "vd", "vi", "vq"))
_REPORTED = ("说", "表示", "反馈", "回复说", "称", "告知")
# Segmented windows around a candidate: enough for the word at hand, bounded on a long clause.
_WINDOW = 8
_LONGEST_ACT = 3  # 改地址
_DENIED = lazy_compile(r"不是[^，。！？,!?]{0,4}$")
# An estimate already given makes a later 不能确保 a caveat.
_ESTIMATE = lazy_compile(r"预计|预估|估计|大概|大约|左右|一般(?:会|在|是)")
_REASSURED = lazy_compile(r"放心|安心")
_EFFORT = lazy_compile(
    r"(?:已经|已)(?:为您|帮您|给您|替您|为你|帮你)?(?:催|加急|反馈|登记|备注|联系|申请|安排|提交|跟进|上报|记录)"
    r"|(?:会|将)(?:尽快|尽量|尽力|帮您|为您|给您|安排|跟进|持续|继续|催|及时|第一时间|协助|帮忙|代为)"
    r"|(?:可以|能)(?:为您|帮您|给您|替您)|(?:帮|为|给|替)(?:您|你)(?:催|加急|反馈|跟进|安排|联系|登记|备注)"
    r"|尽量|尽快|尽力|协助|催促|跟进|请您[^，。！？,!?]{0,6}(?:等|耐心)|耐心等"
)
_MISHAP = lazy_compile(r"错|坏|漏|丢|假|破|少发|晚")
# A price that cannot go lower: 不能再少了, 没办法再便宜.
_LOWER = lazy_compile(r"再(?:少|低|便宜|降|优惠|减|还价|砍价|议价|讲价)")
# How far into the verb phrase a service verb is looked for (不能提前发货); after a coverb
# phrase further (不能跟店铺红包叠加使用).
_VP_REACH = 6
_COVERB = ("跟", "和", "与", "同", "在", "对", "向", "从", "把", "因")


def _vp_reach(norm: str, vp_start: int) -> int:
    return 2 * _VP_REACH if norm.startswith(_COVERB, vp_start) else _VP_REACH


# Formal declining (恕难从命, 歉难接受, 碍难照办, 不便透露): a refusal whatever its object.
_DECLINES = (
    *("恕难", "恕无", "恕未", "恕不便", "歉难", "碍难", "不便", "不方便", "恕不", "不对外", "谢绝", "唔设"),
    "不获",  # 不获受理: the formal passive (Hong Kong notices)
)
# 恕不另行通知, 恕不一一回复: a notice's formula, not a service refused.
# 恕不另行处理 still refuses.
_NOTICE_FORMULA = ("另行通知", "另行告知", "另行公告", "一一", "赘述", "再行", "通知", "逐一")
# The customer's own thing as the object, no one named before (是无法查看到您的位置的): the
# shop is the one who cannot; 机器人无法理解您的问题 names who cannot.
_TO_CUSTOMER = lazy_compile(r"(?<![让令使叫])(?:您|你)(?:的|们的|那边的)")
# The consequence of the clause before (…，就无法…; 吊牌剪掉了…，这样就没办法退了).
_CONSEQUENCE = lazy_compile(r"就|(?:这样|那样|那么|这么|那)(?:的话)?(?:也|还|则)?就(?!是)")  # 那就是 is a copula
# 请您当面拒收, 您可以拒收: the customer asked or allowed to turn the parcel back.
_ASKED = lazy_compile(r"(?<![申邀聘宴])请|可以")
_CHARGE = lazy_compile(
    r"收(?:取)?(?:任何|额外|您|你)?的?(?:费|钱|运费|邮费|手续费|差价|利息|押金|服务费|工本费|定金|订金)"
)
_CHARGE_TOPIC = lazy_compile(r"费|钱|押金|定金|订金|利息")
_SHODDY = lazy_compile(r"假|次品|陈|旧货|翻新|二手|劣|水货|高仿|以次充好")
_PRIVATE = lazy_compile(r"个人|隐私|(?:信息|资料|数据)(?:给|予|于)")
_JUDGED = lazy_compile(r"(?:嫌|觉得|认为)[^，。！？,!?]{0,4}$")
_CUSTOMERS_THING = lazy_compile(r"(?:您|你)(?:家|的|那边的?|那个)")
_BENEFACTIVE = lazy_compile(r"[给为帮替俾](?:您|你|亲)")
# The shop's people as the subject: they refuse on its behalf.
_STAFF = lazy_compile(r"(?:我们|本店|本公司|我司)的?(?:员工|店员|工作人员|同事|师傅|送货员|技术人员)$")
# The particle run is read once (a lookbehind at its end, not a second repeat: linear).
_BARE_THEN = lazy_compile(
    f"[{PARTICLES}]+(?<=[哦呢啦哈呀喔哟噢])(?=这|那|我|您|你|因为|由于|目前|现在|系统|公司|规定|已经|已)"
)
# A phrase quoted as one not to say (禁用语：“没办法”; 错误示范：「不能退」): material, not a reply.
_QUOTE_OPEN = "“「『\"'‘"
# 没有上门取件服务, 暂无提供: a service the shop has not got (the same look-ahead as the trigger's).
_NO_SUCH = lazy_compile(f"(?:没有|暂无|暂时没有|冇)(?:{NO_SUCH_WORDS})|暂无")
_SAY_QUOTE = lazy_compile(r"(?:直接|随便|轻易|再)?(?:说|讲|回复|回答|使用|用)[：:]?[“「『\"'‘]")
_NOT_TO_SAY = lazy_compile(
    r"禁用语|忌语|禁语|错误示范|错误话术|错误回复|错误说法|反例|切忌|[✗×❌]"
    r"|(?:不要|不能|不宜|别|切勿|避免|禁止)(?:直接|随便|轻易|再)?(?:说|讲|回复|回答|使用|用)"
)
# What the shop commits not to do (不能拒绝您的退货, 不能让您白跑, 无法忽视): no refusal.
_NOT_REFUSAL_AFTER = (
    *("不", "乱", "随便", "随意", "轻易", "少", "错过", "抱歉", "不好意思"),
    *("拒绝", "推脱", "推诿", "推卸", "敷衍", "怠慢", "忽视", "忽略", "不管", "让您", "让你", "令您", "让亲"),
    # No control over a third party or the weather (无法控制, 无法预知): blame's reading, no refusal.
    *("控制", "掌控", "左右", "干预", "预知", "预料", "预测"),
)


class Refusal(NamedTuple):
    """A refusal found in a clause: the rule it breaks, its clause, where its words start and
    end, and the clause end."""

    rule: Rule
    clause: Clause
    start: int
    end: int
    ce: int


@hookimpl
def replykit_rules() -> Sequence[Rule]:
    return RULES


@hookimpl
def replykit_options_model() -> type[BaseModel]:
    return NegativeOptions


@hookimpl
def replykit_check(draft: Draft, options: Any, report: Report) -> None:
    opts = options if isinstance(options, NegativeOptions) else DEFAULTS
    call_offers = draft.context.offers
    norm = draft.norm
    done = -1  # one finding per clause
    fixed: set[tuple[int, int]] = set()  # one applied rewrite per sentence; later ones are advice
    register: Register | None = None  # read once, on the first refusal
    for m in TRIGGERS.finditer(norm):
        if m.start() < done:
            continue
        found = _analyse(draft, m)
        if found is None:
            continue
        done = draft.clause_at(m.start())[1]
        rule = NOT_MY_JOB if isinstance(found, Reframe) else found.rule
        if not draft.enabled(rule):
            continue
        if register is None:
            register = register_of(norm)
        if isinstance(found, Reframe):
            result: Reframe | None = found._replace(applicable=register != "policy")
        else:
            result = reframe(draft, found.clause, found.start, found.end, found.ce, opts, call_offers, register)
        if result is None:
            continue
        if not isinstance(found, Reframe) and _tentative(draft, m, found):
            result = result._replace(applicable=False)
        if m.group("rhet"):
            # A scornful question wants rewording whole: a template for the agent, never applied.
            template = in_draft_script(_RHETORICAL_TEMPLATE, draft.is_traditional)
            result = result._replace(replacement=template, applicable=False, more=())
        sentence = draft.sentence_at(result.start)
        replacements = [result.replacement, *result.more]
        if result.applicable and sentence not in fixed:
            fixed.add(sentence)
            report(rule, result.start, result.end, replacements)
        else:
            report(rule, result.start, result.end, replacements, fix=None)


def _analyse(draft: Draft, m: re.Match[str]) -> Refusal | Reframe | None:
    norm = draft.norm
    if _quoted_not_to_say(norm, m.start()) or _SAY_QUOTE.match(norm, m.end()):
        return None  # 禁用语：“没办法”; 不能直接说“不能退”: wording for agents, not a reply
    cs, ce = draft.clause_at(m.start())
    asked = _ASKED_MARK.match(norm, ce - 1) is not None  # the clause closes with a question mark
    while ce > cs and norm[ce - 1] in CLAUSE_PUNCT:
        ce -= 1
    if m.group("rhet"):
        return _rhetorical(draft, cs, ce, m)
    start = m.start()
    if m.group("potential"):
        verb = _potential_verb(draft, cs, start)
        if verb is None:
            return None
        start = verb
    before, after = norm[cs:start], norm[m.end() : ce]
    if QUESTION.search(norm, cs, ce) or "的话" in after:
        return None
    if CONDITION.search(before) and not (m.group("policy") and m.group().startswith("恕") and "已" in before):
        return None  # 如果无法签收; a rule's 若已出货恕无法修正 still refuses
    if asked and _CHOICE.search(norm, cs, ce):
        return None  # 您是换还是不换？: a choice asked, nothing refused
    if (_IF_NOT.match(after) and not m.group("policy")) or "除外" in after or _NOMINAL.search(after):
        return None  # 发不出去就顺延 (a condition), (无法出行的除外) an exception, 无法登录的原因有…
    if OTHERWISE.search(before) and not m.group("policy"):
        return None  # 发票一起寄回，否则无法退款: a warning of what follows, not a refusal
    if FILLER_END.sub("", before).removesuffix("自己").endswith(CUSTOMER) and not _forbidden(norm, before, m, ce):
        return None  # the customer's own inability: 您这边无法付款
    if before.endswith(_REPORTED) and not before.endswith(("来说", "话说")):
        return None  # reported speech: 商家说不退款 is the merchant's answer, passed on
    if WARNING.search(norm, max(0, start - 12), start) and UNDO.match(after):
        return None  # 温馨提示：订单一旦取消，就无法恢复
    if _CONSEQUENCE.match(before) and not m.group("policy"):
        return None  # the consequence of a condition in the previous clause
    if before.endswith(_MEANS) or before.endswith(_COUNTERFACTUAL):
        return None  # 则代表无法寄送: how to read a sign; 本应无法退换: what would have applied
    if before.endswith(("(", "（")) and _REQUIRED.search(before):
        return None  # 需留本名(不可使用化名): what the customer must not do, spelling out a requirement
    if _SANCTION.search(before) and after.startswith("再") and _THRESHOLD.search(norm, max(0, cs - 40), cs):
        return None  # 记录达3次以上，未来将无法再使用: a sanction on the customer, not a refusal
    if _PERMITTED.match(after) or _FORBIDS.match(after):
        return None  # 照片不发也可以: a permission; 不能配合请勿下单: the condition of an order to the customer
    if _review_threat(norm, start, ce) or _warned_off(draft, cs, before):
        return None  # 给差评的以后不再接单: a threat over a review (another problem), not a refusal
    if m.group("job"):
        return not_my_job_fix(draft, cs, m, ce, draft.is_traditional)
    if m.group("do"):
        clause = doer_clause(draft, cs, m.start())
        return Refusal(CANNOT_DO, clause, m.start(), m.end(), ce) if clause else None
    if m.group("policy"):
        return _policy(draft, cs, ce, m, before, after)
    if m.group("potential"):
        if before.endswith(_NOT_REFUSAL_BEFORE):
            return None
        if not POTENTIAL_PROMISE.match(norm, start, m.start()):
            return Refusal(CANNOT, split_clause(draft, cs, start), start, m.end(), ce)
        if _caveat(norm, start, ce):
            return None
        return Refusal(CANNOT_PROMISE, split_clause(draft, cs, start), start, m.end(), ce)
    if m.group("plain"):
        return _plain(draft, cs, ce, m, before)
    return _negation(draft, cs, ce, m, before, after)


_ASKED_MARK = lazy_compile(r"[？?]")
# 您/你 + 不能/不可以 + what they ask to do (你不能进来, 您不可以自己挑): the shop forbidding it,
# a refusal; 您无法签收 is their own inability, 您不能空腹服用 care of the product.
_PERMISSION = ("不能", "不可以", "不可", "唔可以", "唔能")
_ADDRESSED = ("您", "你", "妳")
_CARE = lazy_compile(r"服用|食用|饮用|空腹|洗|晒|泡|暴晒|受潮|碰水|使用时|佩戴|剧烈|久坐|熬夜")


def _forbidden(norm: str, before: str, m: re.Match[str], ce: int) -> bool:
    if m.group() not in _PERMISSION or not FILLER_END.sub("", before).endswith(_ADDRESSED):
        return False
    return not _CARE.search(norm, m.end(), ce) and _PREDICATE.match(norm, m.end(), ce) is not None


# 你不能这样对我们说话: a reproach of conduct (curt's), not a request refused.
_PREDICATE = lazy_compile(r"(?!这样|那样|这么|那么|乱|随便|对我)(?:再|自己|直接|在这里?)?[\u4e00-\u9fff]")
_REQUIRED = lazy_compile(r"需|须|必须|务必|请")
_SANCTION = lazy_compile(r"(?:未来|以后|今后|日后)(?:将|会|就|也)?$")
_THRESHOLD = lazy_compile(r"达到?|超过|以上|累计")
# A verb of meaning before the negation: the clause explains what a sign means (则代表无法寄送).
_MEANS = ("代表", "表示", "意味着", "意味", "即表示", "就表示")
# What would have applied, with the exception that follows (本应无法退换，本次…例外).
_COUNTERFACTUAL = ("本应", "本该", "理应", "原本应", "原应")
# 不发也可以, 不退也没关系: the negation as a choice left to the customer.
_PERMITTED = lazy_compile(r"[^，。！？,!?；;]{0,6}?也(?:可以|行|没关系|没事|无妨|不要紧)")
# 不能配合请勿下单, 无法接受的请勿拍: the negation is the customer's, the condition of a prohibition.
_FORBIDS = lazy_compile(r"[^，。！？,!?；;]{0,8}?(?:请勿|勿|请不要|请别)")
_CHOICE = lazy_compile(r"还是")
# 发不出去就顺延, 不行就算了: the negation as the condition of what follows 就.
_IF_NOT = lazy_compile(r"[去来了]*就(?!是)")  # 不行就是不行 still refuses
# The negation as a noun phrase: what it causes or why it happens is the subject of the sentence
# (无法修改地址带来的麻烦, 无法登录有多种原因).
_NOMINAL = lazy_compile(
    r"^[^，。！？,!?；;]{0,12}?(?:所造成|造成的|引起的|带来的|有(?:很多|多种|几种|以下几?)种?(?:情况|原因|可能))"
)


# A review as the condition of a refusal to come (给差评的话，以后就不接你的单了), or as what is
# refused (不接受差评威胁).
_REVIEW = lazy_compile(r"差评|负评|好评|评价|评分|[一二三四五两1-5]星")
_FROM_NOW = lazy_compile(r"以后|今后|下次|下回|再也|就")


def _review_threat(norm: str, start: int, ce: int) -> bool:
    reviews = list(_REVIEW.finditer(norm, max(0, start - 40), start))
    if reviews:
        return _FROM_NOW.search(norm, reviews[-1].end(), start) is not None
    return _REVIEW.search(norm, start, ce) is not None and "威胁" in norm[start:ce]


_RHETORICAL_TEMPLATE = "很抱歉，因为……，这次没办法为您办理，我们能为您做的是……"


# The constructions read from the fourth blind set: their findings are advice until blind
# readers have judged their rewrites (an offer after 我们短时间内不会改 would not fit).
_TENTATIVE_POLICY = lazy_compile(
    r"不作|不做|不对外|恕未|拒绝|谢绝|唔设|不管|没有|冇|暂无|暂时没有"
    # read from the real notices of the fifth set
    r"|不获|不支援|不接收|(?:暂时|暂|目前|现时)?未有|(?:不|唔)会(?:再)?(?:接受|受理|出货|发货|办理)"
)
_AFTER_SALES = frozenset(AFTER_SALES_WORDS.split())
_LATER = lazy_compile(LATER)
_NEW_POTENTIAL = frozenset("管解")


def _tentative(draft: Draft, m: re.Match[str], found: Refusal) -> bool:
    norm = draft.norm
    if FILLER_END.sub("", norm[found.clause.start : found.start]).endswith(_ADDRESSED):
        return True  # 你不能进来: no offer fits a prohibition, a person rewords it
    if m.group("policy"):
        hit = m.group()
        no_such_service = hit.startswith(("没有", "暂")) and _NO_SUCH.match(norm, m.start()) is not None
        tentative = _TENTATIVE_POLICY.match(norm, m.start()) is not None
        return tentative and not (no_such_service and "服务" in norm[m.end() : found.ce])
    if m.group("potential"):
        return norm[found.start] in _NEW_POTENTIAL
    if m.group("plain"):
        if "另" in m.group():
            return True  # 不另补货: an offer of the stock would grant what was refused
        words = draft.words_in(m.end(), min(found.ce, m.end() + 4))
        if words and (words[0].word in _AFTER_SALES or TAKES.fullmatch(words[0].word)):
            return True
    return _LATER.search(norm, found.clause.start, found.start) is not None


_WARNING_OFF = lazy_compile(r"别|不要|请勿|勿|千万别")


def _warned_off(draft: Draft, cs: int, before: str) -> bool:
    """你先别申请退款，申请了我们就不管了: what the customer was told not to do, then the shop
    saying what it will not do if they do it: a threat, not a refusal of their request."""
    if "就" not in before or "了" not in before:
        return False
    ss = draft.sentence_at(cs)[0]
    return cs > ss and _WARNING_OFF.search(draft.norm, ss, cs) is not None


# What the customer asked for, echoed before 不可能 (你想要赔偿？不可能的): a request refused.
_WANT = lazy_compile(r"想|要|能不能|可不可以|可以|行不行|退|换|赔|补|便宜")


def _claim_denied(draft: Draft, cs: int) -> bool:
    """不可能 right after the customer's words echoed as a question that claims something
    (少了一件？) rather than asks for something (想要退款？)."""
    ss = draft.sentence_at(cs)[0]
    if not draft.norm[:ss].rstrip().endswith(("？", "?")):
        return False
    ps = draft.sentence_at(max(0, ss - 1))[0]
    return _WANT.search(draft.norm, ps, ss) is None


def _rhetorical(draft: Draft, cs: int, ce: int, m: re.Match[str]) -> Refusal | None:
    """退什么退 (the verb echoed) or 还/又退什么 (no question word but the echo): a refusal put
    as a scornful question; 您还想换什么颜色吗 asks."""
    hit, norm = m.group(), draft.norm
    verb = m.start() - 1  # the trigger starts at 什么, the verb is before it
    echoed = len(hit) == 3 and hit[-1] == norm[verb]
    asked = norm.endswith(("还", "又"), cs, verb) and "吗" not in norm[m.end() : ce]
    if verb < cs or not (echoed or asked):
        return None
    return Refusal(BARE_REFUSAL, split_clause(draft, cs, verb), verb, m.end(), ce)


def _caveat(norm: str, start: int, ce: int) -> bool:
    """无法保证/不能确定 after an estimate, an effort already made or promised, or a request to
    wait (已经帮您加急了，不过不能保证明天到; 预计明天送到，不能确保), or before 请放心: an
    honest caveat on what the shop does, not a refusal."""
    earlier = max(0, start - 60)
    return (
        _ESTIMATE.search(norm, earlier, start) is not None
        or _EFFORT.search(norm, earlier, start) is not None
        or _REASSURED.search(norm, ce) is not None
    )


def _quoted_not_to_say(norm: str, pos: int) -> bool:
    """``pos`` is inside a quotation that a label just before marks as wording to avoid."""
    window = max(0, pos - 60)
    opener = max(norm.rfind(q, window, pos) for q in _QUOTE_OPEN)
    if opener < 0:
        return False
    return _NOT_TO_SAY.search(norm, window, opener) is not None  # also a list of quotes after one label


def _threat(draft: Draft, clause: Clause, before: str) -> bool:
    """你给差评我就不给你退了: the customer's act as the condition, 就 before the negation; a
    threat (the readers' "other"), not a refusal of a request."""
    if not before.endswith("就") or clause.subject is None:
        return False
    topic = draft.norm[clause.topic[0] : clause.topic[1]]
    return topic.startswith(("您", "你")) or "要是" in topic or "如果" in topic


def _granted_before(norm: str, clause: Clause, earlier: str, word: str) -> bool:
    """The same thing was granted just before in another case (整单退款，优惠券会退还；部分
    退款，优惠券不退回): the refusal is one case of a rule already explained."""
    topic = norm[clause.topic[0] : clause.topic[1]]
    if len(topic) < 2 or topic not in earlier[: len(earlier) - len(topic)]:
        return False
    return re.search(re.escape(topic) + "[^，。；;不]{0,8}" + re.escape(word[0]), earlier) is not None


def _potential_verb(draft: Draft, cs: int, neg: int) -> int | None:
    """Where the service verb before a potential complement starts (改不了, 拦截不了), when it is
    a word of its own (离开不了 and 打开不了 are not 开不了)."""
    verb = POTENTIAL_VERB.search(draft.norm, max(cs, neg - _LONGEST_ACT), neg)
    if verb is None:
        return None
    if _inside_word(draft, verb.start(), max(cs, verb.start() - _WINDOW), neg):
        return None
    if CANNOT_DO_AT.match(draft.norm, verb.start()):
        return None  # 做不到, 办不了: the agent's own inability, read by cannot-do at the verb
    return verb.start()


def _inside_word(draft: Draft, pos: int, start: int, end: int) -> bool:
    """``pos`` falls inside a word of norm[start:end] (segmented as a short window: a long
    clause with many candidates is not segmented once per candidate)."""
    return any(tok.start < pos < tok.end for tok in draft.words_in(start, end))


# One-character verbs that take 不 as a modal or a copula would (会不, 说不退 reports a refusal).
_NOT_POTENTIAL = frozenset("会能要可是愿肯敢得该说讲")
# Result complements of a potential form (拿不开, 擦不掉, 搬不动).
_RESULT = frozenset("开到了掉动住完出起来去下上成好")


def _complement_or_quality(draft: Draft, start: int, end: int, neg: int, after: int) -> bool:
    """The 不 is not the shop's: it follows a one-character verb (拿不开, 买不买: a potential
    complement or an A-not-A question) or negates an adjective (不便宜: the price described)."""
    tagged = draft.tagged_words_in(start, end)
    if tagged is None:
        return False
    for tok, flag in tagged:
        one_verb = tok.end == neg and len(tok.word) == 1 and flag.startswith("v") and tok.word not in _NOT_POTENTIAL
        if one_verb and (draft.norm.startswith(tok.word, after) or draft.norm[after : after + 1] in _RESULT):
            return True  # 买不买, 拿不开; 随机发不指定快递 refuses
        if tok.start == after and flag == "a" and not draft.norm.startswith(("不会", "不再", "不给"), neg):
            return True
    return False


def _plain(draft: Draft, cs: int, ce: int, m: re.Match[str], before: str) -> Refusal | None:
    """不包邮, 不给退, 暂不发货, 不会给您补发, 唔做面交: a plain negation of a service word.

    The negation must start a word or end one (暂不), never sit inside one (离不开, 买不起),
    and the word after it must be a service word whole: 不开发票 refuses, 不开胶 and 不发霉
    describe the product."""
    norm = draft.norm
    if before.endswith((*_NOT_REFUSAL_BEFORE, "请", "可以", "您", "你")):
        return None
    if before.endswith(("绝", "决")) and _SHODDY.search(norm, m.end(), ce):
        return None  # 我们绝不卖翻新货: a commitment, not a service refused (绝不议价 refuses)
    if (
        not SERVICE_WORD.match(norm, m.end(), ce)
        and not PROMISE.match(norm, m.end(), ce)
        and not norm.startswith("收", m.end())
    ):
        return None  # cheap: no service word starts here, nothing to segment
    window = draft.words_in(max(cs, m.start() - _WINDOW), min(ce, m.end() + 2))
    if any(tok.start < m.start() < tok.end - 1 for tok in window):
        return None  # inside a word: 离不开, 看不出来
    if _complement_or_quality(draft, max(cs, m.start() - _WINDOW), min(ce, m.end() + 4), m.start(), m.end()):
        return None
    # Without the clause's closing particles: 退哈 is segmented as one word.
    after = draft.words_in(m.end(), max(m.end() + 1, tail_end(norm, m.end(), min(ce, m.end() + _WINDOW))))
    if not after:
        return None
    clause = split_clause(draft, cs, m.start())
    if PROMISE.match(norm, m.end(), ce):
        if _caveat(norm, m.start(), ce):
            return None  # 会协助求偿，但不保证结果: the limit of an effort made
        return Refusal(CANNOT_PROMISE, clause, m.start(), m.end(), ce)
    word = after[0].word
    takes = TAKES.fullmatch(word) is not None
    if not (SERVICE_WORD.fullmatch(word) or takes) or _CHARGE.match(norm, after[0].start):
        return None  # 不收运费, 不另外收取费用: good news, not a refusal
    if takes and _CHARGE_TOPIC.search(before):
        return None  # 这次的服务费用我们不收了: the charge waived
    if "会" in m.group() and clause.subject is None and not SHOP.search(before):
        return None  # 配送不会送错的: a reassurance about someone else, not the shop's refusal
    if "会" in m.group() and _PRIVATE.search(norm, m.end(), ce):
        return None  # 我们不会提供您的个人信息: a privacy promise
    if _DENIED.search(before):
        return None  # 又不是我们不给您退: denying a refusal
    if _threat(draft, clause, before):
        return None
    earlier = norm[max(draft.sentence_at(cs)[0], m.start() - 60) : m.start()]
    # A one-character word granted as itself (发), not as the start of another (发货).
    whole = re.escape(word) + ("(?![\u4e00-\u9fff])" if len(word) == 1 else "")
    granted = re.search(whole, earlier.replace("不" + word, ""))
    if granted or _granted_before(norm, clause, earlier, word):
        return None  # 一袋包邮，偏远地区不包邮: the scope of an offer just stated
    return Refusal(POLICY_REFUSAL, clause, m.start(), m.end(), ce)


def _policy(draft: Draft, cs: int, ce: int, m: re.Match[str], before: str, after: str) -> Refusal | None:
    """不支持/不接受/不予/恕不受理…: a refusal when a service is named, a bare one when nothing follows."""
    hit = m.group()
    if before.endswith((*_NOT_REFUSAL_BEFORE, "请", "您可以", "可以")) or after.startswith("不"):
        return None
    if hit == "不管" and before.endswith(("不会", "不能", "不可能", "绝不", "决不", "都")):
        return None  # 我们不会不管的: a commitment
    if hit.startswith("恕") and after.startswith(_NOTICE_FORMULA):
        return None
    if (
        hit in ("拒收", "驳回")
        and (
            BARE.fullmatch(after) is None
            or FILLER_END.sub("", before).endswith((*CUSTOMER, "选择", "建议", "直接", "亲"))
            or _ASKED.search(before) is not None
            or before.endswith(_MISCONDUCT)
        )
        and not (hit == "拒收" and SHOP.search(before))
    ):  # 本公司拒收到付件: the shop's verdict
        # The shop's verdict ends its clause (到付件一律拒收, 否则拒收); 拒收成功后, 拒收包裹
        # and 您可以选择拒收 are the customer's act.
        return None
    clause = split_clause(draft, cs, m.start())
    if BARE.fullmatch(after) is not None and not POLICY_OBJECT.search(hit):
        if hit.startswith("没"):
            return Refusal(POLICY_REFUSAL, clause, m.start(), m.end(), ce) if clause.subject or before else None
        topic = _fronted_topic(draft.norm, draft.sentence_at(cs)[0], cs)
        if topic is not None and not POLICY_OBJECT.search(topic):
            return None  # 对于恶意攻击，我们不接受: the customer's conduct refused, no service
        return Refusal(BARE_REFUSAL, clause, m.start(), m.end(), ce)
    if hit.startswith("拒绝") and clause.subject is None and not before.endswith(("是", "一律", "均", "都", "一概")):
        return None  # 有权采取…拒绝退款等措施: a list of measures, not the shop saying no to this customer
    if hit.endswith("未"):  # 暂未/还未/尚未 + 开通: what the shop does not run, named as a service or by the shop
        named = _RUN_BY_SHOP.search(draft.norm, cs, ce) is not None or SHOP.search(before) is not None
        return Refusal(POLICY_REFUSAL, clause, m.start(), m.end(), ce) if named or clause.subject else None
    if hit.startswith(("没", "暂", "冇")):
        if not _NO_SUCH.match(draft.norm, m.start()):
            return None  # 您之前没有提供税号: what someone did not give, not a service refused
        return Refusal(POLICY_REFUSAL, clause, m.start(), m.end(), ce)  # 没有例外, 冇送货
    if (
        not POLICY_OBJECT.search(hit + after)
        and not _object_after_list(draft.norm, ce)
        and not hit.startswith(_DECLINES)
        and clause.subject is None
        and not SHOP.search(before)
    ):
        return None  # 不支持快充, 不接受预约以外的时间?: no service named, nor the shop as the one refusing
    return Refusal(POLICY_REFUSAL, clause, m.start(), m.end(), ce)


_RUN_BY_SHOP = lazy_compile(r"业务|服务|功能|项目|此项|这项")
# How someone's act is judged (无故拒收, 多次拒收): the customer's act, not the shop's verdict.
_MISCONDUCT = ("多次", "屡次", "无故", "恶意", "无正当理由", "擅自", "随意", "无理")
# A topic fronted with 对于 (对于无端指责，我们坚决不接受): what a bare refusal refuses.
_FRONTED = lazy_compile(r"对于|对")


def _fronted_topic(norm: str, sentence_start: int, cs: int) -> str | None:
    """The topic fronted with 对于 in the clauses before the refusal's, if any."""
    last = None
    for last in _FRONTED.finditer(norm, sentence_start, cs):  # noqa: B007 (the last one is kept)
        continue
    return None if last is None else norm[last.end() : cs]


# A list cut the clause (不接受任何口味、份量等更改): its object is read to the list's end.
_LIST_END = lazy_compile(r"[^，。！？,!?；;]{0,40}")


def _object_after_list(norm: str, ce: int) -> bool:
    if not norm.startswith("、", ce):
        return False
    span = _LIST_END.match(norm, ce)
    return span is not None and POLICY_OBJECT.search(span.group()) is not None


def _verb_at(draft: Draft, cs: int, ce: int, pos: int) -> bool:
    """A verb starts at ``pos`` (没法调货 is a refusal, 没法比 a comparison: 比 is a preposition)."""
    tagged = draft.tagged_words_in(cs, ce)
    if tagged is None:
        return False
    return any(tok.start == pos and flag in _VERB_TAGS for tok, flag in tagged)


def _service_in(draft: Draft, start: int, end: int) -> bool:
    """A service verb is a word of the verb phrase (不能提前安排发货), not the start of another
    word (不能装开水, 不能自行拆卸: product care, not a service refused)."""
    if SERVICE.search(draft.norm, start, end) is None:
        return False  # cheap: nothing to segment
    head = SERVICE_TOKEN.match(draft.norm, start, end)
    if head is not None and len(head.group()) > 1:
        return True  # cheap: a service word of two characters or more opens the phrase (取消, 发货)
    words = draft.words_in(start, end)
    if any(SERVICE_TOKEN.fullmatch(tok.word) for tok in words):
        return True
    # A service phrase of several words (一起用): it starts and ends on word boundaries.
    starts, ends = {tok.start for tok in words}, {tok.end for tok in words}
    return any(s.start() in starts and s.end() in ends for s in SERVICE.finditer(draft.norm, start, end))


def _negation(draft: Draft, cs: int, ce: int, m: re.Match[str], before: str, after: str) -> Refusal | None:
    norm, hit = draft.norm, m.group()
    # Polite questions, double negation, promotions and advice are not refusals.
    hedged = before.endswith("可能")  # 可能没办法给您退 is a softened refusal, not 能不能
    if before.endswith("并") and split_clause(draft, cs, m.start()).subject is None:
        return None  # 催单并不能加快发货: a fact denied, not the shop refusing
    if (before.endswith(_NOT_REFUSAL_BEFORE) and not hedged) or after.startswith(_NOT_REFUSAL_AFTER):
        return None
    if hit == "不行" and after.startswith(tuple("动使驶李为业程走")):
        return None
    if hit == "不可能" and (after.startswith(("是", "有", "会")) or _MISHAP.search(after, 0, 8)):
        return None  # 我们不可能发错货: a denial of a mishap, not a refusal
    if NO_CUSTOMER_OBJECT.match(after):
        return None  # reporting that the courier could not reach the customer
    if _forbidden(norm, before, m, ce):
        return Refusal(CANNOT, split_clause(draft, cs, m.start()), m.start(), m.end(), ce)  # 你不能进来
    # Bare also when a new sentence follows a closing particle with no punctuation (不可以哦这个保密哦).
    bare = BARE.fullmatch(after) is not None or _BARE_THEN.match(after) is not None
    if bare and hit == "不可":
        return None  # 缺一不可, 必不可少
    if bare and hit == "不可能" and _claim_denied(draft, cs):
        return None  # 少了一件？不可能的: the customer's claim denied (blame's reading), not a request refused
    if hit == "不行" and _JUDGED.search(before):
        return None  # 嫌我不行: someone judged poor, nothing is refused
    if hit == "不行" and _CUSTOMERS_THING.search(before):
        return None  # 您家网络不行: the customer's thing is poor, nothing is refused
    clause = split_clause(draft, cs, m.start())
    no_way = hit in ("没办法", "没有办法", "没法")
    if bare:
        return Refusal(NO_WAY if no_way else BARE_REFUSAL, clause, m.start(), m.end(), ce)
    if PROMISE.match(after):
        if _caveat(norm, m.start(), ce):
            return None
        return Refusal(CANNOT_PROMISE, clause, m.start(), m.end(), ce)
    adverb = ADVERB.match(after)
    vp_start = m.end() + (adverb.end() if adverb else 0)
    # Impersonal and not a known service action: a product fact or a fault (不能泡水), except
    # 没法/没办法 + any verb (没法调货); only that case needs words, so only it is segmented.
    # Refusals whatever the verb: 冇得/没得 + a service word (冇得退, 没得商量), the customer as
    # the one served (不能给您换, 唔可以俾你换), the customer's thing as the object with nobody
    # named before (是无法查看到您的位置的).
    reach = min(ce, vp_start + _VP_REACH)
    served = adverb is not None and _BENEFACTIVE.search(adverb.group()) is not None
    served = served or _STAFF.search(FILLER_END.sub("", before)) is not None  # 我们的员工不能上门
    theirs = clause.topic[0] == clause.topic[1] and _TO_CUSTOMER.search(norm, vp_start, reach) is not None
    if (
        clause.subject is None
        and not hit.startswith(("冇得", "没得"))
        and not served
        and not theirs
        and not _LOWER.match(after)
        and not _service_in(draft, vp_start, min(ce, vp_start + _vp_reach(norm, vp_start)))
        and not (no_way and _verb_at(draft, cs, ce, vp_start))
    ):
        return None
    if verb_phrase_end(norm, vp_start, ce) <= vp_start and not (adverb and "帮" in adverb.group()):
        return None  # 不能帮您 alone still refuses; 不能的 is handled as bare above
    return Refusal(NO_WAY if no_way else CANNOT, clause, m.start(), m.end(), ce)
