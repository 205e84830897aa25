"""Shared machinery of the text formats: line/column lookup, where each phrase character
came from in the file, and rewriting only the characters a fix changed.

A text reader decodes the file (``detect.decode``), finds each phrase's field and records,
for every character of the phrase text, the span of source characters it was decoded from
(``"\\u4f60"`` -> one character spanning six).  ``splice`` then rewrites a field by diffing
the old and new text: unchanged characters keep their original spelling (escapes, quotes,
entities), only changed runs are escaped anew in the field's own style.
"""

from __future__ import annotations

import bisect
import difflib
import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from replykit.errors import PhraseFileError
from replykit.lint.formats import LintOptions, Locator, Phrase, PhraseDocument
from replykit.lint.formats.detect import Decoded, decode_pieces, detect, read_blocks, streamable

Spans = list[tuple[int, int]]
Edit = tuple[int, int, str]
# new text -> (start, end, replacement) edits in the decoded file
Writer = Callable[[str], list[Edit]]

_BREAK = re.compile(r"\r\n|\r|\n")
_DIRECTIVE = re.compile(r"replykit\s*:\s*ignore\b\s*(?:\[([^\]]*)\])?", re.IGNORECASE)


class LineIndex:
    """1-based (line, column) of a character offset; CRLF, LF and CR all end a line.

    ``first_line``: the file line the text starts on (a piece of a streamed file).
    """

    def __init__(self, text: str, first_line: int = 1) -> None:
        self.starts = [0] + [m.end() for m in _BREAK.finditer(text)]
        self.first_line = first_line

    def line_col(self, offset: int) -> tuple[int, int]:
        line = bisect.bisect_right(self.starts, offset) - 1
        return line + self.first_line, offset - self.starts[line] + 1

    def line(self, offset: int) -> int:
        return bisect.bisect_right(self.starts, offset) + self.first_line - 1

    @property
    def breaks(self) -> int:
        """How many line breaks the text holds (the next piece starts that many lines on)."""
        return len(self.starts) - 1


def text_pieces(path: Path, fh: BinaryIO, options: LintOptions) -> Iterator[tuple[bytes, Decoded]] | None:
    """A text file read in pieces cut after line breaks, each with its text; None when its
    encoding cannot be cut that way (UTF-16 and UTF-32 files are read whole)."""
    decoded = detect(fh, str(path), options.encoding)
    if not streamable(decoded):
        return None
    return decode_pieces(read_blocks(fh, options.limits, str(path)), decoded)


def parse_directive(text: str) -> frozenset[str] | None:
    """``replykit: ignore`` -> frozenset(); ``replykit: ignore[a, b]`` -> {a, b}; else None."""
    m = _DIRECTIVE.search(text)
    if m is None:
        return None
    return frozenset(p.strip() for p in (m.group(1) or "").split(",") if p.strip())


def label(phrase: Phrase) -> str:
    """``"phrase 'hi': "`` for messages that already name the row; nothing for ids like ``row 3``."""
    return "" if re.fullmatch(r"(row|line) \d+", phrase.id) else f"phrase {phrase.id!r}: "


def identity_spans(start: int, end: int) -> Spans:
    """Spans of a field whose characters are their own source."""
    return [(i, i + 1) for i in range(start, end)]


def identity_locator(lines: LineIndex, start: int, end: int) -> Locator:
    """``locator`` for a field whose characters are their own source, without building the
    list of one span per character (a .txt file of 10,000 phrases spent a quarter of its lint
    time on those lists)."""

    def locate(offset: int) -> tuple[int, int]:
        return lines.line_col(start + offset if offset < end - start else end)

    return locate


def locator(lines: LineIndex, spans: Spans, end: int) -> Locator:
    """Position of text[offset]: the start of its source; ``len(text)`` -> ``end``."""

    def locate(offset: int) -> tuple[int, int]:
        return lines.line_col(spans[offset][0] if offset < len(spans) else end)

    return locate


def splice(
    source: str,
    spans: Sequence[tuple[int, int]],
    start: int,
    end: int,
    old: str,
    new: str,
    escape: Callable[[str], str],
    locked: Callable[[int], bool] | None = None,
) -> str:
    """New source for ``source[start:end]`` (which decodes to ``old``) so that it decodes to ``new``.

    Unchanged characters keep their source; changed runs are ``escape``d.  Source between two
    characters (markup, a folded line break) is kept; an edit that would delete it, or change a
    ``locked`` character, raises ValueError.
    """
    n = len(old)

    def gap(i: int) -> str:
        a = start if i == 0 else spans[i - 1][1]
        b = end if i == n else spans[i][0]
        return source[a:b]

    out = [gap(0)]
    matcher = difflib.SequenceMatcher(None, old, new, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            out.append(source[spans[i1][0] : spans[i2 - 1][1]])
            out.append(gap(i2))
        elif tag == "insert":
            if i1 > 0 and old[i1 - 1] != "\n":  # attach to the preceding text, before markup after it
                g = out.pop()
                out.extend((escape(new[j1:j2]), g))
            else:
                out.append(escape(new[j1:j2]))
        else:
            if any(gap(i) for i in range(i1 + 1, i2)):
                raise ValueError("the fix would delete markup between characters")
            if locked is not None and any(locked(i) for i in range(i1, i2)):
                raise ValueError("the fix would change a line break that markup produces")
            out.append(escape(new[j1:j2]))
            out.append(gap(i2))
    return "".join(out)


@dataclass
class TextFile:
    """A decoded text file (or a piece of one, starting on line ``first_line``) and the writers
    of its phrases; builds the PhraseDocument."""

    path: Path
    data: bytes
    decoded: Decoded
    first_line: int = 1
    lines: LineIndex = field(init=False)
    writers: dict[int, Writer] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.lines = LineIndex(self.decoded.text, self.first_line)

    @property
    def text(self) -> str:
        return self.decoded.text

    def error(self, message: str, row: int | None = None) -> PhraseFileError:
        return PhraseFileError(str(self.path), message, row)

    def document(
        self, fmt: str, phrases: list[Phrase], reread: Callable[[bytes], PhraseDocument] | None = None
    ) -> PhraseDocument:
        return PhraseDocument(
            path=self.path,
            format=fmt,
            encoding=self.decoded.name,
            phrases=phrases,
            original=self.data,
            renderer=lambda new: self.render(phrases, new),
            reread=reread,
        )

    def render(self, phrases: Sequence[Phrase], new_texts: Mapping[int, str]) -> bytes:
        edits: list[Edit] = []
        for index, new in new_texts.items():
            writer = self.writers.get(index)
            try:
                new.encode(self.decoded.codec)
            except UnicodeEncodeError as exc:
                bad = new[exc.start : exc.end]
                raise self.error(
                    f"{label(phrases[index])}{bad!r} cannot be written in the file's encoding {self.decoded.name}",
                    phrases[index].row,
                ) from None
            if writer is None:
                raise self.error(f"{label(phrases[index])}this phrase cannot be written back", phrases[index].row)
            try:
                edits.extend(writer(new))
            except ValueError as exc:
                raise self.error(f"{label(phrases[index])}{exc}", phrases[index].row) from None
        edits.sort()
        out, pos = [], 0
        for start, end, raw in edits:
            if start < pos:
                raise self.error("two fixes overlap in the file")
            out.append(self.text[pos:start])
            out.append(raw)
            pos = end
        out.append(self.text[pos:])
        return self.decoded.encode("".join(out), str(self.path))
