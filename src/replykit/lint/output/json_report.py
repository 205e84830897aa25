"""``--output-format json``: one object with the findings, file errors and summary counts.

The document is written by hand as the findings come (each one as ``json.dumps`` would place
it in the object), so a run of a million phrases holds none of them; the text is exactly
``json.dumps(document, ensure_ascii=False, indent=2)``.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import asdict
from typing import Any, TextIO

from replykit.lint.output.common import render_with, summary_data
from replykit.lint.results import Finding, LintReport
from replykit.rules import Rule

SCHEMA_VERSION = 1


def nested(value: Any, depth: int) -> str:
    """``value`` as ``json.dumps(..., indent=2)`` writes it ``depth`` levels deep in a document."""
    return json.dumps(value, ensure_ascii=False, indent=2).replace("\n", "\n" + "  " * depth)


class Writer:
    """``{"schema_version": 1, "findings": [...], "errors": [...], "summary": {...}}``."""

    def __init__(self, out: TextIO, color: bool) -> None:
        self.out = out
        self.count = 0
        out.write(f'{{\n  "schema_version": {SCHEMA_VERSION},\n  "findings": [')

    def write(self, finding: Finding) -> None:
        item = {**asdict(finding), "replacements": list(finding.replacements)}
        self.out.write(("\n" if not self.count else ",\n") + "    " + nested(item, 2))
        self.count += 1

    def close(self, report: LintReport, rules: Mapping[str, Rule]) -> None:
        self.out.write("\n  ]" if self.count else "]")
        self.out.write(f',\n  "errors": {nested(report.errors, 1)}')
        self.out.write(f',\n  "summary": {nested(summary_data(report), 1)}\n}}\n')


def render_json(report: LintReport) -> str:
    """One object: findings (flat, 1-based line/column), file errors and the summary counts."""
    return render_with(Writer, report, {}, False)
