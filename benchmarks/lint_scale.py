"""``replykit lint`` on one large phrase file: time per phrase and peak memory as the file grows.

    python benchmarks/lint_scale.py [--sizes 10000,100000,1000000] [--formats txt,csv] [--lint-args "--format json"]

Each size is written as a .txt (one phrase a line) and a .csv (code,text), from the generated
agent texts of benchmarks/chatlog.py, and linted by ``replykit lint -q --exit-zero`` in a
fresh process (findings to /dev/null); its CPU time and peak RSS are the kernel's
``ru_utime + ru_stime`` and ``ru_maxrss`` of that child (``os.wait4``: the child's own
``getrusage``).  On a shared machine read the CPU time: the wall time follows the load.
The goal (streaming): peak RSS under 200 MiB at 1M phrases and time per phrase no worse than
at 10k.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import chatlog


def _phrases(n: int) -> list[str]:
    out: list[str] = []
    for rows in chatlog.conversations(n):
        out.extend(r["text"] for r in rows if r["role"] == "agent")
        if len(out) >= n:
            break
    return out[:n]


def _write(folder: Path, n: int, fmt: str) -> Path:
    phrases = _phrases(n)
    path = folder / f"phrases-{n}.{fmt}"
    with path.open("w", encoding="utf-8", newline="\n") as fh:
        if fmt == "csv":
            fh.write("code,text\n")
            fh.writelines(f"p{i},{text}\n" for i, text in enumerate(phrases))
        else:
            fh.writelines(f"{text}\n" for text in phrases)
    return path


def _lint(path: Path, extra: list[str]) -> tuple[float, float, float]:
    size = str(max(path.stat().st_size, 10_000_000))  # the default limit is 10 MB a file
    exe = [sys.executable, "-m", "replykit", "lint", "-q", "--exit-zero", "--max-file-bytes", size, *extra, str(path)]
    t0 = time.perf_counter()
    proc = subprocess.Popen(exe, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - t0
    if status:
        raise SystemExit(f"{' '.join(exe)} failed: {proc.stderr.read().decode() if proc.stderr else status}")
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sizes", default="10000,100000,1000000")
    ap.add_argument("--formats", default="txt,csv")
    ap.add_argument("--lint-args", default="", help="more arguments for replykit lint, e.g. '--format json'")
    args = ap.parse_args()
    print(f"load average: {os.getloadavg()}  cores: {os.cpu_count()}", flush=True)
    with tempfile.TemporaryDirectory(prefix="replykit-lint-") as tmp:
        for fmt in args.formats.split(","):
            for n in (int(s) for s in args.sizes.split(",")):
                path = _write(Path(tmp), n, fmt)
                wall, cpu, rss = _lint(path, args.lint_args.split())
                path.unlink()
                print(
                    f"{fmt} {n:>9,} phrases: {wall:7.1f} s, {n / wall:7,.0f} phrases/s, "
                    f"{wall / n * 1e6:6.1f} us/phrase; CPU {cpu:7.1f} s, {cpu / n * 1e6:6.1f} us/phrase; "
                    f"peak RSS {rss:5.0f} MiB  (load {os.getloadavg()[0]:.1f})",
                    flush=True,
                )


if __name__ == "__main__":
    main()
