"""replykit audit: readers, the Python API, partitions that merge to the same result, the
command line and its outputs, a third-party conversation plugin, hostile input."""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

import pytest

import replykit
from replykit.audit import Auditor, Conversation, dialogue, read_log
from replykit.audit.readers import ReadStats
from replykit.audit.readers.common import LogError
from replykit.audit.rules import Flags, conversation_rule
from replykit.cli import main
from replykit.hookspecs import hookimpl
from replykit.rules import rule

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data" / "audit"
CHATWOOT = ROOT / "examples" / "audit" / "chatwoot_export.json"


@pytest.fixture(scope="module")
def auditor() -> Auditor:
    return Auditor(replykit.Config(strict=True), entry_points=False)


# -- readers ----------------------------------------------------------------------------------


def test_jddc_reader_groups_sessions() -> None:
    conversations = list(read_log(DATA / "sessions.tsv"))
    assert [c.id for c in conversations] == ["s1", "s2"]
    assert [m.role for m in conversations[1].messages] == ["customer", "agent", "customer", "agent"]
    assert conversations[0].customer == "u1" and conversations[0].channel == "jd"


def test_chatwoot_reader_roles_times_and_private_notes() -> None:
    conversations = list(read_log(CHATWOOT))
    assert len(conversations) == 9
    first = conversations[0]
    roles = [m.role for m in first.messages]
    assert roles[0] == "bot" and "system" in roles and roles.count("agent") == 3
    assert not any("内部备注" in m.text for c in conversations for m in c.messages)
    times = [m.time for m in first.messages]
    assert all(t is not None for t in times) and times == sorted(times)  # type: ignore[type-var]
    assert {m.agent for m in first.messages if m.role == "agent"} == {"林晓"}


def test_chatwoot_jsonl_and_messages_page(tmp_path: Path) -> None:
    data = json.loads(CHATWOOT.read_text(encoding="utf-8"))
    lines = tmp_path / "export.jsonl"
    lines.write_text("\n".join(json.dumps(c, ensure_ascii=False) for c in data), encoding="utf-8")
    assert [c.id for c in read_log(lines)] == [str(c["id"]) for c in data]
    page = tmp_path / "messages.json"
    page.write_text(json.dumps({"meta": {}, "payload": data[0]["messages"]}, ensure_ascii=False), encoding="utf-8")
    (conversation,) = read_log(page)
    assert conversation.id == "101" and len(conversation.messages) == len(next(iter(read_log(CHATWOOT))).messages)


def test_chatwoot_array_is_streamed(tmp_path: Path) -> None:
    data = json.loads(CHATWOOT.read_text(encoding="utf-8"))
    big = tmp_path / "big.json"
    big.write_text(json.dumps(data * 200, ensure_ascii=False), encoding="utf-8")
    reader = read_log(big)
    next(reader)
    assert len(list(reader)) == 9 * 200 - 1


def test_csv_with_column_mapping() -> None:
    mapping = {"conversation": "chat", "time": "sent", "role": "who", "agent": "staff", "text": "body"}
    conversations = list(read_log(DATA / "messages.csv", columns=mapping))
    assert [c.id for c in conversations] == ["c1", "c2"]
    assert conversations[1].messages[1].agent == "bob"
    assert conversations[0].messages[0].time is not None and conversations[0].day() == "2026-01-05"


def test_csv_missing_column_names_the_file(tmp_path: Path) -> None:
    with pytest.raises(LogError, match=r"messages\.csv: no column for conversation"):
        list(read_log(DATA / "messages.csv"))


