"""replykit audit: throughput and peak memory as the log grows (docs/audit.md explains them).

    python benchmarks/audit.py                  # 1x, 10x, 100x the JDDC sessions (../shared/data)
    python benchmarks/audit.py --scales 1,10    # fewer sizes
    python benchmarks/audit.py --quick          # a generated 200-conversation log: checks the harness runs

Each size is a TSV made by repeating the sessions with new ids (``<id>-r<n>``), audited by
``replykit audit --format csv`` in a fresh process (one core): conversations/s, messages/s
per CPU second of the child (its user + system time: per core, whatever else the machine
runs), wall time beside it, and the child's peak RSS.  Memory must stay flat as the log grows: the readers hold one
conversation, the outputs stream, the summary holds per-agent sums.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SESSIONS = ROOT.parent / "shared" / "data" / "jddc_chat_sessions.tsv"
CHILD = """
import resource, sys, time
from replykit.cli import main
start = time.perf_counter()
cpu = time.process_time()
code = main(sys.argv[1:])
elapsed = time.perf_counter() - start
cpu = time.process_time() - cpu
print("RESULT", code, elapsed, cpu, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, file=sys.stderr)
"""


def write_log(source: list[str], times: int, path: Path) -> tuple[int, int]:
    """The source rows repeated ``times`` times, each copy with new session ids."""
    conversations, rows = set(), 0
    with path.open("w", encoding="utf-8") as out:
        for n in range(times):
            for line in source:
                sid, rest = line.split("\t", 1)
                new = f"{sid}-r{n}" if n else sid
                conversations.add(new)
                out.write(f"{new}\t{rest}")
                rows += 1
    return len(conversations), rows


def generated(count: int) -> list[str]:
    lines = []
    for i in range(count):
        lines += [
            f"g{i}\tu\t0\t0\t0\tnan\t在吗，我的快递三天没动了\n",
            f"g{i}\tu\t1\t0\t0\tnan\t您好，我帮您查一下物流，请稍等\n",
            f"g{i}\tu\t0\t0\t0\tnan\t好的，什么时候能到？\n",
            f"g{i}\tu\t1\t0\t0\tnan\t明天能到，还有其他可以帮您的吗\n",
        ]
    return lines


def measure(log: Path, out: Path) -> dict[str, float]:
    cmd = [sys.executable, "-c", CHILD, "audit", str(log), "--format", "csv", "-o", str(out), "-q"]
    env = {**os.environ, "REPLYKIT_LOAD_PLUGINS": ""}
    done = subprocess.run(cmd, capture_output=True, text=True, env=env, check=False)
    line = next((x for x in done.stderr.splitlines() if x.startswith("RESULT")), None)
    if line is None:
        raise SystemExit(f"audit failed:\n{done.stderr[-2000:]}")
    _, code, elapsed, cpu, rss = line.split()
    return {"exit": int(code), "seconds": float(elapsed), "cpu_seconds": float(cpu), "peak_rss_mib": int(rss) / 1024}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--scales", default="1,10,100", help="comma-separated repeat factors (default 1,10,100)")
    parser.add_argument("--quick", action="store_true", help="a small generated log instead of the sessions")
    parser.add_argument("--json", metavar="FILE", help="also write the figures as JSON")
    args = parser.parse_args()
    if args.quick or not SESSIONS.exists():
        source = generated(200)
        label = "generated (200 conversations)"
        scales = [1, 2] if args.quick else [int(s) for s in args.scales.split(",")]
    else:
        source = SESSIONS.read_text(encoding="utf-8").splitlines(keepends=True)
        label = str(SESSIONS.name)
        scales = [int(s) for s in args.scales.split(",")]
    print(f"replykit audit benchmark on {label}; one process, one core; {time.strftime('%Y-%m-%d')}")
    print(
        f"{'scale':>6} {'conversations':>13} {'messages':>9} {'wall s':>7} {'CPU s':>7} "
        f"{'conv/CPU s':>10} {'msg/CPU s':>9} {'peak RSS':>9}"
    )
    figures = []
    with tempfile.TemporaryDirectory() as tmp:
        for scale in scales:
            log = Path(tmp) / f"log{scale}.tsv"
            conversations, rows = write_log(source, scale, log)
            m = measure(log, Path(tmp) / f"out{scale}")
            log.unlink()
            row = {"scale": scale, "conversations": conversations, "messages": rows, **m}
            row["conversations_per_cpu_s"] = conversations / m["cpu_seconds"]
            row["messages_per_cpu_s"] = rows / m["cpu_seconds"]
            figures.append(row)
            print(
                f"{scale:>5}x {conversations:>13} {rows:>9} {m['seconds']:>7.1f} {m['cpu_seconds']:>7.1f} "
                f"{row['conversations_per_cpu_s']:>10.0f} {row['messages_per_cpu_s']:>9.0f} "
                f"{m['peak_rss_mib']:>7.0f} MiB"
            )
    if args.json:
        Path(args.json).write_text(json.dumps(figures, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
