"""Benchmarks that need fresh processes: cold start, peak RSS, linting a 10,000-phrase file."""

from __future__ import annotations

import json
import shutil
import sys
import tempfile
from pathlib import Path
from typing import Any

from measure import fresh_timings, run_fresh

HERE = Path(__file__).resolve().parent
PY = sys.executable
# Modules that must not load before they are needed (dictionaries, converters, data stacks).
HEAVY = (
    "jieba", "rjieba", "opencc", "ahocorasick", "regex", "pandas", "numpy", "openpyxl", "xlrd",
    "matplotlib", "starlette", "uvicorn", "hypothesis", "jsonschema", "yaml", "tqdm",
)  # fmt: skip
FLOOR_IMPORT = "import rjieba, ahocorasick, opencc, pydantic"
CHECK_TEXT = "亲,您好"
FLOOR_READY = (
    f"import sys; sys.path.insert(0, {str(HERE)!r}); from floor import make_floor; make_floor('rjieba')({CHECK_TEXT!r})"
)
_LOADED = f"import sys, json; print(json.dumps([m for m in {HEAVY!r} if m in sys.modules]), file=sys.stderr)"


def replykit_cmd() -> list[str]:
    """The installed console script next to this interpreter, else ``python -m replykit``."""
    script = Path(PY).with_name("replykit")
    if script.exists():
        return [str(script)]
    found = shutil.which("replykit")
    return [found] if found else [PY, "-m", "replykit"]


def _heavy_after(code: str) -> list[str]:
    run = run_fresh([PY, "-c", f"{code}\n{_LOADED}"])
    last = run.stderr.strip().splitlines()[-1] if run.stderr.strip() else "[]"
    try:
        return list(json.loads(last))
    except ValueError:
        return [f"error: {last}"]


def _import_time(module: str, top: int = 10) -> list[dict[str, Any]]:
    """Costliest imports (cumulative ms, up to two levels deep) under ``python -X importtime``."""
    run = run_fresh([PY, "-X", "importtime", "-c", f"import {module}"])
    rows = []
    for line in run.stderr.splitlines():
        if not line.startswith("import time:") or "self [us]" in line:
            continue
        _, cumulative, name = line[len("import time:") :].split("|")
        depth = (len(name) - len(name.lstrip()) - 1) // 2
        if 1 <= depth <= 2:
            rows.append({"module": name.strip(), "depth": depth, "cumulative_ms": int(cumulative) / 1000})
    rows.sort(key=lambda r: -r["cumulative_ms"])
    return rows[:top]


def _compile_bytecode() -> None:
    """Write replykit's bytecode, as installing a wheel does: the floor's libraries come with
    theirs, and an editable checkout run with PYTHONDONTWRITEBYTECODE=1 would otherwise compile
    every module from source in every timed process."""
    import compileall
    import importlib.util

    spec = importlib.util.find_spec("replykit")
    if spec is not None and spec.origin is not None:
        compileall.compile_dir(str(Path(spec.origin).parent), quiet=1)


def cold_start(runs: int) -> dict[str, Any]:
    """Fresh-process wall and CPU times: interpreter, floor stack, ``import replykit``,
    ``replykit check``; the cases alternate, run after run."""
    _compile_bytecode()
    cases = {
        "python -c pass": [PY, "-c", "pass"],
        "import floor stack": [PY, "-c", FLOOR_IMPORT],
        "floor stack ready (first reply)": [PY, "-c", FLOOR_READY],
        "import replykit": [PY, "-c", "import replykit"],
        f'replykit check "{CHECK_TEXT}"': [*replykit_cmd(), "check", CHECK_TEXT],
    }
    rows: dict[str, Any] = {}
    for name, (wall, cpu, last) in fresh_timings(cases, runs).items():
        if last.returncode not in (0, 1):
            rows[name] = {"error": (last.stderr.strip().splitlines() or ["?"])[-1]}
            continue
        rows[name] = {
            "ms_best": round(wall.best * 1000, 1),
            "ms_median": round(wall.median * 1000, 1),
            "cpu_ms_best": round(cpu.best * 1000, 1),
            "cpu_ms_median": round(cpu.median * 1000, 1),
        }
    check = f"from replykit.cli import main; main(['check', {CHECK_TEXT!r}])"
    return {
        "runs": runs,
        "rows": rows,
        "heavy_after_import": _heavy_after("import replykit"),
        "heavy_after_check": _heavy_after(check),
        "import_time_top": _import_time("replykit"),
    }


def peak_rss(corpus: str | None, limit: int | None) -> dict[str, Any]:
    """Peak RSS of fresh processes that load everything (fast extra, pure jieba) and of the floor."""
    rows: dict[str, Any] = {}
    for variant in ("floor", "fast", "jieba"):
        run = run_fresh(child_argv("rss", corpus, limit, variant=variant))
        if run.returncode != 0:
            rows[variant] = {"error": (run.stderr.strip().splitlines() or ["?"])[-1]}
            continue
        rows[variant] = {"peak_rss_mib": round(run.max_rss_kib / 1024, 1), **json.loads(run.stdout)}
    return {"rows": rows}


def child_argv(kind: str, corpus: str | None, limit: int | None, **extra: Any) -> list[str]:
    argv = [PY, str(HERE / "run.py"), "--child", kind]
    if corpus:
        argv += ["--corpus", corpus]
    if limit:
        argv += ["--limit", str(limit)]
    for key, value in extra.items():
        argv += [f"--{key}", str(value)]
    return argv


def lint(texts: list[str], lines: int) -> dict[str, Any]:
    """``replykit lint`` on a generated ``lines``-line .txt file, as a fresh process."""
    cmd = replykit_cmd()
    probe = run_fresh([*cmd, "lint", "--help"])
    if probe.returncode != 0:
        why = (probe.stderr.strip().splitlines() or ["?"])[-1]
        return {"available": False, "why": f"`replykit lint` is not available yet: {why}"}
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "phrases.txt"
        path.write_text("\n".join(texts[i % len(texts)] for i in range(lines)) + "\n", encoding="utf-8")
        run = run_fresh([*cmd, "lint", str(path)])
    if run.returncode not in (0, 1):
        return {"available": False, "why": (run.stderr.strip().splitlines() or ["?"])[-1]}
    return {
        "available": True,
        "phrases": lines,
        "seconds": round(run.seconds, 3),
        "phrases_per_s": round(lines / run.seconds),
        "peak_rss_mib": round(run.max_rss_kib / 1024, 1),
        "exit": run.returncode,
        "output_lines": run.stdout.count("\n"),
    }
