"""What a refusal becomes: the draft's decision kept, followed by what can really be done.

Seed practice is to follow a "no" with its reason and a real alternative.  Four cases:

* the draft already says what can be done (可以/能/帮您/建议您/您可以… in the same clause or
  a later one of the sentence, or just before it: 现在可以给您推迟，八月份是不可以的): with a
  reason too (因为…, 由于…, the order's status, the state it follows from: 订单提交后…) the line
  is what a good refusal says and is left alone; without one, a shop action in the next clause
  (可以在完成后为您换开) is folded into the positive frame, 我们能为您做的是在完成后为您换开;
  a customer action (建议您…) is left alone.  A refusal that opens a case of its own after an
  offer (…可联系客服处理；逾期不予处理) is not that offer's limit;
* the draft is a rule for every buyer (``register``: 本店/买家/一经/概不…): advice that keeps
  the rule and adds a channel (如有疑问，欢迎联系客服), never an applied rewrite;
* a chat reply and an offer that may be applied (the shop's own, or a default that promises
  nothing, see ``offers``) and grants nothing just refused: the refusal stays as written and
  ``，我们能为您做的是<offer>`` goes at the end of its sentence, with the draft's own comma;
* otherwise advice: the suggested offer and a slot template in the replacements, text untouched.

Nothing with a slot marker is ever applied.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache
from typing import NamedTuple

from replykit.builtin.negative.clause import (
    CLAUSE_PUNCT,
    QUESTION,
    SUBJECT,
    Clause,
    subject_words,
)
from replykit.builtin.negative.offers import SLOT_MARKERS, NegativeOptions, contradicts, offer_for, topic_of
from replykit.convert import in_draft_script
from replykit.draft import MASK, Draft
from replykit.register import Register
from replykit.scan import lazy_compile

CAN_DO = "能为您做的是"
SLOT = "……"

# The draft's own alternative: an action of the shop's, or a way forward for the customer.
# 能/可 only where they are not part of a negation, a hedge or a question (不能, 可能, 能不能).
_ALTERNATIVE = lazy_compile(
    # 希望您能谅解 asks for understanding: no way forward
    r"(?<![不没无未可功才智性技本体效机])(?:可以(?!理解|谅解|体谅)|能够|能(?![不否]|理解|谅解|体谅)|可(?![能不否以]))"
    r"(?![的了呢哦吗啊])"
    r"|(?:帮|为|给)(?:您|你)(?!带来|造成|添麻烦)|(?:送|赠)(?:您|你)|建议|推荐|协助|欢迎|另行(?!通知|查询|告知)|改为|替换为"
    r"|会(?:免费|马上|立即|立刻)|如有[^，。！？,!?]{0,6}问题"
    r"|请(?:您)?(?:及时|直接|先|尽快|再)?(?:联系|联络|咨询|申请|选择|重新|另|取消|提供|拍|找|先|直接|与|私信|留言|告知|关注|点击"
    r"|至|到|前往|改用|改至|洽|透过|通过|使用)"
    r"|请[^，。！？,!?]{0,16}为准|(?:您|亲)(?:可以|不妨|先)?(?:咨询|联系|问|试|看)一下"
    r"|如(?:需|欲|要|有需要|有疑问|有问题)"
    r"|会(?:尽快|及时|第一时间|尽量|尽力|优先|再|安排|通知|联系|为您|帮您|给您)"
    # The shop's own next step: 我们会把两单一起发出, 付款后马上为您安排.
    r"|(?:我们|我|这边|小妹|本店)(?:这边)?(?:也|都|还)?(?:会|一定|承诺|保证|将)(?!不)"
    # Other goods offered instead: 我这边还有一组同系列的, 店里有一款现货
    r"|(?:还|也|另外)有(?:一|同|其他|别的|现货)|有(?:一款|一组|一件|同款|同系列|现货)"
    r"|(?<![不没])免费(?:重做|补发|更换|换|维修|修|寄|送)"
    # the shop's remedy: 我们按个数补偿, 运费我们出, 我们给您作废重开
    r"|(?:我们|我|这边|本店|小店)[^，。！？,!?]{0,6}?(?:补偿|赔付|赔偿|补发|换新|重做|重开|报销|承担)(?!不)"
    r"|另计|另付|有偿|付费"  # the service is there for a fee (维修费用另计)
    # what to do instead, and it works: 改成寄付就可以了, 换个地址就行了
    r"|就(?:可以|能)?(?:出来|行|好|可以)了"
    # when it will be done instead: 您现在下单会在初八发出
    r"|会在[^，。！？,!?]{1,12}?(?:发出|发货|寄出|送达|安排|处理|到账)"
    r"|(?:第一时间|马上|立即|立刻|及时)(?:为您|给您|帮您)?(?:通知|联系|告知|安排|发|寄|处理|补)"
    r"|请(?:您)?(?:(?!自行)[^，。！？,!?]){1,8}?(?:申请|联系|咨询)"  # 请自行联系厂家 sends them away
    # another channel or carrier of the same order: 请您在官网下单, 换别的快递
    r"|请(?:您)?(?:登录|登陆|移步|(?:改在|在|到|至|通过|前往)[^，。！？,!?]{1,12}?(?:下单|订购|购买))"
    r"|(?:换|改用|改选)(?:别的|其他|其它|另一)"
    r"|(?:后|之后|以后)(?:会)?(?:马上|立即|立刻|第一时间|尽快|及时)(?:为您|给您|帮您)?"
    r"(?:安排|发货|发出|寄出|处理|退款|补发|通知)"
)
# 显示可叠加才可以叠加: a condition of the refused thing (才), not a way forward.
_ONLY_IF = lazy_compile(r"才(?:可以|能|可)")
# In the refusal's own clause 为您/帮您 belong to the refused verb phrase (无法为您修改).
_ALTERNATIVE_HERE = lazy_compile(
    # 建议 only as advice to someone (建议您…): 不提供尺码建议 refuses the advice itself.
    r"只能|[只仅](?:换|退|修|补|收|发|寄|送)[货款]?(?![\u4e00-\u9fff])|但(?:是)?(?:可以|能)|(?<![不没无])可以|可(?=直接|联系|申请|选择|先)|建议(?=您|你|亲|先|直接|选择)|欢迎"
    r"|请(?:您)?(?:联系|咨询|申请|选择|重新)"
)
# A shop action that can be folded: the alternative clause opens with the modal.
_FOLDABLE = lazy_compile(
    r"(?:但是|但|不过|可是|而是)?(?P<subject>" + SUBJECT.pattern + r")?(?:也|还|都|是)*"
    r"(?:可以|能够|只能|能|可)(?![不否能以])(?:为您|帮您|给您|为你|帮你)?(?=[^的了呢哦吗啊，。！？,!?\s])"
)
# What makes the folded action the shop's: a subject (我们可以…), a benefactive (可以为您…,
# 可以在完成后为您换开) or a verb only the shop does (只能退一件).  可以选择/可以申请 is the customer's.
_BENEFACTIVE = lazy_compile(r"(?:为|帮|给|替)(?:您|你)")
_SHOP_ACT = lazy_compile(r"退|换|补|发|寄|送|安排|开|改|修改|赔|优先|加急|备注|登记|核实|跟进|保留|预留")


def _shop_acts(norm: str, fold: re.Match[str], end: int) -> bool:
    if fold.group("subject") or _BENEFACTIVE.search(fold.group()):
        return True
    return _BENEFACTIVE.search(norm, fold.end(), end) is not None or _SHOP_ACT.match(norm, fold.end()) is not None


_REASON = lazy_compile(
    r"因为|因(?!此)|由于|出于|基于|鉴于|为了|为保证|为确保|为保障|考虑到|所以|因此|系统|规定|政策|法律|状态|"
    r"已(?:经)?(?:发货|出库|签收|拆封|开封|使用|成团|付款|支付|揽收|打包|超过|过)|超过|超出|逾期|过了|"
    # A state the refusal follows from: 订单提交后无法更改, 新旧地址不在同城, 一个账号只能…
    r"(?:提交|下单|付款|支付|签收|发货|出库|拆封|使用|完成|激活|安装|审核|确认|取消)(?:之|以)?后|不在|只能"
    # A state not yet reached: 未付款的订单不能发货
    r"|(?:未|没有?|还没)(?:付款|支付|签收|发货|出库|审核|确认|激活|成团|到账)"
    # A kind of goods or a state reached once for all: 属于虚拟商品, 一经售出, 一旦开封, 充值成功后
    r"|属于|毕竟|一经|一旦|(?:成功|开课|出票|售出|送出|开通|刮开)(?:之|以)?后|依(?:规定|照|据|法)|按(?:照|规则|规定)|根据"
)
# Already followed by the positive frame (a rewrite of ours, or the agent's own wording).
_FRAMED = lazy_compile(r"(?:" + SUBJECT.pattern + r")?(?:也|还)?(?:能|可以)(?:为|帮)您做的(?:是|有)")
# A refusal in the next clause is not its alternative (同一账户可合并，已发货订单无法合并).
# Nor an obligation put on the customer (必须取消后重新下单).  有没有 asks.
_NEXT_REFUSAL = lazy_compile(r"不能|无法|不可|不支持|不接受|不提供|不予|不得|没办法|没法|不是|(?<!有)没有|恕")
_SUGGESTED = lazy_compile(
    r"(?:您|亲)(?:可以|不妨|先)?(?:咨询|联系|问|试|看)一下"
    # an offer put as a question: 我送您一个收纳袋可以吗？
    r"|(?:我们|我|这边|小妹)(?:这边)?(?:再|额外|多)?(?:送|赠|给|帮|为)(?:您|你)"
    r"|(?:我|我们|这边)(?:这边)?(?:把|将)[^，。！？,!?]{1,8}?(?:发|传|给)(?:您|你)"
)
_ELSEWHERE = lazy_compile(r"厂家|厂商|生产商|品牌方|快递公司|别家|别的店|其他店|其他家|别处")
# 需要的话 is a condition, 需要什么 a want
_OBLIGATION = lazy_compile(r"(?:您|你|亲)?(?:必须|务必|需要|须)(?!的话|什么|哪)")


_NAMES_SOMETHING = lazy_compile(r"[^的了啦呢哦哈呀哟噢欧滴啊喔嘛咯哒亲!！~～.…]")


class Reframe(NamedTuple):
    start: int
    end: int
    replacement: str
    applicable: bool  # False: advice (a slot, a promise the shop did not make, or policy text)
    more: tuple[str, ...] = ()  # further replacements for an agent's UI (a slot template)


# Policy text keeps its rule; what it can add is a way to ask (the reading's advice).
POLICY_CHANNEL = ("如有疑问", "欢迎联系客服")
_CHANNEL_NAMED = lazy_compile(r"客服|联系|咨询|回复|电话|邮件")  # then only the reason is missing
_SENTENCE_END = "。！？!?\n"
# A closing after the refusal: a request to wait or a courtesy formula.
_CLOSING = lazy_compile(
    r"(?:请|麻烦|还请|劳烦)(?:您|亲)?(?:再)?(?:耐心)?(?:稍)?(?:等|候)|耐心等|稍等|感谢|谢谢|多谢|谅解|见谅|祝您|辛苦"
)
_FULL_COMMA = lazy_compile(r"，")
_HALF_COMMA = lazy_compile(r"[\u4e00-\u9fff\u3400-\u4dbf],|,[\u4e00-\u9fff\u3400-\u4dbf]")


def reframe(
    draft: Draft,
    clause: Clause,
    hit_start: int,
    hit_end: int,
    ce: int,
    options: NegativeOptions,
    call_offers: Mapping[str, str] | None,
    register: Register,
) -> Reframe | None:
    """The finding for a refusal whose clause runs from ``clause.start`` to ``ce`` (no
    punctuation), or None when the draft already gives a reason and an alternative."""
    norm, text, tr = draft.norm, draft.text, draft.is_traditional
    start = clause.start
    end = _content_end(norm, start, ce)
    subject = subject_words(draft, clause, tr)
    sep = _comma(text)
    comma = sep if clause.lead else ""  # after 抱歉 or 亲 with no punctuation, the rewrite opens with one
    same = norm[hit_end:end]
    sentence_end = _sentence_end(draft, hit_end)
    ce = min(ce, max(sentence_end, hit_end))
    tail = _sentence_tail(draft, start, ce, sentence_end)
    nxt = _next_clause(draft, ce)
    if _FRAMED.search(norm, ce, tail) or (nxt is not None and _FRAMED.match(norm, *nxt)):
        return None  # the positive frame follows already (also across a sentence end)
    if _FRAMED.search(norm, start, hit_start):
        return None  # the refusal's own clause opens with the frame (a fold of ours)
    # After the negation a bare 可以 belongs to what is refused (不能说一定可以送达).
    after_hit = _ALTERNATIVE_HERE.search(same)
    alt_here = _ALTERNATIVE_HERE.search(norm, start, hit_start) is not None or (
        after_hit is not None and after_hit.group() != "可以"
    )
    alt_next = nxt is not None and _offers_a_way(norm, nxt)
    if nxt is not None and not alt_next and nxt[1] - nxt[0] < 16:
        # A short aside or a bracket in between: (如:商品规格等),如欲更改…请联系客服
        later = _next_clause(draft, draft.clause_at(nxt[0])[1])
        alt_here = alt_here or (later is not None and _offers_a_way(norm, later))
    if alt_here or alt_next:
        if _reason_near(draft, start, end):
            return None
        fold = _FOLDABLE.match(norm, *nxt) if nxt is not None and alt_next else None
        if fold is None or nxt is None or not _shop_acts(norm, fold, nxt[1]):
            return None  # the customer is told what to do (可以选择…, 可以申请…); no shop action to frame
        s, e = fold.span("subject")
        who = text[s:e] if s >= 0 else subject
        kept = text[start : nxt[0]]
        folded = f"{comma}{kept}{who}{in_draft_script(CAN_DO, tr)}"
        return Reframe(start, fold.end(), folded, register != "policy")
    if _has_reason(draft, start, end) and _WAY_BEFORE.search(norm, max(0, start - 80), start):
        return None  # 您方便自取吗？由于…无法及时送达: the way forward came first, then the reason
    if _later_way(draft, nxt, tail):
        return None  # 无法退货，请谅解，如有质量问题可联系客服: the draft's own way forward
    if _has_reason(draft, start, max(end, tail)) and _way_in_next_sentences(draft, sentence_end):
        # 开封后无法退换，这是为了食品安全。如果您担心不适应，我们有试用装…: the reason in the
        # refusal's sentence, the way forward in the next ones
        return None
    if _SUGGESTS.match(norm, *_next_clause(draft, sentence_end) or (0, 0)):
        return None  # 标配机型不支持。建议外接网卡: another product or way suggested next
    if not _NEW_SCOPE.search(norm, max(0, draft.clause_at(start)[0] - 3), hit_start) and _earlier_way(draft, start):
        return None  # 现在可以给您推迟，八月份是不可以的: the limit of an offer already made
    asks = QUESTION.search(norm, ce, tail) is not None
    if asks:
        tail = end  # …，您看可以吗？ an addition after the question would not read
    # What is added goes after the whole sentence (never between two refusals or before a
    # trailing courtesy), with the draft's own comma.
    kept = text[start:tail]
    sentence_start = draft.sentence_at(start)[0]
    bare = not _NAMES_SOMETHING.search(norm, hit_end, end)
    topic = topic_of(norm[hit_start:end], norm[start:hit_start], norm[sentence_start:start], bare=bare)
    if register == "policy":
        # A rule for every buyer: its reason and a channel, never a promise to one customer.
        if _CHANNEL_NAMED.search(norm, sentence_start, tail):
            return Reframe(start, tail, f"{comma}{in_draft_script('因为', tr)}{SLOT}{sep}{kept}", False)
        channel = sep.join(in_draft_script(w, tr) for w in POLICY_CHANNEL)
        return Reframe(start, tail, f"{comma}{kept}{sep}{channel}", False)
    offer = offer_for(topic, options, call_offers)
    usable = _usable(offer.text)
    refused = norm[hit_start:tail]
    if usable and contradicts(usable, refused, topic):
        usable = ""
    frame = f"{comma}{kept}{sep}{subject}{in_draft_script(CAN_DO, tr)}"
    if usable:
        said = in_draft_script(usable, tr).replace("，", sep)
        # The sentence already closes after the refusal (请您耐心等待, 感谢理解): an offer
        # appended after the closing would not read; the agent places it.
        closed = _CLOSING.search(norm, ce, tail) is not None
        applicable = offer.applicable and register == "chat" and not asks and not closed
        # An advice finding also offers the slot template, for the agent to write their own.
        return Reframe(start, tail, frame + said, applicable, () if applicable else (frame + SLOT,))
    return Reframe(start, tail, frame + SLOT, False)


def _usable(offer: str) -> str:
    """A per-call offer is not validated like the config's: one with a slot is not used."""
    return "" if any(m in offer for m in SLOT_MARKERS) or "\n" in offer else offer


