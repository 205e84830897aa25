"""The audit on one process vs on a Dask LocalCluster, the cost of a partition and of a task.

    python benchmarks/dask_scale.py [--messages 1000000] [--workers 2] [--partitions 16]

Writes a generated log (benchmarks/chatlog.py) as Parquet, one file per partition of whole
conversations, then:

1. one process: ``replykit.audit``'s streaming path (``Auditor.run`` over the Parquet reader, the
   per-conversation tables written as Parquet), in this process;
2. the cluster: ``replykit.dask.audit`` on a LocalCluster of N worker processes (1 thread
   each) over the same files, the tables written per partition by the workers;
3. the overhead of a partition: the same small log audited in 1 partition and in many;
4. the scheduler's cost per task: many no-op tasks.

Prints wall and CPU seconds, messages per second, the speed-up, peak RSS per worker, and the
machine's load average (the machine is shared: read the speed-up with the load beside it).
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import chatlog


def _write_log(folder: Path, total: int, partitions: int) -> int:
    frame = chatlog.frame(total)
    ids = frame["conversation"].unique()
    size = -(-len(ids) // partitions)
    for i in range(partitions):
        chunk = set(ids[i * size : (i + 1) * size])
        frame[frame["conversation"].isin(chunk)].to_parquet(folder / f"part.{i:05d}.parquet", index=False)
    return len(frame)


def _one_process(log: Path, out: Path) -> dict[str, float]:
    from replykit.audit.engine import Auditor
    from replykit.audit.readers import read_logs
    from replykit.audit.report.tables import ParquetSink

    t0, c0 = time.perf_counter(), time.process_time()
    auditor = Auditor()
    summary = auditor.new_summary()
    sink = ParquetSink(str(out))
    for result in auditor.run(read_logs(sorted(str(p) for p in log.glob("*.parquet"))), summary):
        sink.add(result)
    sink.close(summary)
    return {
        "wall": time.perf_counter() - t0,
        "cpu": time.process_time() - c0,
        "rss_mib": _peak_rss_mib(),
        "conversations": summary.conversations,
    }


def _worker_stats() -> dict[str, float]:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return {"cpu": usage.ru_utime + usage.ru_stime, "rss_mib": _peak_rss_mib()}


def _peak_rss_mib() -> float:
    """This process's own peak RSS.  ru_maxrss is not: a spawned worker inherits the high-water
    mark of the parent it was forked from, so it reads the parent's size."""
    with open("/proc/self/status", encoding="ascii") as fh:
        for line in fh:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _warm() -> None:
    import replykit.dask as rd

    rd.worker_auditor(rd.config_data(None))


def _cluster(log: Path, out: Path, client: Any) -> dict[str, Any]:
    import replykit.dask as rd

    client.run(_warm)  # start-up (jieba) outside the timing, as above
    before = client.run(_worker_stats)
    t0 = time.perf_counter()
    summary = rd.audit(str(log), str(out), by_conversation=True)
    wall = time.perf_counter() - t0
    after = client.run(_worker_stats)
    return {
        "wall": wall,
        "cpu": sum(after[w]["cpu"] - before[w]["cpu"] for w in after),
        "rss_mib": {w.rsplit(":", 1)[-1]: round(after[w]["rss_mib"]) for w in after},
        "conversations": summary.conversations,
    }


def _partition_overhead(client: Any, parts: int = 64) -> float:
    """Seconds a partition adds: the same log in ``parts`` partitions vs in 1."""
    import dask.dataframe as dd

    import replykit.dask as rd

    frame = chatlog.frame(parts * 8)
    ids = frame["conversation"].unique()
    size = -(-len(ids) // parts)
    order = {cid: i // size for i, cid in enumerate(ids)}
    keyed = frame.assign(_p=frame["conversation"].map(order))
    pieces = [keyed[keyed["_p"] == i].drop(columns="_p") for i in range(parts)]
    many = dd.concat([dd.from_pandas(p, npartitions=1) for p in pieces])
    one = dd.from_pandas(frame, npartitions=1)
    rd.audit(one, None, by_conversation=True)  # warm
    times = {}
    for name, data in (("one", one), ("many", many)):
        t0 = time.perf_counter()
        rd.audit(data, None, by_conversation=True)
        times[name] = time.perf_counter() - t0
    # On N workers the many-partition run also runs in parallel: count its work as N times its wall time.
    workers = len(client.scheduler_info()["workers"])
    return (times["many"] * workers - times["one"]) / (parts - 1)


def _task_cost(client: Any, tasks: int = 2000) -> float:
    t0 = time.perf_counter()
    futures = client.map(_noop, range(tasks), pure=False)
    client.gather(futures)
    return (time.perf_counter() - t0) / tasks


def _noop(i: int) -> int:
    return i


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--messages", type=int, default=1_000_000)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--partitions", type=int, default=16)
    ap.add_argument("--skip-single", action="store_true", help="only the cluster")
    args = ap.parse_args()
    from distributed import Client, LocalCluster

    tmp = Path(tempfile.mkdtemp(prefix="replykit-dask-"))
    try:
        print(f"load average before: {os.getloadavg()}  cores: {os.cpu_count()}", flush=True)
        t0 = time.perf_counter()
        (tmp / "log").mkdir()
        n = _write_log(tmp / "log", args.messages, args.partitions)
        print(
            f"generated {n} messages in {args.partitions} Parquet files ({time.perf_counter() - t0:.1f} s)", flush=True
        )
        single: dict[str, float] | None = None
        if not args.skip_single:
            single = _one_process(tmp / "log", tmp / "one")
            print(
                f"one process: {single['wall']:.1f} s wall, {single['cpu']:.1f} s CPU, "
                f"{n / single['wall']:.0f} messages/s, peak RSS {single['rss_mib']:.0f} MiB, "
                f"load {os.getloadavg()[0]:.2f}",
                flush=True,
            )
        cluster = LocalCluster(
            n_workers=args.workers,
            threads_per_worker=1,
            processes=True,
            host="127.0.0.1",
            dashboard_address="127.0.0.1:0",
        )
        with Client(cluster) as client:
            dist = _cluster(tmp / "log", tmp / "dist", client)
            print(
                f"LocalCluster {args.workers} workers: {dist['wall']:.1f} s wall, {dist['cpu']:.1f} s worker CPU, "
                f"{n / dist['wall']:.0f} messages/s, peak RSS per worker {dist['rss_mib']} MiB, "
                f"load {os.getloadavg()[0]:.2f}",
                flush=True,
            )
            if single is not None:
                print(
                    f"speed-up: {single['wall'] / dist['wall']:.2f}x wall; from CPU time, on {args.workers} "
                    f"dedicated cores: {args.workers * single['cpu'] / dist['cpu']:.2f}x",
                    flush=True,
                )
            print(f"overhead per partition: {_partition_overhead(client) * 1000:.1f} ms", flush=True)
            print(f"scheduler cost per task: {_task_cost(client) * 1000:.2f} ms", flush=True)
        cluster.close()
        print(f"load average after: {os.getloadavg()}", flush=True)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
