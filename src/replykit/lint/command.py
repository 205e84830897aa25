"""The ``replykit lint`` subcommand: arguments, running the linter, output and exit code."""

from __future__ import annotations

import argparse
import signal
import sys
import threading
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from replykit.config import kebab, snake, split_list
from replykit.errors import ReplykitError
from replykit.term import (
    EXIT_CODES_HELP,
    Exit,
    add_fail_on_options,
    add_format_option,
    add_selection_options,
    failing,
    printable,
    use_color,
)

if TYPE_CHECKING:  # the runner imports the engine: load it only when lint runs
    from replykit.config import Config
    from replykit.lint.results import Finding, LintReport
    from replykit.models import FixLevel

EPILOG = """\
examples:
  replykit lint phrases/                    check every phrase file under phrases/
  replykit lint - < replies.txt             phrases from stdin (--stdin-filename x.csv for a table)
  replykit lint replies.csv --fix           apply safe fixes in place
  replykit lint replies.csv --diff --unsafe-fixes   show what all fixes would change
  replykit lint . --format sarif -o replykit.sarif  for GitHub code scanning

{exit_codes}
suppress one phrase: a 'replykit: ignore[negative.cannot]' directive (see docs/lint.md).
"""


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register ``lint`` on the main parser's subcommands."""
    p = sub.add_parser(
        "lint",
        help="check the canned replies in phrase files (.txt .csv .tsv .xlsx .json .yaml)",
        description="Check every phrase (canned reply, quick phrase) in phrase files and folders; "
        "report findings with the phrase's id and line:column, and optionally fix them in place.",
        epilog=EPILOG.format(exit_codes=EXIT_CODES_HELP),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("paths", nargs="*", default=["."], metavar="PATH", help="files or folders (default: .); - for stdin")
    fix = p.add_argument_group("fixes")
    fix.add_argument("--fix", action="store_true", help="apply safe fixes to the files, in place")
    fix.add_argument(
        "--unsafe-fixes",
        action="store_true",
        help="with --fix or --diff, also apply unsafe fixes (review them before sending)",
    )
    fix.add_argument("--diff", action="store_true", help="print a unified diff of the fixes; write nothing")
    out = p.add_argument_group("output")
    from replykit.lint.output import OUTPUTS

    add_format_option(
        out,
        list(OUTPUTS),
        ", ".join(o.help for o in OUTPUTS.values()) + "; --output-format as in ruff",
    )
    out.add_argument("-o", "--output-file", metavar="FILE", help="write the findings to FILE instead of stdout")
    add_fail_on_options(out, default=None)  # None: the config's fail-on
    out.add_argument(
        "--statistics", action="store_true", help="print how many findings each rule has, not the findings"
    )
    out.add_argument("-q", "--quiet", action="store_true", help="no summary and no progress counter")
    out.add_argument(
        "-j",
        "--jobs",
        type=int,
        default=1,
        metavar="N",
        help="lint N files at a time in worker processes (default: 1; --diff and stdin use one)",
    )
    out.add_argument("-v", "--verbose", action="store_true", help="say which files a folder walk skipped and why")
    out.add_argument(
        "--show-settings", action="store_true", help="print the resolved settings, where each came from, and exit"
    )
    cfg = p.add_argument_group("configuration")
    cfg.add_argument("--config", metavar="FILE", help="use this replykit.toml / pyproject.toml, no discovery")
    add_selection_options(cfg)
    cfg.add_argument(
        "--exclude", metavar="GLOBS", help="comma-separated globs of files/folders to skip (replaces the config's)"
    )
    cfg.add_argument("--extend-exclude", metavar="GLOBS", help="comma-separated globs to skip in addition (adds)")
    cfg.add_argument(
        "--no-respect-gitignore",
        dest="respect_gitignore",
        action="store_false",
        default=None,
        help="walk files that .gitignore files ignore",
    )
    read = p.add_argument_group("reading files")
    read.add_argument("--column", help="phrase column of tables: header name or 1-based index")
    read.add_argument("--ignore-column", help="column holding 'replykit: ignore[...]' directives")
    read.add_argument("--encoding", help="force this encoding (default: detect; e.g. gb18030, utf-8)")
    read.add_argument(
        "--stdin-filename", metavar="NAME", help="with PATH -: the name (and so the format and config) of stdin"
    )
    from replykit.lint.formats import Limits

    limits = p.add_argument_group("limits (a file over one is an error; see docs/security.md)")
    for flag, help_ in (
        ("--max-file-bytes", "largest phrase file read, in bytes"),
        ("--max-phrase-chars", "longest phrase, in characters"),
        ("--max-cells", "most cells in one sheet of a workbook"),
        ("--max-unpacked-bytes", "most bytes an xlsx may decompress to"),
        ("--max-unpack-ratio", "highest compression ratio of an xlsx member"),
    ):
        default = getattr(Limits, snake(flag[2:]))
        limits.add_argument(flag, type=_positive, metavar="N", help=f"{help_} (default: {default})")


def run(args: argparse.Namespace) -> int:
    """Lint the paths; returns the exit code (ReplykitError propagates to the CLI's handler)."""
    from replykit.lint.output import OUTPUTS, summary
    from replykit.lint.progress import Progress
    from replykit.lint.runner import Linter

    fixes: FixLevel = "none"
    if args.fix or args.diff:
        fixes = "unsafe" if args.unsafe_fixes else "safe"
    stdin = args.paths == ["-"]
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
            "respect_gitignore": args.respect_gitignore,
            "max_file_bytes": args.max_file_bytes,
            "max_phrase_chars": args.max_phrase_chars,
            "max_cells": args.max_cells,
            "max_unpacked_bytes": args.max_unpacked_bytes,
            "max_unpack_ratio": args.max_unpack_ratio,
        },
        fixes=fixes,
        write=args.fix and not args.diff and not stdin,
        progress=progress,
        explain=_explain if args.verbose else None,
    )
    first = Path(args.stdin_filename or ".") if stdin else Path(args.paths[0])
    scope = linter.scope_for(first)
    settings = scope.settings
    if args.show_settings:
        from replykit.settings_report import show_settings

        print(show_settings(scope.config, _lint_origins(scope, linter, args)), end="")
        return Exit.OK
    to_stderr = stdin and args.fix  # as ruff: the fixed file to stdout, the findings to stderr
    stream = sys.stderr if to_stderr else sys.stdout
    output = OUTPUTS[settings.format]
    with ExitStack() as stack:
        out = stream if args.diff or not args.output_file else stack.enter_context(_open_output(args.output_file))
        writer = None
        if not (args.diff or args.statistics):  # findings are printed as they are found
            writer = output.open(out, not args.output_file and use_color(stream))
        linter.sink = writer.write if writer is not None else _discard
        previous = _exit_on_sigterm()
        try:
            report = (
                linter.lint_stdin(_stdin_bytes(), args.stdin_filename) if stdin else linter.lint(args.paths, args.jobs)
            )
        finally:
            progress.close()
            if previous is not None:
                signal.signal(signal.SIGTERM, previous)
        if not report.files and not report.errors:
            known = ", ".join(sorted(linter.formats))
            report.warnings.append(f"no phrase files found in {' '.join(args.paths)} ({known})")
        for why, skipped in linter.missing.items():
            names = ", ".join(str(p) for p in skipped[:3]) + (", ..." if len(skipped) > 3 else "")
            report.warnings.append(f"{why}; not read: {names}")
        for warning in report.warnings:
            for line in warning.split("\n"):  # one refused phrase per line
                print(f"replykit: warning: {printable(line)}", file=sys.stderr)
        for error in report.errors:
            print(f"replykit: error: {printable(error)}", file=sys.stderr)
        if args.diff:
            return _diff(report, args)
        if stdin and args.fix:
            result = report.files[0] if report.files else None
            if result is not None and result.document is not None:
                sys.stdout.buffer.write(result.new if result.new is not None else result.original)
                sys.stdout.flush()
        rules = {rid: r for each in linter.scopes for rid, r in each.assistant.rules.items()}
        if writer is None:
            out.write(summary.render_statistics(report, rules, scope.config.locale))
        else:
            writer.close(report, rules)
    if not args.quiet and not args.statistics:
        to_stdout = output.summary_on_stdout and not args.output_file and not to_stderr
        closing = summary.render_summary(report, fixes=fixes, wrote=linter.write or to_stderr)
        print(closing, end="", file=sys.stdout if to_stdout else sys.stderr)
    if report.errors:
        return Exit.ERROR
    fail_on = settings.fail_on  # --exit-zero arrives as --fail-on never (cli._run)
    return failing(report.tally.severities, fail_on)


