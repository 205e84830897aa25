"""A small JSON parser that remembers where every string literal (and character) came from.

``json.loads`` gives values but no positions; fixes must replace a string literal's bytes in
place so the rest of the file (indentation, key order, escapes) stays as it was.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TypeAlias

from replykit.lint.formats.source import Spans, TextFile

_WS = re.compile(r"[ \t\r\n]*")
_PLAIN = re.compile(r'[^"\\\x00-\x1f]+')
_NUMBER = re.compile(r"-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][-+]?\d+)?")
_ESCAPES = {'"': '"', "\\": "\\", "/": "/", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t"}
_MAX_DEPTH = 200


@dataclass
class JStr:
    value: str
    start: int
    """Offset of the opening quote; the content is ``start + 1 .. end - 1``."""
    end: int
    spans: Spans


@dataclass
class JObj:
    start: int
    items: list[tuple[JStr, Node]] = field(default_factory=list)

    def get(self, key: str) -> Node | None:
        for k, v in self.items:
            if k.value == key:
                return v
        return None

    def names(self) -> list[str]:
        return [k.value for k, _ in self.items]


@dataclass
class JArr:
    start: int
    items: list[Node] = field(default_factory=list)


@dataclass
class JLit:
    start: int
    value: object


Node: TypeAlias = JStr | JObj | JArr | JLit


class _Parser:
    def __init__(self, src: TextFile) -> None:
        self.src = src
        self.text = src.text

    def fail(self, pos: int, message: str) -> Exception:
        line, col = self.src.lines.line_col(pos)
        return self.src.error(f"line {line} column {col}: {message}")

    def ws(self, i: int) -> int:
        m = _WS.match(self.text, i)
        return m.end() if m else i

    def value(self, i: int, depth: int) -> tuple[Node, int]:
        if depth > _MAX_DEPTH:
            raise self.fail(i, "nested too deeply")
        i = self.ws(i)
        c = self.text[i : i + 1]
        if c == '"':
            return self.string(i)
        if c == "{":
            return self.obj(i, depth)
        if c == "[":
            return self.arr(i, depth)
        for word, val in (("true", True), ("false", False), ("null", None)):
            if self.text.startswith(word, i):
                return JLit(i, val), i + len(word)
        m = _NUMBER.match(self.text, i)
        if m:
            return JLit(i, json.loads(m.group())), m.end()
        raise self.fail(i, f"expected a value, found {c!r}" if c else "unexpected end of file")

    def obj(self, i: int, depth: int) -> tuple[JObj, int]:
        node = JObj(i)
        i = self.ws(i + 1)
        if self.text.startswith("}", i):
            return node, i + 1
        while True:
            i = self.ws(i)
            if not self.text.startswith('"', i):
                raise self.fail(i, "expected a string key")
            key, i = self.string(i)
            i = self.ws(i)
            if not self.text.startswith(":", i):
                raise self.fail(i, "expected ':' after a key")
            val, i = self.value(i + 1, depth + 1)
            node.items.append((key, val))
            i = self.ws(i)
            if self.text.startswith(",", i):
                i += 1
            elif self.text.startswith("}", i):
                return node, i + 1
            else:
                raise self.fail(i, "expected ',' or '}'")

    def arr(self, i: int, depth: int) -> tuple[JArr, int]:
        node = JArr(i)
        i = self.ws(i + 1)
        if self.text.startswith("]", i):
            return node, i + 1
        while True:
            val, i = self.value(i, depth + 1)
            node.items.append(val)
            i = self.ws(i)
            if self.text.startswith(",", i):
                i += 1
            elif self.text.startswith("]", i):
                return node, i + 1
            else:
                raise self.fail(i, "expected ',' or ']'")

    def string(self, i: int) -> tuple[JStr, int]:
        text = self.text
        chars: list[str] = []
        spans: Spans = []
        j = i + 1
        while True:
            m = _PLAIN.match(text, j)
            if m:
                chars.append(m.group())
                spans.extend((p, p + 1) for p in range(j, m.end()))
                j = m.end()
            c = text[j : j + 1]
            if c == '"':
                return JStr("".join(chars), i, j + 1, spans), j + 1
            if c != "\\":
                raise self.fail(j, "unterminated string" if not c else f"control character {c!r} in a string")
            e = text[j + 1 : j + 2]
            if e in _ESCAPES:
                chars.append(_ESCAPES[e])
                spans.append((j, j + 2))
                j += 2
                continue
            if e != "u" or not re.fullmatch(r"[0-9a-fA-F]{4}", text[j + 2 : j + 6]):
                raise self.fail(j, "invalid escape")
            code = int(text[j + 2 : j + 6], 16)
            end = j + 6
            low = text[j + 8 : j + 12]
            if 0xD800 <= code < 0xDC00 and text[j + 6 : j + 8] == "\\u" and re.fullmatch(r"[0-9a-fA-F]{4}", low):
                code2 = int(low, 16)
                if 0xDC00 <= code2 < 0xE000:
                    code = 0x10000 + ((code - 0xD800) << 10) + (code2 - 0xDC00)
                    end = j + 12
            chars.append(chr(code))
            spans.append((j, end))
            j = end


def parse(src: TextFile) -> Node:
    """The file's JSON value; PhraseFileError with line and column on a syntax error."""
    p = _Parser(src)
    node, i = p.value(0, 0)
    i = p.ws(i)
    if i < len(src.text):
        raise p.fail(i, "extra data after the JSON value")
    return node


def make_escape(text: str) -> Callable[[str], str]:
    """Escape new string content the way this file does: ``\\uXXXX`` for non-ASCII when the
    file is ASCII-only with such escapes (``ensure_ascii``), ``\\/`` and upper-case hex when seen."""
    ascii_ = text.isascii() and re.search(r"\\u[0-9a-fA-F]{4}", text) is not None
    slash = "\\/" in text
    upper = re.search(r"\\u[0-9a-f]{0,3}[A-F]", text) is not None

    def escape(s: str) -> str:
        out = json.dumps(s, ensure_ascii=ascii_)[1:-1]
        if slash:
            out = out.replace("/", "\\/")
        if upper:
            out = re.sub(r"\\u([0-9a-f]{4})", lambda m: "\\u" + m.group(1).upper(), out)
        return out

    return escape
