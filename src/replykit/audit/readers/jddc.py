"""JDDC session TSV: session id, user id, speaker (0 customer, 1 agent), transferred, repeat,
sku, content.  No timestamps and no agent ids; masks such as [数字x] stay in the text."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from replykit.audit.model import Conversation, Message
from replykit.audit.readers.common import Row, RowPolicy, group_rows, read_lines

FIELDS = 7
_SPEAKERS = {"0": "customer", "1": "agent"}


def looks_like(head: str) -> bool:
    """Whether a file's first line has the JDDC layout (for format detection)."""
    parts = head.split("\t")
    return len(parts) == FIELDS and parts[2] in _SPEAKERS and parts[3] in ("0", "1")


def read(path: Path, policy: RowPolicy, channel: str = "jd") -> Iterator[Conversation]:
    with path.open("rb") as stream:
        yield from group_rows(_rows(stream, policy, channel), policy)


def _rows(stream: object, policy: RowPolicy, channel: str) -> Iterator[Row]:
    for number, line in read_lines(stream, policy):  # type: ignore[arg-type]
        if not line.strip():
            continue
        policy.stats.rows += 1
        parts = line.split("\t", FIELDS - 1)
        if len(parts) != FIELDS:
            policy.bad(number, f"expected {FIELDS} tab-separated fields, found {len(parts)}")
            continue
        session, user, speaker, *_, content = parts
        role = _SPEAKERS.get(speaker)
        if role is None:
            policy.bad(number, f"speaker must be 0 (customer) or 1 (agent), not {speaker[:20]!r}")
            continue
        if not session:
            policy.bad(number, "empty session id")
            continue
        message = Message.model_construct(role=role, text=content, time=None, agent=None)
        yield Row(number, session, message, channel, user or None)
