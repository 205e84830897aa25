"""Meta-tests: every hook is documented in docs/hooks.md and exercised by some test;
the README's commands exist."""

from __future__ import annotations

import inspect
from pathlib import Path

import pytest

from replykit import hookspecs

ROOT = Path(__file__).resolve().parents[1]
HOOKS = [name for name, fn in inspect.getmembers(hookspecs, inspect.isfunction) if name.startswith("replykit_")]


@pytest.mark.parametrize("hook", HOOKS)
def test_hook_is_documented(hook: str) -> None:
    fn = getattr(hookspecs, hook)
    assert fn.__doc__ and "Example::" in fn.__doc__, f"{hook} needs a docstring with an example"
    assert f"## `{hook}(" in (ROOT / "docs" / "hooks.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("hook", HOOKS)
def test_hook_is_exercised_by_a_test(hook: str) -> None:
    used = [p for p in (ROOT / "tests").glob("test_*.py") if p.name != "test_docs.py" and hook in p.read_text("utf-8")]
    assert used, f"no test exercises {hook}"


def test_rules_doc_is_current() -> None:
    import replykit
    from replykit.rules import rules_markdown

    expected = rules_markdown(replykit.Assistant(entry_points=False).rules)
    current = (ROOT / "docs" / "rules.md").read_text(encoding="utf-8")
    assert current == expected, "docs/rules.md is stale: python -m replykit.docgen"


def test_readme_python_example_is_true() -> None:
    """Run the README's Python block; every `expr  # 'value'` line must evaluate to that value."""
    import ast
    import re

    text = (ROOT / "README.md").read_text(encoding="utf-8")
    block = re.search(r"## In Python\n\n```python\n(.*?)```", text, re.S)
    assert block is not None
    namespace: dict[str, object] = {}
    checked = 0
    for line in block.group(1).splitlines():
        shown = re.match(r"^(\S[^#]*?)\s+#\s+('(?:[^'\\]|\\.)*')", line)
        if shown and "=" not in shown.group(1):
            assert eval(shown.group(1), namespace) == ast.literal_eval(shown.group(2)), line
            checked += 1
        else:
            exec(line, namespace)
    assert checked >= 2
