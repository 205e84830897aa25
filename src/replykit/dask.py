"""replykit on a Dask cluster: check a column of drafts, audit a log, lint a folder of phrase files.

>>> import dask.dataframe as dd, replykit.dask as rd
>>> checked = rd.check(dd.read_parquet("s3://bucket/drafts/"), "draft", customer_column="customer")
>>> checked.to_parquet("s3://bucket/checked/")
>>> summary = rd.audit("s3://bucket/log/", "s3://bucket/audit/")   # Parquet in, Parquet out

Every worker process builds its Assistant (or Auditor) once, the first time a task needs it, and
keeps it for the tasks after: the config travels to the workers as plain data and is the cache
key; plugins load there by entry point, as they do in one process.

The audit needs each conversation whole inside one partition, its rows in order.  A log whose
partitions already hold whole conversations (``by_conversation=True``) is audited as it is, and
a conversation found on both sides of a partition boundary fails with a clear error.
Otherwise (the default) the rows are shuffled by conversation id first, keeping each
conversation's rows in their input order.  Every partition writes its own Parquet files of the
per-conversation tables, so nothing but the summary, which has a bounded size, comes back to
the client.

Needs the ``dask`` extra: ``pip install "replykit[dask]"``.
"""

from __future__ import annotations

import json
import os
import threading
import uuid
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from replykit.config import Config
from replykit.errors import ReplykitError

if TYPE_CHECKING:
    from replykit.audit.engine import Auditor
    from replykit.audit.readers.common import ReadStats
    from replykit.audit.results import Summary
    from replykit.engine import Assistant

_EXTRA = 'replykit.dask needs Dask: pip install "replykit[dask]"'
STREAMED = ("conversations", "findings", "promises", "routing")
CHECK_COLUMNS = ("suggestion", "changed", "findings", "rules", "annotations", "errors")
LINT_COLUMNS = (
    "path",
    "phrase",
    "row",
    "line",
    "column",
    "end_line",
    "end_column",
    "rule",
    "severity",
    "message",
    "text",
    "replacements",
    "error",
)
_SEQ = "__replykit_seq"
_FIRST = "__replykit_first"
_ROWS_PER_BATCH = 8192


def _dask() -> Any:
    try:
        import dask
        import dask.dataframe
    except ImportError:
        raise ImportError(_EXTRA) from None
    return dask


@contextmanager
def cluster(scheduler: str | None = None, workers: int | None = None) -> Iterator[Any]:
    """A client of the scheduler at ``scheduler``, or of a local cluster of ``workers`` worker
    processes (one thread each, on the loopback interface) started here and closed after."""
    _dask()
    try:
        import distributed
    except ImportError:
        raise ImportError(_EXTRA) from None
    dist: Any = distributed
    if scheduler:
        with dist.Client(scheduler) as client:
            yield client
        return
    local = dist.LocalCluster(
        n_workers=workers or os.cpu_count() or 1,
        threads_per_worker=1,
        processes=True,
        host="127.0.0.1",
        dashboard_address="127.0.0.1:0",
    )
    try:
        with dist.Client(local) as client:
            yield client
    finally:
        local.close()


# -- one Assistant / Auditor per worker process ---------------------------------------------

_CACHE: dict[tuple[str, str], Any] = {}
_CACHE_LOCK = threading.Lock()
BUILDS: dict[str, int] = {"assistant": 0, "auditor": 0, "linter": 0}
"""How many times this process built each kind (the tests read it on the workers)."""


def config_data(config: Config | Mapping[str, Any] | None) -> str:
    """The config as the JSON text that travels to the workers (and keys their cache)."""
    if config is None:
        config = Config()
    elif isinstance(config, Mapping):
        config = Config.from_mapping(dict(config))
    data = config.model_dump(mode="json", by_alias=True)
    data["source"] = config.source
    return json.dumps(data, sort_keys=True, ensure_ascii=False)


def _config(data: str) -> Config:
    fields = json.loads(data)
    source = fields.pop("source", None)
    return Config.from_mapping(fields, source=source)


