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
