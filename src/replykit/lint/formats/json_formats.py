"""``.json``: Chatwoot canned responses, Zendesk macros, Freshdesk canned responses, and a
generic list of ``{id, text}`` objects or an ``{id: text}`` mapping.

Shapes (field names from the products' APIs):
- Chatwoot: ``[{"short_code": ..., "content": ...}]`` (id = short_code).
- Zendesk: ``{"macros": [...]}``, ``{"macro": {...}}`` or a list of macros; the phrase is the
  value of each action with ``field`` ``comment_value`` (plain) or ``comment_value_html``.
- Freshdesk: ``{"title", "content", "content_html"}`` objects (a list, one object, or a folder
  with ``canned_responses``); the phrase is the text of ``content_html`` (markup kept on
  fixes), else ``content``.  ``content`` (derived by Freshdesk) is updated too when it
  equals the old text exactly.
- Generic: objects with content/text/phrase/... and an optional id/code/title key.
A key named like the ignore column (default ``replykit``) holds ``replykit: ignore[...]``.
Fixes replace only the changed characters inside the string literal, in the file's own
escaping style (``\\uXXXX`` when the file is ASCII-only, ``\\/`` when it uses it).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from replykit.lint.formats import LintOptions, Phrase, PhraseDocument
from replykit.lint.formats.columns import DEFAULT_IGNORE_COLUMN, ID_NAMES, PHRASE_NAMES
from replykit.lint.formats.detect import decode
from replykit.lint.formats.html import html_escape, html_text
from replykit.lint.formats.jsonsrc import JArr, JLit, JObj, JStr, Node, make_escape, parse
from replykit.lint.formats.source import Edit, Spans, TextFile, Writer, locator, parse_directive, splice


@dataclass
class _Item:
    node: JStr
    id: str
    row: int
    html: bool = False
    owner: JObj | None = None
    plain: JStr | None = None  # Freshdesk's derived plain ``content``


class JsonFormat:
    """Helpdesk exports and generic phrase lists in JSON."""

    name = "json"
    suffixes: tuple[str, ...] = (".json",)
    by_content = True
    """A folder walk takes a .json file only when it reads as a known shape (not package.json)."""

    def read(self, path: Path, data: bytes, options: LintOptions) -> PhraseDocument:
        src = TextFile(path, data, decode(data, str(path), options.encoding))
        if not src.text.strip():
            return src.document("json", [])
        root = parse(src)
        fmt, items = _extract(src, root)
        escape = make_escape(src.text)
        ignore_key = options.ignore_column or DEFAULT_IGNORE_COLUMN
        phrases: list[Phrase] = []
        for item in items:
            value = item.node.value
            if item.html:
                text, vspans, locked = html_text(value)
                spans: Spans = [_compose(item.node, s, e) for s, e in vspans]
            else:
                text, spans, locked = value, item.node.spans, frozenset()
            if not text.strip():
                continue
            suppress, line = None, None
            directive = item.owner.get(ignore_key) if item.owner else None
            if isinstance(directive, JStr):
                suppress = parse_directive(directive.value)
                line = src.lines.line(directive.start) if suppress is not None else None
            index = len(phrases)
            src.writers[index] = _writer(src, item, text, locked, escape)
            phrases.append(
                Phrase(
                    index=index,
                    id=item.id,
                    text=text,
                    row=item.row,
                    suppress=suppress,
                    suppress_line=line,
                    locate=locator(src.lines, spans, item.node.end - 1),
                )
            )
        return src.document(fmt, phrases)


def _compose(node: JStr, s: int, e: int) -> tuple[int, int]:
    """A span in the string's value -> its span in the file."""
    if s == e:  # a locked line break: where its tag starts
        pos = node.spans[s][0] if s < len(node.spans) else node.end - 1
        return pos, pos
    return node.spans[s][0], node.spans[e - 1][1]


def _writer(src: TextFile, item: _Item, old: str, locked: frozenset[int], escape: Callable[[str], str]) -> Writer:
    node = item.node

    def write(new: str) -> list[Edit]:
        value = new
        if item.html:
            _, vspans, _ = html_text(node.value)
            value = splice(node.value, vspans, 0, len(node.value), old, new, html_escape, locked.__contains__)
        content = splice(src.text, node.spans, node.start + 1, node.end - 1, node.value, value, escape)
        edits = [(node.start + 1, node.end - 1, content)]
        plain = item.plain
        if plain is not None and plain.value == old:
            raw = splice(src.text, plain.spans, plain.start + 1, plain.end - 1, plain.value, new, escape)
            edits.append((plain.start + 1, plain.end - 1, raw))
        return edits

    return write


