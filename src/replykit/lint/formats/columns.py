"""Which table column holds the phrase, the id and the suppression directive.

Shared by CSV/TSV and Excel.  Header names are matched case-insensitively, exactly first,
then as a part of a longer header (``快捷短语内容（必填）``); ``快捷短语分组`` (the group) and
other group/category/code headers never count as the phrase column.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from replykit.errors import PhraseFileError
from replykit.lint.formats import LintOptions

# best first
PHRASE_NAMES = (
    "快捷短语内容",
    "话术内容",
    "快捷短语",
    "短语",
    "回复内容",
    "话术",
    "解释",  # FAQ templates: 问题 / 解释 - the explanation is what agents send
    "答案",
    "回复",
    "content",
    "text",
    "phrase",
    "reply",
    "answer",
    "message",
    "body",
)
ID_NAMES = (
    "快捷编码",
    "short_code",
    "shortcut",
    "code",
    "id",
    "话术标题",
    "标题",
    "title",
    "编码",
    "name",
    "key",
    "问题",
    "question",
)
_NOT_PHRASE = ("分组", "分类", "编码", "标题", "备注", "group", "category", "folder", "title", "code")
DEFAULT_IGNORE_COLUMN = "replykit"
_TOKEN = re.compile(r"[a-z0-9]+")


def norm(header: object) -> str:
    return str(header if header is not None else "").strip().lstrip("\ufeff").strip().lower()


def _contains(header: str, name: str) -> bool:
    if name.isascii():  # latin names match whole words: "text" is not in "context"
        return name in _TOKEN.findall(header) or name in header.split("_")
    return name in header


def find(headers: Sequence[str], names: Sequence[str], skip: Sequence[str] = ()) -> int | None:
    """Index of the first header matching ``names`` (exact, then contained), else None."""
    normed = [norm(h) for h in headers]
    for name in names:
        if name in normed:
            return normed.index(name)
    for name in names:
        for i, h in enumerate(normed):
            if _contains(h, name) and not any(s in h for s in skip if s not in name):
                return i
    return None


def phrase_column(headers: Sequence[str]) -> int | None:
    return find(headers, PHRASE_NAMES, _NOT_PHRASE)


@dataclass(frozen=True)
class Columns:
    """The chosen columns (0-based) and whether the first row is a header."""

    phrase: int
    id: int | None
    ignore: int | None
    header: bool


def choose(first_row: Sequence[str], options: LintOptions, path: str) -> Columns:
    """Pick the columns from the first row; PhraseFileError when there is no phrase column."""
    chosen = (options.column or "").strip()
    phrase: int | None
    header = True
    if chosen.isdigit():
        phrase = int(chosen) - 1
        if phrase < 0:
            raise PhraseFileError(path, f"column {chosen!r}: columns are numbered from 1")
        header = phrase_column(first_row) is not None or find(first_row, ID_NAMES) is not None
    elif chosen:
        normed = [norm(h) for h in first_row]
        if norm(chosen) not in normed:
            raise PhraseFileError(path, f"no column named {chosen!r}; the header is {_show(first_row)}")
        phrase = normed.index(norm(chosen))
    else:
        phrase = phrase_column(first_row)
        if phrase is None:
            if sum(1 for h in first_row if norm(h)) <= 1 and len(first_row) <= 1:
                return Columns(0, None, None, header=False)  # a bare list of phrases
            raise PhraseFileError(
                path,
                f"no phrase column (content, text, 快捷短语, 话术内容, ...) in the header "
                f"{_show(first_row)}; choose one with --column",
                row=None,
            )
    if not header:
        return Columns(phrase, None, None, header=False)
    ident = find(first_row, ID_NAMES, ("分组", "group"))
    if ident == phrase:
        ident = None
    ignore_name = options.ignore_column or DEFAULT_IGNORE_COLUMN
    normed = [norm(h) for h in first_row]
    ignore = normed.index(norm(ignore_name)) if norm(ignore_name) in normed else None
    return Columns(phrase, ident, ignore, header=True)


HEADER_SEARCH = 20  # title or note rows tolerated above the header


def locate(rows: Sequence[Sequence[str]], options: LintOptions, path: str) -> tuple[int, Columns] | None:
    """(index of the header row, columns): the first row naming a phrase column among the
    first rows, else the first non-empty row as ``choose`` sees it; None for no rows."""
    filled = [i for i, row in enumerate(rows[:HEADER_SEARCH]) if any(norm(c) for c in row)]
    if not filled:
        return None
    for i in filled:
        try:
            cols = choose(rows[i], options, path)
        except PhraseFileError:
            continue
        if cols.header:
            return i, cols
    return filled[0], choose(rows[filled[0]], options, path)


def _show(row: Sequence[str]) -> str:
    return ", ".join(repr(str(h)) for h in row) or "(empty)"


def cell_id(value: object, row: int) -> str:
    """Id text of a cell: ``1.0`` (Excel numbers) -> ``"1"``; empty -> ``"row N"``."""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = str(value).strip() if value is not None else ""
    return text or f"row {row}"
