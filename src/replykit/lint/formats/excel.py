"""``.xlsx`` (openpyxl) and ``.xls`` (xlrd, read-only): the same columns as CSV.

The first sheet whose header row (its first non-empty row) names a phrase column is read;
``FastWordCustom.xls``'s instructions cell beside the table is ignored because only the
chosen columns are read.  Positions are (row, column) of the cell.  Writing an ``.xlsx``
reloads the workbook and sets only the fixed cells' values, so other cells and sheets stay;
``render({})`` returns the original bytes.  ``.xls`` cannot be written: convert it to
``.xlsx``.  Both libraries come with the ``replykit[excel]`` extra.
"""

from __future__ import annotations

import importlib
import io
import re
import zipfile
from collections.abc import Mapping, Sequence
from pathlib import Path
from types import ModuleType
from typing import Any

from replykit.errors import MissingPackageError, PhraseFileError
from replykit.lint.formats import Limits, LintOptions, Locator, Phrase, PhraseDocument
from replykit.lint.formats.columns import cell_id, locate
from replykit.lint.formats.source import label, parse_directive


def _need(module: str, path: Path) -> ModuleType:
    try:
        return importlib.import_module(module)
    except ImportError:
        raise MissingPackageError(
            str(path), f"reading {path.suffix} files needs the {module} package", "pip install 'replykit[excel]'"
        ) from None


def _at(where: tuple[int, int]) -> Locator:
    return lambda _offset: where


def _cell_text(value: Any) -> str:
    return "" if value is None else str(value)


def _phrases(
    rows: Sequence[Sequence[Any]], path: Path, options: LintOptions
) -> tuple[list[Phrase], list[tuple[int, int]]] | PhraseFileError:
    """Phrases of one sheet given its cell values, and each phrase's (row, column), 1-based."""
    try:
        found = locate([[_cell_text(v) for v in row] for row in rows], options, str(path))
    except PhraseFileError as exc:
        return exc
    if found is None:
        return [], []
    header_at, cols = found
    phrases: list[Phrase] = []
    cells: list[tuple[int, int]] = []
    first = header_at + 1 if cols.header else header_at
    for r in range(first, len(rows)):
        row = rows[r]
        value = row[cols.phrase] if cols.phrase < len(row) else None
        if not isinstance(value, str) or not value.strip() or value.startswith("="):
            continue
        number = r - header_at if cols.header else r + 1
        ident = cell_id(row[cols.id], number) if cols.id is not None and cols.id < len(row) else f"row {number}"
        suppress, line = None, None
        if cols.ignore is not None and cols.ignore < len(row):
            suppress = parse_directive(_cell_text(row[cols.ignore]))
            line = r + 1 if suppress is not None else None
        where = (r + 1, cols.phrase + 1)
        phrases.append(Phrase(len(phrases), ident, value, number, suppress, line, locate=_at(where)))
        cells.append(where)
    return phrases, cells


def _pick(
    sheets: Sequence[tuple[str, Sequence[Sequence[Any]]]], path: Path, options: LintOptions
) -> tuple[str, list[Phrase], list[tuple[int, int]]]:
    first_error: PhraseFileError | None = None
    for title, rows in sheets:
        found = _phrases(rows, path, options)
        if isinstance(found, PhraseFileError):
            first_error = first_error or found
            continue
        if found[0]:
            return title, found[0], found[1]
    if first_error is not None:
        raise first_error
    return (sheets[0][0] if sheets else ""), [], []


class XlsxFormat:
    """Excel 2007+ workbooks."""

    name = "xlsx"
    suffixes: tuple[str, ...] = (".xlsx", ".xlsm")

    def read(self, path: Path, data: bytes, options: LintOptions) -> PhraseDocument:
        openpyxl = _need("openpyxl", path)
        keep_vba = path.suffix.lower() == ".xlsm"
        check_workbook(data, str(path), options.limits)
        try:
            wb = openpyxl.load_workbook(io.BytesIO(data), keep_vba=keep_vba)
        except Exception as exc:  # zip/XML errors of many kinds
            raise PhraseFileError(str(path), f"not a readable Excel workbook ({type(exc).__name__}: {exc})") from None
        for ws in wb.worksheets:  # rows below are dense: one stray far cell would fill the gap
            _check_cells(ws.max_row * ws.max_column, ws.title, str(path), options.limits)
        sheets = [
            (ws.title, [[c.value for c in row] for row in ws.iter_rows(min_row=1, min_col=1, values_only=False)])
            for ws in wb.worksheets
        ]
        title, phrases, cells = _pick(sheets, path, options)

        def render(new: Mapping[int, str]) -> bytes:
            book = openpyxl.load_workbook(io.BytesIO(data), keep_vba=keep_vba)
            ws = book[title]
            for index, text in new.items():
                r, c = cells[index]
                try:
                    ws.cell(row=r, column=c).value = text
                except Exception as exc:  # openpyxl's IllegalCharacterError and friends
                    raise PhraseFileError(str(path), f"{label(phrases[index])}{exc}", phrases[index].row) from None
            out = io.BytesIO()
            book.save(out)
            return out.getvalue()

        return PhraseDocument(path, "xlsx", "binary", phrases, original=data, renderer=render)


