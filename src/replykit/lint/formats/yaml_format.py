"""``.yaml`` / ``.yml``: a list of ``{id, text}`` mappings (or of strings), or a mapping
``id: text``; a single top-level key wrapping either (``phrases: [...]``) is unwrapped.

Needs PyYAML.  A ``# replykit: ignore[...]`` comment line right before an item, or a
``replykit:`` key in the item (the ignore column), suppresses findings.  Fixes replace only the
scalar's source: plain, single- and double-quoted one-line scalars and literal blocks (``|``)
keep their style and unchanged characters; any other scalar, or a new text the style cannot
hold (a plain scalar gaining ``": "``), is rewritten as a double-quoted scalar.  Every write is
re-read to check that it gives the new texts.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from replykit.errors import MissingPackageError, PhraseFileError
from replykit.lint.formats import LintOptions, Phrase, PhraseDocument
from replykit.lint.formats.columns import DEFAULT_IGNORE_COLUMN, ID_NAMES, PHRASE_NAMES
from replykit.lint.formats.detect import decode
from replykit.lint.formats.source import Edit, Spans, TextFile, identity_spans, locator, parse_directive, splice

STR_TAG = "tag:yaml.org,2002:str"
_BREAK = re.compile(r"\r\n|\r|\n")
_DQ_ESCAPES = {
    "0": "\0", "a": "\a", "b": "\b", "t": "\t", "\t": "\t", "n": "\n", "v": "\v", "f": "\f",
    "r": "\r", "e": "\x1b", " ": " ", '"': '"', "/": "/", "\\": "\\", "N": "\x85", "_": "\xa0",
    "L": "\u2028", "P": "\u2029",
}  # fmt: skip
_HEX = {"x": 2, "u": 4, "U": 8}
_UNPRINTABLE = "\u2028\u2029\ufeff\ufffe\uffff"  # escaped in double quotes


def _yaml() -> Any:
    try:
        import yaml
    except ImportError:
        return None
    return yaml


@dataclass
class _Item:
    node: Any  # yaml.ScalarNode
    id: str
    row: int
    owner: Any  # the item's MappingNode, or None
    start: int  # where the item begins (comments before it apply to it)


class YamlFormat:
    """Phrase lists and mappings in YAML."""

    name = "yaml"
    suffixes: tuple[str, ...] = (".yaml", ".yml")
    by_content = True
    """A folder walk takes a .yaml file only when it reads as a phrase list (not docker-compose.yml)."""

    def read(self, path: Path, data: bytes, options: LintOptions) -> PhraseDocument:
        yaml = _yaml()
        if yaml is None:
            raise MissingPackageError(
                str(path), "reading YAML needs the PyYAML package", "pip install 'replykit[yaml]'"
            )
        src = TextFile(path, data, decode(data, str(path), options.encoding))
        try:
            root = yaml.compose(src.text, Loader=yaml.SafeLoader)
        except yaml.MarkedYAMLError as exc:
            mark = exc.problem_mark or exc.context_mark
            where = f"line {mark.line + 1} column {mark.column + 1}: " if mark else ""
            raise src.error(f"{where}{exc.problem or exc.context}") from None
        except yaml.YAMLError as exc:
            raise src.error(f"invalid YAML: {exc}") from None
        items = _extract(src, root, yaml)
        ignore_key = options.ignore_column or DEFAULT_IGNORE_COLUMN
        phrases: list[Phrase] = []
        forced: set[int] = set()
        prev_end = 0
        for item in items:
            node = item.node
            text = node.value
            spans = _spans(src.text, node)
            end = node.end_mark.index - (1 if node.style in ("'", '"') else 0)
            if spans is None:  # a style mapped only approximately: point at the scalar
                spans = [(node.start_mark.index, node.start_mark.index)] * len(text)
                end = node.start_mark.index
            suppress, line = _suppression(src, item, ignore_key, prev_end, yaml)
            prev_end = node.end_mark.index
            if not text.strip():
                continue
            index = len(phrases)
            src.writers[index] = _writer(src, node, spans, yaml, index, forced)
            phrases.append(Phrase(index, item.id, text, item.row, suppress, line, locator(src.lines, spans, end)))
        doc = src.document("yaml", phrases)
        doc.renderer = lambda new: _checked_render(src, phrases, new, forced, options)
        return doc


def _checked_render(
    src: TextFile, phrases: list[Phrase], new: Mapping[int, str], forced: set[int], options: LintOptions
) -> bytes:
    """Render, re-read, and re-render as double-quoted the phrases that did not come back."""
    for _ in range(2):
        out = src.render(phrases, new)
        try:
            again = YamlFormat().read(src.path, out, options).phrases
        except PhraseFileError:
            again = []
        expected = [new.get(p.index, p.text) for p in phrases]
        if len(again) == len(phrases) and [p.text for p in again] == expected:
            return out
        wrong = {i for i in new if i >= len(again) or again[i].text != new[i]} or set(new)
        if wrong <= forced:
            break
        forced |= wrong
    raise src.error("could not write the fixed phrases back as YAML")


def _node_str(node: Any) -> str:
    return str(node.value) if node is not None and node.id == "scalar" else ""


def _mapping_get(node: Any, names: Sequence[str]) -> Any:
    pairs = {k.value: v for k, v in node.value if k.id == "scalar"}
    for name in names:
        if name in pairs:
            return pairs[name]
    return None


def _extract(src: TextFile, root: Any, yaml: Any, depth: int = 0) -> list[_Item]:
    if root is None:
        return []
    if root.id == "sequence":
        items = []
        for row, node in enumerate(root.value, 1):
            if node.id == "scalar" and node.tag == STR_TAG:
                items.append(_Item(node, f"row {row}", row, None, node.start_mark.index))
            elif node.id == "mapping":
                text = _mapping_get(node, PHRASE_NAMES)
                if text is not None and text.id == "scalar" and text.tag == STR_TAG:
                    ident = _node_str(_mapping_get(node, ID_NAMES)).strip() or f"row {row}"
                    items.append(_Item(text, ident, row, node, node.start_mark.index))
        return items
    if root.id == "mapping":
        values = [v for _, v in root.value]
        if len(values) == 1 and values[0].id != "scalar" and depth == 0:
            return _extract(src, values[0], yaml, 1)
        if all(v.id == "scalar" for v in values):
            return [
                _Item(v, _node_str(k), row, None, k.start_mark.index)
                for row, (k, v) in enumerate(root.value, 1)
                if v.tag == STR_TAG
            ]
    raise src.error("unrecognised YAML shape: expected a list of {id, text} / strings, or a mapping id: text")


def _suppression(
    src: TextFile, item: _Item, key: str, prev_end: int, yaml: Any
) -> tuple[frozenset[str] | None, int | None]:
    if item.owner is not None:
        node = _mapping_get(item.owner, [key])
        if node is not None and node.id == "scalar":
            found = parse_directive(str(node.value))
            if found is not None:
                return found, node.start_mark.line + 1
    # a comment line between the previous item and this one
    region = src.text[prev_end : item.start]
    best: tuple[frozenset[str] | None, int | None] = (None, None)
    for m in re.finditer(r"#[^\r\n]*", region):
        found = parse_directive(m.group())
        if found is not None:
            best = (found, src.lines.line(prev_end + m.start()))
    return best


def _spans(text: str, node: Any) -> Spans | None:
    """Source span of each character of a scalar's value, or None when not mapped exactly."""
    start, end = node.start_mark.index, node.end_mark.index
    raw = text[start:end]
    spans: Spans | None = None
    if node.style is None and not _BREAK.search(raw):
        spans = identity_spans(start, end)
        value = raw
    elif node.style == "'" and not _BREAK.search(raw):
        value, spans = _unquote_single(raw[1:-1], start + 1)
    elif node.style == '"' and not _BREAK.search(raw):
        decoded = _unquote_double(raw[1:-1], start + 1)
        if decoded is None:
            return None
        value, spans = decoded
    elif node.style == "|":
        decoded = _literal(text, start, end)
        if decoded is None:
            return None
        value, spans = decoded
    else:
        return None
    return spans if value == node.value else None