def _content_end(norm: str, start: int, ce: int) -> int:
    while ce > start and norm[ce - 1] in CLAUSE_PUNCT:
        ce -= 1
    return ce


# 什么 as "whatever", answered in the clause itself (需要什么产品可以直接拍下): no question.
_WHATEVER = lazy_compile(r"[^，。！？,!?吗]{0,8}?(?:都|也|就|可以|能)")


def _offers_a_way(norm: str, clause: tuple[int, int]) -> bool:
    """The clause states an alternative, not another refusal or an order to the customer."""
    if _NEXT_REFUSAL.search(norm, *clause) or _OBLIGATION.match(norm, *clause) or _ONLY_IF.search(norm, *clause):
        return False
    if _ELSEWHERE.search(norm, *clause) or "自行" in norm[clause[0] : clause[1]]:
        return False  # 请咨询厂家, 请自行查看合同: the customer sent away, no way forward of the shop's
    asked = QUESTION.search(norm, *clause)
    if asked is not None and asked.group() == "什么" and _WHATEVER.match(norm, asked.end(), clause[1]):
        asked = QUESTION.search(norm, asked.end(), clause[1])
    if asked is not None and not _SUGGESTED.match(norm, *clause):
        return False  # a question, except a suggestion put as one (您咨询一下仓库呢？)
    return _ALTERNATIVE.search(norm, *clause) is not None


