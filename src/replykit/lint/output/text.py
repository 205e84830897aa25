"""``--output-format text`` (the default): ruff-like lines."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TextIO

from replykit.lint.output.common import MARK, render_with, suggestion
from replykit.lint.results import Finding, LintReport
from replykit.rules import Rule
from replykit.term import SEVERITY_STYLE, paint, printable


def text_line(f: Finding, color: bool = False) -> str:
    """ruff-like: ``path:line:col: rule [*] message 「text」→「fix」 [phrase id]``."""
    where = paint(printable(f"{f.path}:{f.line}:{f.column}:"), "bold", color)
    rule = paint(printable(f.rule), SEVERITY_STYLE[f.severity], color)
    return f"{where} {rule} {MARK[f.fix]}{printable(f.message)} {suggestion(f)} [phrase {printable(f.phrase)}]"


class Writer:
    """One line per finding, written as it comes."""

    def __init__(self, out: TextIO, color: bool) -> None:
        self.out, self.color = out, color

    def write(self, finding: Finding) -> None:
        self.out.write(text_line(finding, self.color) + "\n")

    def close(self, report: LintReport, rules: Mapping[str, Rule]) -> None:
        """Nothing follows the lines (the closing summary is printed by the command)."""


def render_text(report: LintReport, color: bool = False) -> str:
    return render_with(Writer, report, {}, color)
