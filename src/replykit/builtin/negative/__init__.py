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
    BARE,
    CANNOT_DO_AT,
    CLAUSE_PUNCT,
    CONDITION,
    CUSTOMER,
    FILLER_END,
    NO_CUSTOMER_OBJECT,
    OTHERWISE,
    POLICY_OBJECT,
    POTENTIAL_VERB,
    PROMISE,
    QUESTION,
    SERVICE,
    SERVICE_WORD,
    SHOP,
    TRIGGERS,
    UNDO,
    WARNING,
    Clause,
    split_clause,
    verb_phrase_end,
)
from replykit.builtin.negative.no_way import NO_WAY
from replykit.builtin.negative.not_my_job import NOT_MY_JOB, not_my_job_fix
from replykit.builtin.negative.offers import DEFAULTS, NegativeOptions
from replykit.builtin.negative.policy_refusal import POLICY_REFUSAL
from replykit.builtin.negative.reframe import Reframe, reframe
from replykit.draft import Draft
from replykit.hookspecs import Report, hookimpl
from replykit.register import Register, register_of
from replykit.rules import Rule

__all__ = ["NegativeOptions"]

RULES = (CANNOT, NO_WAY, CANNOT_PROMISE, BARE_REFUSAL, CANNOT_DO, NOT_MY_JOB, POLICY_REFUSAL)
# Before or after the negation, these make it a polite question, advice or a double negation.
_NOT_REFUSAL_BEFORE = ("能", "可", "行", "有", "千万", "绝对", "一定", "切记", "请勿", "万万", "如", "若", "或", "得")
_VERB_TAGS = frozenset(("v", "vn", "vd", "vi", "vq"))
_REPORTED = ("说", "表示", "反馈", "回复说", "称", "告知")
# Segmented windows around a candidate: enough for the word at hand, bounded on a long clause.
_WINDOW = 8
_LONGEST_ACT = 3  # 改地址
_DENIED = re.compile(r"不是[^，。！？,!?]{0,4}$")
# An estimate already given makes a later 不能确保 a caveat.
_ESTIMATE = re.compile(r"预计|预估|估计|大概|大约|左右|一般(?:会|在|是)")
_REASSURED = re.compile(r"放心|安心")
_MISHAP = re.compile(r"错|坏|漏|丢|假|破|少发|晚")
# A price that cannot go lower: 不能再少了, 没办法再便宜.
_LOWER = re.compile(r"再(?:少|低|便宜|降|优惠|减)")
# How far into the verb phrase a service verb is looked for (不能提前发货); after a coverb
# phrase further (不能跟店铺红包叠加使用).
_VP_REACH = 6
_COVERB = ("跟", "和", "与", "同", "在", "对", "向", "从", "把")


def _vp_reach(norm: str, vp_start: int) -> int:
    return 2 * _VP_REACH if norm.startswith(_COVERB, vp_start) else _VP_REACH


_NOT_REFUSAL_AFTER = ("不", "乱", "随便", "随意", "轻易", "少", "错过", "抱歉", "不好意思")


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
        sentence = draft.sentence_at(result.start)
        replacements = [result.replacement, *result.more]
        if result.applicable and sentence not in fixed:
            fixed.add(sentence)
            report(rule, result.start, result.end, replacements)
        else:
            report(rule, result.start, result.end, replacements, fix=None)


def _analyse(draft: Draft, m: re.Match[str]) -> Refusal | Reframe | None:
    norm = draft.norm
    cs, ce = draft.clause_at(m.start())
    while ce > cs and norm[ce - 1] in CLAUSE_PUNCT:
        ce -= 1
    start = m.start()
    if m.group("potential"):
        verb = _potential_verb(draft, cs, start)
        if verb is None:
            return None
        start = verb
    before, after = norm[cs:start], norm[m.end() : ce]
    if QUESTION.search(norm, cs, ce) or CONDITION.search(before) or "的话" in after:
        return None
    if OTHERWISE.search(before) and not m.group("policy"):
        return None  # 发票一起寄回，否则无法退款: a warning of what follows, not a refusal
    if FILLER_END.sub("", before).removesuffix("自己").endswith(CUSTOMER):
        return None  # the customer's own inability: 您这边无法付款
    if before.endswith(_REPORTED) and not before.endswith(("来说", "话说")):
        return None  # reported speech: 商家说不退款 is the merchant's answer, passed on
    if WARNING.search(norm, max(0, start - 12), start) and UNDO.match(after):
        return None  # 温馨提示：订单一旦取消，就无法恢复
    if before.startswith("就") and not m.group("policy"):
        return None  # the consequence of a condition in the previous clause
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
        return Refusal(CANNOT, split_clause(draft, cs, start), start, m.end(), ce)
    if m.group("plain"):
        return _plain(draft, cs, ce, m, before)
    return _negation(draft, cs, ce, m, before, after)


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


