"""Show a Suggestion to a person: HTML for Jupyter, a rich renderable for terminals.

Both views share one layout: the draft with every finding highlighted (colour by severity,
rule and message on hover), a numbered list of the findings with their replacements, and the
original beside the suggested text as a character diff.  All text is escaped; colours are
semi-transparent and text colours come from Jupyter's CSS variables with ``inherit`` as the
fallback, so the output reads in light and dark themes.  Styles are inline (no ``<style>``
block) because GitHub, nbviewer and untrusted notebooks strip style sheets.

``rich`` is optional: ``Suggestion.__rich__`` imports it only when rich asks for it.
"""

from __future__ import annotations

import difflib
import html
import itertools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, TextIO

from replykit.models import SEVERITY_RANK, Annotation, Suggestion

if TYPE_CHECKING:
    from rich.console import Group

# Semi-transparent fills read on white and on near-black; the solid colours mark underlines.
_FILL = {"error": "rgba(239,68,68,0.28)", "warning": "rgba(245,158,11,0.32)", "info": "rgba(59,130,246,0.24)"}
_LINE = {"error": "#dc2626", "warning": "#d97706", "info": "#3b82f6"}
_RICH = {"error": "bold red", "warning": "yellow", "info": "cyan"}
_RICH_FILL = {"error": "on #5f1f1f", "warning": "on #5f4b00", "info": "on #1f3a5f"}
_DEL = "rgba(239,68,68,0.30)"
_INS = "rgba(34,197,94,0.30)"
_FG = "var(--jp-content-font-color0, inherit)"
_FG_MUTED = "var(--jp-content-font-color2, inherit)"
_BORDER = "var(--jp-border-color2, rgba(128,128,128,0.35))"
_FONT = (
    "var(--jp-content-font-family, system-ui, -apple-system, 'Segoe UI', 'PingFang SC', 'Noto Sans CJK SC', sans-serif)"
)

LABELS: dict[str, dict[str, str]] = {
    "en": {
        "finding": "finding",
        "findings": "findings",
        "none": "No findings",
        "applied": "applied",
        "original": "Original",
        "suggested": "Suggested",
        "unchanged": "No change",
        "safe": "safe fix",
        "unsafe": "review fix",
        "advice": "advice",
        "delete": "(delete)",
        "insert": "insert",
        "error": "plugin failed",
    },
    "zh": {
        "finding": "处问题",
        "findings": "处问题",
        "none": "未发现问题",
        "applied": "已修改",
        "original": "原文",
        "suggested": "建议改为",
        "unchanged": "无需修改",
        "safe": "安全修复",
        "unsafe": "需人工确认",
        "advice": "仅供参考",
        "delete": "（删除）",
        "insert": "插入",
        "error": "插件出错",
    },
}


# -- shared layout ------------------------------------------------------------------------


@dataclass
class Piece:
    """A run of the draft covered by the same findings, or an insertion point (``text == ''``).

    ``covering`` are indices into ``Suggestion.annotations``; ``ending`` are the findings whose
    span ends right after this piece (their numbers are shown there).
    """

    text: str
    covering: list[int]
    ending: list[int] = field(default_factory=list)
    insertion: bool = False


def pieces(s: Suggestion) -> list[Piece]:
    """Cut the original at every finding boundary; overlapping findings share a piece."""
    text, anns = s.original, s.annotations
    n = len(text)
    points = sorted({0, n, *(min(max(a.start, 0), n) for a in anns), *(min(max(a.end, 0), n) for a in anns)})
    out: list[Piece] = []

    def insertions(at: int) -> None:
        here = [i for i, a in enumerate(anns) if a.start == a.end == at]
        if here:
            out.append(Piece("", here, list(here), insertion=True))

    for p, q in itertools.pairwise(points):
        insertions(p)
        covering = [i for i, a in enumerate(anns) if a.start < a.end and a.start <= p and q <= a.end]
        ending = [i for i in covering if anns[i].end == q]
        out.append(Piece(text[p:q], covering, ending))
    insertions(n)
    if n == 0 and not out:
        out.append(Piece("", []))
    return out


