"""replykit benchmarks: print every figure of issue 6 (docs/performance.md explains them).

    python benchmarks/run.py                 # full run on ../shared/data (else the fallback corpus)
    python benchmarks/run.py --quick         # tiny corpus, one repetition: checks the harness runs
    python benchmarks/run.py --only throughput,coldstart --json out.json

Figures: per-reply throughput of ``replykit.suggest`` against a floor pipeline measured in the
same process (and autocorrect-py as a peer), the same with pure jieba (fresh process), cold
start, peak RSS, ``replykit lint`` on 10,000 phrases, and ``suggest_many`` with 1 vs 2 workers.
Times are best-of-N passes (the least disturbed by other load); medians are printed too.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import load_corpus
from measure import run_fresh

SECTIONS = ("throughput", "jieba", "coldstart", "rss", "lint", "workers", "long")
PACKAGES = ("replykit", "rjieba", "jieba", "opencc", "pydantic", "pluggy", "pyahocorasick", "autocorrect-py")


def machine() -> dict[str, Any]:
    """Date, CPU (lscpu model name), cores, Python and package versions."""
    # Imported here: a measuring child process (``--child rss``) must not carry them.
    import platform
    import subprocess
    from importlib.metadata import PackageNotFoundError, version

    cpu = platform.processor() or platform.machine()
    try:
        out = subprocess.run(["lscpu"], capture_output=True, text=True, check=False).stdout
        for line in out.splitlines():
            if line.startswith("Model name:"):
                cpu = line.split(":", 1)[1].strip()
    except OSError:
        pass
    versions = {}
    for name in PACKAGES:
        try:
            versions[name] = version(name)
        except PackageNotFoundError:
            versions[name] = None
    return {
        "date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
        "cpu": cpu,
        "cores": os.cpu_count(),
        "python": platform.python_version(),
        "load_avg": [round(x, 2) for x in os.getloadavg()],
        "versions": versions,
    }


def _table(rows: dict[str, dict[str, Any]], cols: list[tuple[str, str]]) -> None:
    width = max(len(n) for n in rows) + 2
    print("  " + "".ljust(width) + "".join(h.rjust(12) for _, h in cols))
    for name, row in rows.items():
        if "error" in row:
            print(f"  {name.ljust(width)}ERROR: {row['error']}")
            continue
        print("  " + name.ljust(width) + "".join(str(row.get(k, "-")).rjust(12) for k, _ in cols))


_RATE = [("us_best", "us/reply"), ("us_median", "median"), ("per_s", "replies/s"), ("x_floor", "x floor")]


def show(section: str, result: dict[str, Any]) -> None:
    """Print one section's result for a person."""
    print(f"\n== {section} ==")
    if result.get("available") is False:
        print(f"  not measured: {result['why']}")
        return
    if section in ("throughput", "jieba"):
        if "segmenter" in result:
            print(f"  segmenter: {result['segmenter']}; plugins: {', '.join(result['plugins'])}")
        if "first_cut_s" in result:
            print(f"  jieba's first cut (dictionary load): {result['first_cut_s']} s")
        _table(result["rows"], _RATE)
        print("  pipeline: " + ", ".join(f"{k}={v}" for k, v in result["pipeline"].items()))
    elif section == "coldstart":
        cols = [("ms_best", "ms best"), ("ms_median", "ms median")]
        _table(result["rows"], [*cols, ("cpu_ms_best", "cpu best"), ("cpu_ms_median", "cpu median")])
        print(f"  heavy modules after `import replykit`: {result['heavy_after_import'] or 'none'}")
        print(f"  heavy modules after `replykit check`: {result['heavy_after_check'] or 'none'}")
        print("  costliest imports under `import replykit` (cumulative ms, -X importtime): " + ", ".join(
            f"{r['module']} {r['cumulative_ms']:.0f}" for r in result["import_time_top"]
        ))  # fmt: skip
    elif section == "rss":
        _table(result["rows"], [("peak_rss_mib", "peak MiB")])
    elif section == "lint":
        print(
            f"  {result['phrases']} phrases in {result['seconds']} s ({result['phrases_per_s']}/s), "
            f"peak RSS {result['peak_rss_mib']} MiB, exit {result['exit']}"
        )
    elif section == "workers":
        best, median = result["seconds"], result["median_seconds"]
        print(
            f"  {result['replies']} replies: 1 worker {best['1']} s, 2 workers {best['2']} s -> speedup "
            f"{result['speedup_2_over_1']}x (medians {median['1']} s, {median['2']} s -> "
            f"{result['median_speedup_2_over_1']}x)"
        )
        if "ceiling_2_over_1" in result:
            print(
                f"  ceiling now: the same checks in 1 vs 2 independent processes (no results kept) "
                f"{best['independent_1']} s vs {best['independent_2']} s -> {result['ceiling_2_over_1']}x "
                f"(medians -> {result['median_ceiling_2_over_1']}x)"
            )
    elif section == "long":
        cols = [(str(n), f"{n // 1000}k ch, s") for n in result["sizes"]] + [("x_per_doubling", "x/doubling")]
        _table(result["rows"], cols)