def test_jsonl_and_parquet_read_the_same_conversations(tmp_path: Path) -> None:
    pa = pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    rows = [
        {"conversation": c, "time": t, "role": r, "agent": a, "text": x}
        for c, t, r, a, x in [
            ("k1", 0, "customer", None, "在吗"),
            ("k1", 5, "agent", "amy", "您好，在的"),
            ("k2", 10, "customer", None, "发什么快递"),
            ("k2", 12, "agent", "bob", "默认中通快递"),
        ]
    ]
    jsonl = tmp_path / "log.jsonl"
    jsonl.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    parquet = tmp_path / "log.parquet"
    pq.write_table(pa.Table.from_pylist(rows), parquet)
    from_jsonl = [c.model_dump() for c in read_log(jsonl)]
    assert from_jsonl == [c.model_dump() for c in read_log(parquet)]
    assert [c["id"] for c in from_jsonl] == ["k1", "k2"]


def test_bad_row_names_file_and_row(tmp_path: Path) -> None:
    log = tmp_path / "s.tsv"
    log.write_text((DATA / "sessions.tsv").read_text(encoding="utf-8") + "s3\tu3\t7\t0\t0\tnan\t你好\n", "utf-8")
    with pytest.raises(LogError, match=r"s\.tsv:7: speaker must be 0"):
        list(read_log(log, format="jddc"))
    stats = ReadStats()
    assert len(list(read_log(log, format="jddc", skip_bad_rows=True, stats=stats))) == 2
    assert stats.skipped == 1 and "s.tsv:7" in stats.reasons[0]


def test_not_utf8_is_a_bad_row(tmp_path: Path) -> None:
    log = tmp_path / "g.tsv"
    log.write_bytes("s1\tu1\t0\t0\t0\tnan\t你好\n".encode("gbk"))
    with pytest.raises(LogError, match=r"g\.tsv:1: not UTF-8"):
        list(read_log(log, format="jddc"))


def test_conversation_split_across_the_log_is_refused(tmp_path: Path) -> None:
    log = tmp_path / "split.tsv"
    lines = (DATA / "sessions.tsv").read_text(encoding="utf-8").splitlines()
    log.write_text("\n".join([*lines, lines[0]]) + "\n", encoding="utf-8")
    with pytest.raises(LogError, match="continues after other conversations"):
        list(read_log(log))


def test_readers_are_lazy(tmp_path: Path) -> None:
    log = tmp_path / "long.tsv"
    with log.open("w", encoding="utf-8") as fh:
        for i in range(20000):
            fh.write(f"s{i}\tu\t0\t0\t0\tnan\t在吗\ns{i}\tu\t1\t0\t0\tnan\t您好\n")
    stats = ReadStats()
    reader = read_log(log, stats=stats)
    next(reader)
    assert stats.rows < 100  # one conversation read, not the file


# -- the API ----------------------------------------------------------------------------------


def test_audit_api_tables_and_display(auditor: Auditor) -> None:
    result = replykit.audit(CHATWOOT, auditor=auditor)
    assert len(result) == 9
    assert {r["agent"] for r in result.rows("agents")} == {"林晓", "周敏", "王磊"}
    for table in replykit.audit.TABLES:
        frame = result.to_frame(table)
        assert len(frame) == len(result.rows(table))
    assert result.to_frame("promises").columns.tolist()[:3] == ["conversation", "message_index", "agent"]
    html = result._repr_html_()
    assert "<svg" in html and "王磊" in html


def test_audit_accepts_dicts_and_a_config_mapping() -> None:
    conv = dialogue("C@0: 在吗\nA@20: 您好").model_dump()
    slow = replykit.audit([conv])
    relaxed = replykit.audit([conv], {"thresholds": {"first-response-seconds": 30}})
    rules = lambda r: {f.rule for f in r.conversations[0].findings}  # noqa: E731
    assert "audit.first-response-slow" in rules(slow)
    assert "audit.first-response-slow" not in rules(relaxed)


def test_partitions_merge_to_the_same_result(auditor: Auditor) -> None:
    conversations = list(read_log(CHATWOOT)) + list(read_log(DATA / "sessions.tsv"))
    whole = replykit.audit(conversations, auditor=auditor)
    merged = replykit.audit(conversations[:4], auditor=auditor)
    for part in (conversations[4:7], conversations[7:]):
        merged.merge(replykit.audit(part, auditor=auditor))
    for table in replykit.audit.TABLES:
        assert merged.rows(table) == whole.rows(table), table
    assert merged.summary.to_dict() == whole.summary.to_dict()
    assert [r.id for r in merged.summary.worst_conversations()] == [r.id for r in whole.summary.worst_conversations()]