def worst(anns: Iterable[Annotation]) -> str | None:
    """The most severe severity among the findings, or None."""
    return max((a.severity for a in anns), key=SEVERITY_RANK.__getitem__, default=None)


def diff_ops(a: str, b: str) -> list[tuple[str, str, str]]:
    """(tag, old, new) runs of a character diff: tag is equal, delete, insert or replace.

    A one-character island of equal text between two changes is folded into them, so a
    rewritten phrase reads as one change rather than confetti.
    """
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    ops = [(tag, a[i1:i2], b[j1:j2]) for tag, i1, i2, j1, j2 in matcher.get_opcodes()]
    out: list[tuple[str, str, str]] = []
    for i, (tag, old, new) in enumerate(ops):
        island = tag == "equal" and len(old) == 1 and 0 < i < len(ops) - 1
        if island or (tag != "equal" and out and out[-1][0] != "equal"):
            if not out:
                out.append((tag, old, new))
                continue
            _, o, n = out.pop()
            out.append(("replace", o + old, n + new))
        else:
            out.append((tag, old, new))
    return out


def _fix_label(a: Annotation, labels: dict[str, str]) -> str:
    return labels[a.fix] if a.fix else labels["advice"]


def _replacements(a: Annotation, labels: dict[str, str]) -> list[str]:
    return [r if r else labels["delete"] for r in a.replacements]


# -- HTML ---------------------------------------------------------------------------------


def _e(text: str) -> str:
    return html.escape(text, quote=True)


def _title(anns: Sequence[Annotation], labels: dict[str, str]) -> str:
    lines = []
    for a in anns:
        repl = " → " + " | ".join(_replacements(a, labels)) if a.replacements else ""
        lines.append(f"{a.rule} [{a.severity}] {a.message}{repl}")
    return _e("\n".join(lines))


def _badge(severity: str) -> str:
    return (
        f'<span style="display:inline-block;min-width:4.2em;text-align:center;border-radius:3px;'
        f"padding:0 4px;font-size:0.8em;background:{_FILL[severity]};border:1px solid {_LINE[severity]};"
        f'color:{_FG}">{_e(severity)}</span>'
    )


def _numbers(indices: Sequence[int], anns: Sequence[Annotation]) -> str:
    if not indices:
        return ""
    parts = [f'<span style="color:{_LINE[anns[i].severity]}">{i + 1}</span>' for i in indices]
    return f'<sup style="font-size:0.7em;font-weight:600;margin:0 1px">{",".join(parts)}</sup>'


def _highlighted(s: Suggestion, labels: dict[str, str]) -> str:
    anns = s.annotations
    out = []
    for piece in pieces(s):
        covering = [anns[i] for i in piece.covering]
        if piece.insertion:
            sev = worst(covering) or "info"
            out.append(
                f'<span title="{labels["insert"]}: {_title(covering, labels)}" style="color:{_LINE[sev]};'
                f'font-weight:700;cursor:help;padding:0 1px">‸</span>{_numbers(piece.ending, anns)}'
            )
        elif covering:
            sev = worst(covering) or "info"
            # Two or more findings on the same text: a double underline says "look closer".
            line = "double" if len(covering) > 1 else "solid"
            out.append(
                f'<span title="{_title(covering, labels)}" style="background:{_FILL[sev]};'
                f"text-decoration:underline {line} {_LINE[sev]};text-underline-offset:3px;"
                f'border-radius:2px;cursor:help">{_e(piece.text)}</span>{_numbers(piece.ending, anns)}'
            )
        else:
            out.append(_e(piece.text))
    return "".join(out)


