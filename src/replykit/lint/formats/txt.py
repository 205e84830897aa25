"""``.txt``: one phrase per line.

Blank lines are skipped.  A line whose first non-blank character is ``#`` is a comment; a
comment holding ``replykit: ignore`` or ``replykit: ignore[rule, ...]`` applies to the next
phrase line (blank and comment lines in between are allowed).  Surrounding whitespace is not
part of a phrase.  The id of a phrase is ``line N``.

A large file is streamed: read in pieces of whole lines, each piece a document of its own.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from replykit.lint.formats import LintOptions, Phrase, PhraseDocument
from replykit.lint.formats.detect import Decoded, decode
from replykit.lint.formats.source import Edit, TextFile, Writer, identity_locator, parse_directive, text_pieces

_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n|$)")
Pending = tuple[frozenset[str], int] | None  # a directive waiting for the next phrase line, and its line


class TxtFormat:
    """One phrase per line, ``#`` comments."""

    name = "txt"
    suffixes: tuple[str, ...] = (".txt",)

    def read(self, path: Path, data: bytes, options: LintOptions) -> PhraseDocument:
        return _Reader(path).piece(data, decode(data, str(path), options.encoding))

    def stream(self, path: Path, fh: BinaryIO, options: LintOptions) -> Iterator[PhraseDocument] | None:
        pieces = text_pieces(path, fh, options)
        if pieces is None:
            return None
        reader = _Reader(path)
        return (reader.piece(raw, decoded) for raw, decoded in pieces)


@dataclass
class _Reader:
    """Reads a file's pieces in order: the line the next one starts on, a directive pending."""

    path: Path
    line: int = 1
    pending: Pending = None

    def piece(self, data: bytes, decoded: Decoded) -> PhraseDocument:
        start = _Reader(self.path, self.line, self.pending)
        src = TextFile(self.path, data, decoded, first_line=self.line)
        phrases: list[Phrase] = []
        self.pending = _phrases(src, self.pending, phrases)
        self.line += src.lines.breaks
        return src.document(TxtFormat.name, phrases, reread=lambda again: start.piece(again, decoded.again(again)))


def _phrases(src: TextFile, pending: Pending, phrases: list[Phrase]) -> Pending:
    """Append the phrases of ``src`` to ``phrases``; returns the directive still pending."""
    for lineno, m in enumerate(_LINE.finditer(src.text), start=src.first_line):
        body = m.group().rstrip("\r\n")
        stripped = body.strip()
        if not stripped:
            if m.end() == len(src.text):
                break
            continue
        if stripped.startswith("#"):
            directive = parse_directive(stripped)
            if directive is not None:
                pending = (directive, lineno)
            continue
        start = m.start() + len(body) - len(body.lstrip())
        end = start + len(stripped)
        phrase = Phrase(
            index=len(phrases),
            id=f"line {lineno}",
            text=stripped,
            row=lineno,
            suppress=pending[0] if pending else None,
            suppress_line=pending[1] if pending else None,
            locate=identity_locator(src.lines, start, end),
        )
        src.writers[phrase.index] = _writer(start, end)
        phrases.append(phrase)
        pending = None
    return pending


def _writer(start: int, end: int) -> Writer:
    def write(new: str) -> list[Edit]:
        if not new.strip() or new != new.strip() or "\n" in new or "\r" in new:
            raise ValueError("a .txt phrase must be one non-empty line without surrounding spaces")
        if new.startswith("#"):
            raise ValueError("a .txt phrase cannot start with '#' (it would become a comment)")
        return [(start, end, new)]

    return write
