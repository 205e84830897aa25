"""politeness: address the customer as 您, sound warm, never curt, never shift blame.

Six rules (decisions and their reasons: docs/politeness.md):

- ``you-honorific``: 你/妳 addressing the customer -> 您 (safe); 你们 -> 您/贵 (unsafe).  Fixed
  phrases (你我, 迷你, 你追我赶 ...), quoted text (“…” 「…」 "…" 《…》 【…】) and reported
  speech after 说：/问： are left alone.
- ``cold-reply``: a whole reply of one cold word (嗯, 好, 哦, 行, 知道了 ...) -> a warm form (safe).
- ``curt``: 自己看, 不知道 as a bare answer, 听不懂吗, 说过了, 等着吧, 爱买不买 ... (unsafe or advice).
- ``blame-shift``: 快递不是我们的, 我们也控制不了, 跟我没关系, bare 系统问题, 规定就是这样 ... (advice).
- ``bare-request``: 提供一下订单号 without 请/麻烦/您/亲/…吗 -> 麻烦您… (unsafe).
- ``first-person``: many 我/我们 and no 您/亲/咱们 (info, advice).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from replykit.builtin.politeness.bare_request import BARE, check_bare
from replykit.builtin.politeness.blame_shift import BLAME, BLAME_PHRASES
from replykit.builtin.politeness.cold_reply import COLD, check_cold
from replykit.builtin.politeness.common import Quoted
from replykit.builtin.politeness.curt import CURT, CURT_PHRASES
from replykit.builtin.politeness.first_person import FIRST, check_first
from replykit.builtin.politeness.phrases import PhraseScan
from replykit.builtin.politeness.you_honorific import YOU, check_you
from replykit.draft import Draft
from replykit.hookspecs import Report, hookimpl
from replykit.rules import Rule

RULES = (YOU, COLD, CURT, BLAME, BARE, FIRST)
_PHRASES = PhraseScan((*CURT_PHRASES, *BLAME_PHRASES))


@hookimpl
def replykit_rules() -> Sequence[Rule]:
    return RULES


@hookimpl
def replykit_check(draft: Draft, options: Any, report: Report) -> None:
    norm = draft.norm
    quoted = Quoted(norm)
    if draft.enabled(YOU) and ("你" in norm or "妳" in norm):
        check_you(draft, quoted, report)
    if draft.enabled(COLD):
        check_cold(draft, report)
    if draft.enabled(CURT) or draft.enabled(BLAME):
        _PHRASES.check(draft, quoted, report)
    if draft.enabled(BARE):
        check_bare(draft, report)
    if draft.enabled(FIRST) and "我" in norm:
        check_first(draft, report)
