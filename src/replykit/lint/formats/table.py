"""``.csv`` / ``.tsv``: a header row, a phrase column, optional id and directive columns.

The parser is written here (not ``csv``) because fixes must know each field's exact source
span.  Quoting follows RFC 4180 (``""`` inside quotes); CRLF, LF and CR all end a record.
The seller-IM quick-phrase layout (header ``快捷编码,快捷短语,快捷短语分组``) also decodes its
exporter's ``&#44;`` (comma) and ``&#13;`` (line break, read as ``\\r`` as its importer does).
An unterminated quoted field is accepted only in the file's last line (its shipped template
ends that way; the field then runs to the end of the line); anywhere else it is an error.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from replykit.lint.formats import LintOptions, Phrase, PhraseDocument
from replykit.lint.formats.columns import Columns, cell_id, locate, norm
from replykit.lint.formats.detect import decode
from replykit.lint.formats.source import (
    Edit,
    Spans,
    TextFile,
    Writer,
    identity_spans,
    locator,
    parse_directive,
    splice,
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
    spans: Spans


@dataclass
class Record:
    fields: list[CsvField]
    number: int
    """1-based record number, counting the header."""


def parse(src: TextFile, delim: str) -> list[Record]:
    """All non-blank records of the file."""
    text, n = src.text, len(src.text)
    records: list[Record] = []
    i = 0
    while i < n:
        fields: list[CsvField] = []
        number = len(records) + 1
        while True:
            fld, i = _field(src, text, i, delim, number)
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


def _field(src: TextFile, text: str, i: int, delim: str, number: int) -> tuple[CsvField, int]:
    n = len(text)
    if i < n and text[i] == '"':
        chars: list[str] = []
        spans: Spans = []
        j = i + 1
        while True:
            k = text.find('"', j)
            if k < 0:  # unterminated: only tolerated in the last line
                rest = text[j:]
                body = rest.rstrip("\r\n")
                if _LINE_BREAK.search(body) or len(rest) - len(body) > 2:
                    line = src.lines.line(i)
                    raise src.error(f"line {line}: unterminated quoted field (record {number})")
                end = j + len(body)
                chars.append(body)
                spans.extend(identity_spans(j, end))
                return CsvField(i, end, i + 1, end, True, "".join(chars), spans), end
            chars.append(text[j:k])
            spans.extend(identity_spans(j, k))
            if k + 1 < n and text[k + 1] == '"':
                chars.append('"')
                spans.append((k, k + 2))
                j = k + 2
                continue
            end = k + 1
            if end < n and text[end] != delim and text[end] not in "\r\n":
                line, col = src.lines.line_col(end)
                raise src.error(f"line {line}: unexpected {text[end]!r} after a closing quote (column {col})")
            return CsvField(i, end, i + 1, k, True, "".join(chars), spans), end
    j = i
    while j < n and text[j] != delim and text[j] not in "\r\n":
        j += 1
    return CsvField(i, j, i, j, False, text[i:j], identity_spans(i, j)), j


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
        src = TextFile(path, data, decode(data, str(path), options.encoding))
        tsv = path.suffix.lower() == ".tsv"
        delim = "\t" if tsv else _sniff(src.text)
        records = parse(src, delim)
        if not records:
            return src.document("tsv" if tsv else "csv", [])
        found = locate([[f.value for f in r.fields] for r in records], options, str(path))
        if found is None:
            return src.document("tsv" if tsv else "csv", [])
        at, cols = found
        first = [f.value for f in records[at].fields]
        fastword = tuple(norm(h) for h in first[:3]) == FASTWORD_HEADER and cols.header
        phrases: list[Phrase] = []
        for row, record in enumerate(records[at + 1 :] if cols.header else records[at:], start=1):
            phrase = _phrase(src, record, row, cols, len(phrases), fastword, delim)
            if phrase is not None:
                phrases.append(phrase)
        return src.document("tsv" if tsv else "csv", phrases)


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
    text, spans = decode_entities(fld.value, fld.spans) if fastword else (fld.value, fld.spans)
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
    src.writers[index] = _writer(src, fld, text, spans, fastword, delim)
    return Phrase(
        index=index,
        id=ident,
        text=text,
        row=row,
        suppress=suppress,
        suppress_line=suppress_line,
        locate=locator(src.lines, spans, fld.cend),
    )


def _writer(src: TextFile, fld: CsvField, old: str, spans: Spans, fastword: bool, delim: str) -> Writer:
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
        return [(fld.cstart, fld.cend, splice(src.text, spans, fld.cstart, fld.cend, old, new, escape))]

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