class XlsFormat:
    """Excel 97-2003 workbooks, read-only."""

    name = "xls"
    suffixes: tuple[str, ...] = (".xls",)

    def read(self, path: Path, data: bytes, options: LintOptions) -> PhraseDocument:
        xlrd = _need("xlrd", path)
        try:
            book = xlrd.open_workbook(file_contents=data)
        except Exception as exc:  # xlrd raises many kinds
            raise PhraseFileError(str(path), f"not a readable .xls workbook ({type(exc).__name__}: {exc})") from None
        for sh in book.sheets():
            _check_cells(sh.nrows * sh.ncols, sh.name, str(path), options.limits)
        sheets = [
            (sh.name, [[_xls_value(sh.cell(r, c)) for c in range(sh.ncols)] for r in range(sh.nrows)])
            for sh in book.sheets()
        ]
        _, phrases, _ = _pick(sheets, path, options)

        def render(new: Mapping[int, str]) -> bytes:
            raise PhraseFileError(str(path), ".xls files cannot be written; save the workbook as .xlsx to apply fixes")

        return PhraseDocument(path, "xls", "binary", phrases, original=data, renderer=render)


def _xls_value(cell: Any) -> Any:
    # xlrd types: 0 empty, 1 text, 2 number, 3 date, 4 bool, 5 error, 6 blank
    if cell.ctype == 1:
        return cell.value
    if cell.ctype in (2, 3):
        return cell.value
    return None


_DIMENSION = re.compile(rb"<(?:\w+:)?dimension\s+ref=\"(?:[A-Z]+\d+:)?([A-Z]{1,3})(\d{1,7})\"")
_CELL_TAG = re.compile(rb"<(?:\w+:)?c[\s>/]")
_READ_CHUNK = 1 << 20


def check_workbook(data: bytes, path: str, limits: Limits) -> None:
    """Refuse a workbook that would cost too much to load, before openpyxl sees it.

    From the zip directory: the members' decompressed size and each member's compression
    ratio (zipfile stops reading a member at its declared size, so these are upper bounds).
    From each sheet: its declared dimension, then its cells counted while streaming it.
    """
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise PhraseFileError(path, f"not a readable Excel workbook ({type(exc).__name__}: {exc})") from None
    with archive:
        members = archive.infolist()
        total = sum(m.file_size for m in members)
        if total > limits.max_unpacked_bytes:
            raise PhraseFileError(
                path,
                f"the workbook unpacks to {total:,} bytes, over the limit of {limits.max_unpacked_bytes:,} "
                "(raise it with --max-unpacked-bytes)",
            )
        for m in members:
            ratio = m.file_size / max(m.compress_size, 1)
            if m.file_size > _READ_CHUNK and ratio > limits.max_unpack_ratio:
                raise PhraseFileError(
                    path,
                    f"{m.filename} is compressed {ratio:,.0f} to 1, over the limit of {limits.max_unpack_ratio} "
                    "(a zip bomb? raise it with --max-unpack-ratio)",
                )
        for m in members:
            if m.filename.startswith("xl/worksheets/") and m.filename.endswith(".xml"):
                _check_sheet(archive, m, path, limits)


def _check_sheet(archive: zipfile.ZipFile, member: zipfile.ZipInfo, path: str, limits: Limits) -> None:
    name = member.filename.rsplit("/", 1)[-1]
    cells, tail = 0, b""
    try:
        with archive.open(member) as fh:
            head = fh.read(4096)
            dim = _DIMENSION.search(head)
            if dim:
                _check_cells(int(dim.group(2)) * _column_number(dim.group(1).decode()), name, path, limits)
            chunk = head
            while chunk:
                block = tail + chunk
                cells += len(_CELL_TAG.findall(block)) - len(_CELL_TAG.findall(tail))
                _check_cells(cells, name, path, limits)
                tail = block[-16:]
                chunk = fh.read(_READ_CHUNK)
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
        raise PhraseFileError(path, f"not a readable Excel workbook ({type(exc).__name__}: {exc})") from None


def _column_number(letters: str) -> int:
    n = 0
    for c in letters:
        n = n * 26 + ord(c) - 64
    return n


def _check_cells(cells: int, sheet: str, path: str, limits: Limits) -> None:
    if cells > limits.max_cells:
        raise PhraseFileError(
            path,
            f"sheet {sheet!r} spans {cells:,} cells, over the limit of {limits.max_cells:,} "
            "(raise it with --max-cells)",
        )
