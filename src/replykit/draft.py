"""The analysed draft shared by every plugin: normalised once, segmented lazily."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING, NamedTuple

from replykit.convert import changes, to_simplified_same_length
from replykit.models import Context
from replykit.protect import overlaps

if TYPE_CHECKING:
    from replykit.rules import Rule


class Token(NamedTuple):
    """A word with code-point offsets into the draft."""

    word: str
    start: int
    end: int


Segmenter = Callable[[str], list[tuple[str, int, int]]]

MASK = "\ue000"  # stands for protected text in Draft.norm
# Full-width ASCII letters and digits fold to half-width; full-width punctuation stays, because
# Chinese rules match on "，" and "！".
_WIDTH = {c: c - 0xFEE0 for c in [*range(0xFF10, 0xFF1A), *range(0xFF21, 0xFF3B), *range(0xFF41, 0xFF5B)]}
_FULL_WIDTH = re.compile("[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]")
_SENTENCE = re.compile(r"[^。！？!?\n]*(?:[。！？!?\n]+|$)")
_CLAUSE = re.compile(r"[^。！？!?\n，,、；;：:~～\s]*(?:[。！？!?\n，,、；;：:~～\s]+|$)")


class Draft:
    """A draft as plugins see it.

    ``text`` is the original; ``norm`` has the same length, with traditional characters folded
    to simplified, full-width letters and digits to half-width, and protected spans replaced by
    ``MASK`` so no rule matches inside a placeholder, a mask, a URL or a number.
    """

    def __init__(
        self,
        text: str,
        context: Context,
        protected: list[tuple[int, int]],
        segmenter: Callable[[], Segmenter],
        enabled_rules: frozenset[str | Rule],
    ) -> None:
        self.text = text
        self.context = context
        self.protected = protected
        self._segmenter = segmenter
        self._enabled = enabled_rules
        self._segments: dict[tuple[int, int], list[Token]] = {}
        self._tagged: dict[tuple[int, int], list[tuple[Token, str]] | None] = {}
        self._sentences: list[tuple[int, int]] | None = None
        self._clauses: list[tuple[int, int]] | None = None
        # Every plugin matches on norm, so it is built eagerly; the checks below keep the
        # common case (simplified, no full-width letters) free of translate() and OpenCC.
        masked = text.translate(_WIDTH) if _FULL_WIDTH.search(text) else text
        if protected:
            pieces: list[str] = []
            pos = 0
            for s, e in protected:
                pieces += (masked[pos:s], MASK * (e - s))
                pos = e
            pieces.append(masked[pos:])
            masked = "".join(pieces)
        norm = masked
        if changes(masked, "t2s"):
            norm = to_simplified_same_length(masked)
        self.norm = norm
        """Same-length normalised view for matching (see the class docstring)."""
        self.is_traditional = norm != masked
        """True when folding to simplified changed some character."""

    @property
    def sentences(self) -> list[tuple[int, int]]:
        """(start, end) of each sentence, ending punctuation included (computed on first use;
        an unpunctuated stretch is cut every 300 characters)."""
        if self._sentences is None:
            self._sentences = _bounded(_SENTENCE, self.text, _MAX_SENTENCE)
        return self._sentences

    @property
    def clauses(self) -> list[tuple[int, int]]:
        """(start, end) of each clause (split at ，、；： and sentence ends), punctuation included
        (an unpunctuated stretch is cut every 120 characters)."""
        if self._clauses is None:
            self._clauses = _bounded(_CLAUSE, self.text, _MAX_CLAUSE)
        return self._clauses

    def sentence_at(self, pos: int) -> tuple[int, int]:
        """The sentence containing offset pos."""
        return _span_at(self.sentences, pos, len(self.text))

    def clause_at(self, pos: int) -> tuple[int, int]:
        """The clause containing offset pos."""
        return _span_at(self.clauses, pos, len(self.text))

    def words_in(self, start: int, end: int) -> list[Token]:
        """Words of norm[start:end] with offsets into the draft; segmented once per range."""
        key = (start, end)
        cached = self._segments.get(key)
        if cached is None:
            segment = self._segmenter()
            cached = [Token(w, start + s, start + e) for w, s, e in segment(self.norm[start:end])]
            self._segments[key] = cached
        return cached

    def tagged_words_in(self, start: int, end: int) -> list[tuple[Token, str]] | None:
        """Words of norm[start:end] with their part-of-speech tags (jieba's tag set), or None
        when the segmenter cannot tag (it has no ``tag(text) -> [(word, tag)]`` method)."""
        key = (start, end)
        if key not in self._tagged:
            tag = getattr(self._segmenter(), "tag", None)
            tagged: list[tuple[Token, str]] | None = None
            if tag is not None:
                tagged, pos = [], start
                for word, flag in tag(self.norm[start:end]):
                    tagged.append((Token(word, pos, pos + len(word)), flag))
                    pos += len(word)
            self._tagged[key] = tagged
        return self._tagged[key]

    def segment_text(self, text: str) -> list[tuple[str, int, int]]:
        """Words of any text (not cached): ``(word, start, end)`` with the draft's segmenter."""
        return self._segmenter()(text)

    def word_boundary(self, start: int, end: int) -> bool:
        """True when [start, end) begins and ends on word boundaries of its clause."""
        cs, ce = self.clause_at(start)
        if end > ce:
            cs, ce = cs, self.clause_at(max(end - 1, start))[1]
        starts = set()
        ends = set()
        for tok in self.words_in(cs, ce):
            starts.add(tok.start)
            ends.add(tok.end)
        return start in starts and end in ends

    def enabled(self, rule: Rule | str) -> bool:
        """Whether the config selected this rule (plugins may skip work for disabled rules).

        ``rule`` is the plugin's own declaration (``draft.enabled(CURT)``) or a full rule id.
        """
        return rule in self._enabled

    def protected_overlap(self, start: int, end: int) -> bool:
        """True when [start, end) touches protected text."""
        return overlaps(self.protected, start, end)


# Real clauses and sentences are short; an unpunctuated paste of 100,000 characters is not one
# clause, or every rule looking "around its hit" would read all of it and checking it would be
# quadratic. Longer stretches are cut into pieces of this size.
_MAX_CLAUSE = 120
_MAX_SENTENCE = 300


def _bounded(pattern: re.Pattern[str], text: str, most: int) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for m in pattern.finditer(text):
        s, e = m.span()
        while e - s > most:
            spans.append((s, s + most))
            s += most
        if e > s:
            spans.append((s, e))
    return spans


def _span_at(spans: list[tuple[int, int]], pos: int, length: int) -> tuple[int, int]:
    lo, hi = 0, len(spans) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        s, e = spans[mid]
        if pos < s:
            hi = mid - 1
        elif pos >= e:
            lo = mid + 1
        else:
            return s, e
    return (pos, pos) if pos >= length else (pos, pos + 1)
