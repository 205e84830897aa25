"""``.txt``: one phrase per line.

Blank lines are skipped.  A line whose first non-blank character is ``#`` is a comment; a
comment holding ``replykit: ignore`` or ``replykit: ignore[rule, ...]`` applies to the next
phrase line (blank and comment lines in between are allowed).  Surrounding whitespace is not
part of a phrase.  The id of a phrase is ``line N``.
"""

from __future__ import annotations

import re
from pathlib import Path

from replykit.lint.formats import LintOptions, Phrase, PhraseDocument
from replykit.lint.formats.detect import decode
from replykit.lint.formats.source import Edit, TextFile, Writer, identity_locator, parse_directive

_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n|$)")


class TxtFormat:
    """One phrase per line, ``#`` comments."""

    name = "txt"
    suffixes: tuple[str, ...] = (".txt",)

    def read(self, path: Path, data: bytes, options: LintOptions) -> PhraseDocument:
        src = TextFile(path, data, decode(data, str(path), options.encoding))
        phrases: list[Phrase] = []
        pending: tuple[frozenset[str], int] | None = None
        for lineno, m in enumerate(_LINE.finditer(src.text), start=1):
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
        return src.document(self.name, phrases)


def _writer(start: int, end: int) -> Writer:
    def write(new: str) -> list[Edit]:
        if not new.strip() or new != new.strip() or "\n" in new or "\r" in new:
            raise ValueError("a .txt phrase must be one non-empty line without surrounding spaces")
        if new.startswith("#"):
            raise ValueError("a .txt phrase cannot start with '#' (it would become a comment)")
        return [(start, end, new)]

    return write
