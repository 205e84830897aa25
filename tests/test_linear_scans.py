"""Every scan is linear: each built-in pattern family, and the whole check, on long runs of
each character class.

A pattern that backtracks over the rest of a run from every position costs n² on a run of n
characters (``suggest("A" * 40_000)`` once took 2.9 s).  Timing is noisy on a shared machine,
so nothing here asserts an absolute time: each case is timed at 25,000 and 100,000
characters (best of a few runs) and the growth must stay well under quadratic (×16 for four
times the text; linear is ×4).  A case already too fast to time at 100,000 characters is
linear enough and is not timed twice.
"""

from __future__ import annotations

import importlib
import inspect
import json
import os
import pkgutil
import re
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

import replykit
from replykit import protect

SMALL, LARGE = 25_000, 100_000
GROWTH_BOUND = 8.0  # for 4× the text: linear is 4, quadratic 16
# Seconds at LARGE under which a scan is not timed again: n² on 100,000 characters costs
# seconds, so a scan this fast is linear whatever the noise.
TOO_FAST_TO_TIME = 0.1
TAIL = "§"  # ends every run: patterns anchored at the end fail there and backtrack

# Runs of one character class, and of the pairs and words that make patterns start and fail
# over and over (fillers a pattern repeats: 嗯, 亲, 一般来说).
UNITS = [
    "A", "a1", "1", "1-", "1 ", ".", "+", "@", "a@", "[", "{", "{{", "$", "%", "#E-", "¥1", " ", "\n",
    "http://", "你", "妳", "亲", "嗯", "哈", "呢", "~", "但是", "不能", "一般来说", "也很无奈", "，", "。",
    "“", "说：", "😀", "∩", "吗？",
]  # fmt: skip


def _builtin_modules() -> Iterator[Any]:
    """The built-in plugin modules, wherever the package keeps them, and the lint formats."""
    for name in ("replykit.builtin", "replykit.default_plugins", "replykit.lint.formats"):
        try:
            package = importlib.import_module(name)
        except ImportError:
            continue
        yield package
        for info in pkgutil.walk_packages(package.__path__, prefix=f"{name}."):
            yield importlib.import_module(info.name)


def pattern_families() -> list[tuple[str, Any, bool]]:
    """(name, compiled pattern, anchored) of every module-level pattern of the built-ins and
    protect's.  ``anchored``: the module only ever calls ``.match`` / ``.fullmatch`` on it, so
    it is timed from the start of the text; every other pattern is timed over the whole text."""
    found: dict[int, tuple[str, Any, bool]] = {}
    for i, source in enumerate(protect.BUILTIN_PATTERNS):
        compiled = re.compile(source)
        found[id(compiled)] = (f"protect.BUILTIN_PATTERNS[{i}]", compiled, False)
    for module in [protect, *_builtin_modules()]:
        source = inspect.getsource(module)
        for attr, value in vars(module).items():
            if hasattr(value, "finditer") and hasattr(value, "pattern") and isinstance(value.pattern, str):
                used = set(re.findall(rf"\b{re.escape(attr)}\.(\w+)\(", source))
                anchored = bool(used) and used <= {"match", "fullmatch"}
                found.setdefault(id(value), (f"{module.__name__}.{attr}", value, anchored))
    emoji = [m for m in _builtin_modules() if hasattr(m, "_emoji")]
    for module in emoji:  # the `regex` pattern is compiled on first use
        found.setdefault(-1, (f"{module.__name__}._emoji()", module._emoji(), False))
    return sorted(found.values(), key=lambda item: item[0])


def _best(run: Callable[[], object], repeats: int = 3) -> float:
    best = float("inf")
    for _ in range(repeats):
        started = time.perf_counter()
        run()
        best = min(best, time.perf_counter() - started)
    return best