def _next_clause(draft: Draft, ce: int) -> tuple[int, int] | None:
    """The clause after the refusal's (its words, no punctuation), if any."""
    norm = draft.norm
    pos = ce
    while pos < len(norm) and norm[pos] in CLAUSE_PUNCT + "。！？!?.":
        pos += 1
    if pos >= len(norm):
        return None
    s, e = draft.clause_at(pos)
    s = max(s, pos)  # after an ASCII full stop inside a clause (…哦.仓库明天发出)
    return s, _content_end(norm, s, e)


def _has_reason(draft: Draft, start: int, end: int) -> bool:
    """A reason in the refusal's sentence up to its end (因为…，所以无法…; 已发货的无法…)."""
    s = draft.sentence_at(start)[0]
    return _REASON.search(draft.norm, max(s, start - 60), end) is not None


def _reason_near(draft: Draft, start: int, end: int) -> bool:
    """A reason in the refusal's sentence or the one before it (因为是三月刚买的。实在不能再少了)."""
    s = draft.sentence_at(start)[0]
    before = draft.sentence_at(s - 1)[0] if s > 0 else s
    return _REASON.search(draft.norm, max(before, start - 80), end) is not None


# Also ends the refusal's sentence (read on the draft's text: numbers are masked in norm): an
# ASCII full stop that is no decimal point, part of a name or a list number (…等一下哦.仓库…),
# and the next item of a numbered list (须知：1.…；2.…), which is another rule.
_ALSO_ENDS = lazy_compile(
    r"(?<![0-9A-Za-z０-９.．])\.+(?![0-9A-Za-z０-９.])"
    r"|[；;，,\s]*(?<![0-9０-９])(?=[0-9０-９]{1,2}[.、．](?![0-9０-９]))"
)


