"""Streaming table outputs: JSON (one document), CSV and Parquet (one file per table in a
folder).  Per-conversation rows are written as each conversation is audited; the summary
tables when the run ends."""

from __future__ import annotations

import csv
import json
import tempfile
from collections.abc import Iterable
from dataclasses import asdict
from pathlib import Path
from typing import IO, Any

from replykit.audit.report.files import AtomicFile
from replykit.audit.results import ConversationResult, Summary, finding_rows
from replykit.errors import ReplykitError

STREAMED = ("conversations", "findings", "promises", "routing")
SUMMARY_TABLES = ("agents", "days", "rules", "routing_summary", "auto_replies")


def streamed_rows(result: ConversationResult) -> dict[str, list[dict[str, Any]]]:
    return {
        "conversations": [result.row()],
        "findings": finding_rows(result),
        "promises": [asdict(p) for p in result.promises],
        "routing": [asdict(c) for c in result.routing],
    }


def summary_rows(summary: Summary) -> dict[str, list[dict[str, Any]]]:
    agents = []
    for row in summary.agent_rows():
        flat = {k: v for k, v in row.items() if k not in ("rules", "response_buckets")}
        flat["rules"] = json.dumps(row["rules"], ensure_ascii=False)
        flat.update({f"replies {label}": n for label, n in row["response_buckets"].items()})
        agents.append(flat)
    return {
        "agents": agents,
        "days": summary.day_rows(),
        "rules": summary.rule_rows(),
        "routing_summary": summary.routing_rows(),
        "auto_replies": summary.auto_reply_rows(),
    }


class Sink:
    """Receives every conversation's result, then the summary."""

    def add(self, result: ConversationResult) -> None:
        raise NotImplementedError

    def close(self, summary: Summary) -> None:
        raise NotImplementedError

    def abort(self) -> None:
        """The run failed: leave no partial output behind."""


class JsonSink(Sink):
    """``{"summary": …, "agents": […], …, "conversations": […], "promises": […], "routing": […]}``.

    Conversations stream into the output; the checklist and routing rows wait in temp files
    until the end, so memory stays flat.
    """

    def __init__(self, path: str | None) -> None:
        self.path = path
        # Closed in abort(), which close() calls: the spools live as long as the run.
        self.spool = {name: _spool() for name in ("promises", "routing")}
        self.conversations: IO[str] = _spool()
        self.count = 0

    def add(self, result: ConversationResult) -> None:
        self.conversations.write(("," if self.count else "") + json.dumps(result.to_dict(), ensure_ascii=False))
        self.count += 1
        rows = streamed_rows(result)
        for name, fh in self.spool.items():
            for row in rows[name]:
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")

    def close(self, summary: Summary) -> None:
        if self.path and self.path != "-":
            with AtomicFile(self.path) as fh:
                self._write(fh, summary)
        else:
            import sys

            self._write(sys.stdout, summary)
            sys.stdout.write("\n")
        self.abort()

    def _write(self, fh: IO[str], summary: Summary) -> None:
        head = {"schema_version": 1, "summary": summary.totals(), **summary_rows(summary)}
        head["agents"] = summary.agent_rows()
        fh.write(json.dumps(head, ensure_ascii=False)[:-1])
        fh.write(', "conversations": [')
        _copy(self.conversations, fh)
        fh.write("]")
        for name, spool in self.spool.items():
            fh.write(f', "{name}": [')
            spool.seek(0)
            for i, line in enumerate(spool):
                fh.write(("," if i else "") + line.rstrip("\n"))
            fh.write("]")
        fh.write("}")

    def abort(self) -> None:
        self.conversations.close()
        for spool in self.spool.values():
            spool.close()


def _spool() -> IO[str]:
    return tempfile.TemporaryFile("w+", encoding="utf-8")


def _copy(src: IO[str], dst: IO[str]) -> None:
    src.seek(0)
    while True:
        chunk = src.read(1 << 16)
        if not chunk:
            return
        dst.write(chunk)


_FORMULA = ("=", "+", "-", "@", "\t", "\r")


def _cell(value: Any) -> Any:
    """A spreadsheet must not run a customer's text as a formula."""
    if isinstance(value, str) and value.startswith(_FORMULA):
        return "'" + value
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False)
    return value


class FolderSink(Sink):
    """One file per table in a folder (``conversations.csv``, ``agents.csv`` …)."""

    suffix = ""

    def __init__(self, folder: str) -> None:
        self.folder = Path(folder)
        if self.folder.exists() and not self.folder.is_dir():
            raise ReplykitError(
                f"{folder}: --format {self.suffix.lstrip('.')} writes a folder of tables; this is a file"
            )
        self.open: dict[str, AtomicFile] = {}

    def _file(self, name: str, mode: str) -> Any:
        atomic = self.open.get(name)
        if atomic is None:
            atomic = self.open[name] = AtomicFile(self.folder / f"{name}{self.suffix}", mode)
            return atomic, atomic.__enter__(), True
        return atomic, atomic.fh, False

    def abort(self) -> None:
        for atomic in self.open.values():
            atomic.__exit__(RuntimeError, None, None)
        self.open.clear()


