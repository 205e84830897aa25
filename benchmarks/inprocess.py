"""Benchmarks that run inside one process: throughput against the floor, the peer, workers.

Each function returns a JSON-ready dict; run.py prints it.  The ``child_*`` functions are the
bodies of fresh processes started by run.py (pure jieba, peak RSS), so what they load cannot
leak into the parent's figures.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from measure import Timing, peak_rss_mib, per_item

import replykit
from replykit.engine import default_assistant

TARGET_SCRIPTS = (None, "zh-Hans", "zh-Hant", "zh-TW", "zh-HK")


def make_floor(segmenter: str) -> Callable[[str], Any]:
    """The floor pipeline, imported only where it is measured: the replykit RSS child must not
    carry pyahocorasick and the floor's models."""
    from floor import make_floor as make

    return make(segmenter)


def _row(t: Timing, floor: Timing) -> dict[str, float]:
    return {**t.as_dict(), "per_s": round(1 / t.best), "x_floor": round(t.best / floor.best, 2)}


def _segment_counter(make: Callable[[], Callable[[str], Any]]) -> tuple[object, dict[str, int]]:
    """A plugin providing a segmenter (tryfirst) that counts calls and characters segmented."""
    counts = {"calls": 0, "chars": 0}

    class CountingSegmenter:
        @replykit.hookimpl(tryfirst=True)
        def replykit_segmenter(self) -> Callable[[str], Any]:
            inner = make()

            def segment(text: str) -> Any:
                counts["calls"] += 1
                counts["chars"] += len(text)
                return inner(text)

            return segment

    return CountingSegmenter(), counts


def _profile(assistant: replykit.Assistant, texts: list[str], counts: dict[str, int]) -> dict[str, Any]:
    """What the pipeline did on the corpus: findings, fixes, plugin errors, segmentation share."""
    found = changed = errors = 0
    for t in texts:
        s = assistant.suggest(t)
        found += len(s.annotations)
        changed += s.changed
        errors += len(s.errors)
    chars = sum(len(t) for t in texts)
    return {
        "findings_per_reply": round(found / len(texts), 3),
        "changed_share": round(changed / len(texts), 3),
        "plugin_errors": errors,
        "segment_calls_per_reply": round(counts["calls"] / len(texts), 3),
        "segmented_char_share": round(counts["chars"] / chars, 3),
    }


def throughput(texts: list[str], repeats: int) -> dict[str, Any]:
    """replykit.suggest (default Assistant: rjieba with the fast extra) vs the floor and the peer."""
    floor = make_floor("rjieba")
    seg = default_assistant().segmenter()
    candidates: dict[str, Callable[[str], object]] = {"floor": floor, "replykit.suggest": replykit.suggest}
    try:
        import autocorrect_py

        candidates["autocorrect-py lint_for"] = lambda t: autocorrect_py.lint_for(t, "reply.txt")
    except ImportError:
        pass
    timings = per_item(candidates, texts, repeats)
    base = timings["floor"]
    from replykit.builtin.segmenter import rjieba_segmenter

    plugin, counts = _segment_counter(lambda: rjieba_segmenter() or default_assistant().segmenter())
    counted = replykit.Assistant(plugins=[("bench-count", plugin)])
    return {
        "segmenter": f"{seg.__module__}.{getattr(seg, '__qualname__', type(seg).__qualname__)}",
        "plugins": [n for n, _ in default_assistant().plugin_manager.list_name_plugin()],
        "rows": {name: _row(t, base) for name, t in timings.items()},
        "pipeline": _profile(counted, texts, counts),
    }


def workers(texts: list[str], repeats: int) -> dict[str, Any]:
    """suggest_many with 1 and 2 workers over the same batch (best of ``repeats``), and the
    ceiling this machine allows right now: the same checks split between two independent
    processes that keep no results and never talk, against one such process doing them all.
    On a shared VM the ceiling moves from run to run (1.5x to 1.95x seen on the same day), so
    suggest_many's speed-up only means something next to it."""
    try:
        from replykit.batch import suggest_many  # type: ignore[import-not-found]
    except ImportError as exc:
        return {"available": False, "why": f"replykit.batch.suggest_many is missing ({exc})"}
    import gc
    import statistics

    samples: dict[str, list[float]] = {}

    def keep(name: str, elapsed: float) -> None:
        samples.setdefault(name, []).append(elapsed)

    for _ in range(repeats):  # interleaved, so a burst of load hits every figure alike
        for n in (1, 2):
            gc.collect()  # the previous run's 60,000 results are gone: each run starts from the same heap
            t0 = time.perf_counter()
            out = suggest_many(texts, workers=n, progress=False)
            keep(str(n), time.perf_counter() - t0)
            if len(out) != len(texts):
                raise RuntimeError(f"suggest_many returned {len(out)} results for {len(texts)} drafts")
            del out
        ceiling = _independent(texts)
        if ceiling:
            keep("independent_1", ceiling[1])
            keep("independent_2", ceiling[2])
    best = {k: min(v) for k, v in samples.items()}
    median = {k: statistics.median(v) for k, v in samples.items()}
    result: dict[str, Any] = {
        "available": True,
        "replies": len(texts),
        "seconds": {k: round(s, 4) for k, s in best.items()},
        "median_seconds": {k: round(s, 4) for k, s in median.items()},
        "per_s": {k: round(len(texts) / s) for k, s in best.items()},
        "speedup_2_over_1": round(best["1"] / best["2"], 2),
        "median_speedup_2_over_1": round(median["1"] / median["2"], 2),
    }
    if "independent_2" in best:
        result["ceiling_2_over_1"] = round(best["independent_1"] / best["independent_2"], 2)
        result["median_ceiling_2_over_1"] = round(median["independent_1"] / median["independent_2"], 2)
    return result