def _cached(kind: str, data: str) -> Any:
    key = (kind, data)
    with _CACHE_LOCK:  # worker threads share the process: build once, not once per thread
        built = _CACHE.get(key)
        if built is None:
            built = _CACHE[key] = _build(kind, _config(data) if data else None)
            BUILDS[kind] += 1
    return built


def _build(kind: str, config: Config | None) -> Any:
    if kind == "assistant":
        from replykit.engine import Assistant

        return Assistant(config)
    if kind == "auditor":
        from replykit.audit.engine import Auditor

        return Auditor(config)
    from replykit.lint.runner import Linter

    if config is None:  # each file's nearest config, as `replykit lint` finds it
        return Linter()
    given = config
    return Linter(adjust=lambda _found: given)


def worker_assistant(config: str) -> Assistant:
    """This process's Assistant for a config (as ``config_data`` gives it)."""
    built: Assistant = _cached("assistant", config)
    return built


def worker_auditor(config: str) -> Auditor:
    built: Auditor = _cached("auditor", config)
    return built


# -- checking a column of drafts ------------------------------------------------------------


def check(
    frame: Any,
    column: str = "draft",
    *,
    customer_column: str | None = None,
    target_script_column: str | None = None,
    channel_column: str | None = None,
    config: Config | Mapping[str, Any] | None = None,
    fixes: str = "none",
) -> Any:
    """Check every draft of a Dask DataFrame column; returns the frame with six more columns.

    ``suggestion`` (the suggested text), ``changed``, ``findings`` (how many), ``rules`` (the
    rule ids, comma-separated), ``annotations`` (a JSON list of the findings: rule, severity,
    start, end, text, replacements, message) and ``errors`` ("" when none).  A draft that is
    not a str, or that the engine refuses, gets an ``errors`` entry, never a failed task.
    Optional columns give each draft's ``customer_message``, ``target_script`` and ``channel``.
    """
    _dask()
    import pandas as pd

    meta = frame._meta.copy()
    for name, dtype in zip(CHECK_COLUMNS, ("object", "bool", "int64", "object", "object", "object")):
        meta[name] = pd.Series(dtype=dtype)
    context = {"customer_message": customer_column, "target_script": target_script_column, "channel": channel_column}
    if fixes not in ("safe", "unsafe", "none"):
        raise ReplykitError(f"fixes must be 'safe', 'unsafe' or 'none', not {fixes!r}")
    for name in (column, *(c for c in context.values() if c)):
        if name not in frame.columns:
            raise ReplykitError(f"no column {name!r} (columns: {', '.join(map(str, frame.columns))[:200]})")
    return frame.map_partitions(
        check_partition,
        column,
        {k: v for k, v in context.items() if v},
        config_data(config),
        fixes,
        meta=meta,
    )


def check_partition(part: Any, column: str, context: Mapping[str, str], config: str, fixes: str) -> Any:
    """One partition of ``check`` (a pandas DataFrame in, the same with the result columns out)."""
    from replykit.batch.drafts import check as check_draft

    assistant = worker_assistant(config)
    out: dict[str, list[Any]] = {name: [] for name in CHECK_COLUMNS}
    drafts = part[column].tolist()
    given = {key: part[col].tolist() for key, col in context.items()}
    for i, draft in enumerate(drafts):
        ctx = {key: _value(values[i]) for key, values in given.items()}
        s = check_draft(assistant, draft, {k: v for k, v in ctx.items() if v is not None} or None, fixes)  # type: ignore[arg-type]
        out["suggestion"].append(s.text)
        out["changed"].append(s.changed)
        out["findings"].append(len(s.annotations))
        out["rules"].append(",".join(a.rule for a in s.annotations))
        out["annotations"].append(
            json.dumps(
                [
                    {
                        "rule": a.rule,
                        "severity": a.severity,
                        "start": a.start,
                        "end": a.end,
                        "text": a.text,
                        "replacements": list(a.replacements),
                        "message": a.message,
                    }
                    for a in s.annotations
                ],
                ensure_ascii=False,
            )
        )
        out["errors"].append("; ".join(f"{e.plugin}: {e.error}: {e.message}" for e in s.errors))
    result = part.copy()
    for name, values in out.items():
        result[name] = values
    return result


