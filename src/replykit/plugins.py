"""The plugin manager: built-ins from DEFAULT_PLUGINS, third parties from entry points.

``REPLYKIT_LOAD_PLUGINS`` (comma-separated entry-point names, empty for none) limits which
installed plugins load, as llm's ``LLM_LOAD_PLUGINS`` does.  ``REPLYKIT_TRACE=1`` prints every
hook call to stderr (pluggy's tracing).

Hooks keep pluggy's meaning.  replykit calls each plugin's implementation in a hook call of its
own (``per_plugin``), so every finding and failure carries the plugin's name and each plugin
gets its own options; a ``wrapper=True`` / ``hookwrapper=True`` implementation wraps each of
those calls, and hook-call monitoring sees each of them.  The per-draft hooks have a fast path
that calls the functions directly (``positional_impls``): the engine takes it only while no
wrapper and no monitor is present (``PluginManager.monitors``), and the two paths give the same
results (tests/test_hooks.py).
"""

from __future__ import annotations

import importlib
import os
import sys
from collections.abc import Callable, Iterable
from typing import Any

import pluggy

from replykit import hookspecs
from replykit.errors import PluginLoadError, ReplykitError

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
    ("replykit", "replykit.builtin.lint"),
)


# The hooks replykit calls once per plugin (``per_plugin``), and those an Assistant's engine
# reads when it is built.
PER_PLUGIN_HOOKS = (
    "replykit_rules",
    "replykit_options_model",
    "replykit_protected_patterns",
    "replykit_check",
    "replykit_finalize",
    "replykit_phrase_formats",
)
_ENGINE_HOOKS = PER_PLUGIN_HOOKS[:5]


class PluginManager(pluggy.PluginManager):
    """pluggy's manager, counting its hook-call monitors (``enable_tracing`` is one).

    The engine's fast path calls implementation functions directly, which a monitor would not
    see: while ``monitors`` is non-zero, every per-draft call goes through pluggy.  Plugins are
    fixed once an Assistant is built (``freeze``): the engine's call table and the rule registry
    are made from them.
    """

    def __init__(self, project_name: str) -> None:
        super().__init__(project_name)
        self.monitors = 0
        self.frozen = False

    def add_hookcall_monitoring(self, before: Any, after: Any) -> Callable[[], None]:
        undo = super().add_hookcall_monitoring(before, after)
        self.monitors += 1
        undone = False

        def remove() -> None:
            nonlocal undone
            if not undone:
                undone = True
                self.monitors -= 1
                undo()

        return remove

    def register(self, plugin: object, name: str | None = None) -> str | None:
        if self.frozen and _hook_names(plugin):
            raise ReplykitError(
                f"cannot register plugin {name or plugin!r}: an Assistant was built from this plugin "
                "manager and its draft hooks are fixed; pass plugins=[...] to a new Assistant instead"
            )
        try:
            return super().register(plugin, name=name)
        except pluggy.PluginValidationError as exc:
            label = name or getattr(plugin, "__name__", None) or type(plugin).__name__
            raise PluginLoadError(label, str(exc)) from None

    def unregister(self, plugin: object | None = None, name: str | None = None) -> Any:
        target = plugin if plugin is not None else self.get_plugin(name or "")
        if self.frozen and target is not None and _hook_names(target):
            raise ReplykitError("cannot unregister a plugin with draft hooks: an Assistant was built from it")
        return super().unregister(plugin, name)

    def freeze(self) -> None:
        """Refuse further (un)registration: the engine's call table is built."""
        self.frozen = True


def _hook_names(plugin: object) -> list[str]:
    """The attributes of a plugin that could implement one of the engine's hooks (any name may,
    through ``specname``)."""
    names = []
    for attr in dir(plugin):
        opts = getattr(getattr(plugin, attr, None), f"{hookspecs.PROJECT}_impl", None)
        if isinstance(opts, dict) and (opts.get("specname") or attr) in _ENGINE_HOOKS:
            names.append(attr)
    return names


def make_plugin_manager(
    plugins: Iterable[object | tuple[str, object]] | None = None,
    *,
    defaults: bool = True,
    entry_points_: bool = True,
) -> PluginManager:
    """A plugin manager with the built-ins, installed plugins and any extra ``plugins``.

    ``plugins`` items are modules/objects (registered under their ``__name__`` or class name)
    or ``(name, plugin)`` pairs; tests use this to choose exactly what loads.

    :raises PluginLoadError: a plugin implements an unknown hook (without ``optionalhook=True``),
        takes arguments its hook does not have, or uses an implementation option replykit
        cannot honour; the message names the plugin.
    """
    pm = PluginManager(hookspecs.PROJECT)
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
    _check_implementations(pm)
    if os.environ.get("REPLYKIT_TRACE", "").strip() not in ("", "0"):
        trace(pm)
    return pm


