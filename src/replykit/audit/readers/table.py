"""Generic logs, one message a row: CSV (or TSV), JSON Lines and Parquet, with a column mapping.

The mapping names the columns holding the conversation id, time, role, agent id and text
(and optionally the channel); unmapped keys fall back to common names.  Rows of one
conversation must be contiguous (a log sorted by conversation, then time).
"""

from __future__ import annotations

import csv
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

from replykit.audit.model import Conversation, Message
from replykit.audit.readers.common import (
    BadRow,
    LogError,
    Row,
    RowPolicy,
    group_rows,
    parse_role,
    parse_time,
    read_lines,
)

FIELDS = ("conversation", "time", "role", "agent", "text", "channel")
REQUIRED = ("conversation", "role", "text")
DEFAULT_NAMES: dict[str, tuple[str, ...]] = {
    "conversation": ("conversation", "conversation_id", "session", "session_id", "chat_id", "会话id", "会话"),
    "time": ("time", "timestamp", "created_at", "sent_at", "datetime", "时间"),
    "role": ("role", "sender_type", "speaker", "sender", "角色"),
    "agent": ("agent", "agent_id", "staff", "客服"),
    "text": ("text", "content", "message", "body", "内容"),
    "channel": ("channel", "inbox", "渠道"),
}
PARQUET_BATCH = 8192


def resolve_columns(header: list[str], mapping: Mapping[str, str], path: Path) -> dict[str, str]:
    """Field -> column name; a mapped column that is missing, or no column for a required
    field, is an error naming the file and the columns it has."""
    lowered = {h.strip().lower(): h for h in header}
    out: dict[str, str] = {}
    for name, column in mapping.items():
        if name not in FIELDS:
            raise LogError(f"column mapping: unknown field {name!r} (one of {', '.join(FIELDS)})")
        if column not in header:
            raise LogError(f"{path}: no column {column!r} for {name} (columns: {', '.join(header)[:200]})")
        out[name] = column
    for name in FIELDS:
        if name not in out:
            found = next((lowered[c] for c in DEFAULT_NAMES[name] if c in lowered), None)
            if found is not None:
                out[name] = found
    missing = [n for n in REQUIRED if n not in out]
    if missing:
        raise LogError(
            f"{path}: no column for {', '.join(missing)} (columns: {', '.join(header)[:200]}); "
            "map them with --columns conversation=...,role=...,text=..."
        )
    return out


def row_from_record(record: Mapping[str, Any], columns: dict[str, str], number: int) -> Row:
    cid = record.get(columns["conversation"])
    if cid is None or str(cid).strip() == "":
        raise BadRow("empty conversation id")
    text = record.get(columns["text"])
    if text is not None and not isinstance(text, str):
        text = str(text)
    time = parse_time(record.get(columns["time"])) if "time" in columns else None
    agent = record.get(columns["agent"]) if "agent" in columns else None
    channel = record.get(columns["channel"]) if "channel" in columns else None
    message = Message.model_construct(
        role=parse_role(record.get(columns["role"])),
        text=text or "",
        time=time,
        agent=str(agent) if agent not in (None, "") else None,
    )
    return Row(number, str(cid), message, str(channel) if channel not in (None, "") else None)


def read_csv(path: Path, policy: RowPolicy, mapping: Mapping[str, str]) -> Iterator[Conversation]:
    delimiter = "\t" if path.suffix.lower() == ".tsv" else ","
    with path.open("rb") as stream:
        lines = read_lines(stream, policy)
        yield from group_rows(_csv_rows(lines, delimiter, policy, mapping, path), policy)


def _csv_rows(
    lines: Iterator[tuple[int, str]], delimiter: str, policy: RowPolicy, mapping: Mapping[str, str], path: Path
) -> Iterator[Row]:
    # csv reads from the numbered lines so a bad row is named by its line (a quoted field may
    # span lines: the row is named by its first line).
    numbers: list[int] = []

    def feed() -> Iterator[str]:
        for number, line in lines:
            numbers.append(number)
            yield line + "\n"

    reader = csv.reader(feed(), delimiter=delimiter)
    try:
        header = next(reader)
    except StopIteration:
        return
    columns = resolve_columns(header, mapping, path)
    index = {name: header.index(column) for name, column in columns.items()}
    while True:
        numbers.clear()
        try:
            cells = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            policy.bad(numbers[0] if numbers else 0, f"CSV: {exc}")
            continue
        number = numbers[0] if numbers else 0
        if not any(cells):
            continue
        policy.stats.rows += 1
        if len(cells) != len(header):
            policy.bad(number, f"expected {len(header)} fields, found {len(cells)}")
            continue
        record = {columns[name]: cells[i] for name, i in index.items()}
        try:
            yield row_from_record(record, columns, number)
        except BadRow as exc:
            policy.bad(number, str(exc))


def read_jsonl(path: Path, policy: RowPolicy, mapping: Mapping[str, str]) -> Iterator[Conversation]:
    with path.open("rb") as stream:
        yield from group_rows(_jsonl_rows(read_lines(stream, policy), policy, mapping, path), policy)


def _jsonl_rows(
    lines: Iterator[tuple[int, str]], policy: RowPolicy, mapping: Mapping[str, str], path: Path
) -> Iterator[Row]:
    columns: dict[str, str] | None = None
    keys: dict[str, None] = {}  # every key seen: a record may leave out an optional field
    for number, line in lines:
        if not line.strip():
            continue
        policy.stats.rows += 1
        ok, record = policy.parse_json(number, line)
        if not ok:
            continue
        if not isinstance(record, dict):
            policy.bad(number, f"expected a JSON object, found {type(record).__name__}")
            continue
        if columns is None or not record.keys() <= keys.keys():
            keys.update(dict.fromkeys(record))
            columns = resolve_columns(list(keys), mapping, path)
        try:
            yield row_from_record(record, columns, number)
        except BadRow as exc:
            policy.bad(number, str(exc))


def read_parquet(path: Path, policy: RowPolicy, mapping: Mapping[str, str]) -> Iterator[Conversation]:
    try:
        import pyarrow.parquet as pq
    except ImportError:
        raise LogError(f'{path}: reading Parquet needs pyarrow: pip install "replykit[parquet]"') from None
    try:
        parquet = pq.ParquetFile(path)
    except Exception as exc:  # pyarrow raises its own error types for damaged files
        raise LogError(f"{path}: not a readable Parquet file: {exc}") from None
    columns = resolve_columns(parquet.schema_arrow.names, mapping, path)
    wanted = sorted(set(columns.values()))
    yield from group_rows(_parquet_rows(parquet, wanted, columns, policy), policy)


def _parquet_rows(parquet: Any, wanted: list[str], columns: dict[str, str], policy: RowPolicy) -> Iterator[Row]:
    number = 0
    for batch in parquet.iter_batches(batch_size=PARQUET_BATCH, columns=wanted):
        for record in batch.to_pylist():
            number += 1
            policy.stats.rows += 1
            try:
                yield row_from_record(record, columns, number)
            except BadRow as exc:
                policy.bad(number, str(exc))
