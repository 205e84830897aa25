"""What `replykit lint` found: findings located in files, per-file results, the report."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from replykit.lint.formats import PhraseDocument
from replykit.models import Applicability, Severity


@dataclass(frozen=True)
class Finding:
    """One finding in a phrase file, located at line:column of the flagged text."""

    path: str
    """The file as shown to the user (relative to the current folder when inside it)."""
    phrase: str
    """The phrase's id: shortcut code, short_code, title, or ``row N``."""
    row: int
    line: int
    column: int
    end_line: int
    end_column: int
    rule: str
    plugin: str
    severity: Severity
    message: str
    text: str
    replacements: tuple[str, ...] = ()
    fix: Applicability | None = None


@dataclass
class Tally:
    """What the summary, ``--statistics`` and the exit code need to know of the findings,
    counted as they are found (a streamed run does not keep the findings themselves)."""

    by_rule: Counter[str] = field(default_factory=Counter)
    fix_of: dict[str, Applicability | None] = field(default_factory=dict)
    """Each rule's fix mark, from its first finding."""
    severities: set[Severity] = field(default_factory=set)
    safe: int = 0
    """Findings with a replacement that ``--fix`` applies."""
    unsafe: int = 0
    """Findings with a replacement that only ``--unsafe-fixes`` applies."""

    @property
    def count(self) -> int:
        return sum(self.by_rule.values())

    def add(self, finding: Finding) -> None:
        self.by_rule[finding.rule] += 1
        self.fix_of.setdefault(finding.rule, finding.fix)
        self.severities.add(finding.severity)
        if finding.replacements:
            self.safe += finding.fix == "safe"
            self.unsafe += finding.fix == "unsafe"

    def merge(self, other: Tally) -> None:
        self.by_rule.update(other.by_rule)
        for rule, fix in other.fix_of.items():
            self.fix_of.setdefault(rule, fix)
        self.severities |= other.severities
        self.safe += other.safe
        self.unsafe += other.unsafe


SHOWN_ROWS = 10


@dataclass
class Refusals:
    """Fixes left unwritten, by reason: how many phrases, and the first rows (for one warning
    per reason, not one line per phrase)."""

    counts: dict[str, int] = field(default_factory=dict)
    rows: dict[str, list[int]] = field(default_factory=dict)
    more: set[str] = field(default_factory=set)
    """Reasons with more rows than shown."""

    def add(self, reason: str, row: int) -> None:
        self.counts[reason] = self.counts.get(reason, 0) + 1
        rows = self.rows.setdefault(reason, [])
        if row in rows:
            return
        if len(rows) < SHOWN_ROWS:
            rows.append(row)
            rows.sort()
        elif row < rows[-1]:
            self.more.add(reason)
            rows[-1] = row
            rows.sort()
        else:
            self.more.add(reason)

    def warning(self, where: str) -> str | None:
        """One line per reason, or None when no fix was refused."""
        lines = []
        for reason, count in self.counts.items():
            rows = self.rows[reason]
            shown = ", ".join(map(str, rows)) + (", ..." if reason in self.more else "")
            left = f"{count} phrase{'s' * (count != 1)} left unfixed"
            plural = "s" * (len(rows) != 1 or reason in self.more)
            lines.append(f"{where}: {reason}; {left} (row{plural} {shown})")
        return "\n".join(lines) or None


@dataclass
class FileResult:
    """What linting one file gave: findings, or the error that stopped it."""

    path: Path
    display: str
    findings: list[Finding] = field(default_factory=list)
    """The findings, unless a run passed them on as they were found (``Linter(sink=...)``)."""
    tally: Tally = field(default_factory=Tally)
    """Counts of every finding of the file, kept or passed on."""
    fixed: int = 0
    """Fixes applied (or, with --diff, that would be)."""
    original: bytes = b""
    new: bytes | None = None
    """The fixed file's bytes when fixes changed it (None when streamed to the file)."""
    changed: bool = False
    """Fixes changed the file (written, or with --diff, would be)."""
    new_texts: dict[int, str] = field(default_factory=dict)
    """Fixed phrase texts by phrase index."""
    document: PhraseDocument | None = None
    phrases: int = 0
    """How many phrases the file holds (kept when ``document`` is dropped by ``--jobs`` workers)."""
    refusals: Refusals = field(default_factory=Refusals)
    """Fixes not written, and why."""
    error: str | None = None
    warning: str | None = None
    """A non-fatal note, e.g. fixes skipped because the format is read-only."""


@dataclass
class LintReport:
    files: list[FileResult]
    errors: list[str]
    """File-level problems (missing path, unknown suffix, unreadable or malformed file)."""
    warnings: list[str] = field(default_factory=list)

    @property
    def findings(self) -> list[Finding]:
        """The findings kept (all of them, unless the run passed them to a sink)."""
        return [f for r in self.files for f in r.findings]

    @property
    def tally(self) -> Tally:
        """Counts of every finding, kept or passed on."""
        total = Tally()
        for r in self.files:
            total.merge(r.tally)
        return total

    @property
    def fixed(self) -> int:
        return sum(r.fixed for r in self.files)

    @property
    def changed_files(self) -> list[FileResult]:
        return [r for r in self.files if r.changed]
