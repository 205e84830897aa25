"""The same agent text sent verbatim in many conversations: an auto-reply or a canned phrase
pasted without reading the customer (auto-replies read as insincere).

This rule looks across conversations, so it is counted in the audit's summary: each
partition of a log counts its texts, counts merge by addition, and the finding is made once
every conversation was seen.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

from replykit.audit.config import Thresholds
from replykit.audit.language import CLOSING, GREETING, PUNCT, clean
from replykit.audit.rules import Flags, Passes, conversation_rule

RULE = conversation_rule(
    "auto-reply",
    severity="info",
    scope="log",
    description="The same agent text was sent verbatim in many conversations (auto-reply overuse).",
    zh="同一句话原样发送到了 {conversations} 个会话中，像自动回复，建议针对客户的问题作答",
    en="The same text was sent verbatim in {conversations} conversations; answer the customer's question instead",
    source="seed 001 (尽可能避免自动回复)",
    examples=[
        Flags(
            "C: 发什么快递\nA: 亲，我们默认发中通快递，偏远地区需要补运费哦",
            at=(1,),
            copies=3,
            options={"auto_reply_conversations": 3},
        ),
    ],
    clean=[
        Passes(
            "C: 发什么快递\nA: 亲，我们默认发中通快递，偏远地区需要补运费哦",
            copies=2,
            options={"auto_reply_conversations": 3},
        ),
        Passes("C: 谢谢\nA: 不客气，祝您生活愉快，再见", copies=3, options={"auto_reply_conversations": 3}),
        Passes("C: 好\nA: 好的呢", copies=3, options={"auto_reply_conversations": 3}),
    ],
)

EXAMPLES_KEPT = 3


@dataclass
class Sent:
    """One distinct agent text: in how many conversations, by which agents, first sightings."""

    text: str
    conversations: int = 0
    agents: set[str] = field(default_factory=set)
    examples: list[tuple[str, int]] = field(default_factory=list)  # (conversation id, message index)


class AutoReplyCounter:
    """Counts distinct agent texts per conversation; mergeable by addition.

    At most ``tracked`` texts are held: when full, texts seen in only one conversation are
    dropped (a text that is truly repeated comes back and climbs again).
    """

    def __init__(self, options: Thresholds) -> None:
        self.options = options
        self.sent: dict[bytes, Sent] = {}

    @staticmethod
    def key(text: str) -> bytes:
        return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=12).digest()

    def candidate(self, text: str) -> bool:
        body = clean(text).strip()
        if len(body) < self.options.auto_reply_min_chars:
            return False
        # A greeting or closing is expected to repeat; a canned answer is not.
        rest = CLOSING.sub("", GREETING.sub("", body))
        return len(PUNCT.sub("", rest)) >= self.options.auto_reply_min_chars

    def add(self, conversation: str, index: int, text: str, agent: str) -> None:
        key = self.key(text)
        sent = self.sent.get(key)
        if sent is None:
            if len(self.sent) >= self.options.auto_reply_tracked:
                self._evict()
            sent = self.sent[key] = Sent(text)
        sent.conversations += 1
        if len(sent.agents) < 50:
            sent.agents.add(agent)
        if len(sent.examples) < EXAMPLES_KEPT:
            sent.examples.append((conversation, index))

    def merge(self, other: AutoReplyCounter) -> None:
        for key, theirs in other.sent.items():
            mine = self.sent.get(key)
            if mine is None:
                self.sent[key] = Sent(theirs.text, theirs.conversations, set(theirs.agents), list(theirs.examples))
                continue
            mine.conversations += theirs.conversations
            mine.agents |= theirs.agents
            mine.examples = (mine.examples + theirs.examples)[:EXAMPLES_KEPT]

    def _evict(self) -> None:
        for key in [k for k, s in self.sent.items() if s.conversations <= 1]:
            del self.sent[key]

    def overused(self) -> list[Sent]:
        """Texts at or over the threshold, most conversations first, then by text."""
        limit = self.options.auto_reply_conversations
        hits = [s for s in self.sent.values() if s.conversations >= limit]
        return sorted(hits, key=lambda s: (-s.conversations, s.text))
