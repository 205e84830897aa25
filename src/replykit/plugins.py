"""The plugin manager: built-ins from DEFAULT_PLUGINS, third parties from entry points.

``REPLYKIT_LOAD_PLUGINS`` (comma-separated entry-point names, empty for none) limits which
installed plugins load, as llm's ``LLM_LOAD_PLUGINS`` does.
"""

from __future__ import annotations

import importlib
import os
from collections.abc import Callable, Iterable
from importlib.metadata import entry_points
from typing import Any

import pluggy

from replykit import hookspecs
from replykit.errors import ReplykitError

ENTRY_POINT_GROUP = "replykit"

# (registered name, module). The names of the five checking plugins are part of the API.
DEFAULT_PLUGINS: tuple[tuple[str, str], ...] = (
    ("politeness", "replykit.builtin.politeness"),
    ("negative", "replykit.builtin.negative"),
    ("but", "replykit.builtin.but"),
    ("emoji", "replykit.builtin.emoji"),
    ("script", "replykit.builtin.script"),
    ("segmenter", "replykit.builtin.segmenter"),
    ("formats", "replykit.builtin.formats"),
)


def make_plugin_manager(
    plugins: Iterable[object | tuple[str, object]] | None = None,
    *,
    defaults: bool = True,
    entry_points_: bool = True,
) -> pluggy.PluginManager:
    """A plugin manager with the built-ins, installed plugins and any extra ``plugins``.

    ``plugins`` items are modules/objects (registered under their ``__name__`` or class name)
    or ``(name, plugin)`` pairs; tests use this to choose exactly what loads.
    """
    pm = pluggy.PluginManager(hookspecs.PROJECT)
    pm.add_hookspecs(hookspecs)
    if defaults:
        for name, module_name in DEFAULT_PLUGINS:
            try:
                module = importlib.import_module(module_name)
            except ModuleNotFoundError as exc:  # a built-in not written yet, or trimmed
                if exc.name != module_name:
                    raise
                continue
            pm.register(module, name=name)
    if entry_points_:
        _load_entry_points(pm)
    for item in plugins or ():
        if isinstance(item, tuple):
            name, plugin = item
        else:
            plugin = item
            name = getattr(plugin, "__name__", None) or type(plugin).__name__
        if pm.has_plugin(name):
            raise ReplykitError(f'a plugin named "{name}" is already registered')
        pm.register(plugin, name=name)
    return pm


def _load_entry_points(pm: pluggy.PluginManager) -> None:
    wanted = os.environ.get("REPLYKIT_LOAD_PLUGINS")
    allow = None if wanted is None else {n.strip() for n in wanted.split(",") if n.strip()}
    for ep in entry_points(group=ENTRY_POINT_GROUP):
        if allow is not None and ep.name not in allow:
            continue
        if pm.has_plugin(ep.name) or pm.is_blocked(ep.name):
            continue
        try:
            plugin = ep.load()
        except Exception as exc:
            dist = ep.dist.name if ep.dist else "?"
            raise ReplykitError(
                f'Error importing plugin "{ep.name}" ({dist}: {ep.value}): {type(exc).__name__}: {exc}'
            ) from exc
        pm.register(plugin, name=ep.name)


def plugin_names(pm: pluggy.PluginManager) -> list[str]:
    """Registered plugin names, built-ins first."""
    return [name for name, _ in pm.list_name_plugin()]


def impls(pm: pluggy.PluginManager, hook: str) -> list[tuple[str, Callable[..., Any]]]:
    """(plugin name, function) for a hook, in pluggy's call order (LIFO, tryfirst/trylast)."""
    caller = getattr(pm.hook, hook)
    return [(impl.plugin_name, impl.function) for impl in reversed(caller.get_hookimpls())]


def positional_impls(pm: pluggy.PluginManager, hook: str) -> list[tuple[str, Callable[..., Any]]]:
    """Like ``impls``, each function taking the hook spec's arguments positionally, in the
    spec's order: the engine calls these for every draft, and a positional call is cheaper.

    pluggy lets an implementation declare any subset of the spec's arguments in any order
    (``def replykit_check(report, draft)``); those are wrapped to pick theirs.
    """
    caller = getattr(pm.hook, hook)
    spec = tuple(caller.spec.argnames)
    out: list[tuple[str, Callable[..., Any]]] = []
    for impl in reversed(caller.get_hookimpls()):
        fn = impl.function
        if tuple(impl.argnames) != spec:
            fn = _picking(fn, [spec.index(a) for a in impl.argnames])
        out.append((impl.plugin_name, fn))
    return out


def _picking(fn: Callable[..., Any], indices: list[int]) -> Callable[..., Any]:
    def call(*args: Any) -> Any:
        return fn(*[args[i] for i in indices])

    return call
