"""The public-set evaluator: scoring logic on written lines, and a run on ../shared when present."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import SHARED_DATA

from replykit.eval import public
from replykit.models import Annotation, Suggestion


def _finding(rule: str, severity: str = "warning") -> Annotation:
    return Annotation(plugin=rule.split(".")[0], rule=rule, severity=severity, message="m", start=0, end=1, text="x")


def _fake(findings: dict[str, list[Annotation]], rewrites: dict[str, str] | None = None):
    def suggest(text: str) -> Suggestion:
        new = (rewrites or {}).get(text, text)
        return Suggestion(original=text, text=new, changed=new != text, annotations=findings.get(text, []))

    return suggest


def test_family_found_wrong_finding_clean_flag_and_slot_are_counted() -> None:
    lines = [
        public.Line(1, "甲", "zh-Hans", frozenset({"refusal"}), "dev"),
        public.Line(2, "乙", "zh-Hans", frozenset({"curt"}), "dev"),
        public.Line(3, "丙", "zh-Hans", frozenset(), "dev"),
        public.Line(4, "丁", "zh-Hans", frozenset({"refusal-with-alternative"}), "dev"),
    ]
    suggest = _fake(
        {
            "甲": [_finding("negative.cannot")],
            "乙": [_finding("politeness.you-honorific")],
            "丙": [_finding("emoji.no-warmth", "info")],
            "丁": [_finding("negative.cannot")],
        },
        {"甲": "我们能为您做的是……"},
    )
    report, rewrites = public.score(lines, suggest)
    assert report.found["refusal"] == 1 and report.labelled["refusal"] == 1
    assert report.found["curt"] == 0 and (2, "curt") in report.misses
    assert report.rule_fired["negative.cannot"] == 2 and report.rule_right["negative.cannot"] == 1
    assert (4, "negative.cannot") in report.wrong and (2, "politeness.you-honorific") in report.wrong
    assert report.clean == 2 and report.clean_flagged == 1  # info findings do not flag a line
    assert report.slots == 1 and rewrites == [{"id": 1, "before": "甲", "after": "我们能为您做的是……"}]
    assert report.recall == pytest.approx(0.5)


def test_every_family_prefix_names_a_builtin_rule() -> None:
    from replykit.engine import Assistant

    rules = Assistant(entry_points=False).rules
    for family, prefixes in public.FAMILIES.items():
        assert any(r.startswith(prefixes) for r in rules), family


@pytest.mark.shared
def test_dev_split_scores_every_line(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    if not (SHARED_DATA / public.FILE_NAME).exists():
        pytest.skip("../shared/data absent")
    out = tmp_path / "rewrites.jsonl"
    assert public.main(["--split", "dev", "--data", str(SHARED_DATA), "--rewrites", str(out)]) == 0
    dev = sum(json.loads(x)["split"] == "dev" for x in (SHARED_DATA / public.FILE_NAME).open(encoding="utf-8"))
    assert f"{dev} lines scored" in capsys.readouterr().out
    for item in map(json.loads, out.read_text(encoding="utf-8").splitlines()):
        assert item["before"] != item["after"]


def test_agreed_recall_counts_lines_both_labellers_marked() -> None:
    lines = [
        public.Line(1, "甲", "zh-Hans", frozenset({"refusal"}), "test", frozenset({"refusal"})),
        public.Line(2, "乙", "zh-Hans", frozenset({"curt"}), "test", frozenset({"blame"})),
    ]
    report, _ = public.score(lines, _fake({"甲": [_finding("negative.cannot")]}))
    assert report.recall == pytest.approx(0.5)
    assert report.agreed_labelled["refusal"] == 1 and report.agreed_labelled["curt"] == 0
    assert report.agreed_recall == pytest.approx(1.0)
    assert "both labellers" in "\n".join(public.render(report, "test"))


def test_file_of_the_same_shape_is_scored_whole(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "more.jsonl"
    path.write_text(
        json.dumps({"text": "你自己看说明书", "problems": ["you"]}, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    assert public.main(["--file", str(path), "--split", "all"]) == 0
    assert "| you | 1 | 1 | 1.00 |" in capsys.readouterr().out
    assert public.main(["--file", str(tmp_path / "absent.jsonl")]) == 2
