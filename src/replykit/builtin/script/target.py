"""What every script rule uses: script names, the target of a draft, the customer's script,
and the text with protected spans and kept terms masked."""

from __future__ import annotations

import functools
import re

from replykit.builtin.script.options import ScriptOptions, kept_spans
from replykit.builtin.script.plan import script_counts
from replykit.draft import MASK, Draft
from replykit.scan import lazy_compile

NAMES_ZH = {
    "zh-Hans": "简体中文",
    "zh-Hant": "繁体中文",
    "zh-TW": "繁体中文（台湾）",
    "zh-HK": "繁体中文（香港）",
    "fold-trad": "繁体中文",
}
NAMES_EN = {
    "zh-Hans": "Simplified Chinese",
    "zh-Hant": "Traditional Chinese",
    "zh-TW": "Traditional Chinese (Taiwan)",
    "zh-HK": "Traditional Chinese (Hong Kong)",
    "fold-trad": "Traditional Chinese",
}
_CANTONESE = lazy_compile("[嘅咗係冇唔喺嚟啲哋嗰咁噉乜嘢]")
CJK = re.compile(r"[\u3400-\u9fff]")


@functools.lru_cache(maxsize=256)  # one customer message is checked against many drafts
def script_of(text: str) -> str | None:
    """The script a text is written in: 'zh-Hans', 'zh-TW', 'zh-HK' (Cantonese particles) or
    None (no Chinese, or no character that tells)."""
    if not CJK.search(text):
        return None
    trad, simp = script_counts(text)
    if trad > simp:
        return "zh-HK" if _CANTONESE.search(text) else "zh-TW"
    if simp > trad:
        return "zh-Hans"
    return None


def resolve_target(draft: Draft) -> str | None:
    """The target script of the context (or config); 'auto' follows the customer's message
    (a message in no telling script gives no target)."""
    target = draft.context.target_script
    if target == "auto":
        return script_of(draft.context.customer_message or "")
    return target


def masked(draft: Draft, options: ScriptOptions) -> str:
    """The draft with protected spans and kept terms replaced by MASK (same length)."""
    spans = [*draft.protected, *kept_spans(draft.text, options)]
    if not spans:
        return draft.text
    chars = list(draft.text)
    for s, e in spans:
        chars[s:e] = MASK * (e - s)
    return "".join(chars)
