"""The script plugin's options and the spans it keeps unconverted.

Two ways to keep a span (a brand or product name) unconverted:

- ``protected-terms`` in ``[tool.replykit.plugins.script]``: every occurrence is kept;
- the inline marker ``⟦...⟧`` (U+27E6, U+27E7) around the span in the draft: the text inside
  is kept (wherever it occurs in the reply), and ``script.keep-marker`` removes the two marks
  from the reply (a safe fix).
"""

from __future__ import annotations

import functools
import re
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from replykit.protect import compile_protection, protected_spans
from replykit.scan import lazy_compile

KEEP_OPEN, KEEP_CLOSE = "⟦", "⟧"
KEEP_MARKER = lazy_compile(f"{KEEP_OPEN}([^{KEEP_OPEN}{KEEP_CLOSE}\\n]{{1,50}}){KEEP_CLOSE}")


class ScriptOptions(BaseModel):
    """Options of the script plugin: ``[tool.replykit.plugins.script]``."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    protected_terms: tuple[str, ...] = Field(
        default=(),
        max_length=1000,
        description="Words never converted (brand and product names), e.g. ['Whoo后'].",
    )
    quotes: Literal["safe", "unsafe", "off"] = Field(
        default="unsafe",
        description="“” -> 「」 for Taiwan and Hong Kong targets: unsafe (a person decides), safe or off.",
    )

    @field_validator("protected_terms")
    @classmethod
    def _terms(cls, terms: tuple[str, ...]) -> tuple[str, ...]:
        for t in terms:
            if not t.strip() or len(t) > 50 or "\n" in t:
                raise ValueError(f"a protected term is 1 to 50 characters on one line, not {t!r}")
        return terms


DEFAULTS = ScriptOptions()


# In replykit_finalize, protected text (digits, placeholders) arrives as one private-use mark
# per span: a term's protected parts match either form.
_MARK = "[\U000f0000-\U0010ffff]"


def _term_regex(term: str) -> str:
    parts, pos = [], 0
    for s, e in protected_spans(term, compile_protection()):
        parts += [re.escape(term[pos:s]), f"(?:{re.escape(term[s:e])}|{_MARK})"]
        pos = e
    parts.append(re.escape(term[pos:]))
    return "".join(parts)


@functools.lru_cache(maxsize=16)
def _terms_pattern(terms: tuple[str, ...]) -> re.Pattern[str] | None:
    if not terms:
        return None
    # Longest first, so a term containing another one wins.
    return re.compile("|".join(_term_regex(t) for t in sorted(set(terms), key=len, reverse=True)))


_MAX_MARKED = 32  # distinct marked terms a draft may add: the alternation stays short on any input


def kept_terms(text: str, options: ScriptOptions) -> tuple[str, ...]:
    """The configured terms plus the spans marked inline in text (the first 32 distinct)."""
    if KEEP_OPEN not in text:
        return options.protected_terms
    marked = dict.fromkeys(m.group(1) for m in KEEP_MARKER.finditer(text))
    return (*options.protected_terms, *list(marked)[:_MAX_MARKED])


def kept_spans(text: str, options: ScriptOptions, terms: tuple[str, ...] | None = None) -> list[tuple[int, int]]:
    """Spans of text no conversion may touch: kept terms and inline markers (with their marks)."""
    spans = []
    if KEEP_OPEN in text:
        spans += [m.span() for m in KEEP_MARKER.finditer(text)]
    pattern = _terms_pattern(options.protected_terms if terms is None else terms)
    if pattern is not None:
        spans += [m.span() for m in pattern.finditer(text)]
    return spans
