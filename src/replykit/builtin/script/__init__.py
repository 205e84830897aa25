"""script: reply in the customer's script (OpenCC), and flag drafts that mix scripts.

``target_script`` comes from the context, else the config: ``zh-Hans`` (t2s), ``zh-Hant``
(s2t), ``zh-TW`` (s2twp, Taiwan phrasing: 软件 -> 軟體), ``zh-HK`` (s2hk), ``auto`` (the
script of ``context.customer_message``; Cantonese particles pick zh-HK).  Conversion runs
last, in ``replykit_finalize``, over the text other plugins already fixed; protected spans
reach it masked, so placeholders, masks and URLs stay byte-equal.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from replykit.builtin.script.convert import CONVERT, report_conversion
from replykit.builtin.script.mixed import MIXED, report_mixed
from replykit.builtin.script.target import CJK, masked, resolve_target, to_script
from replykit.draft import Draft
from replykit.hookspecs import Report, hookimpl
from replykit.models import Annotation
from replykit.rules import Rule

RULES = (CONVERT, MIXED)


@hookimpl
def replykit_rules() -> Sequence[Rule]:
    return RULES


@hookimpl
def replykit_check(draft: Draft, options: Any, report: Report) -> None:
    if not CJK.search(draft.text):
        return
    target = resolve_target(draft)
    text = masked(draft)
    if target is not None:
        if draft.enabled(CONVERT):
            report_conversion(draft, text, target, report)
        return
    if draft.enabled(MIXED):
        report_mixed(draft, text, report)


@hookimpl
def replykit_finalize(text: str, draft: Draft, options: Any, annotations: Sequence[Annotation]) -> str | None:
    target = resolve_target(draft)
    if target is None or not draft.enabled(CONVERT):
        return None
    return to_script(text, target)
