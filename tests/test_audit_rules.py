"""Every conversation rule's dialogue examples are audited here: flagged dialogues are
flagged at exactly the declared messages, must-not-fire dialogues are left alone, and every
rule declares examples of both kinds (as tests/test_rule_examples.py does for draft rules)."""

from __future__ import annotations

from typing import Any

import pytest

import replykit
from replykit.audit import Auditor, dialogue
from replykit.audit.rules import ConversationRule, Flags, Passes

ALL_RULES: list[ConversationRule] = sorted(Auditor(entry_points=False).rules.values(), key=lambda r: r.id)
_AUDITORS: dict[tuple[str, str], Auditor] = {}


def auditor_for(rule: ConversationRule, options: dict[str, Any] | None) -> Auditor:
    key = (rule.id, repr(sorted((options or {}).items())))
    if key not in _AUDITORS:
        audit = {"select": [rule.id], "drafts": False, "thresholds": options or {}}
        config = replykit.Config(audit=audit, strict=True)
        _AUDITORS[key] = Auditor(config, entry_points=False)
    return _AUDITORS[key]


def hits(rule: ConversationRule, text: str, options: dict[str, Any] | None, copies: int) -> list[set[int]]:
    """Per copy of the dialogue, the message indices the rule flagged."""
    conversations = [dialogue(text, cid=f"example-{n}") for n in range(copies)]
    result = replykit.audit(conversations, auditor=auditor_for(rule, options))
    if rule.scope == "log":
        found: list[set[int]] = [set() for _ in conversations]
        for row in result.summary.auto_reply_rows():
            for example in row["examples"].split(";"):
                cid, index = example.rsplit("#", 1)
                found[int(cid.rsplit("-", 1)[1])].add(int(index))
        return found
    return [{f.message_index for f in r.findings if f.rule == rule.id} for r in result.conversations]


def flag_cases() -> list[Any]:
    return [pytest.param(r, ex, id=f"{r.id}:{i}") for r in ALL_RULES for i, ex in enumerate(r.examples)]


def pass_cases() -> list[Any]:
    return [pytest.param(r, c, id=f"{r.id}:{i}") for r in ALL_RULES for i, c in enumerate(r.clean)]


@pytest.mark.parametrize(("rule", "example"), flag_cases())
def test_flagged_dialogue_is_flagged_where_declared(rule: ConversationRule, example: Flags) -> None:
    found = hits(rule, example.dialogue, example.options, example.copies)
    if rule.scope == "log":
        assert any(set(example.at) <= f for f in found), f"{rule.id} did not flag {example.dialogue!r}"
    else:
        assert found[0] == set(example.at), f"{rule.id} flagged {sorted(found[0])}, not {example.at}"


@pytest.mark.parametrize(("rule", "example"), pass_cases())
def test_clean_dialogue_is_not_flagged(rule: ConversationRule, example: Passes) -> None:
    found = hits(rule, example.dialogue, example.options, example.copies)
    assert not any(found), f"{rule.id} fired on {example.dialogue!r}"


@pytest.mark.parametrize("rule", ALL_RULES, ids=lambda r: r.id)
def test_every_rule_declares_dialogues(rule: ConversationRule) -> None:
    assert rule.examples, f"{rule.id} has no flagged dialogue"
    assert rule.clean, f"{rule.id} has no must-not-fire dialogue"
    assert rule.description and rule.message_zh and rule.message_en and rule.source
    assert rule.id.startswith(rule.plugin + ".")