def _text(unit: str, n: int) -> str:
    return (unit * (n // len(unit) + 1))[: n - 1] + TAIL


# Before the long runs, short ones: a pattern that backtracks exponentially would never finish
# 100,000 characters.  Twice the text costs it hundreds of times more.
PROBE, PROBE_FLOOR, EXPONENTIAL = (12, 24), 0.001, 50.0


def _probe(scan: Callable[[str], object], unit: str) -> float | None:
    """The growth from PROBE[0] to PROBE[1] characters when it is exponential, or None."""
    small, large = PROBE
    t_large = _best(lambda: scan(_text(unit, large)), repeats=3)
    if t_large < PROBE_FLOOR:
        return None
    growth = t_large / max(_best(lambda: scan(_text(unit, small)), repeats=3), 1e-9)
    return growth if growth > EXPONENTIAL else None


def _growth(scan: Callable[[str], object], unit: str) -> float | None:
    """t(LARGE) / t(SMALL), or None when LARGE is too fast to time."""
    probed = _probe(scan, unit)
    if probed is not None:
        return probed
    large = _text(unit, LARGE)
    t_large = _best(lambda: scan(large), repeats=1)
    if t_large < TOO_FAST_TO_TIME:
        return None
    small = _text(unit, SMALL)
    t_large = min(t_large, _best(lambda: scan(large), repeats=2))
    return t_large / _best(lambda: scan(small))


def scan_all_families() -> list[str]:
    """Every family on every run; the slow ones, described.  Prints each family before it runs,
    so that a parent process can name the one that never ends."""
    slow: list[str] = []
    for name, pattern, anchored in pattern_families():
        print(name, flush=True)
        if name.endswith(KNOWN_QUADRATIC):
            continue
        for unit in UNITS:

            def scan(text: str, pattern: Any = pattern, anchored: bool = anchored) -> object:
                if anchored:
                    return pattern.match(text), pattern.fullmatch(text)
                return pattern.subn("", text)  # the scan finditer makes, without a Python object per match

            growth = _growth(scan, unit)
            if growth is not None and growth > GROWTH_BOUND:
                growth = _growth(scan, unit)  # once more: a busy machine can stall one timing
                if growth is not None and growth > GROWTH_BOUND:
                    slow.append(f"{name} on {unit!r}×n: ×{growth:.1f} for ×4 text")
    return slow


def test_the_families_are_found() -> None:
    names = [name for name, _, _ in pattern_families()]
    assert len(names) > 40, names
    assert any(".politeness." in n for n in names) and any(".negative." in n for n in names)
    assert any(n.startswith("protect.BUILTIN_PATTERNS") for n in names)


# Families whose scan on a run is still quadratic (a repeat anchored at the end, searched:
# every start in the run re-scans the rest).
KNOWN_QUADRATIC: tuple[str, ...] = ()


@pytest.mark.slow
@pytest.mark.skipif(
    not os.environ.get("REPLYKIT_SCAN_AUDIT"),
    reason="the full audit of every family takes minutes: REPLYKIT_SCAN_AUDIT=1 runs it",
)
def test_every_pattern_family_is_linear_on_every_run() -> None:
    # In a child process: a pattern that backtracks exponentially would never return, and the
    # timeout must be able to stop it (a thread stuck in a regex cannot be).
    code = "import test_linear_scans as t, json; print('RESULT', json.dumps(t.scan_all_families()))"
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(Path(__file__).parent), *sys.path])}
    try:
        done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=600)
    except subprocess.TimeoutExpired as exc:
        out = exc.stdout.decode() if isinstance(exc.stdout, bytes) else exc.stdout or ""
        last = out.strip().splitlines()[-1:] or ["?"]
        pytest.fail(f"a pattern family never finished: {last[0]}")
    assert done.returncode == 0, done.stderr[-2000:]
    slow = json.loads(done.stdout.split("RESULT ", 1)[1])
    assert not slow, "\n".join(slow)


def test_protected_spans_are_linear() -> None:
    pattern = protect.compile_protection()
    slow = []
    for unit in UNITS:
        growth = _growth(lambda text: protect.protected_spans(text, pattern), unit)
        if growth is not None and growth > GROWTH_BOUND:  # measured again, as the whole check is:
            growth = _growth(lambda text: protect.protected_spans(text, pattern), unit)  # load spikes
        if growth is not None and growth > GROWTH_BOUND:
            slow.append(f"{unit!r}: ×{growth:.1f}")
    assert not slow, slow


# The whole check (every built-in plugin, protection, fixes) on the runs that once were quadratic
# and on those that make the most findings.
# 不是很清楚吗 and 难道你: rhetorical questions whose offer-of-help look-ahead once ran to the end.
WHOLE_CHECK_UNITS = ["A", "a1", "a@", "%", "[", "你", "妳", "嗯", "一般来说", "1 ", "说：", "不是很清楚吗", "难道你"]


@pytest.mark.slow
@pytest.mark.parametrize("unit", WHOLE_CHECK_UNITS)
def test_suggest_is_linear(unit: str) -> None:
    assistant = replykit.Assistant(entry_points=False)
    assistant.suggest("你好")
    growth = _growth(lambda text: assistant.suggest(text), unit)
    if growth is not None and growth > GROWTH_BOUND:
        growth = _growth(lambda text: assistant.suggest(text), unit)
    assert growth is None or growth <= GROWTH_BOUND, f"×{growth:.1f} for ×4 text"


# Drafts that once backtracked 2^n ways: fillers repeated inside a repeat (嗯+ in (...)*,
# 一般来说 beside 一般 and 来说, 亲亲 beside 亲) before a clause that fails at its end.
EXPONENTIAL_DRAFTS = [
    "嗯" * 60 + "x，但是不能退款",
    "亲" * 60 + "x，但是不能退款",
    "我们" + "一般来说" * 40 + "x不能退款",
    "我们不能退款" + "亲" * 60 + "x",
]


def test_no_exponential_backtracking() -> None:
    # In a child process with a timeout: an exponential scan never returns.
    code = (
        "import json, sys, replykit; a = replykit.Assistant(entry_points=False); "
        "[a.suggest(t) for t in json.loads(sys.argv[1])]"
    )
    try:
        done = subprocess.run(
            [sys.executable, "-c", code, json.dumps(EXPONENTIAL_DRAFTS)], capture_output=True, text=True, timeout=120
        )
    except subprocess.TimeoutExpired:
        pytest.fail("checking a few 60-character drafts did not finish")
    assert done.returncode == 0, done.stderr[-2000:]
