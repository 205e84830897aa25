"""Check many drafts: in order, with a progress bar, on several cores; then tabulate them.

``suggest_many`` returns a list of Suggestions, one per draft and in input order (``iter_suggest``
is the lazy generator behind it).  A draft that cannot be checked (not a str, a lone surrogate,
an invalid context, a plugin failing in strict mode) does not stop the batch: its place holds a
Suggestion with ``changed=False``, no annotations and one ``PluginError`` from plugin
``"replykit"``, hook ``"input"`` (see ``is_failed``).

``to_frame`` and ``summarize(...).chart()`` need the ``notebook`` extra (pandas, matplotlib,
tqdm): ``pip install 'replykit[notebook]'``.
"""

from __future__ import annotations

import gc
import importlib.util
import os
import pickle
from collections import Counter, deque
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from itertools import islice
from types import ModuleType
from typing import TYPE_CHECKING, Any, Literal

from replykit.config import Config
from replykit.engine import Assistant, default_assistant
from replykit.errors import ReplykitError
from replykit.models import LONE_SURROGATE, SEVERITY_RANK, Annotation, Context, FixLevel, PluginError, Suggestion

if TYPE_CHECKING:
    from concurrent.futures import Future

    from typing_extensions import TypeIs

ContextArg = Context | Mapping[str, Any] | None
_PROGRESS_MIN = 1000  # progress=None shows a bar from this many drafts on (or unknown length)
_EXTRA = "pip install 'replykit[notebook]'"


# -- one draft ----------------------------------------------------------------------------


def failed(draft: object, exc: BaseException) -> Suggestion:
    """The in-place result for a draft that could not be checked.

    ``original`` is the draft when it is a str (lone surrogates replaced by U+FFFD so the
    result still serialises), else ``""``; one PluginError from plugin "replykit", hook
    "input", names the exception (a strict-mode PluginFailure names the plugin in its message).
    """
    text = LONE_SURROGATE.sub("\ufffd", draft) if isinstance(draft, str) else ""
    error = PluginError(plugin="replykit", hook="input", error=type(exc).__name__, message=str(exc))
    return Suggestion(original=text, text=text, changed=False, errors=[error])


def is_failed(s: Suggestion) -> bool:
    """True when ``s`` stands for a draft that could not be checked at all."""
    return any(e.plugin == "replykit" and e.hook == "input" for e in s.errors)


def _check(assistant: Assistant, draft: object, context: Any, fixes: FixLevel) -> Suggestion:
    try:
        return assistant.suggest(draft, context, fixes=fixes)  # type: ignore[arg-type]
    except Exception as exc:  # one bad draft must never stop the batch
        return failed(draft, exc)


# -- worker processes ---------------------------------------------------------------------

_WORKER: Assistant | None = None
_AHEAD = 2  # chunks queued for each worker process behind the one it is on
PluginSpec = tuple[str, str, object]  # (kind: "module" | "object", registered name, module name | object)


def plugin_specs(assistant: Assistant) -> list[PluginSpec]:
    """How to rebuild an Assistant's plugins in another process.

    Modules travel by import name; other plugin objects are pickled, so they must be picklable
    (define them at module level).
    """
    specs: list[PluginSpec] = []
    for name, plugin in assistant.plugin_manager.list_name_plugin():
        if isinstance(plugin, ModuleType):
            specs.append(("module", name, plugin.__name__))
        else:
            specs.append(("object", name, plugin))
    return specs


def _init_worker(config: Config, specs: list[PluginSpec] | None, strict: bool) -> None:
    """Build this process's Assistant once; every chunk then reuses it."""
    global _WORKER
    if specs is None:
        _WORKER = Assistant(config, strict=strict)
        return
    plugins: list[tuple[str, object]] = [
        (name, importlib.import_module(target) if kind == "module" else target)  # type: ignore[arg-type]
        for kind, name, target in specs
    ]
    _WORKER = Assistant(config, plugins=plugins, defaults=False, entry_points=False, strict=strict)


def _check_chunk(items: Sequence[tuple[object, Any]], fixes: FixLevel) -> list[Packed]:
    assistant = _WORKER if _WORKER is not None else default_assistant()
    return [_pack(draft, _check(assistant, draft, ctx, fixes)) for draft, ctx in items]


