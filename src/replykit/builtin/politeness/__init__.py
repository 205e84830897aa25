"""politeness: address the customer as 您, sound warm, never curt, never shift blame.

Rules (decisions and their reasons: docs/politeness.md), by family:

- you: ``you-honorific``: 你/妳 addressing the customer -> 您 (safe); 你们 -> 您/贵 (unsafe).
  Words that only contain 你 (迷你, 你我, names), quoted text and reported speech are left alone.
- cold: ``cold-reply`` (嗯 -> 嗯嗯; 已处理, 好的收到, bare 请耐心等待), ``cold-unknown`` (不知道 as
  the answer).
- curt: ``curt`` (自己看, 听不懂吗, 说过了, insults), ``curt-dismissal`` (催也没用, 不可能,
  请勿催促, 页面已说明), ``curt-elsewhere`` (上别家买, 可接受者再下单), ``curt-opener`` (喂，…),
  ``curt-sarcasm`` (又不是…, 难道您…吗).
- blame: ``blame-shift`` (courier, platform, system), ``blame-customer`` (您操作不当, 由您承担),
  ``blame-policy`` (这是公司规定, 无法突破).
- bare-request: ``bare-request`` (提供一下订单号 -> 麻烦您…), ``bare-must`` (买家必须… -> 请…).
- ``first-person``: many 我/我们 and no 您/亲/咱们 (info, advice); owning a mistake is exempt.

A 你 -> 您 fix is held (reported as advice, not applied) in a sentence that a curt or blame
finding marks as a rebuke: 您 inside a sarcastic or scolding sentence reads as mockery, so the
sentence needs rewriting as a whole. The engine still carries the held fix into an applied
rewrite that covers it (a rewrite never brings the 你 back).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from replykit.builtin.politeness.bare_must import BARE_MUST, check_must
from replykit.builtin.politeness.bare_request import BARE, check_bare
from replykit.builtin.politeness.blame_customer import BLAME_CUSTOMER, BLAME_CUSTOMER_PHRASES
from replykit.builtin.politeness.blame_policy import BLAME_POLICY, POLICY_PHRASES
from replykit.builtin.politeness.blame_shift import BLAME, BLAME_PHRASES
from replykit.builtin.politeness.cold_reply import COLD, check_cold
from replykit.builtin.politeness.cold_unknown import COLD_UNKNOWN, UNKNOWN_PHRASES
from replykit.builtin.politeness.common import Quoted
from replykit.builtin.politeness.curt import CURT, CURT_PHRASES
from replykit.builtin.politeness.curt_dismissal import DISMISSAL, DISMISSAL_PHRASES
from replykit.builtin.politeness.curt_elsewhere import ELSEWHERE, ELSEWHERE_PHRASES
from replykit.builtin.politeness.curt_opener import OPENER, check_opener
from replykit.builtin.politeness.curt_sarcasm import SARCASM, SARCASM_PHRASES
from replykit.builtin.politeness.first_person import FIRST, check_first
from replykit.builtin.politeness.phrases import PhraseScan
from replykit.builtin.politeness.you_honorific import YOU, check_you
from replykit.draft import Draft
from replykit.hookspecs import Report, hookimpl
from replykit.rules import Rule

RULES = (
    YOU,
    COLD,
    COLD_UNKNOWN,
    CURT,
    DISMISSAL,
    ELSEWHERE,
    OPENER,
    SARCASM,
    BLAME,
    BLAME_CUSTOMER,
    BLAME_POLICY,
    BARE,
    BARE_MUST,
    FIRST,
)
# Blame first: 这又不是我的错 is a denial of fault before it is sarcasm.
_PHRASE_TABLE = (
    *BLAME_CUSTOMER_PHRASES,
    *BLAME_PHRASES,
    *POLICY_PHRASES,
    *CURT_PHRASES,
    *DISMISSAL_PHRASES,
    *ELSEWHERE_PHRASES,
    *SARCASM_PHRASES,
    *UNKNOWN_PHRASES,
)
_PHRASES = PhraseScan(_PHRASE_TABLE)


@hookimpl
def replykit_rules() -> Sequence[Rule]:
    return RULES


# Findings that make their sentence a rebuke (curt-opener's 喂 is dropped by its own fix).
_REBUKES: frozenset[Rule] = frozenset((CURT, DISMISSAL, ELSEWHERE, SARCASM, BLAME, BLAME_CUSTOMER, BLAME_POLICY))


class _RebukeSentences:
    """Passes each finding on to the engine and records the sentences a rebuke was found in."""

    __slots__ = ("draft", "report", "sentences")

    def __init__(self, draft: Draft, report: Report) -> None:
        self.draft = draft
        self.report = report
        self.sentences: set[tuple[int, int]] = set()  # looked up by the sentence of a position

    def __call__(self, rule: Rule, start: int, end: int, *args: Any, **kwargs: Any) -> None:
        if rule in _REBUKES:
            self.sentences.add(self.draft.sentence_at(start))
        self.report(rule, start, end, *args, **kwargs)


@hookimpl
def replykit_check(draft: Draft, options: Any, report: Report) -> None:
    norm = draft.norm
    quoted = Quoted(norm)
    rebukes = _RebukeSentences(draft, report)
    _PHRASES.check(draft, quoted, rebukes)  # checks each phrase's rule is enabled before reporting
    if draft.enabled(YOU) and ("你" in norm or "妳" in norm):
        check_you(draft, quoted, report, held=rebukes.sentences)
    if draft.enabled(COLD):
        check_cold(draft, report, rebuked=bool(rebukes.sentences))
    if draft.enabled(OPENER) and "喂" in norm:
        check_opener(draft, report)
    if draft.enabled(BARE):
        check_bare(draft, report)
    if draft.enabled(BARE_MUST):
        check_must(draft, report)
    if draft.enabled(FIRST) and "我" in norm:
        check_first(draft, report)
