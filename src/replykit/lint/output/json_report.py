"""``--output-format json``: one object with the findings, file errors and summary counts."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import asdict

from replykit.lint.output.common import summary_data
from replykit.lint.results import LintReport
from replykit.rules import Rule

SCHEMA_VERSION = 1


def render_json(report: LintReport) -> str:
    """One object: findings (flat, 1-based line/column), file errors and the summary counts."""
    data = {
        "schema_version": SCHEMA_VERSION,
        "findings": [{**asdict(f), "replacements": list(f.replacements)} for f in report.findings],
        "errors": report.errors,
        "summary": summary_data(report),
    }
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def render(report: LintReport, rules: Mapping[str, Rule], color: bool) -> str:
    """The registered renderer (``OUTPUTS``): every output takes the same three arguments."""
    return render_json(report)
