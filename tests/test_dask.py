"""replykit.dask on a distributed.LocalCluster (2 worker processes, loopback only): the same
results as one process, every row, also when a worker dies mid-run."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("distributed", reason="the Dask tests need the dask extra")
pytest.importorskip("dask.dataframe", reason="the Dask tests need the dask extra")

import dask.dataframe as dd
import pandas as pd
from distributed import Client, LocalCluster

import replykit
import replykit.dask as rd
from replykit.audit.readers import read_log

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
import chatlog  # noqa: E402

SHARED_SESSIONS = ROOT.parent / "shared" / "data" / "jddc_chat_sessions.tsv"
pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def client() -> Any:
    cluster = LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1", dashboard_address="127.0.0.1:0"
    )
    with Client(cluster) as c:
        yield c
    cluster.close()


def _log(tmp_path: Path, total: int = 600, files: int = 3) -> tuple[Path, pd.DataFrame]:
    """A Parquet log of generated conversations, in ``files`` files of whole conversations."""
    frame = chatlog.frame(total)
    folder = tmp_path / "log"
    folder.mkdir()
    ids = frame["conversation"].unique()
    for i, chunk in enumerate(_split(list(ids), files)):
        frame[frame["conversation"].isin(chunk)].to_parquet(folder / f"part.{i}.parquet", index=False)
    return folder, frame


def _split(items: list[Any], n: int) -> list[list[Any]]:
    size = -(-len(items) // n)
    return [items[i : i + size] for i in range(0, len(items), size)]


def _one_process(log: Path) -> replykit.audit.AuditResult:
    files = sorted(log.glob("*.parquet"))
    return replykit.audit([str(f) for f in files])


def _same_tables(output: Path, whole: Any, ordered: bool = True) -> None:
    for table in rd.STREAMED:
        got = rd.read_table(str(output), table)
        want = pd.DataFrame(whole.rows(table))
        assert len(got) == len(want), table
        if not len(want):
            continue
        got = got[list(want.columns)]
        if not ordered:  # a shuffle changes the order of conversations, never the order within one
            order = {cid: i for i, cid in enumerate(want["conversation"].drop_duplicates())}
            got = got.assign(_k=got["conversation"].map(order)).sort_values("_k", kind="stable").drop(columns="_k")
        got = got.reset_index(drop=True).astype(object).where(got.notna().reset_index(drop=True), None)
        want = want.astype(object).where(want.notna(), None)
        assert got.to_dict("records") == want.to_dict("records"), table
    for table in ("agents", "days", "rules", "auto_replies"):
        got_rows = rd.read_table(str(output), table)
        assert len(got_rows) == len(whole.rows(table)), table


def test_audit_partitioned_log_is_identical_to_one_process(client: Any, tmp_path: Path) -> None:
    log, _ = _log(tmp_path)
    whole = _one_process(log)
    summary = rd.audit(str(log), str(tmp_path / "out"), by_conversation=True)
    assert summary.to_dict() == whole.summary.to_dict()
    assert [r.id for r in summary.worst_conversations()] == [r.id for r in whole.summary.worst_conversations()]
    _same_tables(tmp_path / "out", whole)
    builds = client.run(lambda: rd.BUILDS["auditor"])
    assert all(n <= 1 for n in builds.values()), builds  # one Auditor per worker process, not per partition


def test_a_log_split_mid_conversation_is_shuffled_by_conversation(client: Any, tmp_path: Path) -> None:
    frame = chatlog.frame(500)
    whole = replykit.audit(list(read_log(_write(tmp_path / "one.parquet", frame))))
    # Row-count partitions cut conversations in two, and the rows arrive in any partition order.
    split = dd.from_pandas(frame, npartitions=7, sort=False)
    summary = rd.audit(split, str(tmp_path / "out"))
    totals = summary.totals()
    assert totals == whole.summary.totals()
    assert summary.agent_rows() == whole.summary.agent_rows()
    assert summary.rule_rows() == whole.summary.rule_rows()
    _same_tables(tmp_path / "out", whole, ordered=False)


def test_a_split_conversation_is_an_error_when_the_log_claims_to_be_partitioned(client: Any, tmp_path: Path) -> None:
    frame = chatlog.frame(300)
    split = dd.from_pandas(frame, npartitions=5, sort=False)
    with pytest.raises(replykit.ReplykitError, match="is split between partition"):
        rd.audit(split, None, by_conversation=True)


def test_a_worker_killed_mid_run_gives_identical_complete_results(client: Any, tmp_path: Path) -> None:
    log, _ = _log(tmp_path, total=1500, files=6)
    whole = _one_process(log)
    marker = tmp_path / "died"
    frame = rd.read_log(str(log))
    dying = frame.map_partitions(_die_once, str(marker), meta=frame._meta)
    workers_before = set(client.scheduler_info()["workers"])
    summary = rd.audit(dying, str(tmp_path / "out"), by_conversation=True)
    assert marker.exists()  # a worker process did die in the middle of the run
    assert set(client.scheduler_info()["workers"]) != workers_before  # and the nanny started another
    assert summary.to_dict() == whole.summary.to_dict()
    _same_tables(tmp_path / "out", whole)
    assert not list((tmp_path / "out").rglob("*.tmp"))


def _die_once(part: pd.DataFrame, marker: str, partition_info: dict[str, Any] | None = None) -> pd.DataFrame:
    """The worker that reads the fourth partition first dies there; the scheduler retries it."""
    if partition_info and partition_info["number"] == 3 and not os.path.exists(marker):
        Path(marker).write_text("died")
        os._exit(1)
    return part


def test_check_column_matches_suggest(client: Any) -> None:
    drafts = ["不能退款，这是规定", "您好，请问有什么可以帮您", "", "我们没办法给你换货！！😀", "亲，明天發貨"]
    customers = ["我要退款", None, "在吗", "气死了", "什么时候发货"]
    frame = pd.DataFrame({"draft": drafts * 20, "customer": customers * 20, "script": ["zh-Hant", None] * 50})
    checked = rd.check(
        dd.from_pandas(frame, npartitions=4), "draft", customer_column="customer", target_script_column="script"
    ).compute()
    assert list(checked.columns) == ["draft", "customer", "script", *rd.CHECK_COLUMNS]
    assistant = replykit.Assistant()
    for row in checked.itertuples():
        ctx = {"customer_message": row.customer, "target_script": row.script}
        s = assistant.suggest(row.draft, {k: v for k, v in ctx.items() if not pd.isna(v)}, fixes="none")
        assert row.suggestion == s.text
        assert row.rules == ",".join(a.rule for a in s.annotations)
    builds = client.run(lambda: rd.BUILDS["assistant"])
    assert all(n <= 1 for n in builds.values()), builds


def test_check_records_bad_drafts_instead_of_failing(client: Any) -> None:
    frame = pd.DataFrame({"draft": ["好的", None, "不能退款"]})
    checked = rd.check(dd.from_pandas(frame, npartitions=1)).compute()
    assert checked["errors"].tolist()[0] == checked["errors"].tolist()[2] == ""
    assert "TypeError" in checked["errors"].tolist()[1]  # a missing draft is recorded, the task goes on


def test_lint_a_folder_on_the_cluster(client: Any, tmp_path: Path) -> None:
    folder = tmp_path / "phrases"
    folder.mkdir()
    (folder / "a.txt").write_text("不能退款，这是规定\n您好，请问有什么可以帮您\n", encoding="utf-8")
    (folder / "b.csv").write_text("code,text\nr1,我们没办法给你换货\nr2,好的\n", encoding="utf-8")
    (folder / "bad.json").write_text("{", encoding="utf-8")
    got = rd.lint([str(folder)]).compute()
    from replykit.lint.runner import Linter

    report = Linter().lint([str(folder)])
    want = sorted((f.path, f.line, f.column, f.rule) for f in report.findings)
    assert (
        sorted(got.loc[got["error"] == "", ["path", "line", "column", "rule"]].itertuples(index=False, name=None))
        == want
    )
    assert (got["error"] != "").sum() == sum(1 for r in report.files if r.error) + len(report.errors)


@pytest.mark.shared
@pytest.mark.skipif(not SHARED_SESSIONS.exists(), reason="needs ../shared/data")
def test_shared_sessions_identical_on_the_cluster(client: Any, tmp_path: Path) -> None:
    conversations = list(read_log(SHARED_SESSIONS))
    whole = replykit.audit(conversations)
    rows = [
        {"conversation": c.id, "role": m.role, "agent": m.agent, "text": m.text, "channel": c.channel}
        for c in conversations
        for m in c.messages
    ]
    frame = pd.DataFrame.from_records(rows)
    summary = rd.audit(dd.from_pandas(frame, npartitions=6, sort=False), str(tmp_path / "out"))
    assert summary.totals() == whole.summary.totals()
    assert summary.rule_rows() == whole.summary.rule_rows()
    _same_tables(tmp_path / "out", whole, ordered=False)


def test_cli_audit_on_a_local_cluster(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from replykit.cli import main

    log, _ = _log(tmp_path, total=300, files=2)
    whole = _one_process(log)
    monkeypatch.chdir(tmp_path)
    code = main(["audit", str(log), "--workers", "2", "--by-conversation", "--format", "parquet", "-o", "out", "-q"])
    assert code == 0
    _same_tables(tmp_path / "out", whole)


def _write(path: Path, frame: pd.DataFrame) -> Path:
    frame.to_parquet(path, index=False)
    return path


def test_bad_rows_fail_naming_the_partition_or_are_skipped_and_counted(client: Any) -> None:
    from replykit.audit.readers import ReadStats

    frame = chatlog.frame(200)
    frame.loc[5, "role"] = "martian"
    log = dd.from_pandas(frame, npartitions=1)
    with pytest.raises(replykit.ReplykitError, match=r"partition 0:6: .*martian"):
        rd.audit(log, None, by_conversation=True)
    stats = ReadStats()
    summary = rd.audit(log, None, by_conversation=True, skip_bad_rows=True, stats=stats)
    assert stats.skipped == 1 and stats.rows == len(frame)
    assert summary.messages == len(frame) - 1


def test_check_names_a_missing_column_before_any_task_runs() -> None:
    frame = dd.from_pandas(pd.DataFrame({"text": ["好的"]}), npartitions=1)
    with pytest.raises(replykit.ReplykitError, match="no column 'draft'"):
        rd.check(frame)
    with pytest.raises(replykit.ReplykitError, match="fixes must be"):
        rd.check(frame, "text", fixes="all")