def test_every_agent_message_is_checked_with_the_customer_message() -> None:
    seen: list[Any] = []

    seen_rule = rule("seen", severity="info", fix=None, description="d", zh="z", en="e")

    class Spy:
        @hookimpl
        def replykit_rules(self) -> list[Any]:
            return [seen_rule]

        @hookimpl
        def replykit_check(self, draft: Any) -> None:
            seen.append((draft.text, draft.context.customer_message, draft.context.channel))

    auditor = Auditor(replykit.Config(), plugins=[("spy", Spy())], entry_points=False)
    conv = dialogue("C: 太慢了\nA: 抱歉\nB: 自动回复\nC: 好吧\nA: 谢谢", channel="taobao")
    result = auditor.audit_conversation(conv)
    assert seen == [("抱歉", "太慢了", "taobao"), ("谢谢", "好吧", "taobao")]
    assert all(f.kind == "conversation" or f.message_index in (1, 4) for f in result.findings)


def test_draft_findings_carry_message_index_and_span(auditor: Auditor) -> None:
    result = auditor.audit_conversation(dialogue("C: 能退款吗\nA: 你好，我们不能给你退款"))
    drafts = [f for f in result.findings if f.kind == "draft"]
    assert drafts and all(f.message_index == 1 for f in drafts)
    text = "你好，我们不能给你退款"
    assert all(f.start is not None and text[f.start : f.end] == f.text for f in drafts)


def test_promise_checklist_and_routing() -> None:
    result = replykit.audit(CHATWOOT)
    promises = result.rows("promises")
    kettle = [p for p in promises if p["conversation"] == "101"]
    assert kettle and kettle[0]["due"] == "today" and kettle[0]["due_date"] == "2026-01-05"
    follow = [p for p in promises if p["conversation"] == "107" and p["due"] == "tomorrow"]
    assert follow and follow[0]["status"] == "open" and follow[0]["due_date"] == "2026-01-07"
    routing = {(r["conversation"], r["category"]) for r in result.rows("routing")}
    assert ("101", "product") in routing and ("102", "logistics") in routing and ("103", "service") in routing
    departments = {r["category"]: r["department"] for r in result.rows("routing")}
    assert departments["product"] == "产品部"


def test_scoring_profile() -> None:
    conv = dialogue("C: 再不发货我就投诉！\nA: 已经在安排了\nA: 还有其他问题吗")
    assert replykit.audit([conv]).conversations[0].score == 0  # critical
    custom = {"score": {"critical": [], "points": {"audit.anger-no-apology": 12}}, "drafts": False}
    assert replykit.audit([conv], custom).conversations[0].score == 100 - 12 - 3  # and no-greeting


def test_config_errors_name_the_key(tmp_path: Path) -> None:
    cfg = tmp_path / "replykit.toml"
    cfg.write_text("[audit.thresholds]\nfirst-response-secs = 5\n", encoding="utf-8")
    with pytest.raises(replykit.ConfigError, match=r"audit\.thresholds\.first-response-secs"):
        Auditor(replykit.Config.from_file(cfg))
    with pytest.raises(replykit.ConfigError, match="unknown conversation rule"):
        Auditor(replykit.Config(audit={"ignore": ["audit.nope"]}))


# -- a third-party conversation plugin ---------------------------------------------------------

NO_NAME = conversation_rule(
    "no-agent-name",
    severity="info",
    description="The agent never says their name.",
    zh="客服未自报姓名",
    en="The agent never gave their name",
    examples=[Flags("C: 在吗\nA: 您好", at=(1,))],
    clean=["C: 在吗\nA: 您好，我是小王"],
)


