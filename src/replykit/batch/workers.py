"""Worker processes for suggest_many: drafts shared with forked workers, or sent to a pool.

Workers rebuild the pipeline from the config (and the plugin list of a custom Assistant): an
Assistant holds a plugin manager and locks, which do not cross process boundaries. Results come
back packed as plain tuples.
"""

from __future__ import annotations

import importlib
import pickle
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from itertools import islice
from types import ModuleType
from typing import TYPE_CHECKING, Any

from replykit.batch.drafts import check, failed, one_context
from replykit.config import Config
from replykit.engine import Assistant, default_assistant
from replykit.errors import ReplykitError
from replykit.models import Annotation, FixLevel, PluginError, Suggestion

if TYPE_CHECKING:
    from concurrent.futures import Future

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
    return [_pack(draft, check(assistant, draft, ctx, fixes)) for draft, ctx in items]


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


def _start_method() -> str:
    """How this process starts workers, without fixing it: ``get_start_method()`` would set
    the default for good, and a caller's later ``set_start_method`` would then fail."""
    import multiprocessing

    return multiprocessing.get_start_method(allow_none=True) or multiprocessing.get_all_start_methods()[0]


def shareable(drafts: Iterable[object], context: Any) -> bool:
    """True when forked worker processes can read the drafts (and contexts) they inherit."""
    if _start_method() != "fork" or not isinstance(drafts, Sequence):
        return False
    if one_context(context):
        return True
    return isinstance(context, Sequence) and len(context) == len(drafts)


class Claims:
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


class Shared:
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
        if one_context(context):
            self.context = context
        else:
            self.contexts = context
        self.specs = plugin_specs(local) if custom else None

    def context_at(self, i: int) -> Any:
        return self.context if self.contexts is None else self.contexts[i]

    def check(self, assistant: Assistant, start: int, stop: int) -> list[Suggestion]:
        return [check(assistant, self.drafts[i], self.context_at(i), self.fixes) for i in range(start, stop)]

    def work(self, claims: Claims, results: Any) -> None:
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
        claims = Claims(ctx.Value("q", 0), total, n, chunksize)
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


def pooled(
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
    chunks itself whenever the next result is not back yet (Shared is faster where it applies:
    drafts are not pickled and no pool thread has to win the GIL to feed a worker)."""
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
                        pending.append((mine, None, [check(local, d, c, fixes) for d, c in mine]))
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
            pending[i] = (chunk, None, [check(local, d, c, fixes) for d, c in chunk])
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