# Results cross the process boundary as plain tuples: the parent unpickles every result alone,
# and pydantic models cost it far more than tuples do, which capped the workers' speed-up.
_ANN_FIELDS = tuple(Annotation.model_fields)
_ERR_FIELDS = tuple(PluginError.model_fields)
Packed = tuple[str | None, str | None, bool, list[tuple[Any, ...]], list[tuple[Any, ...]]] | None


def _pack(draft: object, s: Suggestion) -> Packed:
    if not (s.annotations or s.errors or s.changed) and s.original == draft:
        return None  # most drafts are clean: send nothing back but the fact
    original = None if s.original == draft else s.original
    text = None if s.text == s.original else s.text
    anns = [tuple(getattr(a, f) for f in _ANN_FIELDS) for a in s.annotations]
    errs = [tuple(getattr(e, f) for f in _ERR_FIELDS) for e in s.errors]
    return original, text, s.changed, anns, errs


def _unpack(draft: object, packed: Packed) -> Suggestion:
    if not isinstance(draft, str):  # the worker saw a stand-in: name the real type
        return failed(draft, TypeError(f"replykit: the draft must be a str, not {type(draft).__name__}"))
    if packed is None:
        return Suggestion.unchanged(draft)
    original, text, changed, anns, errs = packed
    original = draft if original is None else original
    return Suggestion(
        original=original,
        text=original if text is None else text,
        changed=changed,
        annotations=[Annotation(**dict(zip(_ANN_FIELDS, a))) for a in anns],
        errors=[PluginError(**dict(zip(_ERR_FIELDS, e))) for e in errs],
    )


class _NotStr:
    """Stands in for a non-str draft (which may not pickle) in a chunk sent to a worker."""


# -- many drafts --------------------------------------------------------------------------


def _one_context(context: ContextArg | Iterable[ContextArg]) -> TypeIs[ContextArg]:
    """True for one context for every draft (None, a dict, a Context); else one per draft."""
    return context is None or isinstance(context, (Mapping, Context))


def _pairs(drafts: Iterable[object], context: ContextArg | Iterable[ContextArg]) -> Iterator[tuple[object, Any]]:
    if _one_context(context):
        for d in drafts:
            yield d, context
        return
    missing = object()
    it_d, it_c = iter(drafts), iter(context)
    while True:
        d, c = next(it_d, missing), next(it_c, missing)
        if d is missing and c is missing:
            return
        if d is missing or c is missing:
            raise ValueError("suggest_many: context has a different length than drafts")
        yield d, c


def _bar(total: int | None, progress: bool | None) -> Any:
    """A tqdm bar (tqdm.auto: a widget in Jupyter, text elsewhere), or None."""
    if progress is False or (progress is None and total is not None and total < _PROGRESS_MIN):
        return None
    try:
        tqdm = _tqdm_class()
    except ImportError:
        if progress:
            raise ImportError(f"replykit: progress=True needs tqdm: {_EXTRA}") from None
        return None
    return tqdm(total=total, unit="draft", desc="replykit")


def _tqdm_class() -> Any:
    # tqdm.auto picks the widget bar inside Jupyter, which needs ipywidgets; without it tqdm
    # warns and fails, so use the text bar (Jupyter shows it as a stream) straight away.
    if importlib.util.find_spec("ipywidgets") is None:
        from tqdm.std import tqdm
    else:
        from tqdm.auto import tqdm
    return tqdm


def iter_suggest(
    drafts: Iterable[object],
    *,
    context: ContextArg | Iterable[ContextArg] = None,
    workers: int | None = None,
    progress: bool | None = None,
    assistant: Assistant | None = None,
    config: Config | None = None,
    fixes: FixLevel = "unsafe",
    chunksize: int = 1000,
) -> Iterator[Suggestion]:
    """The lazy form of ``suggest_many``: yields one Suggestion per draft, in input order."""
    if assistant is not None and config is not None:
        raise ValueError("suggest_many: pass assistant or config, not both")
    if isinstance(drafts, (str, bytes)):  # would be checked character by character
        raise TypeError("suggest_many takes an iterable of drafts; check one draft with replykit.suggest")
    total = len(drafts) if isinstance(drafts, Sequence) else None
    bar = _bar(total, progress)
    n = _workers(workers)
    pairs = _pairs(drafts, context)
    local = assistant or (Assistant(config) if config is not None else default_assistant())
    try:
        if n <= 1:
            for draft, ctx in pairs:
                yield _check(local, draft, ctx, fixes)
                if bar is not None:
                    bar.update(1)
        elif _shareable(drafts, context):
            work = _Shared(drafts, context, local, assistant is not None, fixes)  # type: ignore[arg-type]
            yield from work.run(n, chunksize, bar)
        else:
            yield from _parallel(pairs, n, local, assistant is not None, fixes, chunksize, bar)
    finally:
        if bar is not None:
            bar.close()


