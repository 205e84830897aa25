"""``.csv`` / ``.tsv``: a header row, a phrase column, optional id and directive columns.

The parser is written here (not ``csv``) because fixes must know each field's exact source
span.  Quoting follows RFC 4180 (``""`` inside quotes); CRLF, LF and CR all end a record.
The seller-IM quick-phrase layout (header ``快捷编码,快捷短语,快捷短语分组``) also decodes its
exporter's ``&#44;`` (comma) and ``&#13;`` (line break, read as ``\\r`` as its importer does).
An unterminated quoted field is accepted only in the file's last line (its shipped template
ends that way; the field then runs to the end of the line); anywhere else it is an error.

A large file is streamed: read in pieces of whole records (a quoted field's line breaks never
cut one), each piece a document of its own; the header is found in the first piece.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import BinaryIO

from replykit.errors import PhraseFileError
from replykit.lint.formats import LintOptions, Phrase, PhraseDocument
from replykit.lint.formats.columns import HEADER_SEARCH, Columns, cell_id, locate, norm
from replykit.lint.formats.detect import Decoded, decode
from replykit.lint.formats.source import (
    Edit,
    Spans,
    TextFile,
    Writer,
    identity_locator,
    identity_spans,
    locator,
    parse_directive,
    splice,
    text_pieces,
)

FASTWORD_HEADER = ("快捷编码", "快捷短语", "快捷短语分组")
_ENTITIES = {"&#44;": ",", "&#13;": "\r"}
_ENTITY = re.compile("&#44;|&#13;")
_LINE_BREAK = re.compile(r"\r\n|\r|\n")


@dataclass
class CsvField:
    """One field: its full source span, its content span, and its decoded value."""

    start: int
    end: int
    cstart: int
    cend: int
    quoted: bool
    value: str


@dataclass
class Record:
    fields: list[CsvField]
    number: int
    """1-based record number, counting the header."""


class _Incomplete(PhraseFileError):
    """A piece of a streamed file ends inside a quoted field: the record goes on in the next."""


def parse(src: TextFile, delim: str, first_record: int = 1, final: bool = True) -> list[Record]:
    """All non-blank records of the file (``final=False``: of a piece of it, whose records are
    numbered from ``first_record``; _Incomplete when its last record does not end in it)."""
    text, n = src.text, len(src.text)
    records: list[Record] = []
    i = 0
    while i < n:
        fields: list[CsvField] = []
        number = first_record + len(records)
        while True:
            fld, i = _field(src, text, i, delim, number, final)
            fields.append(fld)
            if i < n and text[i] == delim:
                i += 1
                continue
            m = _LINE_BREAK.match(text, i)
            if m:
                i = m.end()
            break
        if len(fields) > 1 or fields[0].quoted or fields[0].value:
            records.append(Record(fields, number))
    return records


def _field(src: TextFile, text: str, i: int, delim: str, number: int, final: bool) -> tuple[CsvField, int]:
    n = len(text)
    if i < n and text[i] == '"':
        chars: list[str] = []
        j = i + 1
        while True:
            k = text.find('"', j)
            if k < 0 and not final:
                raise _Incomplete(str(src.path), f"unterminated quoted field (record {number})")
            if k < 0:  # unterminated: only tolerated in the last line
                rest = text[j:]
                body = rest.rstrip("\r\n")
                if _LINE_BREAK.search(body) or len(rest) - len(body) > 2:
                    line = src.lines.line(i)
                    raise src.error(f"line {line}: unterminated quoted field (record {number})")
                end = j + len(body)
                chars.append(body)
                return CsvField(i, end, i + 1, end, True, "".join(chars)), end
            chars.append(text[j:k])
            if k + 1 < n and text[k + 1] == '"':
                chars.append('"')
                j = k + 2
                continue
            end = k + 1
            if end < n and text[end] != delim and text[end] not in "\r\n":
                line, col = src.lines.line_col(end)
                raise src.error(f"line {line}: unexpected {text[end]!r} after a closing quote (column {col})")
            return CsvField(i, end, i + 1, k, True, "".join(chars)), end
    j = i
    while j < n and text[j] != delim and text[j] not in "\r\n":
        j += 1
    return CsvField(i, j, i, j, False, text[i:j]), j


def field_spans(text: str, fld: CsvField) -> Spans | None:
    """The source span of each character of the field's value; None when every character is
    its own source (no ``""`` escape), which is nearly always: no list is built for those."""
    if not fld.quoted or '"' not in text[fld.cstart : fld.cend]:
        return None
    spans: Spans = []
    j = fld.cstart
    while j < fld.cend:
        step = 2 if text[j] == '"' else 1  # inside quotes a quote is always the escape ""
        spans.append((j, j + step))
        j += step
    return spans


def decode_entities(value: str, spans: Spans) -> tuple[str, Spans]:
    """``&#44;`` -> ``,`` and ``&#13;`` -> ``\\r``, each spanning its five source characters."""
    if "&#" not in value:
        return value, spans
    out: list[str] = []
    new_spans: Spans = []
    pos = 0
    for m in _ENTITY.finditer(value):
        out.append(value[pos : m.start()])
        new_spans.extend(spans[pos : m.start()])
        out.append(_ENTITIES[m.group()])
        new_spans.append((spans[m.start()][0], spans[m.end() - 1][1]))
        pos = m.end()
    out.append(value[pos:])
    new_spans.extend(spans[pos:])
    return "".join(out), new_spans


