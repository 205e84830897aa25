"""Streaming log readers: each yields one Conversation at a time, never the whole log.

``read_logs(paths)`` picks the reader by the file's suffix and content: ``.tsv`` in the JDDC
session layout, Chatwoot ``.json`` (or ``.jsonl`` of conversation objects), and generic
``.csv`` / ``.tsv`` / ``.jsonl`` / ``.parquet`` with one message a row and a column mapping.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Literal

from replykit.audit.model import Conversation
from replykit.audit.readers import chatwoot, jddc, table
from replykit.audit.readers.common import LogError, ReadStats, RowPolicy

LogFormat = Literal["auto", "jddc", "chatwoot", "csv", "jsonl", "parquet"]
FORMATS: tuple[str, ...] = ("auto", "jddc", "chatwoot", "csv", "jsonl", "parquet")


def detect_format(path: Path) -> str:
    """The reader for a file, from its suffix and, for .tsv/.jsonl, its first line."""
    suffix = path.suffix.lower()
    if suffix == ".parquet":
        return "parquet"
    if suffix == ".csv":
        return "csv"
    if suffix == ".json":
        return "chatwoot"
    head = _first_line(path)
    if suffix == ".tsv":
        return "jddc" if jddc.looks_like(head) else "csv"
    if suffix == ".jsonl":
        try:
            first = json.loads(head) if head.strip() else {}
        except (json.JSONDecodeError, RecursionError):
            return "jsonl"  # the reader reports the bad row
        return "chatwoot" if isinstance(first, dict) and isinstance(first.get("messages"), list) else "jsonl"
    raise LogError(f"{path}: cannot tell the log format from the suffix {suffix or '(none)'}; use --input-format")


def _first_line(path: Path) -> str:
    with path.open("rb") as stream:
        return stream.readline(1 << 16).decode("utf-8", "replace").lstrip("\ufeff")


def read_log(
    path: str | Path,
    *,
    format: str = "auto",
    columns: Mapping[str, str] | None = None,
    skip_bad_rows: bool = False,
    stats: ReadStats | None = None,
) -> Iterator[Conversation]:
    """Conversations of one log file, one at a time.

    :raises LogError: the file cannot be read, or a bad row (naming the file and the row)
        unless ``skip_bad_rows``, which counts it in ``stats`` instead.
    """
    path = Path(path)
    if not path.is_file():
        raise LogError(f"{path}: no such file")
    stats = stats if stats is not None else ReadStats()
    policy = RowPolicy(path, skip_bad_rows, stats)
    kind = detect_format(path) if format == "auto" else format
    mapping = dict(columns or {})
    if kind == "jddc":
        return jddc.read(path, policy)
    if kind == "chatwoot":
        return chatwoot.read(path, policy)
    if kind == "csv":
        return table.read_csv(path, policy, mapping)
    if kind == "jsonl":
        return table.read_jsonl(path, policy, mapping)
    if kind == "parquet":
        return table.read_parquet(path, policy, mapping)
    raise LogError(f"unknown log format {kind!r} (one of {', '.join(FORMATS)})")


def read_logs(
    paths: Iterable[str | Path],
    *,
    format: str = "auto",
    columns: Mapping[str, str] | None = None,
    skip_bad_rows: bool = False,
    stats: ReadStats | None = None,
) -> Iterator[Conversation]:
    """Conversations of several logs, file after file."""
    for path in paths:
        yield from read_log(path, format=format, columns=columns, skip_bad_rows=skip_bad_rows, stats=stats)


__all__ = ["FORMATS", "LogError", "ReadStats", "detect_format", "read_log", "read_logs"]