def _workers(workers: int | None) -> int:
    if workers is None:
        return 1
    if workers < 0:
        return os.cpu_count() or 1
    return max(workers, 1)


def _start_method() -> str:
    """How this process starts workers, without fixing it: ``get_start_method()`` would set
    the default for good, and a caller's later ``set_start_method`` would then fail."""
    import multiprocessing

    return multiprocessing.get_start_method(allow_none=True) or multiprocessing.get_all_start_methods()[0]


def _shareable(drafts: Iterable[object], context: Any) -> bool:
    """True when forked worker processes can read the drafts (and contexts) they inherit."""
    if _start_method() != "fork" or not isinstance(drafts, Sequence):
        return False
    if _one_context(context):
        return True
    return isinstance(context, Sequence) and len(context) == len(drafts)


class _Claims:
    """Ranges of a shared list handed out in order, to whichever process asks first.

    The counter lives in shared memory, so a worker process claims its next range without a
    message; ranges shrink towards the end (a quarter of each process's share of what is left,
    at most ``chunksize``) so that every process finishes at about the same time.
    """

    def __init__(self, counter: Any, total: int, n: int, chunksize: int) -> None:
        self.counter, self.total, self.n, self.chunksize = counter, total, n, max(chunksize, 1)

    def next(self) -> tuple[int, int] | None:
        with self.counter.get_lock():
            start = self.counter.value
            if start >= self.total:
                return None
            size = max(min(self.chunksize, (self.total - start) // (4 * self.n)), min(self.chunksize, 16))
            stop = min(start + size, self.total)
            self.counter.value = stop
        return start, stop

    def stop(self) -> None:
        with self.counter.get_lock():
            self.counter.value = self.total


class _Shared:
    """n workers over drafts already in memory (the usual case: a list, a column).

    n - 1 worker processes are forked: they inherit the drafts, and every process, this one
    included, claims the next range of them from a shared counter. Only results cross between
    processes: no draft is pickled, and no thread of this process has to win the GIL to feed a
    worker (with a process pool, that latency left the worker idle and capped two workers at
    ~1.5x). A worker that dies loses only the range it was on: those drafts get ``failed``.
    """

    def __init__(self, drafts: Sequence[object], context: Any, local: Assistant, custom: bool, fixes: FixLevel) -> None:
        self.drafts, self.local, self.fixes = drafts, local, fixes
        self.contexts: Sequence[Any] | None = None
        self.context: Any = None
        if _one_context(context):
            self.context = context
        else:
            self.contexts = context
        self.specs = plugin_specs(local) if custom else None

    def context_at(self, i: int) -> Any:
        return self.context if self.contexts is None else self.contexts[i]

    def check(self, assistant: Assistant, start: int, stop: int) -> list[Suggestion]:
        return [_check(assistant, self.drafts[i], self.context_at(i), self.fixes) for i in range(start, stop)]

    def work(self, claims: _Claims, results: Any) -> None:
        """A worker process: claim, check, send back packed results; None when done."""
        try:
            _init_worker(self.local.config, self.specs, self.local.strict)
            assistant = _WORKER
            assert assistant is not None
            while (span := claims.next()) is not None:
                start, stop = span
                checked = self.check(assistant, start, stop)
                results.put((start, [_pack(self.drafts[i], s) for i, s in zip(range(start, stop), checked)]))
        finally:
            results.put(None)

    def run(self, n: int, chunksize: int, bar: Any) -> Iterator[Suggestion]:
        import multiprocessing
        import queue

        ctx = multiprocessing.get_context("fork")
        total = len(self.drafts)
        claims = _Claims(ctx.Value("q", 0), total, n, chunksize)
        results = ctx.Queue()
        procs = [ctx.Process(target=self.work, args=(claims, results), daemon=True) for _ in range(n - 1)]
        for proc in procs:
            proc.start()
        # Finished ranges by start offset, waiting for their turn: (stop, this process's
        # Suggestions, a worker's packed results), one of the two set.
        ready: dict[int, tuple[int, list[Suggestion] | None, list[Packed] | None]] = {}
        pos, claiming, running = 0, True, len(procs)
        try:
            while pos < total:
                if pos in ready:
                    stop, mine, packed = ready.pop(pos)
                    if packed is not None:  # most are None (clean): one list, no call per draft
                        unchanged = Suggestion.unchanged
                        drafts = self.drafts[pos:stop]
                        yield from [unchanged(d) if p is None else _unpack(d, p) for d, p in zip(drafts, packed)]  # type: ignore[arg-type]
                    else:
                        yield from mine or ()
                    if bar is not None:
                        bar.update(stop - pos)
                    pos = stop
                    continue
                if claiming and (span := claims.next()) is not None:
                    start, stop = span
                    ready[start] = (stop, self.check(self.local, start, stop), None)
                    block = False  # work instead of waiting; collect what came back meanwhile
                else:
                    claiming, block = False, True  # the rest is with the workers
                while True:
                    try:
                        message = results.get(timeout=0.2) if block else results.get_nowait()
                    except queue.Empty:
                        if block and not any(p.is_alive() for p in procs):
                            running = 0  # they are gone and nothing more is coming
                        break
                    if message is None:
                        running -= 1
                    else:
                        start, packed_results = message
                        ready[start] = (start + len(packed_results), None, packed_results)
                    block = False
                if running <= 0 and not claiming and pos not in ready:
                    # A worker died on the range starting here: fail those drafts, go on.
                    stop = min((s for s in ready if s > pos), default=total)
                    died = ReplykitError("replykit: the worker process checking this draft stopped")
                    yield from (failed(self.drafts[i], died) for i in range(pos, stop))
                    pos = stop
        finally:
            claims.stop()
            for proc in procs:
                if pos < total:  # the caller stopped early: nobody will read the rest
                    proc.terminate()
                proc.join()
            results.close()


def _parallel(
    pairs: Iterator[tuple[object, Any]],
    n: int,
    local: Assistant,
    custom: bool,
    fixes: FixLevel,
    chunksize: int,
    bar: Any,
) -> Iterator[Suggestion]:
    """n workers over drafts read lazily (iter_suggest on a generator) or where processes do
    not fork: a pool of n - 1 processes that chunks are sent to, and this process, which checks
    chunks itself whenever the next result is not back yet (_Shared is faster where it applies:
    drafts are not pickled and no pool thread has to win the GIL to feed a worker)."""
    # Workers rebuild the pipeline from the config (and the plugin list of a custom Assistant):
    # an Assistant holds a plugin manager and locks, which do not cross process boundaries.
    # A caller's own Assistant sends its plugin list; otherwise workers build the default one.
    specs = plugin_specs(local) if custom else None
    init: tuple[Any, ...] = (local.config, specs, local.strict)
    _check_sendable(init, n)
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor  # here: one process needs no pool

    context = multiprocessing.get_context(_start_method())  # named: the default stays unset
    pool = ProcessPoolExecutor(max_workers=n - 1, mp_context=context, initializer=_init_worker, initargs=init)
    # In input order: (chunk, the worker's future, or this process's results).
    pending: deque[tuple[list[tuple[object, Any]], Future[list[Packed]] | None, list[Suggestion] | None]] = deque()
    exhausted = False
    cap = (n - 1) * (1 + _AHEAD) + 16  # results held back in order: bounds memory when ahead

    def next_chunk() -> list[tuple[object, Any]]:
        nonlocal exhausted
        chunk = [] if exhausted else list(islice(pairs, chunksize))
        exhausted = not chunk
        return chunk

    try:
        while True:
            # Keep every worker process fed: the chunk it is on and AHEAD more queued behind it.
            while not exhausted and _in_flight(pending) < (n - 1) * (1 + _AHEAD):
                chunk = next_chunk()
                if chunk:
                    sent = [(d if isinstance(d, str) else _NotStr(), c) for d, c in chunk]
                    pending.append((chunk, pool.submit(_check_chunk, sent, fixes), None))
            if not pending:
                return
            chunk, future, done = pending[0]
            if future is not None and not future.done():
                if not exhausted and len(pending) < cap:
                    mine = next_chunk()  # work instead of waiting
                    if mine:
                        pending.append((mine, None, [_check(local, d, c, fixes) for d, c in mine]))
                    continue
                if exhausted and _steal(pending, local, fixes):  # the tail: take back queued chunks
                    continue
            pending.popleft()
            if future is None:
                yield from done or ()
            else:
                try:
                    packed = future.result()  # waits only when this process is far ahead
                except Exception as exc:  # e.g. a context that does not pickle, a worker that died
                    for draft, _ in chunk:
                        yield failed(draft, exc)
                else:
                    for (draft, _), result in zip(chunk, packed):
                        yield _unpack(draft, result)
            if bar is not None:
                bar.update(len(chunk))
    finally:
        # Also reached when the caller stops iterating early: drop the chunks not started.
        pool.shutdown(wait=True, cancel_futures=True)


def _in_flight(pending: deque[Any]) -> int:
    """Chunks sent to worker processes and not finished yet."""
    return sum(1 for _, future, _ in pending if future is not None and not future.done())


def _steal(pending: deque[Any], local: Assistant, fixes: FixLevel) -> bool:
    """Check here the last chunk that no worker has started yet; False when there is none."""
    for i in range(len(pending) - 1, -1, -1):
        chunk, future, _ = pending[i]
        if future is not None and future.cancel():
            pending[i] = (chunk, None, [_check(local, d, c, fixes) for d, c in chunk])
            return True
    return False


def _check_sendable(init: tuple[Any, ...], n: int) -> None:
    """Under spawn/forkserver (macOS, Windows) the plugins are pickled: fail early and clearly."""
    if _start_method() == "fork":
        return
    try:
        pickle.dumps(init)
    except Exception as exc:
        raise ReplykitError(
            f"suggest_many(workers={n}): the assistant's plugins cannot be sent to worker processes "
            f"({type(exc).__name__}: {exc}); define plugin classes at module level or use workers=None"
        ) from exc


def suggest_many(
    drafts: Iterable[object],
    *,
    context: ContextArg | Iterable[ContextArg] = None,
    workers: int | None = None,
    progress: bool | None = None,
    assistant: Assistant | None = None,
    config: Config | None = None,
    fixes: FixLevel = "unsafe",
    chunksize: int = 1000,
) -> list[Suggestion]:
    """Check every draft and return the Suggestions as a list, in input order.

    :param drafts: any iterable of drafts (read once, lazily).
    :param context: one Context/dict for every draft, or an iterable with one per draft.
    :param workers: None or 1 checks in this process; n > 1 uses n - 1 worker processes and
        this one (-1: one per core), each building its Assistant once from
        ``assistant.config`` (and its plugins) or ``config``. Every process takes ranges of at
        most ``chunksize`` drafts in turn; where processes fork (Linux), workers read the
        drafts they inherited and only results travel back.
    :param progress: True shows a tqdm bar, False never; None shows one from 1,000 drafts
        on, or when the input has no length.
    :param assistant: the pipeline to use (default: ``replykit.suggest``'s); or ``config``.
    :param fixes: as in ``Assistant.suggest``.
    :returns: one Suggestion per draft; a draft that could not be checked gets ``failed(...)``
        in its place (``is_failed(s)`` is True), and the batch goes on.
    """
    if _workers(workers) > 1 and not isinstance(drafts, (Sequence, str, bytes)):
        # The result is a list anyway: holding the drafts as one costs no more, and lets forked
        # workers read them instead of having them sent (see _Shared).
        drafts = list(drafts)
        if not _one_context(context) and not isinstance(context, Sequence):
            context = list(context)
    with _collector_paused():
        return list(
            iter_suggest(
                drafts,
                context=context,
                workers=workers,
                progress=progress,
                assistant=assistant,
                config=config,
                fixes=fixes,
                chunksize=chunksize,
            )
        )


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Python's cyclic garbage collector paused while the result list fills.

    Every few thousand results kept, the collector walks all of them again: a quarter of a
    60,000-draft batch went there, all of it in this process, which is what capped two
    workers' speed-up. Checking a draft leaves no reference cycles behind (tests check it),
    so there is nothing for the collector to find meanwhile. It is switched back on after,
    unless it was off before; other threads' cycles wait for it until the batch ends.
    """
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()


# -- tables -------------------------------------------------------------------------------

ANNOTATION_COLUMNS = (
    "draft",
    "plugin",
    "rule",
    "severity",
    "start",
    "end",
    "text",
    "replacements",
    "fix",
    "applied",
    "message",
)
DRAFT_COLUMNS = (
    "draft",
    "original",
    "text",
    "changed",
    "findings",
    "rules",
    "worst",
    "applied",
    "errors",
)


def _pandas() -> ModuleType:
    try:
        import pandas
    except ImportError:
        raise ImportError(f"replykit.to_frame needs pandas: {_EXTRA}") from None
    module: ModuleType = pandas
    return module


def to_frame(suggestions: Iterable[Suggestion], *, per: Literal["annotation", "draft"] = "annotation") -> Any:
    """A pandas DataFrame of a batch's results.

    ``per="annotation"`` (default): one row per finding, with ``draft`` the index of its draft
    in the batch, then plugin, rule, severity, start, end, text, replacements (a list), fix,
    applied and message.  Drafts without findings have no rows.
    ``per="draft"``: one row per draft: original, text, changed, number of findings, their rule
    ids, the worst severity, how many fixes were applied, and error messages ("" when none).
    """
    pd = _pandas()
    rows: list[tuple[Any, ...]] = []
    if per == "annotation":
        for i, s in enumerate(suggestions):
            for a in s.annotations:
                rows.append(
                    (
                        i,
                        a.plugin,
                        a.rule,
                        a.severity,
                        a.start,
                        a.end,
                        a.text,
                        list(a.replacements),
                        a.fix,
                        a.applied,
                        a.message,
                    )
                )
        return pd.DataFrame.from_records(rows, columns=list(ANNOTATION_COLUMNS))
    if per == "draft":
        for i, s in enumerate(suggestions):
            sev = max((a.severity for a in s.annotations), key=SEVERITY_RANK.__getitem__, default=None)
            errors = "; ".join(f"{e.plugin}: {e.error}: {e.message}" for e in s.errors)
            rows.append(
                (
                    i,
                    s.original,
                    s.text,
                    s.changed,
                    len(s.annotations),
                    [a.rule for a in s.annotations],
                    sev,
                    sum(a.applied for a in s.annotations),
                    errors,
                )
            )
        return pd.DataFrame.from_records(rows, columns=list(DRAFT_COLUMNS))
    raise ValueError(f"to_frame: per must be 'annotation' or 'draft', not {per!r}")


# -- summary ------------------------------------------------------------------------------


@dataclass
class Summary:
    """What a team lead reports weekly: how many drafts changed, which rules fire most."""

    drafts: int = 0
    changed: int = 0
    flagged: int = 0
    failed: int = 0
    findings: int = 0
    by_rule: Counter[str] = field(default_factory=Counter)
    drafts_by_rule: Counter[str] = field(default_factory=Counter)
    applied_by_rule: Counter[str] = field(default_factory=Counter)
    by_plugin: Counter[str] = field(default_factory=Counter)
    by_severity: Counter[str] = field(default_factory=Counter)

    @property
    def changed_share(self) -> float:
        """Share of drafts whose suggested text differs from the draft."""
        return self.changed / self.drafts if self.drafts else 0.0

    @property
    def flagged_share(self) -> float:
        """Share of drafts with at least one finding."""
        return self.flagged / self.drafts if self.drafts else 0.0

    def rules_frame(self) -> Any:
        """A DataFrame per rule: hits, drafts hit, share of drafts, fixes applied (needs pandas)."""
        pd = _pandas()
        rows = [
            (
                rule,
                hits,
                self.drafts_by_rule[rule],
                self.drafts_by_rule[rule] / max(self.drafts, 1),
                self.applied_by_rule[rule],
            )
            for rule, hits in self.by_rule.most_common()
        ]
        return pd.DataFrame.from_records(rows, columns=["rule", "hits", "drafts", "share", "applied"])

    def chart(self, ax: Any = None, *, top: int = 15, title: str | None = None) -> Any:
        """A horizontal bar chart of the most frequent rules (needs matplotlib); returns the Axes."""
        return chart(self, ax=ax, top=top, title=title)

    def __str__(self) -> str:
        lines = [
            f"drafts: {self.drafts}   changed: {self.changed} ({self.changed_share:.1%})   "
            f"with findings: {self.flagged} ({self.flagged_share:.1%})   failed: {self.failed}",
            f"findings: {self.findings}   "
            + "   ".join(
                f"{sev}: {n}" for sev, n in sorted(self.by_severity.items(), key=lambda kv: -SEVERITY_RANK[kv[0]])
            ),
        ]
        if self.by_plugin:
            lines.append("by plugin: " + ", ".join(f"{p} {n}" for p, n in self.by_plugin.most_common()))
        width = max((len(r) for r in self.by_rule), default=0)
        for rule, hits in self.by_rule.most_common():
            lines.append(
                f"  {rule:<{width}}  {hits:>6} hits  {self.drafts_by_rule[rule]:>6} drafts  "
                f"{self.applied_by_rule[rule]:>6} fixed"
            )
        return "\n".join(lines)

    def _repr_html_(self) -> str:
        import html

        head = html.escape(str(self).split("\n", 1)[0])
        rows = "".join(
            f"<tr><td><code>{html.escape(rule)}</code></td><td>{hits}</td><td>{self.drafts_by_rule[rule]}</td>"
            f"<td>{self.applied_by_rule[rule]}</td></tr>"
            for rule, hits in self.by_rule.most_common()
        )
        return (
            f"<div><p>{head}</p><table><thead><tr><th>rule</th><th>hits</th><th>drafts</th>"
            f"<th>fixed</th></tr></thead><tbody>{rows}</tbody></table></div>"
        )


def summarize(suggestions: Iterable[Suggestion]) -> Summary:
    """Counts per rule, plugin and severity, and the share of drafts changed (pure Python)."""
    out = Summary()
    for s in suggestions:
        out.drafts += 1
        out.changed += s.changed
        out.flagged += bool(s.annotations)
        out.failed += is_failed(s)
        out.findings += len(s.annotations)
        seen = set()
        for a in s.annotations:
            out.by_rule[a.rule] += 1
            out.by_plugin[a.plugin] += 1
            out.by_severity[a.severity] += 1
            out.applied_by_rule[a.rule] += a.applied
            seen.add(a.rule)
        out.drafts_by_rule.update(seen)
    return out


def chart(summary: Summary | Iterable[Suggestion], ax: Any = None, *, top: int = 15, title: str | None = None) -> Any:
    """Bar chart of rule hits (findings, and how many were fixed), most frequent first; returns the Axes."""
    try:
        import matplotlib.pyplot as plt
    except ImportError:
        raise ImportError(f"replykit.chart needs matplotlib: {_EXTRA}") from None
    if not isinstance(summary, Summary):
        summary = summarize(summary)
    rules = [r for r, _ in summary.by_rule.most_common(top)][::-1]
    if ax is None:
        _, ax = plt.subplots(figsize=(7, 0.35 * max(len(rules), 3) + 1.2))
    y = range(len(rules))
    ax.barh([i + 0.2 for i in y], [summary.by_rule[r] for r in rules], height=0.4, label="findings")
    ax.barh([i - 0.2 for i in y], [summary.applied_by_rule[r] for r in rules], height=0.4, label="fixed")
    ax.set_yticks(list(y), rules)
    ax.set_xlabel(f"findings in {summary.drafts} drafts")
    ax.set_title(title or f"replykit: rule hits ({summary.changed_share:.0%} of drafts changed)")
    if rules:
        ax.legend(loc="lower right")
    else:
        ax.text(0.5, 0.5, "no findings", ha="center", va="center", transform=ax.transAxes)
    ax.figure.tight_layout()
    return ax
