"""python -m replykit.eval [--data DIR] [--plugin NAME] [--errors] [--json]"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from replykit.eval import TARGET_PRECISION, TARGET_RECALL, default_data_dir, evaluate, iter_errors, load_cases, table


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m replykit.eval", description=__doc__)
    parser.add_argument("--data", type=Path, help="folder of the real replies (default: ../shared/data)")
    parser.add_argument("--plugin", action="append", help="only this plugin (repeatable)")
    parser.add_argument("--errors", action="store_true", help="list every false positive and negative")
    parser.add_argument("--json", action="store_true", help="machine-readable scores")
    args = parser.parse_args()
    data = args.data or default_data_dir()
    cases, skipped = load_cases(data, set(args.plugin) if args.plugin else None)
    by_plugin, by_rule = evaluate(cases)
    counts: dict[str, int] = {}
    for c in cases:
        counts[c.plugin] = counts.get(c.plugin, 0) + 1
    total = len(cases) + skipped
    if skipped:
        print(
            f"replykit.eval: {skipped} of {total} cases are real replies in {data}, which is absent; "
            "the numbers in docs/eval.md need ../shared/data",
            file=sys.stderr,
        )
    if args.json:
        out = {
            name: {
                "cases": counts.get(name, 0),
                "precision": s.precision,
                "recall": s.recall,
                "tp": s.tp,
                "fp": s.fp,
                "fn": s.fn,
            }
            for name, s in by_plugin.items()
        }
        print(json.dumps({"scored": len(cases), "total": total, "plugins": out}, indent=2))
    else:
        absent = f" ({skipped} need ../shared/data, which is absent)" if skipped else ""
        print(f"scored {len(cases)} of {total} cases{absent}")
        print(table(by_plugin, by_rule, counts))
        if args.errors:
            print()
            print("\n".join(iter_errors(by_plugin)))
    ok = all(s.precision >= TARGET_PRECISION and s.recall >= TARGET_RECALL for s in by_plugin.values())
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