def _sentence_end(draft: Draft, hit_end: int) -> int:
    """The end of the refusal's sentence: the draft's sentence, cut at an ASCII full stop or
    the next numbered item after the refusal's words."""
    end = draft.sentence_at(hit_end)[1]
    for cut in _ALSO_ENDS.finditer(draft.text, hit_end, end):
        if cut.group() and draft.norm[cut.start()] == MASK:
            continue
        return cut.start()
    return end


def _sentence_tail(draft: Draft, start: int, ce: int, end: int) -> int:
    """Where an addition goes: the end of the refusal's sentence (``end``, see
    ``_sentence_end``), before its final punctuation, which stays after the addition."""
    norm = draft.norm
    tail = end
    while tail > ce and norm[tail - 1] in _SENTENCE_END + ".~～ \t":
        tail -= 1
    return max(tail, _content_end(norm, start, ce))


# How many sentences after the refusal's may hold its way forward.
_NEXT_SENTENCES = 2


def _way_in_next_sentences(draft: Draft, sentence_end: int) -> bool:
    """A clause of the next sentences offers a way forward (如果…，我们可以…; 另外…可获赠…)."""
    norm = draft.norm
    left = _NEXT_SENTENCES
    nxt = _next_clause(draft, sentence_end)
    while nxt is not None and left > 0:
        if _offers_a_way(norm, nxt):
            return True
        e = draft.clause_at(nxt[0])[1]
        if draft.sentence_at(nxt[0])[1] <= e:
            left -= 1
        nxt = _next_clause(draft, e)
    return False


