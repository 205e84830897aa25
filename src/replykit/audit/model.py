"""Conversations as the audit reads them: a channel, and messages in the order they were sent.

These are the input wire format (``docs/schema/conversation.schema.json``); readers build them
one conversation at a time.
"""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

Role = Literal["customer", "agent", "bot", "system"]
ROLES: tuple[str, ...] = ("customer", "agent", "bot", "system")


class Message(BaseModel):
    """One message (a bubble, or several bubbles of one speaker merged, as JDDC does)."""

    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)

    role: Role = Field(description="Who wrote it: 'customer', 'agent' (a person), 'bot' or 'system'.")
    text: str = Field(description="The message text as sent (masks such as [数字x] stay as they are).")
    time: datetime | None = Field(default=None, description="When it was sent; absent in logs without timestamps.")
    agent: str | None = Field(default=None, description="Id of the agent who wrote it (agent and bot messages).")


class Conversation(BaseModel):
    """A whole conversation between one customer and the shop."""

    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)

    id: str = Field(description="Conversation id, unique in the log.")
    channel: str | None = Field(default=None, description="Where it happened, e.g. 'jd', 'taobao', 'chatwoot'.")
    customer: str | None = Field(default=None, description="Customer id, when the log has one.")
    messages: list[Message] = Field(default_factory=list, description="Messages in the order they were sent.")

    def agents(self) -> list[str]:
        """Agent ids in order of first message; conversations without ids count as agent ''."""
        seen: dict[str, None] = {}
        for m in self.messages:
            if m.role == "agent":
                seen.setdefault(m.agent or "", None)
        return list(seen)

    def day(self) -> str | None:
        """ISO date of the first timestamped message (the conversation's day in reports)."""
        for m in self.messages:
            if m.time is not None:
                return m.time.date().isoformat()
        return None
