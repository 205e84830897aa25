"""The benchmark harness runs end to end on a tiny corpus (correctness only, never timing)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
RUN = ROOT / "benchmarks" / "run.py"
FALLBACK = ROOT / "benchmarks" / "fallback_corpus.txt"

pytest.importorskip("ahocorasick", reason="the floor pipeline needs pyahocorasick (the bench extra)")
pytest.importorskip("rjieba", reason="the floor pipeline needs rjieba (the fast extra)")


def test_fallback_corpus_is_substantial() -> None:
    lines = [line for line in FALLBACK.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(lines) >= 200
    assert len(set(lines)) == len(lines)


def test_floor_pipeline_finds_phrases() -> None:
    sys.path.insert(0, str(RUN.parent))
    try:
        from floor import make_floor
    finally:
        sys.path.remove(str(RUN.parent))
    result = make_floor("rjieba")("您好，這個我們不能退")
    assert result.text == "您好，这个我们不能退"
    hits = {(f.text, f.start, f.end) for f in result.findings}
    assert ("不能", 7, 9) in hits
    assert result.words > 0


@pytest.mark.slow
def test_quick_run_prints_every_section(tmp_path: Path) -> None:
    out = tmp_path / "bench.json"
    corpus = tmp_path / "tiny.txt"
    corpus.write_text("您好，很高兴为您服务\n亲，这个不能退哦\n這款商品有現貨\n", encoding="utf-8")
    proc = subprocess.run(
        [sys.executable, str(RUN), "--quick", "--corpus", str(corpus), "--json", str(out)],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=tmp_path,
    )
    assert proc.returncode == 0, proc.stderr
    for section in ("throughput", "jieba", "coldstart", "rss", "lint", "workers", "long"):
        assert f"== {section} ==" in proc.stdout
    results = json.loads(out.read_text(encoding="utf-8"))
    assert results["meta"]["replies"] == 3
    rows = results["throughput"]["rows"]
    assert {"floor", "replykit.suggest"} <= rows.keys()
    assert all(row["us_best"] > 0 and row["x_floor"] > 0 for row in rows.values())
    assert results["throughput"]["pipeline"]["plugin_errors"] == 0
    assert "replykit (jieba)" in results["jieba"]["rows"]
    assert all("error" not in row for row in results["coldstart"]["rows"].values())
    assert results["rss"]["rows"]["fast"]["peak_rss_mib"] > 0
    assert set(results["long"]["rows"]) >= {"no punctuation", "faces"}
