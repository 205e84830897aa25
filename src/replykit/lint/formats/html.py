"""The text an agent sends from an HTML reply (Freshdesk ``content_html``, Zendesk
``comment_value_html``), mapped back to the HTML so fixes keep the markup.

Tags are dropped, entities decoded; ``<br>`` and block elements (p, div, li, ...) become a
line break between texts.  Those line breaks are *locked*: a fix may not change them, and a
fix may not delete text across a tag.  New text is HTML-escaped, a new line break is ``<br>``.
"""

from __future__ import annotations

import html
import re

from replykit.lint.formats.source import Spans

_TAG = re.compile(r"<(/?)\s*([a-zA-Z][a-zA-Z0-9]*)[^>]*>|<!--.*?-->", re.DOTALL)
_ENTITY = re.compile(r"&(?:#[0-9]+|#[xX][0-9a-fA-F]+|[a-zA-Z][a-zA-Z0-9]*);")
_BLOCK = frozenset(
    (
        *("br", "p", "div", "li", "ul", "ol", "tr", "table", "blockquote", "pre", "hr"),
        *("h1", "h2", "h3", "h4", "h5", "h6", "section", "article"),
    )
)
_SKIP = frozenset(("script", "style"))


def html_text(value: str) -> tuple[str, Spans, frozenset[int]]:
    """(text, span in ``value`` of each text character, indexes of the locked line breaks)."""
    out: list[str] = []
    spans: Spans = []
    locked: set[int] = set()
    pending: int | None = None  # where a block boundary was seen
    i, n = 0, len(value)
    while i < n:
        c = value[i]
        if c == "<":
            m = _TAG.match(value, i)
            if m:
                name = (m.group(2) or "").lower()
                if name in _SKIP and not m.group(1):
                    close = re.compile(rf"</\s*{name}\s*>", re.IGNORECASE).search(value, m.end())
                    i = close.end() if close else n
                    continue
                if name in _BLOCK and pending is None:
                    pending = i
                i = m.end()
                continue
        if c in " \t\r\n" and pending is not None:  # source formatting between blocks
            i += 1
            continue
        if pending is not None:
            if out:
                locked.add(len(out))
                out.append("\n")
                spans.append((pending, pending))
            pending = None
        if c == "&":
            m = _ENTITY.match(value, i)
            if m:
                decoded = html.unescape(m.group())
                if len(decoded) == 1:
                    out.append(decoded)
                    spans.append((i, m.end()))
                    i = m.end()
                    continue
        out.append(c)
        spans.append((i, i + 1))
        i += 1
    return "".join(out), spans, frozenset(locked)


def html_escape(text: str) -> str:
    """New text as HTML: ``& < >`` escaped, line breaks as ``<br>``."""
    escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return re.sub(r"\r\n|\r|\n", "<br>", escaped)
