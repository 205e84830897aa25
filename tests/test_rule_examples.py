"""Every declared rule example runs here: bad drafts are flagged and fixed as declared,
must-not-fire drafts are left alone, and every rule has examples of both kinds."""

from __future__ import annotations

from typing import Any

import pytest

import replykit
from replykit.rules import Clean, Example, Rule

ALL_RULES: list[Rule] = sorted(replykit.Assistant(entry_points=False).rules.values(), key=lambda r: r.id)
_ASSISTANTS: dict[tuple[str, str], replykit.Assistant] = {}


def assistant_for(rule: Rule, options: dict[str, Any] | None) -> replykit.Assistant:
    key = (rule.id, repr(sorted((options or {}).items())))
    if key not in _ASSISTANTS:
        plugins = {rule.plugin: options} if options else {}
        config = replykit.Config(select=[rule.id], plugins=plugins, strict=True)
        _ASSISTANTS[key] = replykit.Assistant(config, entry_points=False)
    return _ASSISTANTS[key]


def bad_cases() -> list[Any]:
    return [pytest.param(r, ex, id=f"{r.id}:{i}:{ex.bad[:12]}") for r in ALL_RULES for i, ex in enumerate(r.examples)]


def clean_cases() -> list[Any]:
    return [pytest.param(r, c, id=f"{r.id}:{i}:{c.text[:12]}") for r in ALL_RULES for i, c in enumerate(r.clean)]


@pytest.mark.parametrize(("rule", "example"), bad_cases())
def test_bad_example_is_flagged_and_fixed(rule: Rule, example: Example) -> None:
    s = assistant_for(rule, example.options).suggest(example.bad, example.context, fixes="unsafe")
    hits = [a for a in s.annotations if a.rule == rule.id]
    assert hits, f"{rule.id} did not flag {example.bad!r}"
    for a in hits:
        assert example.bad[a.start : a.end] == a.text
    if example.good is not None:
        assert s.text == example.good
        again = assistant_for(rule, example.options).suggest(example.good, example.context, fixes="unsafe")
        if rule.fix is not None and example.good != example.bad:
            assert not [a for a in again.annotations if a.rule == rule.id and a.fix], (
                f"{rule.id} still fires on its own fix {example.good!r}"
            )


@pytest.mark.parametrize(("rule", "clean"), clean_cases())
def test_clean_example_is_not_flagged(rule: Rule, clean: Clean) -> None:
    s = assistant_for(rule, clean.options).suggest(clean.text, clean.context)
    assert not [a for a in s.annotations if a.rule == rule.id], f"{rule.id} fired on {clean.text!r}"


@pytest.mark.parametrize("rule", ALL_RULES, ids=lambda r: r.id)
def test_every_rule_declares_examples(rule: Rule) -> None:
    assert rule.examples, f"{rule.id} has no bad->good examples"
    assert rule.clean, f"{rule.id} has no must-not-fire examples"
    assert rule.description and rule.message_zh and rule.message_en
