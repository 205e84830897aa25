"""Output of `replykit lint`: text, json, sarif, github annotations, the summary and --diff."""

from __future__ import annotations

import difflib
import json
from collections import Counter
from collections.abc import Mapping
from dataclasses import asdict
from typing import Any
from urllib.parse import quote

from replykit import __version__
from replykit.lint.results import FileResult, Finding, LintReport
from replykit.rules import Rule
from replykit.term import SEVERITY_STYLE, paint, printable, printable_lines

SCHEMA_VERSION = 1
INFORMATION_URI = "https://github.com/replykit/replykit"
_MARK = {"safe": "[*] ", "unsafe": "[~] ", None: ""}
_SARIF_LEVEL = {"error": "error", "warning": "warning", "info": "note"}
_GITHUB_LEVEL = {"error": "error", "warning": "warning", "info": "notice"}


def suggestion(f: Finding) -> str:
    """「flagged」→「replacement」 (or the flagged text alone when there is none)."""
    shown = f"「{_one_line(f.text)}」"
    if not f.replacements:
        return shown
    return shown + "→" + " | ".join(f"「{_one_line(r)}」" if r else "(删除)" for r in f.replacements)


def _one_line(text: str) -> str:
    return printable(text)


# -- text -------------------------------------------------------------------------------------


def text_line(f: Finding, color: bool = False) -> str:
    """ruff-like: ``path:line:col: rule [*] message 「text」→「fix」 [phrase id]``."""
    where = paint(printable(f"{f.path}:{f.line}:{f.column}:"), "bold", color)
    rule = paint(printable(f.rule), SEVERITY_STYLE[f.severity], color)
    return f"{where} {rule} {_MARK[f.fix]}{printable(f.message)} {suggestion(f)} [phrase {printable(f.phrase)}]"


def render_text(report: LintReport, color: bool = False) -> str:
    return "".join(text_line(f, color) + "\n" for f in report.findings)


def render_statistics(report: LintReport, rules: Mapping[str, Rule], locale: str = "zh") -> str:
    """ruff's --statistics: one line per rule that fired, most frequent first."""
    counts = Counter(f.rule for f in report.findings)
    fix_of = {f.rule: f.fix for f in report.findings}
    width = max((len(r) for r in counts), default=0)
    lines = []
    for rule, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
        known = rules.get(rule)
        description = known.describe(locale) if known else ""
        fix = known.fix if known else fix_of[rule]
        lines.append(f"{n:>5}  {rule:<{width}}  {_MARK[fix] or '    '}{description}".rstrip())
    return "".join(line + "\n" for line in lines)


# -- json -------------------------------------------------------------------------------------


def render_json(report: LintReport) -> str:
    """One object: findings (flat, 1-based line/column), file errors and the summary counts."""
    data = {
        "schema_version": SCHEMA_VERSION,
        "findings": [{**asdict(f), "replacements": list(f.replacements)} for f in report.findings],
        "errors": report.errors,
        "summary": summary_data(report),
    }
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def summary_data(report: LintReport) -> dict[str, Any]:
    counts = Counter(f.rule for f in report.findings)
    return {
        "files": len(report.files),
        "phrases": sum(len(r.document.phrases) for r in report.files if r.document),
        "findings": len(report.findings),
        "fixed": report.fixed,
        "changed_files": len(report.changed_files),
        "by_rule": dict(sorted(counts.items())),
        "errors": len(report.errors),
    }


# -- sarif ------------------------------------------------------------------------------------


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


# -- github -----------------------------------------------------------------------------------


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


def render_github(report: LintReport) -> str:
    return "".join(github_line(f) + "\n" for f in report.findings)


# -- summary and diff -------------------------------------------------------------------------


def render_summary(report: LintReport, *, fixes: str, wrote: bool) -> str:
    """Counts per rule (as ruff --statistics), then one closing line."""
    findings = report.findings
    counts = Counter(f.rule for f in findings)
    fix_of = {f.rule: f.fix for f in findings}
    width = max((len(r) for r in counts), default=0)
    lines = [
        f"{n:>5}  {rule:<{width}}  {_MARK[fix_of[rule]].strip()}".rstrip()
        for rule, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    ]
    phrases = summary_data(report)["phrases"]
    files = len(report.files)
    head = f"Found {len(findings)} finding{'s' * (len(findings) != 1)}"
    head += f" in {phrases} phrase{'s' * (phrases != 1)} of {files} file{'s' * (files != 1)}"
    if report.fixed:
        verb = "fixed" if wrote else "would be fixed"
        head += f" ({report.fixed} {verb}, {len(findings)} remaining)"
    lines.append(head + ".")
    safe = sum(1 for f in findings if f.fix == "safe" and f.replacements)
    unsafe = sum(1 for f in findings if f.fix == "unsafe" and f.replacements)
    if fixes == "none" and (safe or unsafe):
        hint = f"[*] {safe} fixable with --fix" if safe else "No safe fixes"
        if unsafe:
            hint += f"; [~] {unsafe} more with --fix --unsafe-fixes (review them)"
        lines.append(hint + ".")
    if report.errors:
        lines.append(f"{len(report.errors)} file error{'s' * (len(report.errors) != 1)} (see above).")
    return "\n".join(lines) + "\n"


def render_diff(report: LintReport) -> str:
    """A unified diff per changed file; files without a text encoding diff their phrases."""
    out: list[str] = []
    for r in report.changed_files:
        old, new = _diffable(r)
        out.extend(difflib.unified_diff(old, new, fromfile=f"a/{r.display}", tofile=f"b/{r.display}"))
    return "".join(
        printable_lines(line) if line.endswith("\n") else printable_lines(line) + "\n\\ No newline at end of file\n"
        for line in out
    )


def _diffable(r: FileResult) -> tuple[list[str], list[str]]:
    assert r.new is not None and r.document is not None
    doc = r.document
    if doc.encoding != "binary":
        try:
            old = r.original.decode(doc.encoding).splitlines(keepends=True)
            return old, r.new.decode(doc.encoding).splitlines(keepends=True)
        except (LookupError, UnicodeDecodeError):
            pass
    # Excel and other binary files: one line per phrase, "[phrase id] text".
    old = [f"[phrase {p.id}] {_one_line(p.text)}\n" for p in doc.phrases]
    new = [f"[phrase {p.id}] {_one_line(r.new_texts.get(p.index, p.text))}\n" for p in doc.phrases]
    return old, new
