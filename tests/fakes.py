"""Fake plugins for engine tests: deterministic findings, chosen per test."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from replykit import hookimpl
from replykit.rules import Example, Rule, rule


def make_rule(name: str, *, fix: Any = "safe", severity: Any = "warning", priority: int = 0) -> Rule:
    return rule(
        name,
        severity=severity,
        fix=fix,
        description=f"fake {name}",
        zh=f"假规则 {name}：{{word}}",
        en=f"fake rule {name}: {{word}}",
        examples=[Example("x")],
        clean=["y"],
        priority=priority,
    )


class Replace:
    """Reports every match of `pattern` with `replacement` under rule plugin.name."""

    def __init__(
        self,
        plugin: str,
        pattern: str,
        replacement: str,
        *,
        name: str = "replace",
        fix: Any = "safe",
        severity: Any = "warning",
        priority: int = 0,
    ) -> None:
        self.rule = make_rule(name, fix=fix, severity=severity, priority=priority)
        self.pattern = re.compile(pattern)
        self.replacement = replacement
        self.calls = 0

    @hookimpl
    def replykit_rules(self) -> Sequence[Rule]:
        return [self.rule]

    @hookimpl
    def replykit_check(self, draft: Any, options: Any, report: Any) -> None:
        self.calls += 1
        for m in self.pattern.finditer(draft.norm):
            report(self.rule, m.start(), m.end(), [self.replacement], args={"word": m.group()})


class Boom:
    """Raises in replykit_check."""

    def __init__(self, plugin: str = "boom") -> None:
        self.rule = make_rule("boom")

    @hookimpl
    def replykit_rules(self) -> Sequence[Rule]:
        return [self.rule]

    @hookimpl
    def replykit_check(self, draft: Any, options: Any, report: Any) -> None:
        raise RuntimeError("kaboom")


class Insert:
    """Inserts `text` at the end of the draft (a zero-length edit)."""

    def __init__(self, plugin: str, text: str, *, fix: Any = "safe") -> None:
        self.rule = make_rule("insert", fix=fix)
        self.text = text

    @hookimpl
    def replykit_rules(self) -> Sequence[Rule]:
        return [self.rule]

    @hookimpl
    def replykit_check(self, draft: Any, options: Any, report: Any) -> None:
        n = len(draft.text)
        report(self.rule, n, n, [self.text])