def _stdin_bytes() -> bytes:
    return sys.stdin.buffer.read() if hasattr(sys.stdin, "buffer") else sys.stdin.read().encode("utf-8")


def _explain(path: Path, why: str) -> None:
    print(f"replykit: skipped {path}: {why}", file=sys.stderr)


def _lint_origins(scope: Any, linter: Any, args: argparse.Namespace) -> dict[str, tuple[Any, str]]:
    """Each LintSettings key -> (value, where it came from), for --show-settings."""
    from replykit.settings_report import origin, read_file_table

    table = read_file_table(scope.config)
    flags = {kebab(k): f"--{kebab(k)}" for k in linter.overrides}
    if args.exclude:
        flags["exclude"] = "--exclude"
    if args.extend_exclude:
        flags["extend-exclude"] = "--extend-exclude"
    out = {}
    for name, field in type(scope.settings).model_fields.items():
        key = field.alias or name
        out[key] = (getattr(scope.settings, name), origin(scope.config, table, f"lint.{key}", flags, flag_key=key))
    return out


def _diff(report: LintReport, args: argparse.Namespace) -> int:
    from replykit.lint.output.summary import render_diff

    _emit(render_diff(report), args.output_file)
    changed = len(report.changed_files)
    if not args.quiet:
        print(
            f"{changed} file{'s' * (changed != 1)} would be changed ({report.fixed} fix{'es' * (report.fixed != 1)}).",
            file=sys.stderr,
        )
    if report.errors:
        return Exit.ERROR
    return Exit.FINDINGS if changed else Exit.OK


