"""What lint prints besides the findings: --statistics, the closing summary and --diff."""

from __future__ import annotations

import difflib
from collections.abc import Mapping

from replykit.lint.output.common import MARK, one_line, summary_data
from replykit.lint.results import FileResult, LintReport
from replykit.rules import Rule
from replykit.term import printable_lines


def render_statistics(report: LintReport, rules: Mapping[str, Rule], locale: str = "zh") -> str:
    """ruff's --statistics: one line per rule that fired, most frequent first."""
    tally = report.tally
    counts, fix_of = tally.by_rule, tally.fix_of
    width = max((len(r) for r in counts), default=0)
    lines = []
    for rule, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
        known = rules.get(rule)
        description = known.describe(locale) if known else ""
        fix = known.fix if known else fix_of[rule]
        lines.append(f"{n:>5}  {rule:<{width}}  {MARK[fix] or '    '}{description}".rstrip())
    return "".join(line + "\n" for line in lines)


def render_summary(report: LintReport, *, fixes: str, wrote: bool) -> str:
    """Counts per rule (as ruff --statistics), then one closing line."""
    tally = report.tally
    counts, fix_of, found = tally.by_rule, tally.fix_of, tally.count
    width = max((len(r) for r in counts), default=0)
    lines = [
        f"{n:>5}  {rule:<{width}}  {MARK[fix_of[rule]].strip()}".rstrip()
        for rule, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    ]
    phrases = summary_data(report)["phrases"]
    files = len(report.files)
    head = f"Found {found} finding{'s' * (found != 1)}"
    head += f" in {phrases} phrase{'s' * (phrases != 1)} of {files} file{'s' * (files != 1)}"
    if report.fixed:
        verb = "fixed" if wrote else "would be fixed"
        head += f" ({report.fixed} {verb}, {found} remaining)"
    lines.append(head + ".")
    safe, unsafe = tally.safe, tally.unsafe
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
    old = [f"[phrase {p.id}] {one_line(p.text)}\n" for p in doc.phrases]
    new = [f"[phrase {p.id}] {one_line(r.new_texts.get(p.index, p.text))}\n" for p in doc.phrases]
    return old, new