def _value(value: Any) -> Any:
    """A cell as Python data: pandas' missing values are None."""
    if value is None:
        return None
    try:
        import pandas as pd

        if pd.isna(value):
            return None
    except (TypeError, ValueError):
        pass
    return value


# -- auditing a log ---------------------------------------------------------------------------


def read_log(path: str | Sequence[str], *, storage_options: Mapping[str, Any] | None = None, **kwargs: Any) -> Any:
    """A Parquet log (a file, a folder of files, a glob or a URL such as ``s3://bucket/log/``)
    as a Dask DataFrame, through Dask's filesystems."""
    dask = _dask()
    try:
        return dask.dataframe.read_parquet(path, storage_options=dict(storage_options or {}), **kwargs)
    except (OSError, ValueError) as exc:
        raise ReplykitError(f"{path}: cannot read the Parquet log: {exc}") from None


def audit(
    log: Any,
    output: str | None = None,
    config: Config | Mapping[str, Any] | None = None,
    *,
    columns: Mapping[str, str] | None = None,
    by_conversation: bool = False,
    skip_bad_rows: bool = False,
    storage_options: Mapping[str, Any] | None = None,
    stats: ReadStats | None = None,
) -> Summary:
    """Audit a log on the current Dask scheduler and return the summary of every conversation.

    :param log: a Dask DataFrame with one message a row, or the path / URL of a Parquet log.
    :param output: a folder (local or a URL): each per-conversation table
        (``conversations``, ``findings``, ``promises``, ``routing``) is written there as a
        Parquet dataset, one file per partition (``findings/part.00000.parquet``), by the
        worker that audited it; the summary tables (``agents``, ``days``, ``rules``,
        ``routing_summary``, ``auto_replies``) as one file each.  ``None`` writes nothing.
    :param config: a Config, or the ``audit`` table as a dict.
    :param columns: field -> column name, as ``--columns`` (common names are found on their own).
    :param by_conversation: the log's partitions already hold whole conversations with their
        rows in order (a log written partitioned by conversation id); otherwise the rows are
        shuffled by conversation id first.
    :param skip_bad_rows: skip and count bad rows (in ``stats``) instead of failing on the first.
    :param stats: receives the rows read and the bad rows skipped, over every partition.
    """
    dask = _dask()
    if isinstance(config, Mapping):
        config = Config(audit=dict(config))
    data = config_data(config)
    from replykit.audit.config import AuditConfig

    AuditConfig.from_config(_config(data))  # bad keys fail on the client, before any task runs
    if hasattr(log, "map_partitions"):
        frame = log
    else:  # partitioned by conversation: each file holds whole conversations, so never split a file
        frame = read_log(
            log, storage_options=storage_options, **({"split_row_groups": False} if by_conversation else {})
        )
    fields = _resolve(list(frame.columns), columns or {}, str(log) if isinstance(log, (str, Path)) else "log")
    if not by_conversation:
        frame = shuffle_by_conversation(frame, fields["conversation"])
    target = _Target(output, storage_options) if output else None
    if target is not None:
        target.prepare()
    parts = frame.to_delayed()
    audit_part = dask.delayed(audit_partition, pure=False)
    tasks = [
        audit_part(
            part, i, fields, data, target.url if target else None, target.options if target else None, skip_bad_rows
        )
        for i, part in enumerate(parts)
    ]
    merged = _tree_merge(dask, tasks)
    (result,) = dask.compute(merged)
    summary: Summary = result.summary
    if stats is not None:
        stats.rows, stats.conversations = result.stats.rows, result.stats.conversations
        stats.skipped, stats.reasons = result.stats.skipped, result.stats.reasons
    if target is not None:
        target.write_summary(summary)
    return summary


def _resolve(names: list[str], mapping: Mapping[str, str], where: str) -> dict[str, str]:
    from replykit.audit.readers.table import resolve_columns

    return resolve_columns(names, mapping, Path(where))


