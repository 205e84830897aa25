"""What several politeness rules share: quoted text and reported speech."""

from __future__ import annotations

import re

from replykit.protect import inside, merge_spans
from replykit.scan import lazy_compile

_QUOTES = {"“": "”", "「": "」", "『": "』", "《": "》", "【": "】", "‘": "’", '"': '"', "〈": "〉"}
_OPENERS = lazy_compile("[" + re.escape("".join(_QUOTES)) + "]")
# Reported speech: a speech verb and a colon quote someone else up to the sentence end.
_SPEECH = lazy_compile(r"(?:说|问|讲|道|骂|原话是|写着)\s*[：:]")
_SENTENCE_END = lazy_compile(r"[。！？!?\n]")
# Echoed words without quote marks: 您说的你们… (to the clause end), …这句话 (from the clause start).
# Not 跟您说了… (the customer is the listener there, the words are ours).
_ECHO_AFTER = lazy_compile(r"(?<![跟和给同对向])(?:您|客户|顾客)(?:说|提到|反映)(?:的|了|过)?")
_ECHO_BEFORE = lazy_compile("这句话|这些话|这段话|这个说法")
_CLAUSE_END = lazy_compile(r"[，,。！？!?\n；;]")
_CLAUSE_MARKS = frozenset("，,。！？!?\n；;")


class Quoted:
    """Spans of quoted text and reported speech, computed on first use."""

    def __init__(self, norm: str) -> None:
        self._norm = norm
        self._spans: list[tuple[int, int]] | None = None

    def spans(self) -> list[tuple[int, int]]:
        if self._spans is None:
            self._spans = _quoted_spans(self._norm)
        return self._spans

    def __contains__(self, pos: int) -> bool:
        return inside(self.spans(), pos, pos + 1)  # spans are sorted and merged: a bisection


def _quoted_spans(norm: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    pos = 0
    while True:
        m = _OPENERS.search(norm, pos)
        if m is None:
            break
        close = norm.find(_QUOTES[m.group()], m.end())
        if close < 0:
            pos = m.end()
            continue
        spans.append((m.start(), close + 1))
        pos = close + 1
    for m in _SPEECH.finditer(norm):
        end = _SENTENCE_END.search(norm, m.end())
        spans.append((m.end(), end.start() if end else len(norm)))
    for m in _ECHO_AFTER.finditer(norm):
        end = _CLAUSE_END.search(norm, m.end())
        spans.append((m.end(), end.start() if end else len(norm)))
    for m in _ECHO_BEFORE.finditer(norm):
        start = m.start()  # back to the clause start: a step per character of this clause only
        while start > 0 and norm[start - 1] not in _CLAUSE_MARKS:
            start -= 1
        spans.append((start, m.start()))
    return merge_spans(sorted(spans))  # so that a position is looked up with one bisection
