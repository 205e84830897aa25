"""``--output-format github``: GitHub Actions workflow annotations."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TextIO

from replykit.lint.output.common import render_with, suggestion
from replykit.lint.results import Finding, LintReport
from replykit.rules import Rule
from replykit.term import printable, printable_lines

_GITHUB_LEVEL = {"error": "error", "warning": "warning", "info": "notice"}


def escape_data(value: str) -> str:
    """Workflow-command message escaping (as @actions/core does)."""
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(value: str) -> str:
    """Workflow-command property escaping: also ':' and ','."""
    return escape_data(value).replace(":", "%3A").replace(",", "%2C")


def github_line(f: Finding) -> str:
    props = {
        "file": f.path,
        "line": str(f.line),
        "endLine": str(f.end_line),
        "col": str(f.column),
        "endColumn": str(max(f.end_column, f.column)),
        "title": f"replykit {f.rule}",
    }
    joined = ",".join(f"{k}={escape_property(printable(v))}" for k, v in props.items())
    message = printable_lines(f"[phrase {printable(f.phrase)}] {f.message} {suggestion(f)}")
    return f"::{_GITHUB_LEVEL[f.severity]} {joined}::{escape_data(message)}"


class Writer:
    """One workflow command per finding, written as it comes."""

    def __init__(self, out: TextIO, color: bool) -> None:
        self.out = out

    def write(self, finding: Finding) -> None:
        self.out.write(github_line(finding) + "\n")

    def close(self, report: LintReport, rules: Mapping[str, Rule]) -> None:
        """Nothing follows the annotations."""


def render_github(report: LintReport) -> str:
    return render_with(Writer, report, {}, False)
