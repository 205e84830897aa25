"""Conversation rules: declared like draft rules (id, severity, description, zh/en message),
with examples that are short dialogues which the test suite audits.

A dialogue is written one message a line, ``ROLE[@SECONDS]: text``, ROLE being C (customer),
A (agent), B (bot) or S (system) and SECONDS the time since the conversation began::

    C@0: 在吗？我的快递怎么还没到
    A@40: 您好，我帮您查一下
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta, timezone
from typing import Any, Literal

from replykit.audit.model import Conversation, Message, Role
from replykit.models import Severity
from replykit.rules import localized_message

_RULE_NAME = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
_LINE = re.compile(r"^\s*([CABS])(?:@(\d+(?:\.\d+)?))?(?:#(\S+))?\s*[:：]\s?(.*)$")
_ROLES: dict[str, Role] = {"C": "customer", "A": "agent", "B": "bot", "S": "system"}
EPOCH = datetime(2026, 1, 5, 9, 0, tzinfo=timezone.utc)
Kind = Literal["issue", "bonus"]
Scope = Literal["conversation", "log"]


def dialogue(text: str, cid: str = "example", channel: str | None = None) -> Conversation:
    """A Conversation from the dialogue notation (``A#agent7@12: …`` names the agent too)."""
    messages = []
    for raw in text.strip().splitlines():
        if not raw.strip():
            continue
        m = _LINE.match(raw)
        if m is None:
            raise ValueError(f"not a dialogue line (ROLE[@SECONDS][#AGENT]: text): {raw!r}")
        role, seconds, agent, body = m.groups()
        time = EPOCH + timedelta(seconds=float(seconds)) if seconds is not None else None
        who = _ROLES[role]
        messages.append(Message(role=who, text=body, time=time, agent=agent or ("a1" if who == "agent" else None)))
    return Conversation(id=cid, channel=channel, messages=messages)


@dataclass(frozen=True)
class Flags:
    """A dialogue the rule must flag, at these message indices (all of them, no others).

    ``copies`` audits that many copies of the dialogue (new ids) together: for rules that look
    across conversations.
    """

    dialogue: str
    at: tuple[int, ...]
    options: dict[str, Any] | None = None
    copies: int = 1


@dataclass(frozen=True)
class Passes:
    """A dialogue the rule must not flag (a must-not-fire example)."""

    dialogue: str
    options: dict[str, Any] | None = None
    copies: int = 1


@dataclass(frozen=True)
class ConversationRule:
    """A conversation rule's metadata; ``id`` is ``plugin.name`` once registered.

    ``kind="bonus"`` rules record good practice: they add points instead of taking them.
    ``scope="log"`` rules look across conversations (the audit's summary checks them, after
    every conversation was seen); they do not change a conversation's score.
    """

    name: str
    severity: Severity
    description: str
    message_zh: str
    message_en: str
    examples: tuple[Flags, ...] = ()
    clean: tuple[Passes, ...] = ()
    kind: Kind = "issue"
    scope: Scope = "conversation"
    source: str = ""
    plugin: str = ""
    id: str = field(default="", compare=False)

    def __post_init__(self) -> None:
        if not _RULE_NAME.match(self.name):
            raise ValueError(f"rule name {self.name!r} must be kebab-case")
        if self.plugin and not self.id:
            object.__setattr__(self, "id", f"{self.plugin}.{self.name}")

    def registered_as(self, plugin: str) -> ConversationRule:
        """The rule as registered by ``plugin`` (the registry records the owner)."""
        return replace(self, plugin=plugin, id=f"{plugin}.{self.name}")

    def message(self, locale: str, **args: Any) -> str:
        return localized_message(self.message_zh, self.message_en, locale, args)


def conversation_rule(
    name: str,
    *,
    severity: Severity,
    description: str,
    zh: str,
    en: str,
    examples: list[Flags] | tuple[Flags, ...] = (),
    clean: list[Passes | str] | tuple[Passes | str, ...] = (),
    kind: Kind = "issue",
    scope: Scope = "conversation",
    source: str = "",
) -> ConversationRule:
    """Declare a conversation rule; plain strings in ``clean`` become ``Passes(dialogue)``."""
    for ex in examples:
        dialogue(ex.dialogue)  # a malformed example fails at import, not in a test run
    return ConversationRule(
        name=name,
        severity=severity,
        description=description,
        message_zh=zh,
        message_en=en,
        examples=tuple(examples),
        clean=tuple(c if isinstance(c, Passes) else Passes(c) for c in clean),
        kind=kind,
        scope=scope,
        source=source,
    )
