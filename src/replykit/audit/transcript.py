"""A conversation prepared for the rules: each message's words and clauses on first use,
who answers whom, and how long the customer waited."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from replykit.audit.language import Segment, Utterance
from replykit.audit.model import Conversation, Message

ANSWERING = ("agent", "bot")


@dataclass(frozen=True)
class Wait:
    """A customer waiting: from the first unanswered customer message to the reply."""

    asked: int  # index of the first customer message of the run
    answered: int  # index of the agent or bot message that answered it
    seconds: float
    first: bool  # the conversation's first reply


class Transcript:
    """What ``replykit_check_conversation`` receives as ``conversation``.

    ``messages`` are the conversation's messages; ``utterance(i)`` is message i analysed
    (clauses, words, questions, promises…); ``waits`` are the response times where the log
    has timestamps.
    """

    def __init__(self, conversation: Conversation, segment: Callable[[], Segment]) -> None:
        self.conversation = conversation
        self.messages: list[Message] = conversation.messages
        self._segment = segment
        self._utterances: dict[int, Utterance] = {}
        self._waits: list[Wait] | None = None

    def utterance(self, i: int) -> Utterance:
        u = self._utterances.get(i)
        if u is None:
            u = self._utterances[i] = Utterance(self.messages[i].text, self._segment())
        return u

    def indices(self, *roles: str) -> list[int]:
        return [i for i, m in enumerate(self.messages) if m.role in roles]

    def agent_of(self, i: int) -> str | None:
        """The agent responsible at message i: its author, else the last agent before it,
        else the first agent after it."""
        if self.messages[i].role == "agent":
            return self.messages[i].agent or ""
        for j in range(i - 1, -1, -1):
            if self.messages[j].role == "agent":
                return self.messages[j].agent or ""
        for j in range(i + 1, len(self.messages)):
            if self.messages[j].role == "agent":
                return self.messages[j].agent or ""
        return None

    def next_index(self, i: int, *roles: str) -> int | None:
        for j in range(i + 1, len(self.messages)):
            if self.messages[j].role in roles:
                return j
        return None

    def previous_customer(self, i: int) -> int | None:
        for j in range(i - 1, -1, -1):
            if self.messages[j].role == "customer":
                return j
        return None

    @property
    def waits(self) -> list[Wait]:
        """Every reply to a customer, with the wait measured from the first message of the
        customer's run (several customer messages in a row are one wait)."""
        if self._waits is None:
            waits: list[Wait] = []
            pending: int | None = None
            for i, m in enumerate(self.messages):
                if m.role == "customer":
                    if pending is None:
                        pending = i
                elif m.role in ANSWERING and pending is not None:
                    start, end = self.messages[pending].time, m.time
                    if start is not None and end is not None:
                        seconds = max(0.0, (end - start).total_seconds())
                        waits.append(Wait(pending, i, seconds, first=not waits and not self._answered_before(pending)))
                    pending = None
            self._waits = waits
        return self._waits

    def _answered_before(self, i: int) -> bool:
        return any(m.role in ANSWERING for m in self.messages[:i]) and any(
            m.role == "customer" for m in self.messages[:i]
        )
