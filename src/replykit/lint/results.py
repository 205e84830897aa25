"""What `replykit lint` found: findings located in files, per-file results, the report."""

from __future__ import annotations

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
class FileResult:
    """What linting one file gave: findings, or the error that stopped it."""

    path: Path
    display: str
    findings: list[Finding] = field(default_factory=list)
    fixed: int = 0
    """Fixes applied (or, with --diff, that would be)."""
    original: bytes = b""
    new: bytes | None = None
    """The fixed file's bytes when fixes changed it."""
    new_texts: dict[int, str] = field(default_factory=dict)
    """Fixed phrase texts by phrase index."""
    document: PhraseDocument | None = None
    phrases: int = 0
    """How many phrases the file holds (kept when ``document`` is dropped by ``--jobs`` workers)."""
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
        return [f for r in self.files for f in r.findings]

    @property
    def fixed(self) -> int:
        return sum(r.fixed for r in self.files)

    @property
    def changed_files(self) -> list[FileResult]:
        return [r for r in self.files if r.new is not None]
