"""What the lint outputs share: the fix marks, the 「text」→「fix」 form, the summary counts."""

from __future__ import annotations

from collections import Counter
from typing import Any

from replykit.lint.results import Finding, LintReport
from replykit.term import printable

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
    counts = Counter(f.rule for f in report.findings)
    return {
        "files": len(report.files),
        "phrases": sum(r.phrases for r in report.files),
        "findings": len(report.findings),
        "fixed": report.fixed,
        "changed_files": len(report.changed_files),
        "by_rule": dict(sorted(counts.items())),
        "errors": len(report.errors),
    }
