"""The analysed draft shared by every plugin: normalised once, segmented lazily."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
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

_set = object.__setattr__  # the draft's own way past its read-only __setattr__
MASK = "\ue000"  # stands for protected text in Draft.norm
# Full-width ASCII letters and digits fold to half-width; full-width punctuation stays, because
# Chinese rules match on "，" and "！".
_WIDTH = {c: c - 0xFEE0 for c in [*range(0xFF10, 0xFF1A), *range(0xFF21, 0xFF3B), *range(0xFF41, 0xFF5B)]}
_FULL_WIDTH = re.compile("[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]")
# The runs of marks that end a sentence, a clause: each stretch of a draft ends with one (the last
# may end with the draft). Finding only the runs is cheaper than matching every stretch. Written
# as one mark and then any more (not ``[…]+``): a pattern that opens with a class lets re skip
# to the marks in C; one that opens with a repeat is tried at every character.
_SENTENCE_ENDS = re.compile(r"[。！？!?\n][。！？!?\n]*")
_CLAUSE_ENDS = re.compile(r"[。！？!?\n，,、；;：:~～\s][。！？!?\n，,、；;：:~～\s]*")

# Real clauses and sentences are short; an unpunctuated paste of 100,000 characters is not one
# clause, or every rule looking "around its hit" would read all of it and checking it would be
# quadratic. Longer stretches are cut into pieces of this size.
_MAX_CLAUSE = 120
_MAX_SENTENCE = 300


class Draft:
    """A draft as plugins see it.

    ``text`` is the original; ``norm`` has the same length, with traditional characters folded
    to simplified, full-width letters and digits to half-width, and protected spans replaced by
    ``MASK`` so no rule matches inside a placeholder, a mask, a URL or a number.

    Read-only: every plugin sees the same draft, so assigning an attribute raises
    AttributeError (in the plugin's own hook call, recorded as its error) and the spans it
    hands out are tuples.
    """

    __slots__ = (
        "_clauses",
        "_enabled",
        "_segmenter",
        "_segments",
        "_sentences",
        "_tagged",
        "context",
        "is_traditional",
        "norm",
        "protected",
        "text",
    )
    text: str
    """The draft as given."""
    context: Context
    protected: tuple[tuple[int, int], ...]
    """Sorted, disjoint (start, end) spans no rule may rewrite."""
    norm: str
    """Same-length normalised view for matching (see the class docstring)."""
    is_traditional: bool
    """True when folding to simplified changed some character."""
    _segmenter: Callable[[], Segmenter]
    _enabled: frozenset[str | Rule]
    _segments: dict[tuple[int, int], tuple[Token, ...]]
    _tagged: dict[tuple[int, int], tuple[tuple[Token, str], ...] | None]
    _sentences: tuple[tuple[int, int], ...] | None
    _clauses: tuple[tuple[int, int], ...] | None

    def __init__(
        self,
        text: str,
        context: Context,
        protected: Sequence[tuple[int, int]],
        segmenter: Callable[[], Segmenter],
        enabled_rules: frozenset[str | Rule],
    ) -> None:
        # Written through a writable twin of the class (same slots), then frozen: cheaper than
        # one object.__setattr__ call per attribute, and this runs for every draft.
        frozen = type(self)
        _set(self, "__class__", _WritableDraft)
        self.text = text
        self.context = context
        self.protected = tuple(protected)
        self._segmenter = segmenter
        self._enabled = enabled_rules
        self._segments = {}
        self._tagged = {}
        self._sentences = None
        self._clauses = None
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
        self.is_traditional = norm != masked
        _set(self, "__class__", frozen)

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"the draft is read-only (draft.{name} cannot be assigned)")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"the draft is read-only (draft.{name} cannot be deleted)")

    @property
    def sentences(self) -> tuple[tuple[int, int], ...]:
        """(start, end) of each sentence, ending punctuation included (computed on first use;
        an unpunctuated stretch is cut every 300 characters)."""
        found = self._sentences
        if found is None:
            found = _bounded(_SENTENCE_ENDS, self.text, _MAX_SENTENCE)
            _set(self, "_sentences", found)
        return found

    @property
    def clauses(self) -> tuple[tuple[int, int], ...]:
        """(start, end) of each clause (split at ，、；： and sentence ends), punctuation included
        (an unpunctuated stretch is cut every 120 characters)."""
        found = self._clauses
        if found is None:
            found = _bounded(_CLAUSE_ENDS, self.text, _MAX_CLAUSE)
            _set(self, "_clauses", found)
        return found

    def sentence_at(self, pos: int) -> tuple[int, int]:
        """The sentence containing offset pos."""
        return _span_at(self.sentences, pos, len(self.text))

    def clause_at(self, pos: int) -> tuple[int, int]:
        """The clause containing offset pos."""
        return _span_at(self.clauses, pos, len(self.text))

    def words_in(self, start: int, end: int) -> tuple[Token, ...]:
        """Words of norm[start:end] with offsets into the draft; segmented once per range."""
        key = (start, end)
        cached = self._segments.get(key)
        if cached is None:
            segment = self._segmenter()
            cached = tuple(Token(w, start + s, start + e) for w, s, e in segment(self.norm[start:end]))
            self._segments[key] = cached
        return cached

    def tagged_words_in(self, start: int, end: int) -> tuple[tuple[Token, str], ...] | None:
        """Words of norm[start:end] with their part-of-speech tags (jieba's tag set), or None
        when the segmenter cannot tag (it has no ``tag(text) -> [(word, tag)]`` method)."""
        key = (start, end)
        if key not in self._tagged:
            tag = getattr(self._segmenter(), "tag", None)
            tagged: tuple[tuple[Token, str], ...] | None = None
            if tag is not None:
                found, pos = [], start
                for word, flag in tag(self.norm[start:end]):
                    found.append((Token(word, pos, pos + len(word)), flag))
                    pos += len(word)
                tagged = tuple(found)
            self._tagged[key] = tagged
        return self._tagged[key]

    def segment_text(self, text: str) -> list[tuple[str, int, int]]:
        """Words of any text (not cached): ``(word, start, end)`` with the draft's segmenter."""
        return self._segmenter()(text)

    def segmenter(self) -> Segmenter:
        """The draft's word segmenter (loaded on the first call in the process)."""
        return self._segmenter()

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


class _WritableDraft(Draft):
    """Draft while its __init__ fills it in."""

    __slots__ = ()
    __setattr__ = object.__setattr__  # type: ignore[assignment]
    __delattr__ = object.__delattr__


def _bounded(ends: re.Pattern[str], text: str, most: int) -> tuple[tuple[int, int], ...]:
    """The stretches of text up to and including each run of ``ends`` (and the rest of the text
    after the last run), a stretch longer than ``most`` cut into pieces of that size."""
    spans: list[tuple[int, int]] = []
    s = 0
    if len(text) <= most:  # most drafts: nothing to cut
        for m in ends.finditer(text):
            e = m.end()
            spans.append((s, e))
            s = e
        if s < len(text):
            spans.append((s, len(text)))
        return tuple(spans)
    for e in [*(m.end() for m in ends.finditer(text)), len(text)]:
        while e - s > most:
            spans.append((s, s + most))
            s += most
        if e > s:
            spans.append((s, e))
            s = e
    return tuple(spans)


def _span_at(spans: Sequence[tuple[int, int]], pos: int, length: int) -> tuple[int, int]:
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