def _unquote_single(raw: str, base: int) -> tuple[str, Spans]:
    out, spans, i = [], [], 0
    while i < len(raw):
        if raw.startswith("''", i):
            out.append("'")
            spans.append((base + i, base + i + 2))
            i += 2
        else:
            out.append(raw[i])
            spans.append((base + i, base + i + 1))
            i += 1
    return "".join(out), spans


def _unquote_double(raw: str, base: int) -> tuple[str, Spans] | None:
    out, spans, i = [], [], 0
    while i < len(raw):
        c = raw[i]
        if c != "\\":
            out.append(c)
            spans.append((base + i, base + i + 1))
            i += 1
            continue
        e = raw[i + 1 : i + 2]
        if e in _DQ_ESCAPES:
            out.append(_DQ_ESCAPES[e])
            spans.append((base + i, base + i + 2))
            i += 2
        elif e in _HEX:
            digits = raw[i + 2 : i + 2 + _HEX[e]]
            if not re.fullmatch(r"[0-9a-fA-F]+", digits) or len(digits) != _HEX[e]:
                return None
            out.append(chr(int(digits, 16)))
            spans.append((base + i, base + i + 2 + _HEX[e]))
            i += 2 + _HEX[e]
        else:
            return None
    return "".join(out), spans


def _literal(text: str, start: int, end: int) -> tuple[str, Spans] | None:
    header_end = _BREAK.search(text, start, end)
    if header_end is None:
        return None
    header = text[start : header_end.start()].split("#")[0].strip()
    if header not in ("|", "|-", "|+"):
        return None  # explicit indentation indicators are rare: not mapped
    body_start = header_end.end()
    lines = [(m.start(), m.end()) for m in re.finditer(r"[^\r\n]*(?:\r\n|\r|\n|$)", text[body_start:end])]
    indent = None
    out: list[str] = []
    spans: Spans = []
    for s, e in lines:
        s, e = s + body_start, e + body_start
        if s == e:
            continue
        line = text[s:e]
        content = line.rstrip("\r\n")
        if indent is None and content.strip():
            indent = len(content) - len(content.lstrip(" "))
        if indent is None or len(content) < indent or not content[:indent].isspace():
            if content.strip():
                return None
            out.append("\n")
            spans.append((s + len(content), e))
            continue
        out.append(content[indent:])
        spans.extend(identity_spans(s + indent, s + len(content)))
        if len(line) > len(content):
            out.append("\n")
            spans.append((s + len(content), e))
    value = "".join(out)
    body = value.rstrip("\n")
    if header == "|-":
        keep = len(body)
    elif header == "|+":
        keep = len(value)
    else:
        keep = len(body) + (1 if len(value) > len(body) else 0)
    return value[:keep], spans[:keep]


