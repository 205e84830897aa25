"""Check many drafts: in order, with a progress bar, in this process or on several cores."""

from __future__ import annotations

import gc
import importlib.util
import os
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from replykit.batch.drafts import ContextArg, check, one_context
from replykit.batch.tables import NOTEBOOK_EXTRA
from replykit.batch.workers import Shared, pooled, shareable
from replykit.config import Config
from replykit.engine import Assistant, default_assistant
from replykit.models import FixLevel, Suggestion

_PROGRESS_MIN = 1000  # progress=None shows a bar from this many drafts on (or unknown length)


def _pairs(drafts: Iterable[object], context: ContextArg | Iterable[ContextArg]) -> Iterator[tuple[object, Any]]:
    if one_context(context):
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
            raise ImportError(f"replykit: progress=True needs tqdm: {NOTEBOOK_EXTRA}") from None
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
                yield check(local, draft, ctx, fixes)
                if bar is not None:
                    bar.update(1)
        elif shareable(drafts, context):
            work = Shared(drafts, context, local, assistant is not None, fixes)  # type: ignore[arg-type]
            yield from work.run(n, chunksize, bar)
        else:
            yield from pooled(pairs, n, local, assistant is not None, fixes, chunksize, bar)
    finally:
        if bar is not None:
            bar.close()


def _workers(workers: int | None) -> int:
    if workers is None:
        return 1
    if workers < 0:
        return os.cpu_count() or 1
    return max(workers, 1)


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
        # workers read them instead of having them sent (see workers.Shared).
        drafts = list(drafts)
        if not one_context(context) and not isinstance(context, Sequence):
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
