"""Two (or more) source trees of replykit, compared on the same corpus by the same code.

    git archive 6f768ab | tar -x -C /tmp/before        # any commit, unpacked
    python benchmarks/compare_trees.py /tmp/before/src src --rounds 8

Each round runs one child process per tree, in turn (so a burst of load on this shared machine
hits every tree alike), with ``PYTHONPATH`` set to the tree. A child checks the corpus with
``replykit.suggest`` and with the engine alone (only the segmenter plugin) and reports the best
of its passes, in CPU time (``process_time``: leaves out the time the process waits for a core,
so it holds up under other jobs' load) and wall time; ``--calls`` adds the Python function calls
per reply (cProfile, one pass), which no load changes. Printed: per tree, the median over the
rounds and the spread; per round, each tree's CPU time against the first tree's.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent


def child(corpus: str | None, passes: int, calls: bool) -> dict[str, Any]:
    """Runs inside a tree's process: imports that tree's replykit."""
    import importlib
    import time

    sys.path.insert(0, str(HERE))
    from corpus import load_corpus

    import replykit
    from replykit.plugins import DEFAULT_PLUGINS

    _, texts = load_corpus(corpus, None)
    segmenter = importlib.import_module(dict(DEFAULT_PLUGINS)["segmenter"])
    runs = {
        "suggest": replykit.Assistant(entry_points=False).suggest,
        "engine alone": replykit.Assistant(
            defaults=False, entry_points=False, plugins=[("segmenter", segmenter)]
        ).suggest,
    }
    out: dict[str, Any] = {}
    for name, check in runs.items():
        for text in texts:  # warm up: dictionaries, converters, caches
            check(text)
        cpu, wall = [], []
        for _ in range(passes):
            c0, w0 = time.process_time(), time.perf_counter()
            for text in texts:
                check(text)
            cpu.append(time.process_time() - c0)
            wall.append(time.perf_counter() - w0)
        out[name] = {"cpu_us": min(cpu) / len(texts) * 1e6, "wall_us": min(wall) / len(texts) * 1e6}
        if calls:
            import cProfile
            import pstats

            profile = cProfile.Profile()
            profile.enable()
            for text in texts:
                check(text)
            profile.disable()
            out[name]["calls"] = pstats.Stats(profile).total_calls / len(texts)  # type: ignore[attr-defined]
    return out


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("trees", nargs="*", help="src folders (each holds a replykit package)")
    p.add_argument("--corpus", help="as benchmarks/run.py (default: ../shared/data, else the fallback corpus)")
    p.add_argument("--rounds", type=int, default=6)
    p.add_argument("--passes", type=int, default=5, help="passes per child; the best one counts")
    p.add_argument("--calls", action="store_true", help="also count Python function calls per reply")
    p.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = p.parse_args(argv)
    if args.child:
        print(json.dumps(child(args.corpus, args.passes, args.calls)))
        return 0
    if not args.trees:
        p.error("name at least one src folder")
    results: dict[str, list[dict[str, Any]]] = {tree: [] for tree in args.trees}
    for _ in range(args.rounds):
        for tree in args.trees:
            cmd = [sys.executable, __file__, "--child", "--passes", str(args.passes)]
            if args.corpus:
                cmd += ["--corpus", args.corpus]
            if args.calls:
                cmd.append("--calls")
            env = {**os.environ, "PYTHONPATH": str(Path(tree).resolve())}
            done = subprocess.run(cmd, capture_output=True, text=True, env=env, check=True)
            results[tree].append(json.loads(done.stdout))
    first = args.trees[0]
    for name in ("suggest", "engine alone"):
        print(f"== {name}: us/reply, best of {args.passes} passes, median over {args.rounds} rounds (min-max)")
        for tree in args.trees:
            runs = [r[name] for r in results[tree]]
            line = (
                f"  {tree:40} cpu {_spread([r['cpu_us'] for r in runs])}  wall {_spread([r['wall_us'] for r in runs])}"
            )
            if args.calls:
                line += f"  calls {runs[0]['calls']:.1f}"
            if tree != first:
                ratios = [r[name]["cpu_us"] / b[name]["cpu_us"] for r, b in zip(results[tree], results[first])]
                line += f"  cpu vs first: {statistics.median(ratios):.2f}x ({min(ratios):.2f}-{max(ratios):.2f})"
            print(line)
    return 0


def _spread(values: list[float]) -> str:
    return f"{statistics.median(values):6.2f} ({min(values):.2f}-{max(values):.2f})"


if __name__ == "__main__":
    sys.exit(main())
