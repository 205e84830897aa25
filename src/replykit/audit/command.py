"""The ``replykit audit`` subcommand: read logs, audit each conversation, write the report.

Exit codes (as ``replykit lint``): 0 the audit passed, 1 the mean score is under
``--fail-under`` (or a conversation is critical with ``--fail-on-critical``), 2 usage, config,
I/O or bad-row errors.
"""

from __future__ import annotations

import argparse
import os
import sys
from typing import Any

from replykit.errors import ReplykitError
from replykit.term import Exit, add_selection_options, is_terminal

EPILOG = """\
examples:
  replykit audit chats.tsv                          summary in the terminal
  replykit audit export.json --format html -o audit.html
  replykit audit logs/*.csv --columns conversation=chat,text=body --format csv -o audit/
  replykit audit chats.parquet --fail-under 85      for CI: exit 1 when the mean score is lower

input: JDDC session .tsv, Chatwoot .json/.jsonl, generic .csv/.tsv/.jsonl/.parquet (one message a row,
grouped by conversation). exit codes: 0 pass, 1 under --fail-under, 2 usage, config, I/O or bad rows.
"""


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register ``audit`` on the main parser's subcommands."""
    p = sub.add_parser(
        "audit",
        help="quality inspection (质检) of whole conversations in chat logs, per agent",
        description="Audit customer-service conversations: response times, promises, unanswered and repeated "
        "questions, greetings and closings, angry customers, choice questions, auto-replies, and every agent "
        "message through the per-reply rules; scores per conversation, agent and day; the promise checklist "
        "and the feedback routing table.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("logs", nargs="+", metavar="LOG", help="log files")
    read = p.add_argument_group("reading logs")
    read.add_argument(
        "--input-format",
        choices=["auto", "jddc", "chatwoot", "csv", "jsonl", "parquet"],
        default="auto",
        help="log format (default: from the suffix and first line)",
    )
    read.add_argument(
        "--columns",
        metavar="MAP",
        help="column mapping of table logs: conversation=COL,time=COL,role=COL,agent=COL,text=COL,channel=COL",
    )
    read.add_argument("--skip-bad-rows", action="store_true", help="skip and count bad rows instead of failing")
    out = p.add_argument_group("output")
    out.add_argument(
        "--format",
        choices=["text", "json", "csv", "parquet", "html"],
        default="text",
        help="text (summary, default), json (one document), csv / parquet (a folder of tables), html (report)",
    )
    out.add_argument("-o", "--output", metavar="PATH", help="file (json, html) or folder (csv, parquet)")
    out.add_argument("--fail-under", type=float, metavar="SCORE", help="exit 1 when the mean score is below SCORE")
    out.add_argument("--fail-on-critical", action="store_true", help="exit 1 when any conversation is critical")
    out.add_argument("-q", "--quiet", action="store_true", help="no progress bar and no summary on stderr")
    cfg = p.add_argument_group("configuration")
    cfg.add_argument("--config", metavar="FILE", help="use this replykit.toml / pyproject.toml, no discovery")
    add_selection_options(cfg, what="conversation-rule")
    cfg.add_argument("--no-drafts", action="store_true", help="skip the per-reply rules on agent messages")
    dist = p.add_argument_group("on a Dask cluster (the dask extra; docs/scale.md)")
    dist.add_argument("--scheduler", metavar="ADDRESS", help="audit on this Dask scheduler (tcp://host:8786)")
    dist.add_argument("--workers", type=int, metavar="N", help="audit on a local Dask cluster of N worker processes")
    dist.add_argument(
        "--by-conversation",
        action="store_true",
        help="the Parquet log is already partitioned by conversation id (no shuffle)",
    )


def parse_columns(value: str | None) -> dict[str, str]:
    if not value:
        return {}
    out = {}
    for part in value.split(","):
        key, sep, column = part.partition("=")
        if not sep or not key.strip() or not column.strip():
            raise ReplykitError(f"--columns: expected FIELD=COLUMN, got {part!r}")
        out[key.strip()] = column.strip()
    return out


def run(args: argparse.Namespace) -> int:
    from replykit.audit.config import AuditConfig
    from replykit.audit.engine import Auditor
    from replykit.audit.readers import ReadStats, read_logs
    from replykit.audit.report import tables
    from replykit.config import Config

    config = Config.from_file(args.config) if args.config else Config.discover(".")
    audit: dict[str, Any] = dict(config.audit)
    if args.select:
        audit["select"] = [s.strip() for s in args.select.split(",") if s.strip()]
    if args.ignore:
        audit["ignore"] = [*audit.get("ignore", []), *(s.strip() for s in args.ignore.split(",") if s.strip())]
    if args.no_drafts:
        audit["drafts"] = False
    changes: dict[str, Any] = {"audit": audit}
    if args.locale:
        changes["locale"] = args.locale
    config = config.merged(**changes)
    AuditConfig.from_config(config)  # bad keys fail before any log is read
    if args.scheduler or args.workers:
        return _run_on_cluster(args, config)
    auditor = Auditor(config)
    stats = ReadStats()
    conversations = read_logs(
        args.logs,
        format=args.input_format,
        columns=parse_columns(args.columns),
        skip_bad_rows=args.skip_bad_rows,
        stats=stats,
    )
    sink = _sink(args, tables)
    summary = auditor.new_summary()
    bar = Bar(enabled=not args.quiet)
    try:
        for result in auditor.run(conversations, summary, progress=bar):
            if sink is not None:
                sink.add(result)
        bar.close()
        if sink is not None:
            sink.close(summary)
    except BaseException:
        bar.close()
        if sink is not None:
            sink.abort()
        raise
    _report(args, summary, stats)
    return _exit_code(args, summary)


def _run_on_cluster(args: argparse.Namespace, config: Any) -> int:
    """The same audit on Dask: Parquet logs in, the per-conversation tables written by the
    workers as partitioned Parquet, the summary merged on the cluster."""
    if args.scheduler and args.workers:
        raise ReplykitError("--scheduler and --workers: give one (a running cluster, or a local one to start)")
    if args.workers is not None and args.workers < 1:
        raise ReplykitError("--workers: expected a number of worker processes of 1 or more")
    if args.format not in ("text", "parquet", "html"):
        raise ReplykitError(
            f"--format {args.format} is not written on a cluster; use parquet (a folder of partitioned tables), "
            "html or text"
        )
    if args.input_format not in ("auto", "parquet") or not all(_parquet_source(p) for p in args.logs):
        raise ReplykitError(
            "on a cluster the log is read as Parquet (a .parquet file, a folder of them or a URL); "
            "convert it once with: replykit audit LOG --format parquet, or write it from pandas"
        )
    try:
        from replykit.dask import audit, cluster
    except ImportError:
        raise ReplykitError('--scheduler and --workers need Dask: pip install "replykit[dask]"') from None
    from replykit.audit.readers import ReadStats

    output = (args.output or "audit-report") if args.format == "parquet" else None
    logs = args.logs[0] if len(args.logs) == 1 else list(args.logs)
    stats = ReadStats()
    with cluster(args.scheduler, args.workers):
        summary = audit(
            logs,
            output,
            config,
            columns=parse_columns(args.columns),
            by_conversation=args.by_conversation,
            skip_bad_rows=args.skip_bad_rows,
            stats=stats,
        )
    if args.format == "html":
        _HtmlSink(args.output or "audit-report.html", args.logs).close(summary)
    _report(args, summary, stats)
    return _exit_code(args, summary)


def _parquet_source(path: str) -> bool:
    lowered = path.lower().rstrip("/")
    return lowered.endswith(".parquet") or "://" in path or os.path.isdir(path) or "*" in path


def _sink(args: argparse.Namespace, tables: Any) -> Any:
    if args.format == "text":
        return None
    if args.format == "json":
        return tables.JsonSink(args.output)
    if args.format in ("csv", "parquet"):
        folder = args.output or "audit-report"
        return tables.CsvSink(folder) if args.format == "csv" else tables.ParquetSink(folder)
    return _HtmlSink(args.output or "audit-report.html", args.logs)


class _HtmlSink:
    def __init__(self, path: str, sources: list[str]) -> None:
        self.path = path
        self.sources = sources

    def add(self, result: Any) -> None:
        """The report is drawn from the summary alone."""

    def close(self, summary: Any) -> None:
        from replykit.audit.report.files import AtomicFile
        from replykit.audit.report.html import report_html

        with AtomicFile(self.path) as fh:
            fh.write(report_html(summary, sources=[os.path.basename(s) for s in self.sources]))

    def abort(self) -> None:
        pass


def _report(args: argparse.Namespace, summary: Any, stats: Any) -> None:
    from replykit.audit.report.text import render_text

    if args.format == "text":
        print(render_text(summary, stats))
        return
    if not args.quiet:
        t = summary.totals()
        where = args.output or {"csv": "audit-report/", "parquet": "audit-report/", "html": "audit-report.html"}.get(
            args.format, "stdout"
        )
        print(
            f"replykit audit: {t['conversations']} conversations, mean score {t['score']}, "
            f"{t['findings']} findings, {t['promises_open']} open promises -> {where}",
            file=sys.stderr,
        )
        if stats.skipped:
            print(f"replykit audit: skipped {stats.skipped} bad rows (first: {stats.reasons[0]})", file=sys.stderr)


def _exit_code(args: argparse.Namespace, summary: Any) -> int:
    score = summary.mean_score
    if args.fail_under is not None and score is not None and score < args.fail_under:
        if not args.quiet:
            print(f"replykit audit: mean score {score} is under --fail-under {args.fail_under:g}", file=sys.stderr)
        return Exit.FINDINGS
    if args.fail_on_critical and summary.critical:
        return Exit.FINDINGS
    return Exit.OK


class Bar:
    """A progress bar on stderr for long runs: tqdm when installed, else a counter line;
    nothing when stderr is not a terminal or in CI."""

    def __init__(self, enabled: bool = True) -> None:
        self.enabled = enabled and is_terminal(sys.stderr) and not os.environ.get("CI")
        self.bar: Any = None
        self.width = 0
        self.shown = 0
        if self.enabled:
            try:
                from tqdm import tqdm
            except ImportError:
                return
            self.bar = tqdm(unit=" conv", file=sys.stderr, delay=0.5, leave=False, dynamic_ncols=True)

    def __call__(self, conversations: int, messages: int) -> None:
        if not self.enabled:
            return
        if self.bar is not None:
            self.bar.update(conversations - self.bar.n)
            if conversations % 200 == 0:
                self.bar.set_postfix_str(f"{messages} messages", refresh=False)
            return
        if conversations - self.shown >= 500:
            self.shown = conversations
            line = f"replykit audit: {conversations} conversations, {messages} messages"
            self.width = max(self.width, len(line))
            sys.stderr.write("\r" + line.ljust(self.width))
            sys.stderr.flush()

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()
            self.bar = None
        elif self.width:
            sys.stderr.write("\r" + " " * self.width + "\r")
            sys.stderr.flush()
            self.width = 0
