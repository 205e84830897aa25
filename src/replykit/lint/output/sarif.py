"""``--output-format sarif``: SARIF 2.1.0 for code-scanning tools."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any
from urllib.parse import quote

from replykit import __version__
from replykit.lint.output.common import suggestion
from replykit.lint.results import Finding, LintReport
from replykit.rules import Rule

INFORMATION_URI = "https://github.com/replykit/replykit"
_SARIF_LEVEL = {"error": "error", "warning": "warning", "info": "note"}


def render_sarif(report: LintReport, rules: Mapping[str, Rule]) -> str:
    """SARIF 2.1.0 with code-point columns; rules listed are those that fired."""
    used = sorted({f.rule for f in report.findings})
    index = {rid: i for i, rid in enumerate(used)}
    descriptors = [_descriptor(rid, rules.get(rid)) for rid in used]
    run: dict[str, Any] = {
        "tool": {
            "driver": {
                "name": "replykit",
                "version": __version__,
                "semanticVersion": __version__,
                "informationUri": INFORMATION_URI,
                "rules": descriptors,
            }
        },
        "columnKind": "unicodeCodePoints",
        "results": [_result(f, index[f.rule]) for f in report.findings],
        "invocations": [
            {
                "executionSuccessful": not report.errors,
                "toolExecutionNotifications": [{"level": "error", "message": {"text": e}} for e in report.errors],
            }
        ],
    }
    sarif = {
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [run],
    }
    return json.dumps(sarif, ensure_ascii=False, indent=2) + "\n"


def _descriptor(rule_id: str, rule: Rule | None) -> dict[str, Any]:
    if rule is None:
        return {"id": rule_id}
    return {
        "id": rule_id,
        "name": rule.name,
        "shortDescription": {"text": rule.description},
        "fullDescription": {"text": f"{rule.description} {rule.message_en}"},
        "defaultConfiguration": {"level": _SARIF_LEVEL[rule.severity]},
        "properties": {"plugin": rule.plugin, "fix": rule.fix or "none", "tags": [rule.plugin]},
    }


def _result(f: Finding, rule_index: int) -> dict[str, Any]:
    return {
        "ruleId": f.rule,
        "ruleIndex": rule_index,
        "level": _SARIF_LEVEL[f.severity],
        "message": {"text": f"{f.message} {suggestion(f)}"},
        "locations": [
            {
                "physicalLocation": {
                    "artifactLocation": {"uri": quote(f.path.replace("\\", "/"), safe="/:")},
                    "region": {
                        "startLine": f.line,
                        "startColumn": f.column,
                        "endLine": f.end_line,
                        "endColumn": max(f.end_column, f.column),
                        "snippet": {"text": f.text},
                    },
                },
                "logicalLocations": [{"name": f.phrase, "kind": "element"}],
            }
        ],
        "properties": {
            "phrase": f.phrase,
            "row": f.row,
            "replacements": list(f.replacements),
            "fix": f.fix or "none",
        },
    }


def render(report: LintReport, rules: Mapping[str, Rule], color: bool) -> str:
    """The registered renderer (``OUTPUTS``): every output takes the same three arguments."""
    return render_sarif(report, rules)