def _later_way(draft: Draft, nxt: tuple[int, int] | None, tail: int) -> bool:
    """A later clause of the sentence already offers a way forward."""
    while nxt is not None and nxt[0] < tail:
        if _offers_a_way(draft.norm, nxt):
            return True
        nxt = _next_clause(draft, draft.clause_at(nxt[0])[1])
    return False


# A refusal that opens a case of its own after an offer (…可联系客服处理；逾期不予处理,
# 我们会给您安排，但是不能保证…) is not the limit of that offer.
_EARLIER_WAY = lazy_compile(
    r"(?:可以|能|会|只能)[^，。！？,!?\s]{0,8}?(?:为|帮|给|替)(?:您|你)|请[^，。！？,!?]{0,16}为准|建议您|您可以"
    r"|所以只能|[只仅](?:能|可|会)(?:为|给|帮|替)[^，。！？,!?]{0,16}?(?:提供|安排|更换|换|退|补|修|寄|发|重做)"
    # the channel to use: 请通过平台申请退款，私下转账恕不受理
    r"|请(?:您)?(?:通过|透过|经由|到|至|使用|在)[^，。！？,!?]{1,16}(?:申请|联系|办理|提交|操作|处理|咨询)"
)
# A way forward said before the refusal: the customer's next step or an offer of the shop's.
_WAY_BEFORE = lazy_compile(
    r"(?:需要|麻烦|请)(?:您|你|亲)?[^。！？!?]{0,24}(?:重新|再|先|然后|改为)|(?:您|你|亲)可以|建议"
    r"|(?:您|你)方便[^，。！？,!?]{0,10}(?:吗|[？?])|(?:可以|能|会)(?:为|帮|给|替)(?:您|你)"
    r"|(?:可|可以|能|均可)享(?:受|有)"  # a service granted first: 可享受全国联保
    # the shop's own counter as the way: 须到门店自提
    r"|(?:须|需|需要|请)(?:您)?(?:亲临|亲自|到|前往)[^，。！？,!?]{0,8}(?:门市|门店|店|自取|自提)"
)
_ONLY_WAY = lazy_compile(r"[只仅](?:能|可)(?:更换|换|退|补|修|维修|寄|发|重做|重新)")
_SUGGESTS = lazy_compile(
    r"(?:您|亲)?(?:可以|也可以)?(?:建议|推荐|可考虑|可以考虑)(?:您|亲)?(?:考虑|选择|使用|选购|购买|改用|外接|搭配)"
)
_NEW_SCOPE = lazy_compile(r"但|不过|可是|然而|逾期|超过|超时|过期|已(?:经)?|所有|任何|一律|均")


def _earlier_way(draft: Draft, start: int) -> bool:
    """The clause just before the refusal offers the customer something of the shop's
    (现在可以给您推迟，八月份是不可以的) or where to look (请以订单页面为准)."""
    norm = draft.norm
    pos = start
    while pos > 0 and norm[pos - 1] in CLAUSE_PUNCT + "。！？!?":
        pos -= 1
    if pos == 0:
        return False
    s, e = draft.clause_at(pos - 1)
    e = _content_end(norm, s, e)
    if _NEXT_REFUSAL.search(norm, s, e):
        return False
    # 仅能更换新品 with a reason (若因瑕疵): the way offered; 只能补发，不能退款 alone is a limit
    return _EARLIER_WAY.search(norm, s, e) is not None or (
        _ONLY_WAY.search(norm, s, e) is not None
        and any(r.group() != "只能" for r in _REASON.finditer(norm, max(0, s - 80), e))
    )


@lru_cache(maxsize=8)
def _comma(text: str) -> str:
    """The draft's own comma: half-width when it writes Chinese with "," and never "，".

    Read once per draft (cached): a long draft has a finding per clause."""
    if _FULL_COMMA.search(text) is None and _HALF_COMMA.search(text) is not None:
        return ","
    return "，"
