"""The script plugin beyond its declared examples: the issue's table, OpenCC's reported wrong
conversions, protected spans, the customer's script, idempotence, and measurements over
../shared/data (skipped without it)."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from opencc_regressions import CASES, MULTI_FORM_TRAPS

import replykit
from replykit.builtin.script.target import script_of

ASSISTANT = replykit.Assistant(entry_points=False)
SCRIPT = replykit.Assistant(replykit.Config(select=["script"]), entry_points=False)
SHARED = Path(__file__).resolve().parents[2] / "shared" / "data"


def test_traditional_draft_gets_only_the_variant_step() -> None:
    s = ASSISTANT.suggest("將於第3個工作天後自動取消", {"target_script": "zh-HK"})
    assert s.text == "將於第3個工作天後自動取消"


def test_vocabulary_is_unsafe_and_its_own_rule() -> None:
    ctx = {"target_script": "zh-TW"}
    assert SCRIPT.suggest("标准作业程序", ctx, fixes="safe").text == "標準作業程序"
    s = SCRIPT.suggest("标准作业程序", ctx, fixes="unsafe")
    assert [(a.rule, a.text, a.fix) for a in s.annotations if a.rule.endswith("vocabulary")] == [
        ("script.regional-vocabulary", "程序", "unsafe")
    ]


def test_measure_word_next_to_a_digit_is_converted() -> None:
    s = ASSISTANT.suggest("预计3个工作日内发货", {"target_script": "zh-TW"}, fixes="safe")
    assert s.text == "預計3個工作日內發貨"
    assert ASSISTANT.suggest("订单1234567890将于3天后到", {"target_script": "zh-TW"}).text.startswith("訂單1234567890")


def test_known_segmentation_bug_is_left_for_a_person() -> None:
    ctx = {"target_script": "zh-TW"}
    safe = ASSISTANT.suggest("这个被发明出来了", ctx, fixes="safe")
    assert "髮" not in safe.text
    [a] = [a for a in safe.annotations if a.rule == "script.ambiguous-character"]
    assert (a.text, a.fix, a.replacements[0]) == ("发", "unsafe", "發")
    assert ASSISTANT.suggest("这个被发明出来了", ctx, fixes="unsafe").text == "這個被發明出來了"


@pytest.mark.parametrize("draft", ["收到，唔該晒您耐心等候！", "多謝晒！", "呢款賣晒啦"])
def test_cantonese_particle_sai_is_traditional_text_too(draft: str) -> None:
    assert SCRIPT.suggest(draft).annotations == []
    assert SCRIPT.suggest(draft, {"target_script": "zh-HK"}).text == draft


def test_sai_the_verb_is_still_the_simplified_form() -> None:
    s = SCRIPT.suggest("今日天氣好，晒太陽")
    assert [(a.rule, a.text) for a in s.annotations] == [("script.mixed", "晒")]
    assert s.text == "今日天氣好，曬太陽"
    assert SCRIPT.suggest("唔该晒您", {"target_script": "zh-HK"}).text == "唔該晒您"
    assert SCRIPT.suggest("晒太阳", {"target_script": "zh-HK"}).text == "曬太陽"


def test_customer_script_without_target() -> None:
    s = SCRIPT.suggest("您好，马上为您处理", {"customer_message": "請問何時出貨"}, fixes="safe")
    assert s.text == "您好，马上为您处理"
    [a] = s.annotations
    assert (a.rule, a.fix, a.message) == (
        "script.customer-script",
        "unsafe",
        "顾客使用繁体中文（台湾），回复是否也用繁体中文（台湾）？",
    )
    assert SCRIPT.suggest("您好，马上为您处理", {"customer_message": "請問何時出貨"}).text == "您好，馬上為您處理"
    auto = SCRIPT.suggest("您好，马上为您处理", {"customer_message": "請問何時出貨", "target_script": "auto"})
    assert auto.text == "您好，馬上為您處理"


def test_lone_surrogate_in_customer_message_is_a_clear_error() -> None:
    with pytest.raises(replykit.ReplykitError, match="customer_message"):
        ASSISTANT.suggest("您好", {"customer_message": "請問\ud800", "target_script": "auto"})


def _wrong_safe_positions(draft: str, target: str, right: str) -> list[int]:
    safe = SCRIPT.suggest(draft, {"target_script": target}, fixes="safe")
    flagged = {i for a in safe.annotations if a.fix == "unsafe" for i in range(a.start, a.end)}
    assert len(safe.text) == len(draft)
    rights = right.split("|")
    return [
        i
        for i, (got, was) in enumerate(zip(safe.text, draft))
        if all(got != r[i] for r in rights) and not (got == was and i in flagged)
    ]


@pytest.mark.parametrize(("draft", "target", "right", "source"), CASES, ids=[c[0] for c in CASES])
def test_reported_opencc_errors_never_become_safe_fixes(draft: str, target: str, right: str, source: str) -> None:
    assert _wrong_safe_positions(draft, target, right) == [], source


def test_the_regression_table_is_big_enough() -> None:
    assert len(CASES) >= 30 and all(src.startswith("https://github.com/") for *_, src in CASES)


@pytest.mark.parametrize(("draft", "target", "right"), MULTI_FORM_TRAPS, ids=[c[0] for c in MULTI_FORM_TRAPS])
def test_multi_form_traps_are_right_or_left_for_a_person(draft: str, target: str, right: str) -> None:
    assert _wrong_safe_positions(draft, target, right) == []


def test_the_traps_are_converted_where_the_word_settles_it() -> None:
    # Not everything is left for a person: the unambiguous words still convert safely.
    ctx = {"target_script": "zh-TW"}
    for draft, right in (
        ("您的头发很好看", "您的頭髮很好看"),
        ("面条已经煮好", "麵條已經煮好"),
        ("以后再联系您", "以後再聯繫您"),
    ):
        assert SCRIPT.suggest(draft, ctx, fixes="safe").text == right


def test_protected_terms_and_inline_marker() -> None:
    cfg = replykit.Config(select=["script"], plugins={"script": {"protected-terms": ["Whoo后"]}})
    a = replykit.Assistant(cfg, entry_points=False)
    assert a.suggest("Whoo后洗发水已发货", {"target_script": "zh-TW"}).text == "Whoo后洗髮水已發貨"
    s = SCRIPT.suggest("⟦Whoo后⟧洗发水已发货", {"target_script": "zh-TW"}, fixes="safe")
    assert s.text == "Whoo后洗髮水已發貨"
    with pytest.raises(replykit.ConfigError, match="protected_terms"):
        replykit.Assistant(replykit.Config(plugins={"script": {"protected-terms": [""]}}), entry_points=False)


def test_hostile_drafts_convert_and_keep_protected_text() -> None:
    piece = "⟦后来⟧您好，马上為您處理3个订单[订单x]https://a.example/x?y=1，"
    draft = "".join(piece.replace("后来", f"后来{i}") for i in range(400))
    s = ASSISTANT.suggest(draft, {"target_script": "zh-TW"}, fixes="unsafe")
    assert s.errors == []
    assert s.text.count("[订单x]") == 400 and s.text.count("https://a.example/x?y=1") == 400
    assert "后来0您好" in s.text and "后来31您好" in s.text and "⟦" not in s.text  # 32 marked terms at most
    long_piece = "马上为您处理" * 5000  # no punctuation at all
    assert ASSISTANT.suggest(long_piece, {"target_script": "zh-HK"}).text.startswith("馬上為您處理")


def test_quotes_option() -> None:
    ctx = {"target_script": "zh-TW"}
    assert SCRIPT.suggest("点击“确认”", ctx, fixes="safe").text == "點擊“確認”"
    assert SCRIPT.suggest("点击“确认”", ctx, fixes="unsafe").text.endswith("「確認」")
    cfg = replykit.Config(select=["script"], plugins={"script": {"quotes": "safe"}})
    assert replykit.Assistant(cfg, entry_points=False).suggest("点击“确认”", ctx, fixes="safe").text == "點擊「確認」"


def test_regional_variants_are_not_churned() -> None:
    for text in ("我們會盡快為您處理", "我們會儘快為您處理", "我們支持信用卡付款"):
        s = SCRIPT.suggest(text, {"target_script": "zh-TW"})
        assert s.text == text and s.annotations == []
    assert SCRIPT.suggest("我们支持信用卡付款", {"target_script": "zh-TW"}).text == "我們支援信用卡付款"


def test_issue_11_mixed_script_example_is_idempotent() -> None:
    once = ASSISTANT.suggest("不过马電問訂為", fixes="safe").text
    assert ASSISTANT.suggest(once, fixes="safe").text == once


MIXED = [
    "马",
    "電",
    "問",
    "为",
    "為",
    "发",
    "發",
    "这",
    "這",
    "不过",
    "但是",
    "您好",
    "，",
    "。",
    "3个",
    "了",
    "後",
    "后",
]
mixed_st = st.lists(st.sampled_from(MIXED), max_size=14).map("".join)
ctx_st = st.sampled_from([None, {"target_script": "zh-TW"}, {"target_script": "zh-HK"}, {"customer_message": "請問"}])


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mixed_st, ctx_st)
def test_safe_fixes_are_idempotent_on_mixed_script_text(text: str, context: dict[str, str] | None) -> None:
    once = ASSISTANT.suggest(text, context, fixes="safe").text
    assert ASSISTANT.suggest(once, context, fixes="safe").text == once


# --- measurements over ../shared/data (numbers in docs/script.md) --------------------------


def _simplified_lines() -> list[str]:
    lines: list[str] = []
    for path in sorted(SHARED.glob("*.jsonl")):
        for raw in path.read_text(encoding="utf-8").splitlines():
            try:
                row = json.loads(raw)
            except ValueError:
                continue
            text = row.get("text") if isinstance(row, dict) else None
            if isinstance(text, str) and text.strip() and row.get("script", "zh-Hans") == "zh-Hans":
                lines.append(text)
    return lines


def round_trip_exceptions(lines: list[str]) -> tuple[int, int, int]:
    """(lines, lines that do not come back, of which without an unsafe finding)."""
    off = unexplained = 0
    for text in lines:
        there = SCRIPT.suggest(text, {"target_script": "zh-TW"}, fixes="safe")
        back = SCRIPT.suggest(there.text, {"target_script": "zh-Hans"}, fixes="safe")
        if back.text != text:
            off += 1
            if not any(a.fix == "unsafe" for a in [*there.annotations, *back.annotations]):
                unexplained += 1
    return len(lines), off, unexplained


@pytest.mark.skipif(not SHARED.is_dir(), reason="../shared/data is not here")
def test_round_trip_over_shared_simplified_lines() -> None:
    lines = _simplified_lines()[::7]  # every 7th line keeps CI short; docs/script.md has the full run
    total, off, unexplained = round_trip_exceptions(lines)
    assert total > 100
    assert unexplained <= total // 200, (off, unexplained)


def region_of(row: dict[str, str]) -> str:
    """zh-HK for a Hong Kong source or Cantonese wording, else zh-TW."""
    host = row.get("source", "").split("/")[2] if "//" in row.get("source", "") else ""
    return "zh-HK" if host.endswith(".hk") or script_of(row["text"]) == "zh-HK" else "zh-TW"


def own_region_changes() -> tuple[int, Counter[tuple[str, str]]]:
    """(traditional lines, character pairs the safe tier changes when converting each line to its
    own region)."""
    rows = [json.loads(r) for r in (SHARED / "public_replies_eval.jsonl").read_text(encoding="utf-8").splitlines()]
    pairs: Counter[tuple[str, str]] = Counter()
    lines = 0
    for row in rows:
        if row.get("script") != "zh-Hant":
            continue
        lines += 1
        text = row["text"]
        out = SCRIPT.suggest(text, {"target_script": region_of(row)}, fixes="safe").text
        assert len(out) == len(text)
        pairs.update((a, b) for a, b in zip(text, out) if a != b)
    return lines, pairs


# Every change read (docs/script.md): regional character variants only.
# Stray simplified characters in traditional lines, each right in its context (后 is 收到貨後).
READ_AND_ACCEPTED = {
    ("后", "後"),
    ("请", "請"),
    ("变", "變"),
    ("响", "響"),
    ("并", "並"),
    ("卖", "賣"),
    ("则", "則"),
    ("买", "買"),
    ("订", "訂"),
    ("购", "購"),
}


@pytest.mark.skipif(not (SHARED / "public_replies_eval.jsonl").is_file(), reason="../shared/data is not here")
def test_regional_lines_convert_to_their_own_region_with_variants_only() -> None:
    lines, pairs = own_region_changes()
    assert lines > 50
    assert set(pairs) <= READ_AND_ACCEPTED, pairs


class _CharSegmenter:
    """A segmenter plugin that knows no words: every character is one."""

    @replykit.hookimpl(tryfirst=True)
    def replykit_segmenter(self) -> object:
        return lambda text: [(c, i, i + 1) for i, c in enumerate(text)]


def test_piece_cache_is_per_segmenter_and_changes_nothing() -> None:
    import importlib

    plan_module = importlib.import_module("replykit.builtin.script.plan")

    ctx = {"target_script": "zh-TW"}
    drafts = ["您的头发很好看", "这个被发明出来了，预计3个工作日内发货", "软件已更新，面条已经煮好"]
    warm = [SCRIPT.suggest(d, ctx, fixes="unsafe") for d in drafts]
    for cached in plan_module._CACHED.values():
        cached.cache_clear()  # type: ignore[attr-defined]
    plan_module._scan.cache_clear()
    assert [SCRIPT.suggest(d, ctx, fixes="unsafe") for d in drafts] == warm
    # Another segmenter reads other words: 发 alone is no evidence for 髮.
    chars = replykit.Assistant(
        replykit.Config(select=["script"]), plugins=[("chars", _CharSegmenter())], entry_points=False
    )
    s = chars.suggest("您的头发很好看", ctx, fixes="safe")
    assert s.text == "您的頭发很好看"
    assert [a.text for a in s.annotations if a.rule == "script.ambiguous-character"] == ["发"]
