"""The ``replykit lint`` subcommand: arguments, running the linter, output and exit code."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from replykit.config import split_list
from replykit.errors import ReplykitError

if TYPE_CHECKING:  # the runner imports the engine: load it only when lint runs
    from replykit.config import Config
    from replykit.lint.results import LintReport
    from replykit.models import FixLevel

EPILOG = """\
examples:
  replykit lint phrases/                    check every phrase file under phrases/
  replykit lint replies.csv --fix           apply safe fixes in place
  replykit lint replies.csv --diff --unsafe-fixes   show what all fixes would change
  replykit lint . --format sarif -o replykit.sarif  for GitHub code scanning

exit codes: 0 nothing at or above --fail-on, 1 findings, 2 usage, config, I/O or parse error.
suppress one phrase: a 'replykit: ignore[negative.cannot]' directive (see docs/lint.md).
"""


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register ``lint`` on the main parser's subcommands."""
    p = sub.add_parser(
        "lint",
        help="check the canned replies in phrase files (.txt .csv .tsv .xlsx .json .yaml)",
        description="Check every phrase (canned reply, quick phrase) in phrase files and folders; "
        "report findings with the phrase's id and line:column, and optionally fix them in place.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("paths", nargs="*", default=["."], metavar="PATH", help="files or folders (default: .)")
    fix = p.add_argument_group("fixes")
    fix.add_argument("--fix", action="store_true", help="apply safe fixes to the files, in place")
    fix.add_argument(
        "--unsafe-fixes",
        action="store_true",
        help="with --fix or --diff, also apply unsafe fixes (review them before sending)",
    )
    fix.add_argument("--diff", action="store_true", help="print a unified diff of the fixes; write nothing")
    out = p.add_argument_group("output")
    out.add_argument(
        "--format",
        choices=["text", "json", "sarif", "github"],
        help="text (default), json, sarif (SARIF 2.1.0) or github (workflow annotations)",
    )
    out.add_argument("-o", "--output-file", metavar="FILE", help="write the findings to FILE instead of stdout")
    out.add_argument(
        "--fail-on",
        choices=["error", "warning", "info", "never"],
        help="exit 1 when a finding is at or above this severity (default: warning)",
    )
    out.add_argument("-q", "--quiet", action="store_true", help="no summary and no progress counter")
    cfg = p.add_argument_group("configuration")
    cfg.add_argument("--config", metavar="FILE", help="use this replykit.toml / pyproject.toml, no discovery")
    cfg.add_argument("--select", metavar="PREFIXES", help="comma-separated rule prefixes to enable (replaces)")
    cfg.add_argument("--ignore", metavar="PREFIXES", help="comma-separated rule prefixes to disable (adds)")
    cfg.add_argument("--locale", choices=["zh", "en"], help="language of messages")
    cfg.add_argument("--exclude", metavar="GLOBS", help="comma-separated globs of files/folders to skip (adds)")
    read = p.add_argument_group("reading files")
    read.add_argument("--column", help="phrase column of tables: header name or 1-based index")
    read.add_argument("--ignore-column", help="column holding 'replykit: ignore[...]' directives")
    read.add_argument("--encoding", help="force this encoding (default: detect; e.g. gb18030, utf-8)")


def run(args: argparse.Namespace) -> int:
    """Lint the paths; returns the exit code (ReplykitError propagates to the CLI's handler)."""
    from replykit.lint import output
    from replykit.lint.progress import Progress
    from replykit.lint.runner import Linter

    fixes: FixLevel = "none"
    if args.fix or args.diff:
        fixes = "unsafe" if args.unsafe_fixes else "safe"
    progress = Progress(enabled=False if args.quiet else None)
    linter = Linter(
        config_file=args.config,
        adjust=lambda config: _adjust(config, args),
        overrides={
            "column": args.column,
            "ignore_column": args.ignore_column,
            "encoding": args.encoding,
            "fail_on": args.fail_on,
            "format": args.format,
        },
        fixes=fixes,
        write=args.fix and not args.diff,
        progress=progress,
    )
    settings = linter.scope_for(Path(args.paths[0])).settings
    try:
        report = linter.lint(args.paths)
    finally:
        progress.close()
    if not report.files and not report.errors:
        report.warnings.append(f"no phrase files found in {' '.join(args.paths)} ({', '.join(sorted(linter.formats))})")
    for warning in report.warnings:
        for line in warning.splitlines():  # one refused phrase per line
            print(f"replykit: warning: {line}", file=sys.stderr)
    for error in report.errors:
        print(f"replykit: error: {error}", file=sys.stderr)
    if args.diff:
        return _diff(report, args)
    if settings.format == "sarif":
        rules = {rid: r for scope in linter.scopes for rid, r in scope.assistant.rules.items()}
        body = output.render_sarif(report, rules)
    else:
        body = {"text": output.render_text, "github": output.render_github, "json": output.render_json}[
            settings.format
        ](report)
    _emit(body, args.output_file)
    if not args.quiet:
        to_stdout = settings.format in ("text", "github") and not args.output_file
        summary = output.render_summary(report, fixes=fixes, wrote=linter.write)
        print(summary, end="", file=sys.stdout if to_stdout else sys.stderr)
    if report.errors:
        return 2
    return _exit_code(report, settings.fail_on)


def _diff(report: LintReport, args: argparse.Namespace) -> int:
    from replykit.lint import output

    _emit(output.render_diff(report), args.output_file)
    changed = len(report.changed_files)
    if not args.quiet:
        print(
            f"{changed} file{'s' * (changed != 1)} would be changed ({report.fixed} fix{'es' * (report.fixed != 1)}).",
            file=sys.stderr,
        )
    if report.errors:
        return 2
    return 1 if changed else 0


def _emit(body: str, output_file: str | None) -> None:
    if not output_file:
        sys.stdout.write(body)
        return
    try:
        with open(output_file, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(body)
    except OSError as exc:
        raise ReplykitError(f"{output_file}: cannot write output: {exc.strerror or exc}") from None


def _exit_code(report: LintReport, fail_on: str) -> int:
    from replykit.models import SEVERITY_RANK

    if fail_on == "never":
        return 0
    floor = SEVERITY_RANK[fail_on]
    return 1 if any(SEVERITY_RANK[f.severity] >= floor for f in report.findings) else 0


def _adjust(config: Config, args: argparse.Namespace) -> Config:
    """Command-line --select / --ignore / --locale / --exclude on top of a file's config."""
    config = config.apply_flags(args.select, args.ignore, args.locale)
    if args.exclude:
        lint = dict(config.lint)
        before = lint.get("exclude", [])
        lint["exclude"] = [*before, *split_list(args.exclude)] if isinstance(before, list) else before
        config = config.merged(lint=lint)
    return config
