"""Phrase files: the types shared by every reader/writer and by the lint runner.

A format reads a file's bytes into a ``PhraseDocument`` (one ``Phrase`` per canned reply) and
writes fixes back with ``PhraseDocument.render``, which changes only the fixed phrases' bytes.
Built-in formats are returned by ``replykit.builtin.formats`` from the
``replykit_phrase_formats`` hook; a plugin can add or replace one (see docs/formats.md).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO, Protocol, runtime_checkable

from replykit.errors import PhraseFileError
from replykit.models import LONE_SURROGATE

__all__ = [
    "Limits",
    "LintOptions",
    "Locator",
    "Phrase",
    "PhraseDocument",
    "PhraseFileError",
    "PhraseFormat",
    "Renderer",
    "StreamingFormat",
]

# Files whose cells a spreadsheet opens: a cell starting with = + - @ (also after a tab or a
# carriage return) runs as a formula there ("CSV injection").
SPREADSHEET_FORMATS = frozenset({"csv", "tsv", "xlsx", "xls"})
_FORMULA_START = re.compile(r"[\t\r]*[=+\-@]")

# offset into Phrase.text -> 1-based (line, column) in the file
Locator = Callable[[int], tuple[int, int]]
# new texts by phrase index -> the file's new bytes
Renderer = Callable[[Mapping[int, str]], bytes]


@dataclass(frozen=True)
class Limits:
    """How much one phrase file may cost to read; over a limit, the file is an error naming it.

    Each has a ``[tool.replykit.lint]`` key and a ``replykit lint`` flag to raise it.
    """

    max_file_bytes: int = 10_000_000
    """``max-file-bytes``: the file's size on disk."""
    max_phrase_chars: int = 20_000
    """``max-phrase-chars``: one phrase's length (the service takes at most as much)."""
    max_cells: int = 1_000_000
    """``max-cells``: cells of one sheet, from its declared dimension, before it is loaded."""
    max_unpacked_bytes: int = 100_000_000
    """``max-unpacked-bytes``: an xlsx's members once decompressed."""
    max_unpack_ratio: int = 100
    """``max-unpack-ratio``: decompressed over compressed size of an xlsx member."""

    def too_big(self, display: str, size: int) -> PhraseFileError:
        """The error for a file of ``size`` bytes over ``max_file_bytes``."""
        return PhraseFileError(
            display,
            f"{size:,} bytes is over the file size limit of {self.max_file_bytes:,} (raise it with --max-file-bytes)",
        )

    def check_phrases(self, document: PhraseDocument, display: str) -> None:
        """PhraseFileError naming the first phrase that is over ``max_phrase_chars`` or holds a
        lone surrogate (a JSON or YAML escape like ``\\ud800`` without its pair: no encoding
        can write it, and no rule can read it)."""
        for phrase in document.phrases:
            if len(phrase.text) > self.max_phrase_chars:
                raise PhraseFileError(
                    display,
                    f"phrase {phrase.id!r} has {len(phrase.text):,} characters, over the limit of "
                    f"{self.max_phrase_chars:,} (raise it with --max-phrase-chars)",
                    phrase.row,
                )
            bad = LONE_SURROGATE.search(phrase.text)
            if bad:
                raise PhraseFileError(
                    display,
                    f"phrase {phrase.id!r} holds a lone surrogate (U+{ord(bad.group()):04X}) at character "
                    f"{bad.start() + 1}: an escape without its pair; fix the file",
                    phrase.row,
                )


@dataclass
class LintOptions:
    """How to read phrase files (from ``[tool.replykit.lint]`` and CLI flags)."""

    column: str | None = None
    """Phrase column chosen by the user: a header name or a 1-based index."""
    ignore_column: str | None = None
    """Table column (or JSON/YAML key) holding ``replykit: ignore[...]`` directives."""
    encoding: str | None = None
    """Force this encoding instead of detecting it."""
    limits: Limits = field(default_factory=Limits)
    """What reading one file may cost."""