def run_child(args: argparse.Namespace) -> int:
    """Body of a fresh process started by a section; prints one JSON object."""
    import inprocess

    _, texts = load_corpus(args.corpus, args.limit)
    if args.child == "jieba":
        out = inprocess.child_jieba(texts, args.repeats)
    elif args.child == "rss":
        out = inprocess.child_rss(texts, args.variant)
    else:
        raise SystemExit(f"unknown child {args.child!r}")
    print(json.dumps(out, ensure_ascii=False))
    return 0


def _jieba(corpus: str | None, limit: int | None, repeats: int) -> dict[str, Any]:
    import fresh

    run = run_fresh(fresh.child_argv("jieba", corpus, limit, repeats=repeats))
    if run.returncode != 0:
        return {"available": False, "why": (run.stderr.strip().splitlines() or ["?"])[-1]}
    result: dict[str, Any] = json.loads(run.stdout)
    return result


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--quick", action="store_true", help="tiny corpus and repetition counts (smoke test)")
    p.add_argument("--corpus", help="a .jsonl (key text) or .txt (one reply a line) corpus")
    p.add_argument("--limit", type=int, help="use only the first N replies")
    p.add_argument("--repeats", type=int, help="timed passes per candidate (default 7, quick 1)")
    p.add_argument("--only", help=f"comma-separated sections: {','.join(SECTIONS)}")
    p.add_argument("--json", help="also write every figure to this JSON file")
    p.add_argument("--child", help=argparse.SUPPRESS)
    p.add_argument("--variant", default="fast", help=argparse.SUPPRESS)
    args = p.parse_args(argv)
    if args.quick:
        args.limit = args.limit or 30
    args.repeats = args.repeats or (1 if args.quick else 7)
    if args.child:
        return run_child(args)
    only = SECTIONS if not args.only else tuple(s.strip() for s in args.only.split(","))
    unknown = set(only) - set(SECTIONS)
    if unknown:
        p.error(f"unknown sections: {', '.join(sorted(unknown))}")

    label, texts = load_corpus(args.corpus, args.limit)
    meta = {**machine(), "corpus": label, "replies": len(texts),
            "mean_chars": round(sum(map(len, texts)) / len(texts), 1), "repeats": args.repeats}  # fmt: skip
    print(f"replykit benchmarks, {meta['date']}, {meta['cpu']} x{meta['cores']}, Python {meta['python']}")
    print(f"corpus: {label} ({len(texts)} replies, mean {meta['mean_chars']} chars); best of {args.repeats} passes")
    results: dict[str, Any] = {"meta": meta}
    for section in only:
        results[section] = _section(section, args, texts)
        show(section, results[section])
    if args.json:
        Path(args.json).write_text(json.dumps(results, ensure_ascii=False, indent=2), encoding="utf-8")
    return 0


def _section(section: str, args: argparse.Namespace, texts: list[str]) -> dict[str, Any]:
    import fresh
    import inprocess

    if section == "throughput":
        return inprocess.throughput(texts, args.repeats)
    if section == "jieba":
        return _jieba(args.corpus, args.limit, args.repeats)
    if section == "coldstart":
        return fresh.cold_start(1 if args.quick else 5)
    if section == "rss":
        return fresh.peak_rss(args.corpus, args.limit)
    if section == "lint":
        return fresh.lint(texts, 200 if args.quick else 10_000)
    if section == "workers":
        # A QA-job-sized batch (60,000 replies on the real corpus): start-up is not the story.
        return inprocess.workers(texts if args.quick else texts * 20, min(args.repeats, 7))
    if section == "long":
        return inprocess.long_drafts((5_000, 10_000) if args.quick else (25_000, 50_000, 100_000))
    raise AssertionError(section)


if __name__ == "__main__":
    sys.exit(main())