def shuffle_by_conversation(frame: Any, conversation: str) -> Any:
    """The rows of each conversation moved into one partition, in their input order, and each
    partition's conversations in the order their first rows had."""
    import pandas as pd

    meta = frame._meta.assign(**{_SEQ: pd.Series(dtype="int64")})
    numbered = frame.map_partitions(_number, meta=meta, enforce_metadata=False)
    shuffled = numbered.shuffle(on=conversation)
    return shuffled.map_partitions(_in_input_order, conversation, meta=numbered._meta)


def _number(part: Any, partition_info: Mapping[str, Any] | None = None) -> Any:
    index = partition_info["number"] if partition_info else 0
    return part.assign(**{_SEQ: [(index << 40) + i for i in range(len(part))]})


def _in_input_order(part: Any, conversation: str) -> Any:
    if part.empty:
        return part
    first = part.groupby(part[conversation].astype(str), sort=False)[_SEQ].transform("min")
    ordered = part.assign(**{_FIRST: first}).sort_values([_FIRST, _SEQ], kind="stable")
    return ordered.drop(columns=[_FIRST])


class PartResult:
    """A partition's (or a run of adjacent partitions') summary and boundary conversation ids."""

    def __init__(
        self, summary: Summary, first: str | None, last: str | None, where: str, stats: ReadStats | None = None
    ) -> None:
        from replykit.audit.readers.common import ReadStats

        self.summary = summary
        self.first = first
        self.last = last
        self.where = where
        self.stats = stats if stats is not None else ReadStats()

    def then(self, other: PartResult) -> PartResult:
        if self.last is not None and self.last == other.first:
            raise ReplykitError(
                f"conversation {self.last!r} is split between {self.where} and {other.where}: the log is not "
                "partitioned by conversation; audit it with by_conversation=False to shuffle it by conversation id"
            )
        self.summary.merge(other.summary)
        last = other.last if other.last is not None else self.last
        first = self.first if self.first is not None else other.first
        stats = self.stats
        stats.rows += other.stats.rows
        stats.conversations += other.stats.conversations
        stats.skipped += other.stats.skipped
        stats.reasons = (stats.reasons + other.stats.reasons)[:20]
        return PartResult(self.summary, first, last, other.where, stats)


def _then(a: PartResult, b: PartResult) -> PartResult:
    return a.then(b)


def _tree_merge(dask: Any, parts: list[Any]) -> Any:
    """Merge adjacent partitions pairwise, in order: the summary equals that of one pass."""
    if not parts:
        return dask.delayed(_empty_result)()
    merge = dask.delayed(_then, pure=True)
    while len(parts) > 1:
        paired = [merge(parts[i], parts[i + 1]) for i in range(0, len(parts) - 1, 2)]
        if len(parts) % 2:
            paired.append(parts[-1])
        parts = paired
    return parts[0]


def _empty_result() -> PartResult:
    from replykit.audit.results import Summary

    return PartResult(Summary(), None, None, "no partition")


def conversations_of(
    part: Any, fields: Mapping[str, str], where: str, skip_bad_rows: bool = False, stats: ReadStats | None = None
) -> Iterator[Any]:
    """The conversations of one partition (a pandas DataFrame), read as the Parquet reader reads
    rows: the same time, role and null handling, so the audit sees the same messages."""
    import pyarrow as pa

    from replykit.audit.readers.common import BadRow, ReadStats, RowPolicy, group_rows
    from replykit.audit.readers.table import row_from_record

    wanted = sorted(set(fields.values()))
    policy = RowPolicy(Path(where), skip_bad_rows, stats if stats is not None else ReadStats())
    table = pa.Table.from_pandas(part[wanted], preserve_index=False)

    def rows() -> Iterator[Any]:
        number = 0
        for batch in table.to_batches(max_chunksize=_ROWS_PER_BATCH):
            for record in batch.to_pylist():
                number += 1
                policy.stats.rows += 1
                try:
                    yield row_from_record(record, dict(fields), number)
                except BadRow as exc:
                    policy.bad(number, str(exc))

    return group_rows(rows(), policy)