class CsvSink(FolderSink):
    suffix = ".csv"

    def __init__(self, folder: str) -> None:
        super().__init__(folder)
        self.writers: dict[str, csv.DictWriter[str]] = {}
        self.columns = {
            "conversations": list(_conversation_columns()),
            "findings": list(_finding_columns()),
            "promises": ["conversation", "message_index", "agent", "what", "due", "due_date", "status"],
            "routing": ["conversation", "message_index", "agent", "category", "department", "text"],
        }
        for name in STREAMED:
            self._writer(name, self.columns[name])

    def _writer(self, name: str, columns: list[str]) -> csv.DictWriter[str]:
        w = self.writers.get(name)
        if w is None:
            _, fh, _ = self._file(name, "w")
            fh.write("\ufeff")  # Excel reads UTF-8 CSV as such only with a BOM
            w = self.writers[name] = csv.DictWriter(fh, columns, extrasaction="ignore")
            w.writeheader()
        return w

    def add(self, result: ConversationResult) -> None:
        for name, rows in streamed_rows(result).items():
            w = self.writers[name]
            for row in rows:
                w.writerow({k: _cell(v) for k, v in row.items()})

    def close(self, summary: Summary) -> None:
        for name, rows in summary_rows(summary).items():
            columns = list(rows[0]) if rows else _SUMMARY_COLUMNS[name]
            w = self._writer(name, columns)
            for row in rows:
                w.writerow({k: _cell(v) for k, v in row.items()})
        for atomic in self.open.values():
            atomic.__exit__(None, None, None)
        self.open.clear()


_SUMMARY_COLUMNS = {
    "agents": ["agent", "conversations", "score"],
    "days": ["day", "conversations", "score", "findings", "critical"],
    "rules": ["rule", "severity", "findings"],
    "routing_summary": ["category", "department", "complaints"],
    "auto_replies": ["rule", "text", "conversations", "agents", "examples"],
}


def _conversation_columns() -> Iterable[str]:
    return [
        "conversation",
        "channel",
        "day",
        "agents",
        "messages",
        "score",
        "critical",
        "findings",
        "rules",
        "first_response_seconds",
        "promises_open",
        "complaints",
    ]


def _finding_columns() -> Iterable[str]:
    return [
        "conversation",
        "rule",
        "severity",
        "message",
        "message_index",
        "role",
        "agent",
        "kind",
        "bonus",
        "start",
        "end",
        "text",
        "replacements",
    ]


class ParquetSink(FolderSink):
    """Parquet tables (needs pyarrow: the ``parquet`` extra), written in row groups."""

    suffix = ".parquet"
    BATCH = 5000

    def __init__(self, folder: str) -> None:
        try:
            import pyarrow  # noqa: F401
        except ImportError:
            raise ReplykitError('--format parquet needs pyarrow: pip install "replykit[parquet]"') from None
        super().__init__(folder)
        self.pending: dict[str, list[dict[str, Any]]] = {name: [] for name in STREAMED}
        self.writers: dict[str, Any] = {}

    def add(self, result: ConversationResult) -> None:
        for name, rows in streamed_rows(result).items():
            self.pending[name].extend(rows)
            if len(self.pending[name]) >= self.BATCH:
                self._flush(name)

    def _flush(self, name: str, rows: list[dict[str, Any]] | None = None) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        rows = self.pending[name] if rows is None else rows
        schema = _SCHEMAS(pa).get(name)
        if schema is None and not rows:
            schema = pa.schema([(c, pa.string()) for c in _SUMMARY_COLUMNS[name]])
        table = pa.Table.from_pylist(rows, schema=schema)
        writer = self.writers.get(name)
        if writer is None:
            _, fh, _ = self._file(name, "wb")
            writer = self.writers[name] = pq.ParquetWriter(fh, table.schema)
        if rows:
            writer.write_table(table)
        if name in self.pending:
            self.pending[name] = []

    def close(self, summary: Summary) -> None:
        for name in STREAMED:
            self._flush(name)
        for name, rows in summary_rows(summary).items():
            self._flush(name, rows)
        for writer in self.writers.values():
            writer.close()
        for atomic in self.open.values():
            atomic.__exit__(None, None, None)
        self.open.clear()


def _SCHEMAS(pa: Any) -> dict[str, Any]:
    s, i, f, b = pa.string(), pa.int64(), pa.float64(), pa.bool_()
    return {
        "conversations": pa.schema(
            [
                ("conversation", s),
                ("channel", s),
                ("day", s),
                ("agents", s),
                ("messages", i),
                ("score", f),
                ("critical", b),
                ("findings", i),
                ("rules", s),
                ("first_response_seconds", f),
                ("promises_open", i),
                ("complaints", i),
            ]
        ),
        "findings": pa.schema(
            [
                ("conversation", s),
                ("rule", s),
                ("severity", s),
                ("message", s),
                ("message_index", i),
                ("role", s),
                ("agent", s),
                ("kind", s),
                ("bonus", b),
                ("start", i),
                ("end", i),
                ("text", s),
                ("replacements", s),
            ]
        ),
        "promises": pa.schema(
            [
                ("conversation", s),
                ("message_index", i),
                ("agent", s),
                ("what", s),
                ("due", s),
                ("due_date", s),
                ("status", s),
            ]
        ),
        "routing": pa.schema(
            [("conversation", s), ("message_index", i), ("agent", s), ("category", s), ("department", s), ("text", s)]
        ),
        "days": pa.schema([("day", s), ("conversations", i), ("score", f), ("findings", i), ("critical", i)]),
        "rules": pa.schema([("rule", s), ("severity", s), ("findings", i)]),
        "routing_summary": pa.schema([("category", s), ("department", s), ("complaints", i)]),
        "auto_replies": pa.schema([("rule", s), ("text", s), ("conversations", i), ("agents", s), ("examples", s)]),
    }