@dataclass
class Phrase:
    """One canned reply in a phrase file."""

    index: int
    """0-based position among the document's phrases."""
    id: str
    """Shortcut code / short_code / title / YAML id, else ``f"row {row}"``."""
    text: str
    """The phrase as an agent sees it (CSV unquoted, ``&#44;`` decoded, JSON unescaped)."""
    row: int
    """1-based record number for messages (CSV data row, JSON array index + 1, ...)."""
    suppress: frozenset[str] | None = None
    """None: no directive; ``frozenset()``: ignore everything; else rule-id prefixes."""
    suppress_line: int | None = None
    """1-based line of the directive (to report unused ones)."""
    locate: Locator | None = field(default=None, repr=False, compare=False)
    """Maps a text offset to its file position; set by the reader."""

    def position(self, offset: int) -> tuple[int, int]:
        """1-based (line, column) in the FILE of ``text[offset]`` (``offset == len(text)`` allowed).

        Columns count code points of the decoded line.  For xlsx/xls: (row, column) of the cell.
        """
        if not 0 <= offset <= len(self.text):
            raise IndexError(f"offset {offset} outside phrase {self.id!r} (length {len(self.text)})")
        if self.locate is None:
            return (self.row, 1)
        return self.locate(offset)


@dataclass
class PhraseDocument:
    """A phrase file as read: its phrases and how to write changed texts back."""

    path: Path
    format: str
    """"txt", "csv", "tsv", "xlsx", "xls", "chatwoot", "zendesk", "freshdesk", "yaml", ..."""
    encoding: str
    """"utf-8", "utf-8-sig", "gb18030", ... as detected ("binary" for Excel files)."""
    phrases: list[Phrase]
    original: bytes = field(default=b"", repr=False)
    """The file's bytes as read."""
    renderer: Renderer | None = field(default=None, repr=False, compare=False)
    """Writes changed texts back; None for a read-only format."""
    reread: Callable[[bytes], PhraseDocument] | None = field(default=None, repr=False, compare=False)
    """Reads ``render``'s bytes back as the format would in place (a piece of a streamed file
    needs what came before it: the header, the line it starts on); None: ``format.read``."""

    def refusal(self, index: int, text: str) -> PhraseFileError | None:
        """Why ``text`` must not replace phrase ``index`` in this file, or None.

        A fix never makes a spreadsheet cell start like a formula (a phrase whose author
        wrote it that way is left as it is).
        """
        if self.format not in SPREADSHEET_FORMATS or not _FORMULA_START.match(text):
            return None
        if _FORMULA_START.match(self.phrases[index].text):
            return None
        phrase, first = self.phrases[index], text.lstrip("\t\r")[:1]
        message = (
            f"phrase {phrase.id!r}: the fix would start the cell with {first!r}, which spreadsheets run as a formula"
        )
        return PhraseFileError(str(self.path), message, phrase.row)

    def render(self, new_texts: Mapping[int, str]) -> bytes:
        """The file's bytes with ``phrases[i].text`` replaced by ``new_texts[i]``.

        Everything else (encoding, BOM, line endings, quoting, escapes, order, other columns,
        key order, indentation) is unchanged; ``render({})`` is the original bytes.  Raises
        ``PhraseFileError`` when a text cannot be written (unencodable, read-only format).
        """
        changed = {i: t for i, t in new_texts.items() if t != self.phrases[i].text}
        if not changed:
            return self.original
        if self.renderer is None:
            raise PhraseFileError(str(self.path), f"the {self.format} format cannot be written back")
        return self.renderer(changed)


@runtime_checkable
class PhraseFormat(Protocol):
    """A reader/writer of one kind of phrase file.

    A format may also set ``by_content = True``: a folder walk then takes a file with its suffix
    only when ``read`` succeeds on it (JSON and YAML, whose suffixes many other files share).
    """

    name: str
    suffixes: tuple[str, ...]
    """Lower-case file suffixes handled, e.g. ``(".csv", ".tsv")``."""

    def read(self, path: Path, data: bytes, options: LintOptions) -> PhraseDocument:
        """Parse ``data`` (the bytes of ``path``); raise ``PhraseFileError`` when malformed."""
        ...


class StreamingFormat(PhraseFormat, Protocol):
    """A format that can also read a large file piece by piece (``replykit lint`` then holds one
    piece at a time, and ``--fix`` writes each piece as it is checked).

    ``stream`` returns the file as consecutive ``PhraseDocument`` pieces of whole records: the
    pieces' ``original`` bytes, joined, are the file; each piece's phrases are numbered from 0,
    their ids, rows and positions are the file's; ``render`` and ``reread`` work on the piece.
    It returns None when it cannot stream this file (then ``read`` reads it whole).
    """

    def stream(self, path: Path, fh: BinaryIO, options: LintOptions) -> Iterator[PhraseDocument] | None: ...
