"""The import layering of ARCHITECTURE.md, enforced: a module imports only modules of its own
layer or a lower one, and a built-in plugin never imports another built-in plugin."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src"
ARCHITECTURE = Path(__file__).resolve().parents[1] / "ARCHITECTURE.md"

# Lowest first; a module belongs to the layer of its longest matching prefix.
LAYERS: list[tuple[str, tuple[str, ...]]] = [
    (
        "foundation",
        (
            "replykit.errors",
            "replykit.models",
            "replykit.convert",
            "replykit.scan",
            "replykit.protect",
            "replykit.register",
            "replykit.rules",
            "replykit.config",
            "replykit.term",
            "replykit.render",
            "replykit.display",
        ),
    ),
    ("plugin API", ("replykit.draft", "replykit.hookspecs")),
    ("plugin host", ("replykit.plugins", "replykit.registry")),
    ("engine", ("replykit.engine",)),
    ("plugins", ("replykit.builtin", "replykit.lint.formats")),
    (
        "applications",
        (
            "replykit",
            "replykit.guard",
            "replykit.batch",
            "replykit.lint",
            "replykit.server",
            "replykit.docgen",
            "replykit.schema",
            "replykit.eval",
            "replykit.testing",
            "replykit.audit",
            "replykit.dask",
            "replykit.settings_report",
            "replykit.apidocs",
        ),
    ),
    ("command line", ("replykit.cli", "replykit.__main__")),
]
# What each layer may import, as ARCHITECTURE.md's table says: its own layer and those below,
# except that plugins never reach the plugin host or the engine (they are called by them).
MAY_IMPORT = {name: {lower for lower, _ in LAYERS[: rank + 1]} for rank, (name, _) in enumerate(LAYERS)}
MAY_IMPORT["plugins"] = {"foundation", "plugin API", "plugins"}

# Upward imports that are known and deliberate, each with its reason (none today).
ALLOWED: set[tuple[str, str]] = set()


def layer_of(module: str) -> int:
    best, found = -1, -1
    for rank, (_, prefixes) in enumerate(LAYERS):
        for prefix in prefixes:
            if (module == prefix or module.startswith(prefix + ".")) and len(prefix) > best:
                best, found = len(prefix), rank
    # "replykit" places only the package itself: a new top-level module is placed on purpose.
    assert found >= 0 and (best > len("replykit") or module == "replykit"), (
        f"{module} is in no layer: add it to LAYERS and ARCHITECTURE.md"
    )
    return found


def module_name(path: Path) -> str:
    name = ".".join(path.relative_to(SRC).with_suffix("").parts)
    return name.removesuffix(".__init__")


def exists(module: str) -> bool:
    base = SRC.joinpath(*module.split("."))
    return base.with_suffix(".py").is_file() or (base / "__init__.py").is_file()


def imports(path: Path) -> set[str]:
    """replykit modules a file imports (module level, in functions, under TYPE_CHECKING)."""
    me = module_name(path)
    package = me if path.name == "__init__.py" else me.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - node.level + 1]
                module = ".".join([*base, *([node.module] if node.module else [])])
            else:
                module = node.module or ""
            for alias in node.names:
                sub = f"{module}.{alias.name}"
                found.add(sub if exists(sub) else module)
        elif (
            isinstance(node, ast.Call)
            and getattr(node.func, "attr", None) == "import_module"
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
        ):
            found.add(node.args[0].value)
    return {m for m in found if m == "replykit" or m.startswith("replykit.")}


MODULES = sorted(SRC.joinpath("replykit").rglob("*.py"))


@pytest.mark.parametrize("path", MODULES, ids=lambda p: module_name(p))
def test_imports_follow_the_layers(path: Path) -> None:
    me = module_name(path)
    mine = layer_of(me)
    upward = [
        f"{me} ({LAYERS[mine][0]}) imports {other} ({LAYERS[layer_of(other)][0]})"
        for other in sorted(imports(path))
        if LAYERS[layer_of(other)][0] not in MAY_IMPORT[LAYERS[mine][0]] and (me, other) not in ALLOWED
    ]
    assert not upward, "\n".join(upward)


@pytest.mark.parametrize("path", [p for p in MODULES if "builtin" in p.parts], ids=lambda p: module_name(p))
def test_a_builtin_plugin_does_not_import_another(path: Path) -> None:
    me = module_name(path).split(".")
    own = ".".join(me[:3])  # replykit.builtin.<plugin>
    others = [m for m in imports(path) if m.startswith("replykit.builtin.") and ".".join(m.split(".")[:3]) != own]
    assert not others, f"{'.'.join(me)} imports {others}: share code through a core module instead"


def test_the_allowed_exceptions_are_still_needed() -> None:
    by_module = {module_name(p): imports(p) for p in MODULES}
    stale = [pair for pair in ALLOWED if pair[1] not in by_module.get(pair[0], set())]
    assert not stale, f"remove from ALLOWED (and ARCHITECTURE.md): {stale}"


def test_architecture_md_names_every_layer() -> None:
    text = ARCHITECTURE.read_text(encoding="utf-8")
    for name, prefixes in LAYERS:
        assert name in text, f"ARCHITECTURE.md does not describe the {name!r} layer"
        for prefix in prefixes:
            short = prefix.removeprefix("replykit.") if prefix != "replykit" else "replykit/__init__"
            assert short.replace(".", "/") in text or short in text, f"ARCHITECTURE.md does not place {prefix}"