class NamePlugin:
    @hookimpl
    def replykit_conversation_rules(self) -> list[Any]:
        return [NO_NAME]

    @hookimpl
    def replykit_check_conversation(self, report: Any, conversation: Any) -> None:
        agents = conversation.indices("agent")
        if agents and not any("我是" in conversation.messages[i].text for i in agents):
            report(NO_NAME, agents[0])


def test_third_party_conversation_rule_is_registered_and_reported() -> None:
    auditor = Auditor(replykit.Config(), plugins=[("shop", NamePlugin())], entry_points=False)
    assert auditor.rules["shop.no-agent-name"].plugin == "shop"
    flagged = auditor.audit_conversation(dialogue(NO_NAME.examples[0].dialogue))
    assert [f.message_index for f in flagged.findings if f.rule == "shop.no-agent-name"] == [1]
    clean = auditor.audit_conversation(dialogue(NO_NAME.clean[0].dialogue))
    assert not [f for f in clean.findings if f.rule == "shop.no-agent-name"]


def test_failing_conversation_plugin_is_recorded_not_fatal() -> None:
    class Broken:
        @hookimpl
        def replykit_check_conversation(self, conversation: Any) -> None:
            raise RuntimeError("boom")

    auditor = Auditor(replykit.Config(), plugins=[("broken", Broken())], entry_points=False)
    result = auditor.audit_conversation(dialogue("C: 在吗\nA: 您好"))
    assert [(e.plugin, e.error) for e in result.errors] == [("broken", "RuntimeError")]


# -- the command line -------------------------------------------------------------------------


def test_cli_text_summary(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["audit", str(CHATWOOT), "-q"]) == 0
    out = capsys.readouterr().out
    assert "9 conversations" in out and "王磊" in out and "promise checklist" in out


def test_cli_fail_under_and_critical(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["audit", str(CHATWOOT), "-q", "--fail-under", "99"]) == 1
    assert main(["audit", str(CHATWOOT), "-q", "--fail-under", "10"]) == 0
    assert main(["audit", str(CHATWOOT), "-q", "--fail-on-critical"]) == 1


def test_cli_errors_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["audit", str(tmp_path / "missing.tsv")]) == 2
    assert "missing.tsv: no such file" in capsys.readouterr().err
    assert main(["audit", str(DATA / "messages.csv"), "--columns", "chat"]) == 2


def test_cli_json(tmp_path: Path) -> None:
    out = tmp_path / "audit.json"
    assert main(["audit", str(CHATWOOT), "--format", "json", "-o", str(out), "-q"]) == 0
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert doc["summary"]["conversations"] == 9 and len(doc["conversations"]) == 9
    assert {a["agent"] for a in doc["agents"]} == {"林晓", "周敏", "王磊"}
    assert doc["promises"] and doc["routing"] and doc["conversations"][0]["findings"] is not None


def test_cli_csv_tables_escape_formulas(tmp_path: Path) -> None:
    folder = tmp_path / "out"
    mapping = "conversation=chat,time=sent,role=who,agent=staff,text=body"
    assert (
        main(["audit", str(DATA / "messages.csv"), "--columns", mapping, "--format", "csv", "-o", str(folder), "-q"])
        == 0
    )
    names = {p.name for p in folder.iterdir()}
    assert {"conversations.csv", "findings.csv", "agents.csv", "days.csv", "promises.csv", "routing.csv"} <= names
    assert not [n for n in names if n.endswith(".tmp")]
    with (folder / "routing.csv").open(encoding="utf-8-sig") as fh:
        routing = list(csv.DictReader(fh))
    assert routing and routing[0]["text"].startswith("'=")
    with (folder / "promises.csv").open(encoding="utf-8-sig") as fh:
        assert any(p["due"] == "today" for p in csv.DictReader(fh))