def audit_partition(
    part: Any,
    index: int,
    fields: Mapping[str, str],
    config: str,
    output: str | None,
    storage_options: Mapping[str, Any] | None,
    skip_bad_rows: bool = False,
) -> PartResult:
    """Audit one partition on a worker; write its rows of the per-conversation tables."""
    from replykit.audit.readers.common import ReadStats

    where = f"partition {index}"
    stats = ReadStats()
    auditor = worker_auditor(config)
    summary = auditor.new_summary()
    writer = _PartWriter(output, storage_options, index) if output else None
    first: str | None = None
    last: str | None = None
    try:
        for result in auditor.run(conversations_of(part, fields, where, skip_bad_rows, stats), summary):
            first = result.id if first is None else first
            last = result.id
            if writer is not None:
                writer.add(result)
        if writer is not None:
            writer.close()
    except BaseException:
        if writer is not None:
            writer.abort()
        raise
    return PartResult(summary, first, last, where, stats)


class _Target:
    """The output folder, on any filesystem fsspec knows."""

    def __init__(self, url: str, options: Mapping[str, Any] | None) -> None:
        # A local folder is named absolutely: worker processes need not share the client's cwd.
        self.url = (url if "://" in url else os.path.abspath(url)).rstrip("/")
        self.options = dict(options or {})

    def prepare(self) -> None:
        fs, root = _filesystem(self.url, self.options)
        for name in STREAMED:
            folder = f"{root}/{name}"
            if fs.exists(folder):
                for old in fs.glob(f"{folder}/part.*.parquet"):
                    fs.rm(old)
            fs.makedirs(folder, exist_ok=True)

    def write_summary(self, summary: Summary) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        from replykit.audit.report.tables import _SCHEMAS, _SUMMARY_COLUMNS, summary_rows

        fs, root = _filesystem(self.url, self.options)
        for name, rows in summary_rows(summary).items():
            schema = _SCHEMAS(pa).get(name)
            if schema is None and not rows:
                schema = pa.schema([(c, pa.string()) for c in _SUMMARY_COLUMNS[name]])
            _write_table(fs, f"{root}/{name}.parquet", pa.Table.from_pylist(rows, schema=schema), pq)


def _filesystem(url: str, options: Mapping[str, Any]) -> tuple[Any, str]:
    from fsspec.core import url_to_fs

    fs, root = url_to_fs(url, **options)
    return fs, root.rstrip("/")


def _write_table(fs: Any, path: str, table: Any, pq: Any) -> None:
    """Write whole, then move into place: a retried task overwrites, a failed one leaves nothing."""
    temp = f"{path}.{uuid.uuid4().hex}.tmp"
    try:
        with fs.open(temp, "wb") as fh:
            pq.write_table(table, fh)
        fs.mv(temp, path)
    finally:
        if fs.exists(temp):
            fs.rm(temp)


class _PartWriter:
    """One partition's files of the per-conversation tables, in row groups as they come."""

    BATCH = 5000

    def __init__(self, url: str, options: Mapping[str, Any] | None, index: int) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        from replykit.audit.report.tables import _SCHEMAS

        self.pa, self.pq = pa, pq
        self.fs, root = _filesystem(url, options or {})
        self.schemas = _SCHEMAS(pa)
        tag = f"{os.getpid()}-{uuid.uuid4().hex[:8]}"
        self.paths = {name: f"{root}/{name}/part.{index:05d}.parquet" for name in STREAMED}
        self.temps = {name: f"{path}.{tag}.tmp" for name, path in self.paths.items()}
        self.files = {name: self.fs.open(self.temps[name], "wb") for name in STREAMED}
        self.writers = {name: pq.ParquetWriter(self.files[name], self.schemas[name]) for name in STREAMED}
        self.pending: dict[str, list[dict[str, Any]]] = {name: [] for name in STREAMED}

    def add(self, result: Any) -> None:
        from replykit.audit.report.tables import streamed_rows

        for name, rows in streamed_rows(result).items():
            self.pending[name].extend(rows)
            if len(self.pending[name]) >= self.BATCH:
                self._flush(name)

    def _flush(self, name: str) -> None:
        rows = self.pending[name]
        if rows:
            self.writers[name].write_table(self.pa.Table.from_pylist(rows, schema=self.schemas[name]))
        self.pending[name] = []

    def close(self) -> None:
        for name in STREAMED:
            self._flush(name)
            self.writers[name].close()
            self.files[name].close()
            self.fs.mv(self.temps[name], self.paths[name])

    def abort(self) -> None:
        for name in STREAMED:
            try:
                self.files[name].close()
                if self.fs.exists(self.temps[name]):
                    self.fs.rm(self.temps[name])
            except OSError:
                pass


