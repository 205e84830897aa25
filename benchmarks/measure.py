"""Timing helpers: interleaved per-item timing in process, and fresh processes with their peak RSS."""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Timing:
    """Seconds per item: the best pass (least disturbed by other load) and the median pass."""

    best: float
    median: float

    @property
    def us(self) -> float:
        return self.best * 1e6

    def as_dict(self) -> dict[str, float]:
        return {"us_best": round(self.best * 1e6, 3), "us_median": round(self.median * 1e6, 3)}


def per_item(
    candidates: Mapping[str, Callable[[Any], object]], items: Sequence[Any], repeats: int
) -> dict[str, Timing]:
    """Time each candidate over all items, one warm-up pass then ``repeats`` passes each.

    Passes are interleaved (a, b, c, a, b, c, ...) so a burst of load on the shared machine
    hits every candidate alike.
    """
    for fn in candidates.values():
        for x in items:
            fn(x)
    samples: dict[str, list[float]] = {name: [] for name in candidates}
    for _ in range(repeats):
        for name, fn in candidates.items():
            t0 = time.perf_counter()
            for x in items:
                fn(x)
            samples[name].append((time.perf_counter() - t0) / len(items))
    import statistics

    return {name: Timing(min(s), statistics.median(s)) for name, s in samples.items()}


@dataclass(frozen=True)
class Run:
    """A finished child process."""

    seconds: float
    max_rss_kib: int
    returncode: int
    stdout: str
    stderr: str
    cpu_seconds: float = 0.0
    """User plus system time of the child: the time it ran on a core, not waiting for one."""


def run_fresh(argv: Sequence[str], env: Mapping[str, str] | None = None, stdin: str | None = None) -> Run:
    """Run argv as a fresh process; wall time and its own peak RSS (wait4, not RUSAGE_CHILDREN)."""
    import subprocess
    import tempfile

    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        t0 = time.perf_counter()
        proc = subprocess.Popen(
            list(argv),
            stdin=subprocess.PIPE if stdin is not None else subprocess.DEVNULL,
            stdout=out,
            stderr=err,
            env=dict(env) if env is not None else None,
        )
        if stdin is not None:
            assert proc.stdin is not None
            proc.stdin.write(stdin.encode())
            proc.stdin.close()
        _, status, usage = os.wait4(proc.pid, 0)
        seconds = time.perf_counter() - t0
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        cpu = usage.ru_utime + usage.ru_stime
        return Run(seconds, usage.ru_maxrss, proc.returncode, out.read().decode(), err.read().decode(), cpu)


def fresh_timings(
    cases: Mapping[str, Sequence[str]], runs: int, env: Mapping[str, str] | None = None
) -> dict[str, tuple[Timing, Timing, Run]]:
    """Per case: wall time and CPU time (best and median) of ``runs`` fresh processes, and the
    last run. The cases run in turn (a, b, c, a, b, c, ...), so a burst of load on the shared
    machine hits every case alike."""
    import statistics

    walls: dict[str, list[float]] = {name: [] for name in cases}
    cpus: dict[str, list[float]] = {name: [] for name in cases}
    last: dict[str, Run] = {}
    for _ in range(runs):
        for name, argv in cases.items():
            last[name] = run_fresh(argv, env)
            walls[name].append(last[name].seconds)
            cpus[name].append(last[name].cpu_seconds)
    return {
        name: (
            Timing(min(walls[name]), statistics.median(walls[name])),
            Timing(min(cpus[name]), statistics.median(cpus[name])),
            last[name],
        )
        for name in cases
    }


def peak_rss_mib() -> float:
    """Peak RSS of this process so far, MiB (Linux reports KiB)."""
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
