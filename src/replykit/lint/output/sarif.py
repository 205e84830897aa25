"""``--output-format sarif``: SARIF 2.1.0 for code-scanning tools."""

from __future__ import annotations

import json
import tempfile
from collections.abc import Mapping
from typing import Any, TextIO
from urllib.parse import quote

from replykit import __version__
from replykit.lint.output.common import render_with, suggestion
from replykit.lint.output.json_report import nested
from replykit.lint.results import Finding, LintReport
from replykit.rules import Rule

INFORMATION_URI = "https://github.com/replykit/replykit"
_SARIF_LEVEL = {"error": "error", "warning": "warning", "info": "note"}


SPOOL_BYTES = 1 << 22  # results held in memory before they spill to a temporary file


class Writer:
    """SARIF 2.1.0 with code-point columns; rules listed are those that fired.

    The run lists its rules before its results, and only the end of the run knows which rules
    fired: each result waits as one line of JSON in a spooled temporary file (memory up to
    ``SPOOL_BYTES``, then disk) and is placed, with its rule index, by ``close``.
    """

    def __init__(self, out: TextIO, color: bool) -> None:
        self.out = out
        self.count = 0
        self.spool = tempfile.SpooledTemporaryFile(  # noqa: SIM115 - open until close()
            max_size=SPOOL_BYTES, mode="w+", encoding="utf-8"
        )

    def write(self, finding: Finding) -> None:
        self.spool.write(json.dumps(_result(finding), ensure_ascii=False) + "\n")
        self.count += 1

    def close(self, report: LintReport, rules: Mapping[str, Rule]) -> None:
        used = sorted(report.tally.by_rule)
        index = {rid: i for i, rid in enumerate(used)}
        run: dict[str, Any] = {
            "tool": {
                "driver": {
                    "name": "replykit",
                    "version": __version__,
                    "semanticVersion": __version__,
                    "informationUri": INFORMATION_URI,
                    "rules": [_descriptor(rid, rules.get(rid)) for rid in used],
                }
            },
            "columnKind": "unicodeCodePoints",
            "results": [],
            "invocations": [
                {
                    "executionSuccessful": not report.errors,
                    "toolExecutionNotifications": [{"level": "error", "message": {"text": e}} for e in report.errors],
                }
            ],
        }
        sarif = {"$schema": "https://json.schemastore.org/sarif-2.1.0.json", "version": "2.1.0", "runs": [run]}
        # a string in the document cannot hold this text unescaped: it is the results' place
        head, tail = json.dumps(sarif, ensure_ascii=False, indent=2).split('"results": []', 1)
        self.out.write(head + '"results": [')
        self.spool.seek(0)
        for n, line in enumerate(self.spool):
            result = json.loads(line)
            placed = {"ruleId": result["ruleId"], "ruleIndex": index[result["ruleId"]], **result}
            self.out.write(("\n" if not n else ",\n") + " " * 8 + nested(placed, 4))
        self.spool.close()
        self.out.write(("\n      ]" if self.count else "]") + tail + "\n")


def render_sarif(report: LintReport, rules: Mapping[str, Rule]) -> str:
    """SARIF 2.1.0 with code-point columns; rules listed are those that fired."""
    return render_with(Writer, report, rules, False)


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


def _result(f: Finding) -> dict[str, Any]:
    return {
        "ruleId": f.rule,
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