class TableFormat:
    """CSV and TSV files with a header row."""

    name = "csv"
    suffixes: tuple[str, ...] = (".csv", ".tsv")

    def read(self, path: Path, data: bytes, options: LintOptions) -> PhraseDocument:
        return _Reader(path, options).piece(data, decode(data, str(path), options.encoding), final=True)

    def stream(self, path: Path, fh: BinaryIO, options: LintOptions) -> Iterator[PhraseDocument] | None:
        pieces = text_pieces(path, fh, options)
        if pieces is None:
            return None
        return _Reader(path, options).pieces(pieces)


@dataclass(frozen=True)
class _Layout:
    columns: Columns
    fastword: bool


@dataclass
class _Reader:
    """Reads a file's pieces in order: the delimiter and columns found in the first, where the
    next piece starts (record, data row, line)."""

    path: Path
    options: LintOptions
    delim: str | None = None
    layout: _Layout | None = None
    records: int = 0
    rows: int = 0
    line: int = 1

    @property
    def format(self) -> str:
        return "tsv" if self.path.suffix.lower() == ".tsv" else "csv"

    def pieces(self, pieces: Iterator[tuple[bytes, Decoded]]) -> Iterator[PhraseDocument]:
        """One document per piece; a piece ending inside a quoted field (or a first piece too
        short to find the header in) is read again with the next ones, taking twice as much
        each time, so a long record costs linear time."""
        held: list[tuple[bytes, Decoded]] = []
        need = 0
        ahead = next(pieces, None)
        while ahead is not None:
            held.append(ahead)
            ahead = next(pieces, None)
            final = ahead is None
            size = sum(len(raw) for raw, _ in held)
            if not final and size < need:
                continue
            first = held[0][1]
            data = b"".join(raw for raw, _ in held)
            decoded = Decoded("".join(d.text for _, d in held), first.codec, first.bom, first.name)
            try:
                document = self.piece(data, decoded, final)
            except _Incomplete:
                need = 2 * size
                continue
            held, need = [], 0
            yield document

    def piece(self, data: bytes, decoded: Decoded, final: bool) -> PhraseDocument:
        """The document of one piece (the whole file when ``final`` and nothing came before)."""
        start = replace(self)
        src = TextFile(self.path, data, decoded, first_line=self.line)
        delim = self.delim or ("\t" if self.format == "tsv" else _sniff(src.text))
        records = parse(src, delim, self.records + 1, final)
        layout, body = self.layout, records
        if layout is None:
            if not final and len(records) < HEADER_SEARCH:
                raise _Incomplete(str(self.path), "the header is not in the first piece")
            found = locate([[f.value for f in r.fields] for r in records], self.options, str(self.path))
            if found is None:
                return src.document(self.format, [])
            at, cols = found
            first = [f.value for f in records[at].fields]
            layout = _Layout(cols, tuple(norm(h) for h in first[:3]) == FASTWORD_HEADER and cols.header)
            body = records[at + 1 :] if cols.header else records[at:]
        phrases: list[Phrase] = []
        for row, record in enumerate(body, start=self.rows + 1):
            phrase = _phrase(src, record, row, layout.columns, len(phrases), layout.fastword, delim)
            if phrase is not None:
                phrases.append(phrase)
        self.delim, self.layout = delim, layout
        self.records += len(records)
        self.rows += len(body)
        self.line += src.lines.breaks
        return src.document(
            self.format, phrases, reread=lambda again: replace(start).piece(again, decoded.again(again), final)
        )


