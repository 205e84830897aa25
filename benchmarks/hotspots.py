"""Where replykit.suggest spends its time: cProfile over the corpus, top functions by own time.

    python benchmarks/hotspots.py              # default Assistant (rjieba with the fast extra)
    python benchmarks/hotspots.py --jieba      # jieba forced, as in run.py's jieba section
    python benchmarks/hotspots.py --top 30 --sort cumulative
    python benchmarks/hotspots.py --breakdown # us/reply of the engine alone and with each plugin

Shares are of the profiled total; cProfile inflates many-small-call code, so confirm a hot spot
with run.py's timings before and after a fix.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import load_corpus

import replykit


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--corpus")
    p.add_argument("--limit", type=int)
    p.add_argument("--passes", type=int, default=3)
    p.add_argument("--top", type=int, default=20)
    p.add_argument("--sort", choices=["tottime", "cumulative"], default="tottime")
    p.add_argument("--jieba", action="store_true", help="force the jieba segmenter")
    p.add_argument("--script", help="target_script context for every reply (e.g. zh-TW)")
    p.add_argument("--breakdown", action="store_true", help="time the engine alone, then with each plugin")
    args = p.parse_args(argv)
    _, texts = load_corpus(args.corpus, args.limit)
    if args.breakdown:
        return breakdown(texts, max(args.passes, 7))
    plugins: list[object] = []
    if args.jieba:
        from replykit.builtin.segmenter import jieba_segmenter

        class JiebaFirst:
            @replykit.hookimpl(tryfirst=True)
            def replykit_segmenter(self) -> object:
                return jieba_segmenter()

        plugins.append(("bench-jieba", JiebaFirst()))
    assistant = replykit.Assistant(plugins=plugins)
    ctx = {"target_script": args.script} if args.script else None
    for t in texts:  # warm up: dictionaries, converters, caches
        assistant.suggest(t, ctx)
    prof = cProfile.Profile()
    prof.enable()
    for _ in range(args.passes):
        for t in texts:
            assistant.suggest(t, ctx)
    prof.disable()
    stats = pstats.Stats(prof)
    total = stats.total_tt  # type: ignore[attr-defined]
    calls = args.passes * len(texts)
    print(f"{calls} suggest calls, {total / calls * 1e6:.1f} us/reply under cProfile\n")
    key = 3 if args.sort == "cumulative" else 2
    rows = sorted(stats.stats.items(), key=lambda kv: -kv[1][key])  # type: ignore[attr-defined]
    print(f"{'share':>6} {'us/reply':>9} {'calls/reply':>11}  function")
    for (path, line, name), (_, ncalls, tt, ct, _) in rows[: args.top]:
        spent = ct if args.sort == "cumulative" else tt
        where = path.split("/site-packages/")[-1].split("/src/")[-1]
        print(f"{spent / total:6.1%} {spent / calls * 1e6:9.2f} {ncalls / calls:11.2f}  {name} ({where}:{line})")
    return 0


def breakdown(texts: list[str], repeats: int) -> int:
    """Best-of-N us/reply: the engine with only the segmenter, then one checking plugin at a time."""
    import importlib

    from measure import per_item

    from replykit.plugins import DEFAULT_PLUGINS

    modules = {name: importlib.import_module(module) for name, module in DEFAULT_PLUGINS}
    base = [("segmenter", modules.pop("segmenter"))]
    modules.pop("formats", None)
    candidates = {"engine only": replykit.Assistant(defaults=False, entry_points=False, plugins=base).suggest}
    for name, module in modules.items():
        one = replykit.Assistant(defaults=False, entry_points=False, plugins=[*base, (name, module)])
        candidates[f"+ {name}"] = one.suggest
    candidates["all built-ins"] = replykit.Assistant(entry_points=False).suggest
    timings = per_item(candidates, texts, repeats)
    engine = timings["engine only"].us
    print(f"{'':16}{'us/reply':>9}{'median':>9}{'added':>9}")
    for name, t in timings.items():
        added = "" if name == "engine only" else f"{t.us - engine:9.2f}"
        print(f"{name:16}{t.us:9.2f}{t.median * 1e6:9.2f}{added}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
