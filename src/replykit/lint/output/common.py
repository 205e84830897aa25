"""What the lint outputs share: the fix marks, the 「text」→「fix」 form, the summary counts."""

from __future__ import annotations

import io
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TextIO

from replykit.lint.results import Finding, LintReport
from replykit.term import printable

if TYPE_CHECKING:
    from replykit.lint.output import FindingWriter
    from replykit.rules import Rule

MARK = {"safe": "[*] ", "unsafe": "[~] ", None: ""}


def suggestion(f: Finding) -> str:
    """「flagged」→「replacement」 (or the flagged text alone when there is none)."""
    shown = f"「{one_line(f.text)}」"
    if not f.replacements:
        return shown
    return shown + "→" + " | ".join(f"「{one_line(r)}」" if r else "(删除)" for r in f.replacements)


def one_line(text: str) -> str:
    return printable(text)


def summary_data(report: LintReport) -> dict[str, Any]:
    tally = report.tally
    return {
        "files": len(report.files),
        "phrases": sum(r.phrases for r in report.files),
        "findings": tally.count,
        "fixed": report.fixed,
        "changed_files": len(report.changed_files),
        "by_rule": dict(sorted(tally.by_rule.items())),
        "errors": len(report.errors),
    }


def render_with(
    writer: Callable[[TextIO, bool], FindingWriter], report: LintReport, rules: Mapping[str, Rule], color: bool
) -> str:
    """The output a writer gives for the report's kept findings, as a string."""
    out = io.StringIO()
    opened = writer(out, color)
    for finding in report.findings:
        opened.write(finding)
    opened.close(report, rules)
    return out.getvalue()
