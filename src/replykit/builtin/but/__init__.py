"""but: 但是 / 可是 / 不过 that cancel what the agent just said well.

Service training's rule: after "但是" the customer hears only what follows.  A rule fires
from the clause structure on both sides of the connective:

* before it, an apology or empathy (apology-cancel), or praise, a yes, thanks, an offer or a
  promise (praise-cancel); a neutral fact or a limitation cancels nothing;
* after it (``connective.what_follows``), after an apology anything but moving on to help, an
  alternative or a polite next step; after praise or a yes, only a clause that takes it back
  (refuses, limits, leaves it uncertain, puts it off, excuses the shop, blames the customer).
  A mild requirement (需要您另外购买支架), a duration (需要一个工作日), a consequence to know
  (发货后无法修改), a positive point or an alternative is good practice and stays, and so does
  a contrast after a refusal that introduces something good ("没有赠品，不过价格很优惠").
Idioms with the same characters (不但是, 再好不过, 不过分, 不过半天, 只不过, 忙不过来, 认可是,
这款可是爆款) never match: 可是/不过/但 count only at the start of a clause.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from replykit.builtin.but import apology_cancel, opening, praise_cancel
from replykit.builtin.but.apology_cancel import APOLOGY_CANCEL
from replykit.builtin.but.connective import (
    AMOUNT_MASK,
    CANDIDATE,
    CONCESSION,
    CONFIRMING,
    INSTRUCTION,
    NEGATIVE,
    NOT_CONTRAST_AFTER_BUGUO,
    SENTENCE_END,
    SEP,
    after_clauses,
    clause_end,
    cut_end,
    previous_clause,
    what_follows,
)
from replykit.builtin.but.opening import OPENING
from replykit.builtin.but.praise_cancel import PRAISE_CANCEL
from replykit.draft import Draft
from replykit.hookspecs import Report, hookimpl
from replykit.rules import Rule

RULES = (PRAISE_CANCEL, APOLOGY_CANCEL, OPENING)
_OPEN_BRACKETS = {"【": "】", "[": "]", "（": "）", "(": ")", "「": "」"}


@hookimpl
def replykit_rules() -> Sequence[Rule]:
    return RULES


@hookimpl
def replykit_check(draft: Draft, options: Any, report: Report) -> None:
    norm = draft.norm
    if "但" not in norm and "可是" not in norm and "不过" not in norm:
        return
    done = 0
    for m in CANDIDATE.finditer(norm):
        word = m.group()
        start, end = m.span()
        if word == "但" and draft.text.startswith("係", end):
            end += 1  # Cantonese 但係 is 但是 (a Mandarin 但系统 stays 但 + 系统)
        if start < done:
            continue  # swallowed by the previous cut ("不过，可是…")
        before = norm[start - 1] if start else ""
        bracketed = before in _OPEN_BRACKETS and norm[end : end + 1] == _OPEN_BRACKETS.get(before)
        if bracketed:
            before = norm[start - 2] if start > 1 else ""  # 【但是】 stands for the bare word
        at_boundary = not before or before in SEP
        if not at_boundary and (word != "但是" or before == "不"):
            continue  # 认可是, 这款可是, 只不过, 再好不过, 不但是
        if word == "不过" and (NOT_CONTRAST_AFTER_BUGUO.match(norm, end) or AMOUNT_MASK.match(draft.text, end)):
            continue  # 不过半天就到 / 不过[数字x]块: "only", not "but"
        sent_start, sent_end = draft.sentence_at(start)
        if CONCESSION.search(norm, sent_start, start):
            continue  # 虽然…但是 is one construction; dropping half of it breaks it
        after_end = clause_end(norm, end)
        following = norm[end:after_end]
        if not following.strip(" ，,：:呢啊呀"):
            continue
        if CONFIRMING.search(norm[end:sent_end].rstrip(SENTENCE_END)):
            continue  # restating the customer's situation to confirm it
        target = _classify(norm, start, following, what_follows(after_clauses(norm, end, sent_end)))
        if target is None or not draft.enabled(target):
            continue
        if bracketed:
            start, end = start - 1, end + 1
        drop_end = cut_end(norm, end)
        done = drop_end
        if at_boundary:
            fix: str | None
            if target is APOLOGY_CANCEL:
                fix = apology_cancel.fix_level(following)
            elif target is PRAISE_CANCEL:
                fix = praise_cancel.fix_level(previous_clause(norm, start) or "", following)
            else:
                fix = "safe"
            report(target, start, drop_end, [""], fix=fix, args={"word": draft.text[start:end]})
        else:
            # 好看但是贵: the clauses need a separator once the word goes; a person checks it.
            report(target, start, drop_end, ["，"], fix="unsafe", args={"word": draft.text[start:end]})


def _classify(norm: str, start: int, following: str, follows: str) -> Rule | None:
    """Which rule a connective breaks, from what the clause before it does and what the
    clauses after it do (``connective.what_follows``)."""
    prev = previous_clause(norm, start)
    if prev is None:
        return OPENING if opening.opens_reply(norm, start) else None
    if apology_cancel.is_apology(prev):
        return APOLOGY_CANCEL if apology_cancel.excuses(follows) else None
    if praise_cancel.counterfactual(prev) or praise_cancel.exception_to_promise(prev, following):
        return PRAISE_CANCEL
    if follows == "warns" and INSTRUCTION.search(prev):
        return None  # 您可以联系我们，但记得不要签收: the warning is part of the advice
    if NEGATIVE.search(prev) or follows not in ("take-back", "warns"):
        return None  # after a limitation the contrast compensates; a fact or a next step cancels nothing
    return PRAISE_CANCEL if praise_cancel.takes_back_praise(prev) else None
