"""A Suggestion as plain text for a terminal: one line per finding, the suggested text, a status line.

``replykit check`` prints it, and ``display.print_suggestion`` falls back to it without rich.
"""

from __future__ import annotations

from collections.abc import Sequence

from replykit.models import Suggestion
from replykit.term import SEVERITY_STYLE, failing, paint, printable


def position(text: str, offset: int, first_line: int = 1) -> tuple[int, int]:
    """1-based (line, column) of a 0-based offset; columns count code points."""
    line = first_line + text.count("\n", 0, offset)
    start = text.rfind("\n", 0, offset) + 1
    return line, offset - start + 1


def render_text(
    s: Suggestion,
    locale: str = "zh",
    *,
    prefix: str = "",
    line: int = 1,
    color: bool = False,
    status: bool = True,
    suggested: bool = True,
) -> str:
    """Human output: ``line:column: rule [*] message 「text」→「fix」`` per finding, the
    suggested text when it changed, and (``status``) one status line."""
    zh = locale != "en"
    out = []
    for a in s.annotations:
        row, col = position(s.original, a.start, line)
        mark = {"safe": "[*] ", "unsafe": "[~] ", None: ""}[a.fix]
        shown = f"「{printable(a.text)}」"
        if a.replacements:
            shown += "→" + " | ".join(
                f"「{printable(r)}」" if r else ("(删除)" if zh else "(delete)") for r in a.replacements
            )
        done = ("（已修复）" if zh else " (applied)") if a.applied else ""
        rule = paint(a.rule, SEVERITY_STYLE[a.severity], color)
        where = printable(f"{prefix}{row}:{col}:")
        out.append(f"{paint(where, 'bold', color)} {rule} {mark}{printable(a.message)} {shown}{done}")
    for e in s.errors:
        out.append(printable(f"{prefix}{line}: plugin {e.plugin} failed in {e.hook}: {e.error}: {e.message}"))
    if s.changed and suggested:
        out.append(printable(f"{prefix}{line}: " * bool(prefix) + ("建议: " if zh else "Suggested: ") + s.text))
    if status:
        out.append(status_line([s], locale, None, color))
    return "\n".join(out)


def status_line(results: Sequence[Suggestion], locale: str, fail_on: str | None, color: bool = False) -> str:
    """One line: how many findings, how many fixed in the suggestion, and why the exit code."""
    zh = locale != "en"
    found = [a for s in results for a in s.annotations]
    if not found:
        line = "没有发现问题。" if zh else "No findings."
        return paint(line, "green", color)
    applied = sum(1 for a in found if a.applied)
    fixable = sum(1 for a in found if a.fix and a.replacements and not a.applied)
    if zh:
        line = f"发现 {len(found)} 个问题：{applied} 个已在建议中修复"
        line += f"，{fixable} 个有修复但未应用" if fixable else ""
        line += f"，{len(found) - applied - fixable} 个需人工处理" if len(found) - applied - fixable else ""
    else:
        line = f"Found {len(found)} finding{'s' * (len(found) != 1)}: {applied} fixed in the suggestion"
        line += f", {fixable} with a fix not applied" if fixable else ""
        line += f", {len(found) - applied - fixable} to handle by hand" if len(found) - applied - fixable else ""
    if fail_on is not None:
        code = failing((a.severity for a in found), fail_on)
        if zh:
            line += f"；退出码 {code}（--fail-on {fail_on}）。"
        else:
            line += f"; exit {code} (--fail-on {fail_on})."
    else:
        line += "。" if zh else "."
    return line