def _independent(texts: list[str]) -> dict[int, float] | None:
    """Seconds for 1 and for 2 forked processes checking ``texts`` between them, no results
    kept or sent (None where processes do not fork)."""
    import multiprocessing

    if "fork" not in multiprocessing.get_all_start_methods():
        return None
    ctx = multiprocessing.get_context("fork")
    suggest = default_assistant().suggest
    seconds = {}
    for n in (1, 2):
        share = -(-len(texts) // n)
        parts = [texts[i * share : (i + 1) * share] for i in range(n)]
        procs = [ctx.Process(target=_check_all, args=(suggest, part)) for part in parts]
        t0 = time.perf_counter()
        for p in procs:
            p.start()
        for p in procs:
            p.join()
        seconds[n] = time.perf_counter() - t0
    return seconds


def _check_all(suggest: Callable[[str], object], texts: list[str]) -> None:
    for t in texts:
        suggest(t)


def child_jieba(texts: list[str], repeats: int) -> dict[str, Any]:
    """replykit with the jieba segmenter forced (a tryfirst plugin), against the rjieba floor."""
    from replykit.builtin.segmenter import jieba_segmenter

    plugin, counts = _segment_counter(jieba_segmenter)
    assistant = replykit.Assistant(plugins=[("bench-jieba", plugin)])
    seg = assistant.segmenter()
    t0 = time.perf_counter()
    seg("您好，很高兴为您服务")
    first_cut = time.perf_counter() - t0
    floor = make_floor("rjieba")
    timings = per_item(
        {"floor": floor, "floor with jieba": make_floor("jieba"), "replykit (jieba)": assistant.suggest},
        texts,
        repeats,
    )
    counts["calls"] = counts["chars"] = 0
    base = timings["floor"]
    return {
        "first_cut_s": round(first_cut, 3),
        "rows": {name: _row(t, base) for name, t in timings.items()},
        "pipeline": _profile(assistant, texts, counts),
    }


def child_rss(texts: list[str], variant: str) -> dict[str, Any]:
    """Load everything (every plugin, converter, the segmenter, optional modules), then measure."""
    import importlib

    if variant == "floor":
        floor = make_floor("rjieba")
        for t in texts:
            floor(t)
        return {"peak_rss_mib": round(peak_rss_mib(), 1)}
    plugins: list[object] = []
    if variant == "jieba":
        from replykit.builtin.segmenter import jieba_segmenter

        plugin, _ = _segment_counter(jieba_segmenter)
        plugins.append(("bench-jieba", plugin))
    loaded = []
    for name in ("replykit.lint", "replykit.batch", "replykit.guard", "replykit.eval"):
        try:
            importlib.import_module(name)
            loaded.append(name)
        except ImportError:
            pass
    assistant = replykit.Assistant(plugins=plugins)
    assistant.segmenter()("您好，很高兴为您服务")
    # The real corpus holds no Unicode emoji; one draft with some loads the emoji matcher
    # (the `regex` module) too, so it is counted.
    extra = ["好的👍🏻马上为您处理😊", "非常抱歉，您的包裹破损了😊", "您好[微笑]，在的O(∩_∩)O"]
    for script in TARGET_SCRIPTS:
        ctx = {"target_script": script} if script else None
        for t in [*texts, *extra]:
            assistant.suggest(t, ctx)
    from replykit.convert import converter

    for config in ("t2s", "s2t", "s2tw", "s2twp", "s2hk"):
        converter(config)
    return {"peak_rss_mib": round(peak_rss_mib(), 1), "modules": loaded}


# Drafts built to stress one code path each when repeated to great length: no punctuation at
# all, one face after another, quotes, traditional script, and each plugin's trigger words.
LONG_UNITS = {
    "mixed": "你好，我们不能给你退款，但是您放心😊，亲，这个不行哦。请提供订单号[订单x]，https://a.cn/x 谢谢！！",
    "no punctuation": "你好我们不能给你退款但是您放心😊亲这个不行哦请提供订单号[订单x] 谢谢[微笑]",
    "faces": "😊[微笑]O(∩_∩)O",
    "quotes": "您说的“你们太慢了”这句话我们收到了，你放心，",
    "traditional": "我們不能給你退款，軟件已經更新，",
    "apology": "非常抱歉包裹破损了😊谢谢😊[微笑]",
    "curt": "你自己看不知道提供一下订单号稍等快递不是我们的",
    "you": "你你你妳你们“你”",
}


def long_drafts(sizes: tuple[int, ...] = (25_000, 50_000, 100_000)) -> dict[str, Any]:
    """Seconds for one draft of each size per stress unit: doubling the length should about
    double the time (issue: a 100,000-character draft in time linear in its length)."""
    assistant = replykit.Assistant(entry_points=False)
    rows: dict[str, dict[str, float]] = {}
    for name, unit in LONG_UNITS.items():
        row: dict[str, float] = {}
        for n in sizes:
            draft = (unit * (n // len(unit) + 1))[:n]
            t0 = time.perf_counter()
            assistant.suggest(draft, {"customer_message": "太差了！", "target_script": "zh-TW"})
            row[str(n)] = round(time.perf_counter() - t0, 3)
        row["x_per_doubling"] = round((row[str(sizes[-1])] / row[str(sizes[0])]) ** (1 / (len(sizes) - 1)), 2)
        rows[name] = row
    return {"sizes": list(sizes), "rows": rows}