def _emit(body: str, output_file: str | None) -> None:
    if not output_file:
        sys.stdout.write(body)
        return
    with _open_output(output_file) as fh:
        fh.write(body)


@contextmanager
def _open_output(output_file: str) -> Iterator[TextIO]:
    """``-o FILE`` opened for the output; an error writing it names the file."""
    try:
        with open(output_file, "w", encoding="utf-8", newline="\n") as fh:
            yield fh
    except OSError as exc:
        raise ReplykitError(f"{output_file}: cannot write output: {exc.strerror or exc}") from None


def _discard(finding: Finding) -> None:
    """The sink of a run that prints no findings (--statistics, --diff): only counts are kept."""


def _adjust(config: Config, args: argparse.Namespace) -> Config:
    """Command-line --select / --ignore / --locale / --exclude / --extend-exclude on top of a file's config."""
    config = config.apply_flags(args.select, args.ignore, args.locale)
    if args.exclude or args.extend_exclude:
        lint = dict(config.lint)
        if args.exclude:
            lint["exclude"] = split_list(args.exclude)
        if args.extend_exclude:
            before = lint.get("extend-exclude", [])
            lint["extend-exclude"] = [*before, *split_list(args.extend_exclude)] if isinstance(before, list) else before
        config = config.merged(lint=lint)
    return config


def _exit_on_sigterm() -> Any:
    """Make ``kill`` (SIGTERM) unwind like Ctrl-C, so a fix being written removes its temporary
    file; returns the previous handler (None when not in the main thread)."""

    def terminate(signum: int, frame: object) -> None:
        raise SystemExit(128 + signum)

    if threading.current_thread() is not threading.main_thread():
        return None
    return signal.signal(signal.SIGTERM, terminate)


def _positive(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        number = 0
    if number <= 0:
        raise argparse.ArgumentTypeError(f"expected a positive integer, not {value!r}")
    return number
