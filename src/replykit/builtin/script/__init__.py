"""script: reply in the customer's script (OpenCC), in two tiers, and flag drafts that mix
scripts.

``target_script`` comes from the context, else the config: ``zh-Hans``, ``zh-Hant`` (OpenCC
standard characters), ``zh-TW``, ``zh-HK``, ``auto`` (the script of
``context.customer_message``; Cantonese particles pick zh-HK).  ``script.plan`` decides each
change and its tier: certain character conversions are safe (``script.convert``); characters
the context does not settle (``script.ambiguous-character``), regional vocabulary
(``script.regional-vocabulary``) and 「」 quotes (``script.quotes``) are unsafe.  Without a
target, ``script.mixed`` folds a mixed draft into its majority script and
``script.customer-script`` suggests the customer's script.  Conversion runs last, in
``replykit_finalize``, over the text other plugins already fixed; protected spans, kept terms
and ⟦…⟧ spans reach it masked, so they stay byte-equal.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from pydantic import BaseModel

from replykit.builtin.script.convert import CONVERT, report_conversion
from replykit.builtin.script.customer import CUSTOMER, customer_target, report_customer_script
from replykit.builtin.script.keep_marker import KEEP, report_keep_markers
from replykit.builtin.script.mixed import MIXED, fold_target, report_mixed
from replykit.builtin.script.options import DEFAULTS, ScriptOptions, kept_spans, kept_terms
from replykit.builtin.script.plan import CHAR, QUOTE, UNSURE, VOCABULARY, apply, plan
from replykit.builtin.script.quotes import QUOTES
from replykit.builtin.script.target import CJK, masked, resolve_target
from replykit.builtin.script.uncertain import UNCERTAIN
from replykit.builtin.script.vocabulary import VOCAB
from replykit.draft import MASK, Draft
from replykit.hookspecs import Report, hookimpl
from replykit.models import Annotation
from replykit.rules import Rule

RULES = (CONVERT, UNCERTAIN, VOCAB, QUOTES, MIXED, CUSTOMER, KEEP)
# The unsafe tiers a finalize applies when their findings are passed in (being applied).
_TIERS = {UNCERTAIN.name: UNSURE, VOCAB.name: VOCABULARY, QUOTES.name: QUOTE}


@hookimpl
def replykit_rules() -> Sequence[Rule]:
    return RULES


@hookimpl
def replykit_options_model() -> type[BaseModel]:
    return ScriptOptions


@hookimpl
def replykit_check(draft: Draft, options: Any, report: Report) -> None:
    opts = options if isinstance(options, ScriptOptions) else DEFAULTS
    if draft.enabled(KEEP):
        report_keep_markers(draft, report)
    if not CJK.search(draft.text):
        return
    target = resolve_target(draft)
    if target is not None:
        report_conversion(draft, masked(draft, opts), target, opts, report)
        return
    if draft.enabled(MIXED) and draft.is_traditional:
        report_mixed(draft, masked(draft, opts), report)
    if draft.enabled(CUSTOMER) and draft.context.target_script is None:
        report_customer_script(draft, report)


@hookimpl
def replykit_finalize(text: str, draft: Draft, options: Any, annotations: Sequence[Annotation]) -> str | None:
    opts = options if isinstance(options, ScriptOptions) else DEFAULTS
    applied = {a.rule.rpartition(".")[2] for a in annotations}
    kinds = {kind for name, kind in _TIERS.items() if name in applied}
    target = resolve_target(draft)
    if target is not None:
        if draft.enabled(CONVERT):
            kinds.add(CHAR)
    elif MIXED.name in applied:
        target = fold_target(text)
        kinds.add(CHAR)
    elif CUSTOMER.name in applied:
        target = customer_target(draft)
        kinds.add(CHAR)
    if target is None or not kinds:
        return None
    spans = kept_spans(text, opts, kept_terms(draft.text, opts))
    view = text
    if spans:
        chars = list(text)
        for s, e in spans:
            chars[s:e] = MASK * (e - s)
        view = "".join(chars)
    return apply(text, plan(view, target, draft.segmenter), kinds)