def _writer(
    src: TextFile, node: Any, spans: Spans, yaml: Any, index: int, forced: set[int]
) -> Callable[[str], list[Edit]]:
    start, end = node.start_mark.index, node.end_mark.index
    escape_double = _double_escaper(src.text)

    def requote(new: str) -> list[Edit]:
        stop = start + len(src.text[start:end].rstrip("\r\n"))
        if node.style in ("|", ">"):
            stop = start + len(src.text[start:end].rstrip())
        return [(start, stop, '"' + escape_double(new) + '"')]

    def write(new: str) -> list[Edit]:
        try:
            return keep_style(new)
        except ValueError:
            return requote(new)

    def keep_style(new: str) -> list[Edit]:
        old = node.value
        if index in forced or node.style not in (None, "'", '"', "|") or not spans or spans[0][0] == spans[0][1]:
            return requote(new)
        if node.style is None:
            if not _plain_ok(new, yaml):
                return requote(new)
            return [(start, end, splice(src.text, spans, start, end, old, new, str))]
        if node.style == "'":
            if _BREAK.search(new):
                return requote(new)
            return [(start + 1, end - 1, splice(src.text, spans, start + 1, end - 1, old, new, _single))]
        if node.style == '"':
            return [(start + 1, end - 1, splice(src.text, spans, start + 1, end - 1, old, new, escape_double))]
        # literal block: continue new lines at the block's indentation
        line_start = src.text.rfind("\n", 0, spans[0][0]) + 1
        indent = src.text[line_start : spans[0][0]]
        brk = _BREAK.search(src.text, start)
        newline = brk.group() if brk else "\n"
        if new.startswith((" ", "\t")) or "\r" in new:
            return requote(new)

        def escape(s: str) -> str:
            return s.replace("\n", newline + indent)

        return [(spans[0][0], spans[-1][1], splice(src.text, spans, spans[0][0], spans[-1][1], old, new, escape))]

    return write


_PLAIN_BAD = re.compile(r"^[-?:,\[\]{}#&*!|>'\"%@`\s]|: |:$| #|[\x00-\x1f\x7f\x85\u2028\u2029\ufeff,\[\]{}]|\s$")


def _plain_ok(new: str, yaml: Any) -> bool:
    if not new or _PLAIN_BAD.search(new):
        return False
    try:
        return bool(yaml.safe_load(new) == new)
    except yaml.YAMLError:
        return False


def _single(s: str) -> str:
    return s.replace("'", "''")


def _double_escaper(text: str) -> Callable[[str], str]:
    ascii_only = text.isascii()

    def escape(s: str) -> str:
        out = []
        for c in s:
            if c in '"\\':
                out.append("\\" + c)
            elif c == "\n":
                out.append("\\n")
            elif c == "\t":
                out.append("\\t")
            elif c == "\r":
                out.append("\\r")
            elif ord(c) < 0x20 or 0x7F <= ord(c) <= 0x9F or c in _UNPRINTABLE or 0xD800 <= ord(c) < 0xE000:
                out.append(f"\\u{ord(c):04x}" if ord(c) > 0xFF else f"\\x{ord(c):02x}")
            elif ascii_only and ord(c) > 0x7E:
                out.append(f"\\u{ord(c):04x}" if ord(c) <= 0xFFFF else f"\\U{ord(c):08x}")
            else:
                out.append(c)
        return "".join(out)

    return escape