def trace(pm: pluggy.PluginManager) -> Callable[[], None]:
    """Print every hook call (name, arguments, result) to stderr; returns the undo function."""
    pm.trace.root.setwriter(sys.stderr.write)
    return pm.enable_tracing()


def _check_implementations(pm: pluggy.PluginManager) -> None:
    """Refuse, naming the plugin, what replykit cannot call with pluggy's meaning."""
    try:
        pm.check_pending()
    except pluggy.PluginValidationError as exc:
        raise PluginLoadError(pm.get_name(exc.plugin) or "?", str(exc)) from None
    for hook in PER_PLUGIN_HOOKS:
        plain = {impl.plugin_name for impl in getattr(pm.hook, hook).get_hookimpls() if not _wraps(impl)}
        for impl in getattr(pm.hook, hook).get_hookimpls():
            if _wraps(impl) and impl.plugin_name in plain:
                raise PluginLoadError(
                    impl.plugin_name,
                    f"both implements and wraps {hook}: replykit calls each plugin's {hook} separately, "
                    "so a wrapper must live in a plugin of its own",
                )


def _wraps(impl: pluggy.HookImpl) -> bool:
    return bool(impl.wrapper or impl.hookwrapper)


def _load_entry_points(pm: pluggy.PluginManager) -> None:
    # importlib.metadata (and the email package under it) loads only for an Assistant that
    # looks for installed plugins, not with `import replykit`.
    from importlib.metadata import entry_points

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


def wrapped(pm: pluggy.PluginManager, hook: str) -> bool:
    """Whether some plugin wraps the hook (then the fast path would skip the wrapper)."""
    return any(_wraps(impl) for impl in getattr(pm.hook, hook).get_hookimpls())


def per_plugin(pm: pluggy.PluginManager, hook: str) -> list[tuple[str, pluggy.HookCaller]]:
    """(plugin name, hook caller) for each plugin implementing the hook, in pluggy's call order
    (LIFO, tryfirst/trylast).

    Each caller runs that plugin's implementations inside every plugin's wrappers, through
    pluggy (monitoring and tracing see it); it takes keyword arguments and returns the list of
    results, as ``pm.hook.<name>(...)`` does.
    """
    caller = getattr(pm.hook, hook)
    impls = caller.get_hookimpls()
    wrappers = {impl.plugin_name for impl in impls if _wraps(impl)}
    names = list(dict.fromkeys(impl.plugin_name for impl in reversed(impls) if not _wraps(impl)))
    out = []
    for name in names:
        keep = wrappers | {name}
        remove = [pm.get_plugin(other) for other in names if other not in keep]
        out.append((name, pm.subset_hook_caller(hook, remove)))
    return out


def call_each(pm: pluggy.PluginManager, hook: str, **kwargs: Any) -> list[tuple[str, list[Any]]]:
    """Call a hook once per plugin through pluggy: (plugin name, its results) in call order.
    For the hooks called once per Assistant (rules, options, patterns, formats)."""
    return [(name, caller(**kwargs)) for name, caller in per_plugin(pm, hook)]


def positional_impls(pm: pluggy.PluginManager, hook: str) -> list[tuple[str, Callable[..., Any]]]:
    """The fast path of a per-draft hook: (plugin name, function) in pluggy's call order, each
    function taking the hook spec's arguments positionally, in the spec's order (a positional
    call is cheaper, and this runs for every draft).

    pluggy lets an implementation declare any subset of the spec's arguments in any order
    (``def replykit_check(report, draft)``); those are wrapped to pick theirs.  Wrappers are not
    included: while one is present the engine calls ``per_plugin`` callers instead.
    """
    caller = getattr(pm.hook, hook)
    spec = tuple(caller.spec.argnames)
    out: list[tuple[str, Callable[..., Any]]] = []
    for impl in reversed(caller.get_hookimpls()):
        if _wraps(impl):
            continue
        fn = impl.function
        if tuple(impl.argnames) != spec:
            fn = _picking(fn, [spec.index(a) for a in impl.argnames])
        out.append((impl.plugin_name, fn))
    return out


def positional_callers(pm: pluggy.PluginManager, hook: str) -> list[tuple[str, Callable[..., list[Any]]]]:
    """``per_plugin`` callers taking the spec's arguments positionally, like ``positional_impls``
    (so the engine runs either list with the same loop); each returns pluggy's result list."""
    spec = tuple(getattr(pm.hook, hook).spec.argnames)
    return [(name, _keywords(caller, spec)) for name, caller in per_plugin(pm, hook)]


def _keywords(caller: pluggy.HookCaller, names: tuple[str, ...]) -> Callable[..., list[Any]]:
    def call(*args: Any) -> list[Any]:
        results: list[Any] = caller(**dict(zip(names, args)))
        return results

    return call


def _picking(fn: Callable[..., Any], indices: list[int]) -> Callable[..., Any]:
    def call(*args: Any) -> Any:
        return fn(*[args[i] for i in indices])

    return call
