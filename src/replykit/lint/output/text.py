"""``--output-format text`` (the default): ruff-like lines."""

from __future__ import annotations

from collections.abc import Mapping

from replykit.lint.output.common import MARK, suggestion
from replykit.lint.results import Finding, LintReport
from replykit.rules import Rule
from replykit.term import SEVERITY_STYLE, paint, printable


def text_line(f: Finding, color: bool = False) -> str:
    """ruff-like: ``path:line:col: rule [*] message 「text」→「fix」 [phrase id]``."""
    where = paint(printable(f"{f.path}:{f.line}:{f.column}:"), "bold", color)
    rule = paint(printable(f.rule), SEVERITY_STYLE[f.severity], color)
    return f"{where} {rule} {MARK[f.fix]}{printable(f.message)} {suggestion(f)} [phrase {printable(f.phrase)}]"


def render_text(report: LintReport, color: bool = False) -> str:
    return "".join(text_line(f, color) + "\n" for f in report.findings)


def render(report: LintReport, rules: Mapping[str, Rule], color: bool) -> str:
    """The registered renderer (``OUTPUTS``): every output takes the same three arguments."""
    return render_text(report, color)