def _str(node: Node | None) -> str:
    if isinstance(node, JStr):
        return node.value
    if isinstance(node, JLit) and node.value is not None and not isinstance(node.value, bool):
        value = node.value
        return str(int(value)) if isinstance(value, float) and value.is_integer() else str(value)
    return ""


def _objects(node: Node) -> list[JObj]:
    return [n for n in node.items if isinstance(n, JObj)] if isinstance(node, JArr) else []


def _extract(src: TextFile, root: Node) -> tuple[str, list[_Item]]:
    if isinstance(root, JObj):
        macros = root.get("macros")
        if isinstance(macros, JArr):
            return "zendesk", _zendesk(_objects(macros))
        macro = root.get("macro")
        if isinstance(macro, JObj):
            return "zendesk", _zendesk([macro])
        folder = root.get("canned_responses")
        if isinstance(folder, JArr):
            return "freshdesk", _freshdesk(_objects(folder))
        if root.get("content_html") is not None or (root.get("title") and root.get("content")):
            return "freshdesk", _freshdesk([root])
        if root.get("short_code") is not None:
            return "chatwoot", _generic([root])
        if root.items and all(isinstance(v, JStr) for _, v in root.items):
            return "json", [_Item(v, k.value, row) for row, (k, v) in enumerate(root.items, 1)]  # type: ignore[arg-type]
        raise src.error(
            "unrecognised JSON shape: expected Chatwoot/Freshdesk/generic objects, Zendesk macros, "
            f"or an id -> text mapping (top-level keys: {', '.join(root.names()[:6])})"
        )
    if isinstance(root, JArr):
        objects = _objects(root)
        if not objects and root.items and all(isinstance(n, JStr) for n in root.items):
            return "json", [_Item(n, f"row {row}", row) for row, n in enumerate(root.items, 1)]  # type: ignore[arg-type]
        if not objects:
            if not root.items:
                return "json", []
            raise src.error("unrecognised JSON shape: expected a list of objects or strings")
        keys = {k for o in objects for k in o.names()}
        if "actions" in keys:
            return "zendesk", _zendesk(objects)
        if "short_code" in keys:
            return "chatwoot", _generic(objects)
        if "content_html" in keys or ("title" in keys and "content" in keys):
            return "freshdesk", _freshdesk(objects)
        if keys & set(PHRASE_NAMES):
            return "json", _generic(objects)
        raise src.error(
            f"unrecognised JSON shape: objects have no phrase key ({', '.join(PHRASE_NAMES[-7:])}); "
            f"keys seen: {', '.join(sorted(keys)[:8])}"
        )
    raise src.error("unrecognised JSON shape: expected an object or a list")


def _ident(obj: JObj, row: int) -> str:
    for name in ID_NAMES:
        text = _str(obj.get(name)).strip()
        if text:
            return text
    return f"row {row}"


def _generic(objects: list[JObj]) -> list[_Item]:
    items = []
    for row, obj in enumerate(objects, 1):
        for name in PHRASE_NAMES:
            node = obj.get(name)
            if isinstance(node, JStr):
                items.append(_Item(node, _ident(obj, row), row, owner=obj))
                break
    return items


def _freshdesk(objects: list[JObj]) -> list[_Item]:
    items = []
    for row, obj in enumerate(objects, 1):
        html_node, plain = obj.get("content_html"), obj.get("content")
        ident = _str(obj.get("title")).strip() or _ident(obj, row)
        if isinstance(html_node, JStr) and html_node.value.strip():
            items.append(
                _Item(html_node, ident, row, html=True, owner=obj, plain=plain if isinstance(plain, JStr) else None)
            )
        elif isinstance(plain, JStr):
            items.append(_Item(plain, ident, row, owner=obj))
    return items


def _zendesk(macros: list[JObj]) -> list[_Item]:
    items = []
    for row, macro in enumerate(macros, 1):
        ident = _str(macro.get("title")).strip() or f"row {row}"
        actions = macro.get("actions")
        for action in _objects(actions) if actions is not None else []:
            field = _str(action.get("field"))
            if field not in ("comment_value", "comment_value_html"):
                continue
            value = action.get("value")
            if isinstance(value, JArr):  # ["channel:all", "text"]
                strings = [n for n in value.items if isinstance(n, JStr)]
                value = strings[-1] if strings else None
            if isinstance(value, JStr):
                items.append(_Item(value, ident, row, html=field.endswith("_html"), owner=macro))
    return items