def _finding_rows(s: Suggestion, labels: dict[str, str]) -> str:
    rows = []
    for a in s.annotations:
        flagged = f"「{_e(a.text)}」" if a.text else f"<i>{labels['insert']} @{a.start}</i>"
        repl = ""
        if a.replacements:
            items = " | ".join(
                f'<span style="background:{_INS};border-radius:2px;padding:0 2px">{_e(r)}</span>'
                for r in _replacements(a, labels)
            )
            repl = f" → {items}"
        applied = f' <span style="color:#16a34a;font-size:0.85em">✓ {labels["applied"]}</span>' if a.applied else ""
        rows.append(
            f'<li style="margin:2px 0">{_badge(a.severity)} '
            f'<code style="font-size:0.85em;color:{_FG}">{_e(a.rule)}</code> '
            f'{_e(a.message)}<br><span style="margin-left:1.2em">{flagged}{repl} '
            f'<span style="color:{_FG_MUTED};font-size:0.85em">({_fix_label(a, labels)})</span>{applied}'
            "</span></li>"
        )
    for err in s.errors:
        rows.append(
            f'<li style="margin:2px 0;list-style:none">{_badge("error")} {labels["error"]}: '
            f"<code>{_e(err.plugin)}</code> ({_e(err.hook)}) {_e(err.error)}: {_e(err.message)}</li>"
        )
    if not rows:
        return ""
    return f'<ol style="margin:6px 0 6px 1.6em;padding:0">{"".join(rows)}</ol>'


def _diff_html(s: Suggestion, labels: dict[str, str]) -> str:
    box = (
        f"flex:1 1 280px;min-width:0;border:1px solid {_BORDER};border-radius:4px;padding:6px 8px;"
        "white-space:pre-wrap;word-break:break-word"
    )
    head = f'<div style="font-size:0.8em;color:{_FG_MUTED};margin-bottom:2px">'
    if not s.changed:
        return f'<div style="{box}">{head}{labels["unchanged"]}</div>{_e(s.text)}</div>'
    old, new = [], []
    for tag, a, b in diff_ops(s.original, s.text):
        if tag == "equal":
            old.append(_e(a))
            new.append(_e(b))
            continue
        if a:
            old.append(f'<del style="background:{_DEL};text-decoration-color:{_LINE["error"]}">{_e(a)}</del>')
        if b:
            new.append(f'<ins style="background:{_INS};text-decoration:none">{_e(b)}</ins>')
    return (
        f'<div style="display:flex;flex-wrap:wrap;gap:8px">'
        f'<div style="{box}">{head}{labels["original"]}</div>{"".join(old)}</div>'
        f'<div style="{box}">{head}{labels["suggested"]}</div>{"".join(new)}</div></div>'
    )


def _header(s: Suggestion, labels: dict[str, str]) -> str:
    if not s.annotations and not s.errors:
        return labels["none"]
    counts: dict[str, int] = {}
    for a in s.annotations:
        counts[a.severity] = counts.get(a.severity, 0) + 1
    n = len(s.annotations)
    parts = [f"{n} {labels['finding'] if n == 1 else labels['findings']}"]
    parts += [f"{n} {sev}" for sev, n in sorted(counts.items(), key=lambda kv: -SEVERITY_RANK[kv[0]])]
    applied = sum(a.applied for a in s.annotations)
    if applied:
        parts.append(f"{applied} {labels['applied']}")
    return " · ".join(parts)


def suggestion_html(s: Suggestion, *, locale: str = "en") -> str:
    """The HTML shown by ``Suggestion._repr_html_`` (``locale`` picks the labels: en or zh)."""
    labels = LABELS.get(locale, LABELS["en"])
    return (
        f'<div class="replykit-suggestion" style="font-family:{_FONT};color:{_FG};line-height:1.7;'
        f'max-width:60em;margin:4px 0">'
        f'<div style="font-size:0.8em;color:{_FG_MUTED}">replykit · {_header(s, labels)}</div>'
        f'<div style="font-size:1.05em;white-space:pre-wrap;word-break:break-word;padding:4px 0">'
        f"{_highlighted(s, labels)}</div>"
        f"{_finding_rows(s, labels)}{_diff_html(s, labels)}</div>"
    )


