"""negative: turn refusals into what the shop *can* do (no 我不能 / 我不会 / 这不是我应该做的).

A literal-led scan of ``draft.norm`` finds candidate negative service words, the full
alternation confirms each one where it starts, and each hit is then read in its clause (the
text between punctuation or spaces, as JD bubbles are merged by spaces):

* exclusions first: polite questions (能不能…, 可不可以…), double negation (不能不), advice to the
  customer (千万不能…), conditionals (如果…无法, 不行的话), hedges (可能无法), the cancellation
  warning (一旦取消就无法恢复), the customer's own inability (您无法签收), reassurance (不会的);
* the clause is split into ``topic + subject + adverbs + NEG + verb phrase + particles``, and
  the fix is rebuilt from those pieces so the topic and object survive and the subject appears
  once: 我们不能给您退款 -> 要退款的话，我们能为您做的是…… .

Every fix is ``unsafe``: an agent fills in "……".  Pieces are sliced from ``draft.text``, so
masks and the draft's script survive; the template words are converted to traditional when
the draft is traditional.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from replykit.builtin.negative.bare_refusal import BARE_REFUSAL, bare_fix
from replykit.builtin.negative.cannot import CANNOT
from replykit.builtin.negative.cannot_do import CANNOT_DO, cannot_do_fix
from replykit.builtin.negative.cannot_promise import CANNOT_PROMISE, promise_fix
from replykit.builtin.negative.clause import (
    ADVERB,
    BARE,
    CANDIDATE,
    CLAUSE_PUNCT,
    CLAUSE_PUNCT_CHARS,
    CONDITION,
    CUSTOMER,
    FILLER_END,
    LOOKUP,
    NO_CUSTOMER_OBJECT,
    PROMISE,
    QUESTION,
    SERVICE,
    TRIGGER,
    UNDO,
    VOCATIVE_AT,
    WARNING,
    WHEN,
    Fix,
    can_do,
    span_end,
    split_clause,
    tail_end,
    topic_words,
    verb_phrase_end,
)
from replykit.builtin.negative.no_way import NO_WAY
from replykit.builtin.negative.not_my_job import NOT_MY_JOB, not_my_job_fix
from replykit.draft import Draft
from replykit.hookspecs import Report, hookimpl
from replykit.rules import Rule

RULES = (CANNOT, NO_WAY, CANNOT_PROMISE, BARE_REFUSAL, CANNOT_DO, NOT_MY_JOB)
# Before or after the negation, these make it a polite question, advice or a double negation.
_NOT_REFUSAL_BEFORE = ("能", "可", "行", "有", "千万", "绝对", "一定", "切记", "请勿", "万万")
_NOT_REFUSAL_AFTER = ("不", "乱", "随便", "随意", "轻易", "少", "错过", "抱歉", "不好意思")


@hookimpl
def replykit_rules() -> Sequence[Rule]:
    return RULES


@hookimpl
def replykit_check(draft: Draft, options: Any, report: Report) -> None:
    norm = draft.norm
    done = -1  # one finding per clause
    fixed: set[tuple[int, int]] = set()  # one applied rewrite per sentence; later ones are advice
    for candidate in CANDIDATE.finditer(norm):
        if candidate.start() < done:
            continue
        m = TRIGGER.match(norm, candidate.start())
        if m is None:
            continue
        fix = _analyse(draft, m)
        if fix is None:
            continue
        done = draft.clause_at(m.start())[1]
        if not draft.enabled(fix.rule):
            continue
        sentence = draft.sentence_at(fix.start)
        replacement = fix.replacement
        if fix.end < len(norm) and norm[fix.end] not in CLAUSE_PUNCT_CHARS and not VOCATIVE_AT.match(norm, fix.end):
            replacement += "，"  # a swallowed particle was the only break before the next words
        if sentence in fixed:
            report(fix.rule, fix.start, fix.end, [replacement], fix=None)
        else:
            fixed.add(sentence)
            report(fix.rule, fix.start, fix.end, [replacement])


def _analyse(draft: Draft, m: re.Match[str]) -> Fix | None:
    norm = draft.norm
    cs, ce = draft.clause_at(m.start())
    while ce > cs and norm[ce - 1] in CLAUSE_PUNCT:
        ce -= 1
    before, after = norm[cs : m.start()], norm[m.end() : ce]
    if QUESTION.search(norm, cs, ce) or CONDITION.search(before) or "的话" in after:
        return None
    if FILLER_END.sub("", before).endswith(CUSTOMER):
        return None  # the customer's own inability: 您这边无法付款
    if WARNING.search(norm, max(0, m.start() - 12), m.start()) and UNDO.match(after):
        return None  # 温馨提示：订单一旦取消，就无法恢复
    if before.startswith("就"):
        return None  # the consequence of a condition in the previous clause
    tr = draft.is_traditional
    if m.group("job"):
        return not_my_job_fix(draft, cs, m, ce, tr)
    if m.group("do"):
        return cannot_do_fix(draft, cs, m.start(), span_end(norm, tail_end(norm, m.end(), ce), ce), tr)
    return _negation(draft, cs, ce, m, before, after, tr)


def _negation(draft: Draft, cs: int, ce: int, m: re.Match[str], before: str, after: str, tr: bool) -> Fix | None:
    norm, text, hit = draft.norm, draft.text, m.group()
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
        end = span_end(norm, tail_end(norm, m.end(), ce), ce)
        return Fix(NO_WAY if no_way else BARE_REFUSAL, clause.start, end, bare_fix(draft, clause, tr))
    promise = PROMISE.match(after)
    if promise:
        return promise_fix(draft, clause, m.end() + promise.start("verb"), m.end() + promise.end(), ce, tr)
    adverb = ADVERB.match(after)
    vp_start = m.end() + (adverb.end() if adverb else 0)
    if clause.subject is None and not SERVICE.match(norm, vp_start, ce):
        return None  # impersonal and not a service action (product facts, faults)
    vp_end = verb_phrase_end(norm, vp_start, ce)
    if vp_end <= vp_start:
        return None
    end = span_end(norm, vp_end, ce)
    topic = topic_words(draft, clause, keep_demonstrative=True)
    if LOOKUP.fullmatch(norm, vp_start, vp_end) and topic.endswith(WHEN):
        # 具体到货时间暂时无法查询: not a refusal to act but an unknown date, said as cannot-promise
        return promise_fix(draft, clause, vp_start, vp_end, ce, tr)
    return Fix(NO_WAY if no_way else CANNOT, clause.start, end, can_do(draft, clause, text[vp_start:vp_end], tr))