def _sniff(text: str) -> str:
    first = text[: text.find("\n")] if "\n" in text else text
    if "," not in first and "\t" in first:
        return "\t"
    if "," not in first and ";" in first:
        return ";"
    return ","


def _phrase(
    src: TextFile,
    record: Record,
    row: int,
    cols: Columns,
    index: int,
    fastword: bool,
    delim: str,
) -> Phrase | None:
    if cols.phrase >= len(record.fields):
        return None
    fld = record.fields[cols.phrase]
    text, spans = fld.value, field_spans(src.text, fld)
    if fastword and "&#" in text:
        text, spans = decode_entities(text, spans or identity_spans(fld.cstart, fld.cend))
    if not text.strip():
        return None
    ident = f"row {row}"
    if cols.id is not None and cols.id < len(record.fields):
        raw_id = record.fields[cols.id].value
        ident = cell_id(_ENTITY.sub(lambda m: _ENTITIES[m.group()], raw_id) if fastword else raw_id, row)
    suppress, suppress_line = None, None
    if cols.ignore is not None and cols.ignore < len(record.fields):
        cell = record.fields[cols.ignore]
        suppress = parse_directive(cell.value)
        suppress_line = src.lines.line(cell.cstart) if suppress is not None else None
    src.writers[index] = _writer(src.text, fld, text, spans, fastword, delim)
    return Phrase(
        index=index,
        id=ident,
        text=text,
        row=row,
        suppress=suppress,
        suppress_line=suppress_line,
        locate=identity_locator(src.lines, fld.cstart, fld.cend)
        if spans is None
        else locator(src.lines, spans, fld.cend),
    )


# the source text, not the TextFile: a writer kept by the TextFile and holding it would make a
# reference cycle, and a streamed piece would wait for the cyclic collector to be freed
def _writer(source: str, fld: CsvField, old: str, spans: Spans | None, fastword: bool, delim: str) -> Writer:
    def write(new: str) -> list[Edit]:
        if fastword and _ENTITY.search(new):
            raise ValueError("the text '&#44;' or '&#13;' cannot be written: the importer decodes it")
        escape: Callable[[str], str]
        if fld.quoted:
            if fld.cend == fld.end and _LINE_BREAK.search(new):  # unterminated field: close it
                return [(fld.start, fld.end, '"' + new.replace('"', '""') + '"')]
            escape = _quote
        elif fastword and new[:1] != '"':
            escape = _fastword_escape
        elif _needs_quotes(new, delim) or new[:1] == '"':
            return [(fld.start, fld.end, '"' + new.replace('"', '""') + '"')]
        else:
            escape = _plain
        source_spans = identity_spans(fld.cstart, fld.cend) if spans is None else spans
        return [(fld.cstart, fld.cend, splice(source, source_spans, fld.cstart, fld.cend, old, new, escape))]

    return write


def _needs_quotes(text: str, delim: str) -> bool:
    return delim in text or '"' in text or "\r" in text or "\n" in text


def _quote(text: str) -> str:
    return text.replace('"', '""')


def _plain(text: str) -> str:
    return text


def _fastword_escape(text: str) -> str:
    # the exporter's own escapes: commas and every kind of line break
    return _LINE_BREAK.sub("&#13;", text.replace(",", "&#44;"))