def html_page(suggestions: Iterable[Suggestion], *, dark: bool = False, locale: str = "en") -> str:
    """A standalone HTML page of several suggestions (docs screenshots, sharing by e-mail).

    ``dark`` sets JupyterLab's dark-theme variables, so the page looks as a dark notebook does.
    """
    theme = (
        "--jp-content-font-color0:#e6e6e6;--jp-content-font-color2:#a0a0a0;"
        "--jp-border-color2:#4a4a4a;background:#111;color:#e6e6e6"
        if dark
        else "--jp-content-font-color0:#1a1a1a;--jp-content-font-color2:#666;"
        "--jp-border-color2:#d0d0d0;background:#fff;color:#1a1a1a"
    )
    body = "".join(
        f'<div style="margin:14px 0;padding-bottom:10px;border-bottom:1px solid {_BORDER}">'
        f"{suggestion_html(s, locale=locale)}</div>"
        for s in suggestions
    )
    return (
        '<!doctype html><html><head><meta charset="utf-8"><title>replykit</title></head>'
        f'<body style="{theme};margin:0;padding:16px 24px;font-size:15px">{body}</body></html>'
    )


# -- rich (terminal) ----------------------------------------------------------------------


def suggestion_rich(s: Suggestion, *, locale: str = "en") -> Group:
    """A rich renderable: highlighted draft, numbered findings, and a -/+ diff.

    Used by ``Suggestion.__rich__`` (``rich.print(s)``, IPython with rich installed).
    """
    from rich.console import Group
    from rich.text import Text

    labels = LABELS.get(locale, LABELS["en"])
    anns = s.annotations
    draft = Text()
    for piece in pieces(s):
        covering = [anns[i] for i in piece.covering]
        sev = worst(covering)
        if piece.insertion:
            draft.append("‸", style=f"bold {_LINE[sev or 'info']}")
        elif sev:
            style = f"underline {_RICH_FILL[sev]}" + (" bold" if len(covering) > 1 else "")
            draft.append(piece.text, style=style)
        else:
            draft.append(piece.text)
        if piece.ending:
            draft.append("".join(_superscript(i + 1) for i in piece.ending), style="dim")
    lines: list[Any] = [Text(f"replykit · {_header(s, labels)}", style="dim"), draft]
    for i, a in enumerate(anns, 1):
        row = Text(f"{i:>2}. ")
        row.append(f"{a.severity:<7}", style=_RICH[a.severity])
        row.append(f" {a.rule} ", style="bold")
        row.append(a.message)
        row.append(f"\n    「{a.text}」" if a.text else f"\n    {labels['insert']} @{a.start}")
        if a.replacements:
            row.append(" → ")
            row.append(" | ".join(_replacements(a, labels)), style="green")
        row.append(f" ({_fix_label(a, labels)})", style="dim")
        if a.applied:
            row.append(f" ✓ {labels['applied']}", style="green")
        lines.append(row)
    for err in s.errors:
        lines.append(Text(f"{labels['error']}: {err.plugin} ({err.hook}) {err.error}: {err.message}", style="red"))
    if s.changed:
        old, new = Text("- ", style="red"), Text("+ ", style="green")
        for tag, a_, b_ in diff_ops(s.original, s.text):
            if tag == "equal":
                old.append(a_)
                new.append(b_)
                continue
            old.append(a_, style="strike red")
            new.append(b_, style="bold green")
        lines += [old, new]
    else:
        lines.append(Text(f"{labels['unchanged']}: {s.text}", style="dim"))
    return Group(*lines)


_SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")


def _superscript(n: int) -> str:
    return str(n).translate(_SUPERSCRIPT)


def print_suggestion(s: Suggestion, *, locale: str = "zh", file: TextIO | None = None) -> None:
    """Print for a person: rich colours when rich is installed, else ``render.render_text``."""
    try:
        from rich.console import Console
    except ImportError:
        from replykit.render import render_text

        print(render_text(s, locale), file=file)
        return
    Console(file=file, highlight=False).print(suggestion_rich(s, locale=locale))
