"""What a plugin needs to test itself: run its declared examples, build a draft, a fake report.

Run every example a plugin declares (bad drafts are flagged and fixed as declared, must-not-fire
drafts are left alone, every rule has both kinds)::

    import pytest
    import replykit_shopslang
    from replykit.testing import example_cases

    @pytest.mark.parametrize("case", example_cases(replykit_shopslang, name="shopslang"), ids=str)
    def test_declared_examples(case):
        case.check()

Call a hook directly, without an Assistant::

    from replykit.testing import FakeReport, make_draft

    report = FakeReport()
    replykit_shopslang.replykit_check(make_draft("这款yyds"), None, report)
    assert report.rule_names == ["yyds"]

The built-ins run through the same cases (``example_cases()`` with no plugin):
tests/test_rule_examples.py.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal, NamedTuple

from replykit.config import Config
from replykit.draft import Draft, Segmenter
from replykit.engine import Assistant
from replykit.models import Context
from replykit.protect import Protection
from replykit.rules import Clean, Example, Rule

__all__ = ["ExampleCase", "FakeReport", "Reported", "example_cases", "make_draft"]

Kind = Literal["flags", "leaves alone", "declares examples"]


@dataclass(frozen=True)
class ExampleCase:
    """One declared example of one rule, ready to check; ``str(case)`` is a test id."""

    rule: Rule
    kind: Kind
    example: Example | Clean | None
    index: int
    _assistants: _Assistants = field(repr=False, compare=False)

    def __str__(self) -> str:
        if self.example is None:
            return f"{self.rule.id}:{self.kind}"
        text = self.example.bad if isinstance(self.example, Example) else self.example.text
        return f"{self.rule.id}:{self.kind}:{self.index}:{text[:12]}"

    def check(self) -> None:
        """Raise AssertionError, saying what went wrong, unless the example holds."""
        if isinstance(self.example, Example):
            self._check_bad(self.example)
        elif isinstance(self.example, Clean):
            self._check_clean(self.example)
        else:
            r = self.rule
            assert r.examples, f"{r.id} has no bad->good examples"
            assert r.clean, f"{r.id} has no must-not-fire examples"
            assert r.description and r.message_zh and r.message_en, f"{r.id} lacks a description or message"

    def _check_bad(self, example: Example) -> None:
        rule = self.rule
        assistant = self._assistants.get(rule, example.options)
        s = assistant.suggest(example.bad, example.context, fixes="unsafe")
        assert not s.errors, f"{rule.id}: plugin errors on {example.bad!r}: {s.errors}"
        hits = [a for a in s.annotations if a.rule == rule.id]
        assert hits, f"{rule.id} did not flag {example.bad!r}"
        for a in hits:
            assert example.bad[a.start : a.end] == a.text
        if example.good is None:
            return
        assert s.text == example.good, f"{rule.id}: {example.bad!r} became {s.text!r}, declared {example.good!r}"
        if rule.fix is not None and example.good != example.bad:
            again = assistant.suggest(example.good, example.context, fixes="unsafe")
            still = [a for a in again.annotations if a.rule == rule.id and a.fix]
            assert not still, f"{rule.id} still fires on its own fix {example.good!r}"

    def _check_clean(self, clean: Clean) -> None:
        s = self._assistants.get(self.rule, clean.options).suggest(clean.text, clean.context)
        assert not s.errors, f"{self.rule.id}: plugin errors on {clean.text!r}: {s.errors}"
        fired = [a for a in s.annotations if a.rule == self.rule.id]
        assert not fired, f"{self.rule.id} fired on {clean.text!r}: {fired}"


class _Assistants:
    """One strict Assistant per (rule, options): only that rule selected, as examples declare."""

    def __init__(self, plugins: Sequence[tuple[str, object]]) -> None:
        self.plugins = list(plugins)
        self.cache: dict[tuple[str, str], Assistant] = {}

    def get(self, rule: Rule, options: dict[str, Any] | None) -> Assistant:
        key = (rule.id, repr(sorted((options or {}).items())))
        found = self.cache.get(key)
        if found is None:
            config = Config(select=[rule.id], plugins={rule.plugin: options} if options else {}, strict=True)
            found = Assistant(config, plugins=self.plugins, entry_points=False)
            self.cache[key] = found
        return found


def example_cases(plugin: object | None = None, *, name: str | None = None) -> list[ExampleCase]:
    """Every declared example of a plugin's rules as a check, plus one "declares examples" case
    per rule (of a plugin that checks drafts).

    :param plugin: the plugin module or object; None for the built-in plugins.
    :param name: the name to register it under (default: its ``__name__``); rule ids are
        ``<name>.<rule>``.  The built-ins load too (a fix is finalized by the script plugin as
        in real use); installed plugins do not.
    """
    plugins: list[tuple[str, object]] = []
    if plugin is not None:
        label = name or getattr(plugin, "__name__", None) or type(plugin).__name__
        plugins.append((label, plugin))
    assistants = _Assistants(plugins)
    assistant = Assistant(plugins=plugins, entry_points=False)
    registry = assistant.registry
    rules = registry.plugin_rules(plugins[0][0]) if plugins else sorted(registry.rules.values(), key=lambda r: r.id)
    # A plugin without a draft check reports its rules elsewhere (the "replykit" plugin's rule
    # on phrase-file directives, shown by the lint tests): there is no draft to give as example.
    checking = {impl.plugin_name for impl in assistant.plugin_manager.hook.replykit_check.get_hookimpls()}
    cases: list[ExampleCase] = []
    for r in (r for r in rules if r.plugin in checking):
        cases += [ExampleCase(r, "flags", ex, i, assistants) for i, ex in enumerate(r.examples)]
        cases += [ExampleCase(r, "leaves alone", c, i, assistants) for i, c in enumerate(r.clean)]
        cases.append(ExampleCase(r, "declares examples", None, 0, assistants))
    return cases


def make_draft(
    text: str,
    context: Context | dict[str, Any] | None = None,
    *,
    enabled: Iterable[Rule | str] | None = None,
    segmenter: Segmenter | None = None,
    protected_patterns: Sequence[str] = (),
) -> Draft:
    """A Draft as ``replykit_check`` receives it (protected spans found, norm built).

    :param enabled: the rules ``draft.enabled`` says yes to (declarations or ids); default all.
    :param segmenter: default: the built-in segmenter (rjieba or jieba), loaded on first use.
    :param protected_patterns: extra protected patterns, as a plugin's ``replykit_protected_patterns``.
    """
    ctx = context if isinstance(context, Context) else Context.model_validate(context or {})
    protection = Protection([("test", [list(protected_patterns)])])
    keys: frozenset[Any] = _EVERYTHING if enabled is None else frozenset(enabled)

    def segment() -> Segmenter:
        if segmenter is not None:
            return segmenter
        from replykit.builtin.segmenter import replykit_segmenter

        return replykit_segmenter()

    return Draft(text, ctx, protection.spans(text), segment, keys)


class _Everything(frozenset[Any]):
    def __contains__(self, item: object) -> bool:
        return True


_EVERYTHING = _Everything()


class Reported(NamedTuple):
    """One ``report(...)`` call a plugin made."""

    rule: Rule | str
    start: int
    end: int
    replacements: list[str]
    fix: Any
    args: dict[str, Any] | None
    deferred: bool | None


class FakeReport:
    """A ``report`` callable that records what a plugin reports (``report.findings``)."""

    def __init__(self) -> None:
        self.findings: list[Reported] = []

    def __call__(
        self,
        rule: Rule | str,
        start: int,
        end: int,
        replacements: Sequence[str] = (),
        *,
        fix: Any = "declared",
        args: dict[str, Any] | None = None,
        deferred: bool | None = None,
    ) -> None:
        if isinstance(replacements, str):
            raise TypeError(f"replacements must be a list of str, not the str {replacements!r}")
        self.findings.append(Reported(rule, start, end, list(replacements), fix, args, deferred))

    @property
    def rule_names(self) -> list[str]:
        """The reported rules' names, in report order."""
        return [r.rule if isinstance(r.rule, str) else r.rule.name for r in self.findings]

    def spans(self, text: str) -> list[str]:
        """The reported spans of ``text``."""
        return [text[r.start : r.end] for r in self.findings]