def test_cli_parquet_tables(tmp_path: Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    folder = tmp_path / "pq"
    assert main(["audit", str(CHATWOOT), "--format", "parquet", "-o", str(folder), "-q"]) == 0
    conversations = pq.read_table(folder / "conversations.parquet").to_pylist()
    assert len(conversations) == 9
    assert pq.read_table(folder / "agents.parquet").num_rows == 3
    assert pq.read_table(folder / "auto_replies.parquet").num_rows == 0


def test_cli_html_is_self_contained_and_escaped(tmp_path: Path) -> None:
    log = tmp_path / "x.jsonl"
    rows = [
        {"conversation": "<b>x</b>", "role": "customer", "text": "<script>alert(1)</script>垃圾！我要投诉"},
        {"conversation": "<b>x</b>", "role": "agent", "agent": "<img src=x>", "text": "已经发货了"},
    ]
    log.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    out = tmp_path / "r.html"
    assert main(["audit", str(log), "--format", "html", "-o", str(out), "-q"]) == 0
    html = out.read_text(encoding="utf-8")
    assert "<script" not in html and "<img" not in html and "&lt;img src=x&gt;" in html
    assert "<svg" in html and "http://" not in html.replace("http://www.w3.org/2000/svg", "")


def test_cli_failed_run_leaves_no_partial_output(tmp_path: Path) -> None:
    log = tmp_path / "bad.tsv"
    log.write_text("s1\tu\t0\t0\t0\tnan\t在吗\ns2\tu\t9\t0\t0\tnan\t坏\n", encoding="utf-8")
    out = tmp_path / "r.json"
    assert main(["audit", str(log), "--format", "json", "-o", str(out), "-q"]) == 2
    assert not out.exists() and not list(tmp_path.glob(".r.json*"))


def test_conversation_model_schema_is_published() -> None:
    schema = json.loads((ROOT / "docs" / "schema" / "conversation.schema.json").read_text(encoding="utf-8"))
    assert schema["$id"].endswith("conversation.json")
    assert Conversation.model_json_schema(mode="serialization")["properties"] == schema["properties"]


def test_audit_doc_lists_every_conversation_rule_and_threshold() -> None:
    from replykit.audit.config import Thresholds

    doc = (ROOT / "docs" / "audit.md").read_text(encoding="utf-8")
    for rid in Auditor(entry_points=False).rules:
        assert f"`{rid}`" in doc, rid
    for name in ("first-response-seconds", "response-seconds", "long-wait-seconds", "repeat-similarity"):
        assert name in doc and name.replace("-", "_") in Thresholds.model_fields


# -- hostile input ----------------------------------------------------------------------------


def test_hostile_logs_fail_cleanly(tmp_path: Path) -> None:
    deep = tmp_path / "deep.jsonl"
    deep.write_text("[" * 100_000 + "]" * 100_000 + "\n", encoding="utf-8")
    with pytest.raises(LogError, match=r"deep\.jsonl:1: JSON nested too deeply"):
        list(read_log(deep))
    deep_array = tmp_path / "deep.json"
    deep_array.write_text("[" + "[" * 100_000 + "]" * 100_000 + "]", encoding="utf-8")
    with pytest.raises(LogError, match="nested too deeply"):
        list(read_log(deep_array))
    long = tmp_path / "long.tsv"
    long.write_text("s1\tu\t0\t0\t0\tnan\t" + "长" * (2 << 20) + "\ns2\tu\t0\t0\t0\tnan\t在吗\n", encoding="utf-8")
    with pytest.raises(LogError, match=r"long\.tsv:1: line longer than"):
        list(read_log(long, format="jddc"))
    stats = ReadStats()
    assert [c.id for c in read_log(long, format="jddc", skip_bad_rows=True, stats=stats)] == ["s2"]
    assert stats.skipped == 1


def test_a_large_chatwoot_conversation_is_read_whole(tmp_path: Path) -> None:
    big = {"id": 1, "messages": [{"message_type": 0, "content": "在吗" * 50, "created_at": i} for i in range(40_000)]}
    path = tmp_path / "big.json"
    path.write_text(json.dumps([big, {"id": 2, "messages": []}], ensure_ascii=False), encoding="utf-8")
    conversations = list(read_log(path))
    assert [c.id for c in conversations] == ["1", "2"] and len(conversations[0].messages) == 40_000
