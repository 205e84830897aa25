"""negative: refusals reframed toward what the shop *can* do (no bare 我不能 / 不支持 / 做不了).

A literal-led scan of ``draft.norm`` finds candidate refusal words, the full alternation
confirms each one where it starts, and each hit is then read in its clause (the text between
punctuation or spaces, as JD bubbles are merged by spaces):

* exclusions first: polite questions (能不能…, 可不可以…), double negation (不能不), advice to the
  customer (千万不能…), conditionals (如果…无法, 不行的话), hedges (可能无法), the cancellation
  warning (一旦取消就无法恢复), the customer's own inability (您无法签收), reassurance (不会的),
  product facts (这款不能泡水, 不支持快充: no service named);
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
    CLAUSE_PUNCT,
    CONDITION,
    CUSTOMER,
    FILLER_END,
    NO_CUSTOMER_OBJECT,
    POLICY_OBJECT,
    PROMISE,
    QUESTION,
    SERVICE,
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
_NOT_REFUSAL_AFTER = ("不", "乱", "随便", "随意", "轻易", "少", "错过", "抱歉", "不好意思")


class Refusal(NamedTuple):
    """A refusal found in a clause: the rule it breaks, its clause, its words and the clause end."""

    rule: Rule
    clause: Clause
    hit: re.Match[str]
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
            hit = found.hit
            result = reframe(draft, found.clause, hit.start(), hit.end(), found.ce, opts, call_offers, register)
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
    before, after = norm[cs : m.start()], norm[m.end() : ce]
    if QUESTION.search(norm, cs, ce) or CONDITION.search(before) or "的话" in after:
        return None
    if FILLER_END.sub("", before).endswith(CUSTOMER):
        return None  # the customer's own inability: 您这边无法付款
    if before.endswith(_REPORTED) and not before.endswith(("来说", "话说")):
        return None  # reported speech: 商家说不退款 is the merchant's answer, passed on
    if WARNING.search(norm, max(0, m.start() - 12), m.start()) and UNDO.match(after):
        return None  # 温馨提示：订单一旦取消，就无法恢复
    if before.startswith("就") and not m.group("policy"):
        return None  # the consequence of a condition in the previous clause
    if m.group("job"):
        return not_my_job_fix(draft, cs, m, ce, draft.is_traditional)
    if m.group("do"):
        clause = doer_clause(draft, cs, m.start())
        return Refusal(CANNOT_DO, clause, m, ce) if clause else None
    if m.group("policy"):
        return _policy(draft, cs, ce, m, before, after)
    return _negation(draft, cs, ce, m, before, after)


def _policy(draft: Draft, cs: int, ce: int, m: re.Match[str], before: str, after: str) -> Refusal | None:
    """不支持/不接受/不予/恕不受理…: a refusal when a service is named, a bare one when nothing follows."""
    hit = m.group()
    if before.endswith((*_NOT_REFUSAL_BEFORE, "请", "您可以", "可以")) or after.startswith("不"):
        return None
    clause = split_clause(draft, cs, m.start())
    if BARE.fullmatch(after) is not None and not POLICY_OBJECT.search(hit):
        if hit.startswith("没"):
            return Refusal(POLICY_REFUSAL, clause, m, ce) if clause.subject or before else None
        return Refusal(BARE_REFUSAL, clause, m, ce)
    if hit.startswith("没"):
        return None  # 您之前没有提供税号: what someone did not give, not a service refused
    if not POLICY_OBJECT.search(hit + after):
        return None  # 不支持快充, 不接受预约以外的时间?: no service named
    return Refusal(POLICY_REFUSAL, clause, m, ce)


def _verb_at(draft: Draft, cs: int, ce: int, pos: int) -> bool:
    """A verb starts at ``pos`` (没法调货 is a refusal, 没法比 a comparison: 比 is a preposition)."""
    tagged = draft.tagged_words_in(cs, ce)
    if tagged is None:
        return False
    return any(tok.start == pos and flag in _VERB_TAGS for tok, flag in tagged)


def _negation(draft: Draft, cs: int, ce: int, m: re.Match[str], before: str, after: str) -> Refusal | None:
    norm, hit = draft.norm, m.group()
    # Polite questions, double negation, promotions and advice are not refusals.
    if before.endswith(_NOT_REFUSAL_BEFORE) or after.startswith(_NOT_REFUSAL_AFTER):
        return None
    if hit == "不行" and after.startswith(tuple("动使驶李为业程走")):
        return None
    if NO_CUSTOMER_OBJECT.match(after):
        return None  # reporting that the courier could not reach the customer
    bare = BARE.fullmatch(after) is not None
    if bare and hit == "不可":
        return None  # 缺一不可, 必不可少
    clause = split_clause(draft, cs, m.start())
    no_way = hit in ("没办法", "没有办法", "没法")
    if bare:
        return Refusal(NO_WAY if no_way else BARE_REFUSAL, clause, m, ce)
    if PROMISE.match(after):
        return Refusal(CANNOT_PROMISE, clause, m, ce)
    adverb = ADVERB.match(after)
    vp_start = m.end() + (adverb.end() if adverb else 0)
    # Impersonal and not a known service action: a product fact or a fault (不能泡水), except
    # 没法/没办法 + any verb (没法调货); only that case needs words, so only it is segmented.
    if (
        clause.subject is None
        and not SERVICE.match(norm, vp_start, ce)
        and not (no_way and _verb_at(draft, cs, ce, vp_start))
    ):
        return None
    if verb_phrase_end(norm, vp_start, ce) <= vp_start and not (adverb and "帮" in adverb.group()):
        return None  # 不能帮您 alone still refuses; 不能的 is handled as bare above
    return Refusal(NO_WAY if no_way else CANNOT, clause, m, ce)