def _plain(draft: Draft, cs: int, ce: int, m: re.Match[str], before: str) -> Refusal | None:
    """不包邮, 不给退, 暂不发货, 不会给您补发, 唔做面交: a plain negation of a service word.

    The negation must start a word or end one (暂不), never sit inside one (离不开, 买不起),
    and the word after it must be a service word whole: 不开发票 refuses, 不开胶 and 不发霉
    describe the product."""
    norm = draft.norm
    if before.endswith((*_NOT_REFUSAL_BEFORE, "请", "可以", "您", "你")):
        return None
    if not SERVICE_WORD.match(norm, m.end(), ce) and not PROMISE.match(norm, m.end(), ce):
        return None  # cheap: no service word starts here, nothing to segment
    window = draft.words_in(max(cs, m.start() - _WINDOW), min(ce, m.end() + 2))
    if any(tok.start < m.start() < tok.end - 1 for tok in window):
        return None  # inside a word: 离不开, 看不出来
    after = draft.words_in(m.end(), min(ce, m.end() + _WINDOW))
    if not after:
        return None
    clause = split_clause(draft, cs, m.start())
    if PROMISE.match(norm, m.end(), ce):
        return Refusal(CANNOT_PROMISE, clause, m.start(), m.end(), ce)
    word = after[0].word
    if not SERVICE_WORD.fullmatch(word):
        return None
    if "会" in m.group() and clause.subject is None and not SHOP.search(before):
        return None  # 配送不会送错的: a reassurance about someone else, not the shop's refusal
    if _DENIED.search(before):
        return None  # 又不是我们不给您退: denying a refusal
    earlier = norm[max(draft.sentence_at(cs)[0], m.start() - 60) : m.start()]
    if word in earlier.replace("不" + word, "") or _granted_before(norm, clause, earlier, word):
        return None  # 一袋包邮，偏远地区不包邮: the scope of an offer just stated
    return Refusal(POLICY_REFUSAL, clause, m.start(), m.end(), ce)


def _policy(draft: Draft, cs: int, ce: int, m: re.Match[str], before: str, after: str) -> Refusal | None:
    """不支持/不接受/不予/恕不受理…: a refusal when a service is named, a bare one when nothing follows."""
    hit = m.group()
    if before.endswith((*_NOT_REFUSAL_BEFORE, "请", "您可以", "可以")) or after.startswith("不"):
        return None
    clause = split_clause(draft, cs, m.start())
    if BARE.fullmatch(after) is not None and not POLICY_OBJECT.search(hit):
        if hit.startswith("没"):
            return Refusal(POLICY_REFUSAL, clause, m.start(), m.end(), ce) if clause.subject or before else None
        return Refusal(BARE_REFUSAL, clause, m.start(), m.end(), ce)
    if hit.startswith("没"):
        return None  # 您之前没有提供税号: what someone did not give, not a service refused
    if (
        not POLICY_OBJECT.search(hit + after)
        and not hit.startswith(("恕难", "恕无", "恕未"))
        and clause.subject is None
        and not SHOP.search(before)
    ):
        return None  # 不支持快充, 不接受预约以外的时间?: no service named, nor the shop as the one refusing
    return Refusal(POLICY_REFUSAL, clause, m.start(), m.end(), ce)


def _verb_at(draft: Draft, cs: int, ce: int, pos: int) -> bool:
    """A verb starts at ``pos`` (没法调货 is a refusal, 没法比 a comparison: 比 is a preposition)."""
    tagged = draft.tagged_words_in(cs, ce)
    if tagged is None:
        return False
    return any(tok.start == pos and flag in _VERB_TAGS for tok, flag in tagged)


def _negation(draft: Draft, cs: int, ce: int, m: re.Match[str], before: str, after: str) -> Refusal | None:
    norm, hit = draft.norm, m.group()
    # Polite questions, double negation, promotions and advice are not refusals.
    hedged = before.endswith("可能")  # 可能没办法给您退 is a softened refusal, not 能不能
    if (before.endswith(_NOT_REFUSAL_BEFORE) and not hedged) or after.startswith(_NOT_REFUSAL_AFTER):
        return None
    if hit == "不行" and after.startswith(tuple("动使驶李为业程走")):
        return None
    if hit == "不可能" and (after.startswith(("是", "有", "会")) or _MISHAP.search(after, 0, 8)):
        return None  # 我们不可能发错货: a denial of a mishap, not a refusal
    if NO_CUSTOMER_OBJECT.match(after):
        return None  # reporting that the courier could not reach the customer
    bare = BARE.fullmatch(after) is not None
    if bare and hit == "不可":
        return None  # 缺一不可, 必不可少
    clause = split_clause(draft, cs, m.start())
    no_way = hit in ("没办法", "没有办法", "没法")
    if bare:
        return Refusal(NO_WAY if no_way else BARE_REFUSAL, clause, m.start(), m.end(), ce)
    if PROMISE.match(after):
        if _ESTIMATE.search(norm, max(0, m.start() - 40), m.start()) or _REASSURED.search(norm, ce):
            return None  # 预计明天送到，不能确保 / …，所以请放心: the caveat is answered
        return Refusal(CANNOT_PROMISE, clause, m.start(), m.end(), ce)
    adverb = ADVERB.match(after)
    vp_start = m.end() + (adverb.end() if adverb else 0)
    # Impersonal and not a known service action: a product fact or a fault (不能泡水), except
    # 没法/没办法 + any verb (没法调货); only that case needs words, so only it is segmented.
    if (
        clause.subject is None
        and not SERVICE.search(norm, vp_start, min(ce, vp_start + _vp_reach(norm, vp_start)))
        and not _LOWER.match(after)
        and not (no_way and _verb_at(draft, cs, ce, vp_start))
    ):
        return None
    if verb_phrase_end(norm, vp_start, ce) <= vp_start and not (adverb and "帮" in adverb.group()):
        return None  # 不能帮您 alone still refuses; 不能的 is handled as bare above
    return Refusal(NO_WAY if no_way else CANNOT, clause, m.start(), m.end(), ce)