def read_table(output: str, table: str, *, storage_options: Mapping[str, Any] | None = None) -> Any:
    """One table of an audit written by ``audit`` (pandas DataFrame; per-conversation tables in
    partition order)."""
    import pandas as pd
    import pyarrow.parquet as pq

    fs, root = _filesystem(output, storage_options or {})
    if table in STREAMED:
        files = sorted(fs.glob(f"{root}/{table}/part.*.parquet"))
        frames = [pq.read_table(fs.open(f, "rb")).to_pandas() for f in files]
        return pd.concat(frames, ignore_index=True) if frames else pd.DataFrame()
    with fs.open(f"{root}/{table}.parquet", "rb") as fh:
        return pq.read_table(fh).to_pandas()


# -- linting phrase files ---------------------------------------------------------------------


def lint(paths: Sequence[str], config: Config | Mapping[str, Any] | None = None) -> Any:
    """Lint phrase files (folders are walked as ``replykit lint`` walks them, on the client)
    on the cluster, one task a file.  With ``config``, every file uses it; without, each file
    its nearest config (the files must be on a filesystem every worker sees).  Returns a Dask
    DataFrame of findings (one row each, and one row with ``error`` set for a file that could not be read)."""
    dask = _dask()
    import pandas as pd

    from replykit.lint.runner import Linter

    data = config_data(config) if config is not None else ""
    files, errors, _skipped = Linter().discover(list(paths))  # notes on skipped FIFOs and devices
    meta = pd.DataFrame({name: pd.Series(dtype="int64" if name in _INT else "object") for name in LINT_COLUMNS})
    from replykit.lint.runner import display_path

    lint_one = dask.delayed(lint_file, pure=True)
    parts = [lint_one(str(path.resolve()), data, display_path(path)) for path in files]
    if errors:
        parts.append(dask.delayed(_error_rows)(errors))
    if not parts:
        return dask.dataframe.from_pandas(meta, npartitions=1)
    return dask.dataframe.from_delayed(parts, meta=meta, verify_meta=False)


_INT = ("row", "line", "column", "end_line", "end_column")


def lint_file(path: str, config: str, display: str | None = None) -> Any:
    """Lint one file on a worker: its findings as a pandas DataFrame."""
    import pandas as pd

    linter: Any = _cached("linter", config)
    result = linter.lint_file(Path(path), display=display)
    rows: list[dict[str, Any]] = []
    for f in result.findings:
        rows.append(
            {
                "path": f.path,
                "phrase": f.phrase,
                "row": f.row,
                "line": f.line,
                "column": f.column,
                "end_line": f.end_line,
                "end_column": f.end_column,
                "rule": f.rule,
                "severity": f.severity,
                "message": f.message,
                "text": f.text,
                "replacements": "|".join(f.replacements),
                "error": "",
            }
        )
    if result.error:
        rows.append(_error_row(result.display, result.error))
    return pd.DataFrame(rows, columns=list(LINT_COLUMNS)).astype({c: "int64" for c in _INT})


def _error_row(path: str, error: str) -> dict[str, Any]:
    row: dict[str, Any] = dict.fromkeys(LINT_COLUMNS, "")
    row.update({c: 0 for c in _INT}, path=path, error=error)
    return row


def _error_rows(errors: list[str]) -> Any:
    import pandas as pd

    rows = [_error_row("", e) for e in errors]
    return pd.DataFrame(rows, columns=list(LINT_COLUMNS)).astype({c: "int64" for c in _INT})


__all__ = [
    "BUILDS",
    "CHECK_COLUMNS",
    "LINT_COLUMNS",
    "audit",
    "audit_partition",
    "check",
    "check_partition",
    "cluster",
    "config_data",
    "conversations_of",
    "lint",
    "lint_file",
    "read_log",
    "read_table",
    "shuffle_by_conversation",
    "worker_assistant",
    "worker_auditor",
]
