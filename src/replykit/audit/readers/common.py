"""What every log reader shares: bad-row handling, bounded line reading, grouping rows into
conversations, and the spelling of roles and times."""

from __future__ import annotations

import json
from collections import OrderedDict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime, timezone
from itertools import pairwise
from pathlib import Path
from typing import Any, BinaryIO

from replykit.audit.model import Conversation, Message, Role
from replykit.errors import ReplykitError

MAX_LINE_BYTES = 4 << 20  # one row; a longer one is a bad row, never an unbounded read
RECENT_IDS = 10_000  # conversation ids remembered to catch a log that is not grouped by conversation


class LogError(ReplykitError):
    """A log cannot be read: the message names the file and the row."""


@dataclass
class ReadStats:
    """What the readers saw: rows read, and bad rows skipped (with the first few reasons)."""

    rows: int = 0
    conversations: int = 0
    skipped: int = 0
    reasons: list[str] = field(default_factory=list)

    def skip(self, where: str, reason: str) -> None:
        self.skipped += 1
        if len(self.reasons) < 20:
            self.reasons.append(f"{where}: {reason}")


class BadRow(Exception):
    """Raised by a row parser; turned into a LogError or a skipped row by ``RowPolicy``."""


@dataclass
class RowPolicy:
    """Either fail on the first bad row (default) or skip and count it (``--skip-bad-rows``)."""

    path: Path
    skip_bad_rows: bool
    stats: ReadStats

    def bad(self, row: int, reason: str) -> None:
        where = f"{self.path}:{row}"
        if not self.skip_bad_rows:
            raise LogError(f"{where}: {reason} (use --skip-bad-rows to skip and count such rows)")
        self.stats.skip(where, reason)

    def parse_json(self, row: int, text: str) -> tuple[bool, Any]:
        """(True, value) for a row of JSON text; (False, None) after reporting it bad."""
        try:
            return True, json.loads(text)
        except json.JSONDecodeError as exc:
            self.bad(row, f"invalid JSON: {exc.msg}")
        except RecursionError:
            self.bad(row, "JSON nested too deeply")
        return False, None


def read_lines(stream: BinaryIO, policy: RowPolicy) -> Iterator[tuple[int, str]]:
    """(1-based line number, text without line ending) for each line, decoded as UTF-8.

    A line that is too long or not UTF-8 is a bad row; a BOM on the first line is dropped.
    """
    number = 0
    while True:
        raw = stream.readline(MAX_LINE_BYTES + 1)
        if not raw:
            return
        number += 1
        if len(raw) > MAX_LINE_BYTES and not raw.endswith(b"\n"):
            while raw and not raw.endswith(b"\n"):  # drain the rest of the line, bounded per read
                raw = stream.readline(MAX_LINE_BYTES)
            policy.bad(number, f"line longer than {MAX_LINE_BYTES} bytes")
            continue
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            policy.bad(number, f"not UTF-8 (byte {exc.start}); convert the file to UTF-8")
            continue
        if number == 1 and text.startswith("\ufeff"):
            text = text[1:]
        yield number, text.rstrip("\r\n")


_ROLE_NAMES: dict[str, Role] = {
    "customer": "customer",
    "user": "customer",
    "contact": "customer",
    "client": "customer",
    "incoming": "customer",
    "buyer": "customer",
    "0": "customer",
    "客户": "customer",
    "顾客": "customer",
    "买家": "customer",
    "agent": "agent",
    "staff": "agent",
    "outgoing": "agent",
    "seller": "agent",
    "1": "agent",
    "客服": "agent",
    "bot": "bot",
    "robot": "bot",
    "agent_bot": "bot",
    "机器人": "bot",
    "system": "system",
    "activity": "system",
    "系统": "system",
}


def parse_role(value: object) -> Role:
    role = _ROLE_NAMES.get(str(value).strip().lower())
    if role is None:
        raise BadRow(f"unknown role {str(value)[:40]!r} (customer, agent, bot or system)")
    return role


def parse_time(value: object) -> datetime | None:
    """ISO 8601 text, or Unix seconds (int, float or digits); naive times are taken as UTC."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        moment = value
    elif isinstance(value, (int, float)) or (isinstance(value, str) and value.strip().replace(".", "", 1).isdigit()):
        try:
            return datetime.fromtimestamp(float(value), tz=timezone.utc)
        except (OverflowError, OSError, ValueError):
            raise BadRow(f"timestamp {value!r} is out of range") from None
    else:
        text = str(value).strip()
        try:
            moment = datetime.fromisoformat(text[:-1] + "+00:00" if text.endswith("Z") else text)
        except ValueError:
            raise BadRow(f"cannot read time {text[:40]!r} (ISO 8601 or Unix seconds)") from None
    return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)


@dataclass
class Row:
    """One message row of a table-shaped log, before grouping."""

    number: int
    conversation: str
    message: Message
    channel: str | None = None
    customer: str | None = None


def group_rows(rows: Iterable[Row], policy: RowPolicy) -> Iterator[Conversation]:
    """Consecutive rows of one conversation id become one Conversation.

    Only the current conversation is held; the last ids seen are remembered so that a log
    not grouped by conversation fails with a clear message instead of splitting conversations.
    """
    recent: OrderedDict[str, None] = OrderedDict()
    current: str | None = None
    channel: str | None = None
    customer: str | None = None
    messages: list[Message] = []
    for row in rows:
        if row.conversation != current:
            if current is not None:
                yield _conversation(current, channel, customer, messages, policy)
            if row.conversation in recent:
                raise LogError(
                    f"{policy.path}:{row.number}: conversation {row.conversation!r} continues after other "
                    "conversations; sort the log by conversation id (then time) so each conversation is contiguous"
                )
            recent[row.conversation] = None
            if len(recent) > RECENT_IDS:
                recent.popitem(last=False)
            current, channel, customer, messages = row.conversation, row.channel, row.customer, []
        messages.append(row.message)
    if current is not None:
        yield _conversation(current, channel, customer, messages, policy)


def _conversation(
    cid: str, channel: str | None, customer: str | None, messages: list[Message], policy: RowPolicy
) -> Conversation:
    timed = [m.time for m in messages if m.time is not None]
    if timed and any(b < a for a, b in pairwise(timed)):
        # Exports often list a conversation newest first; untimed messages keep their place.
        order = sorted(range(len(messages)), key=lambda i: (messages[i].time is None, messages[i].time, i))
        if all(m.time is not None for m in messages):
            messages = [messages[i] for i in order]
    policy.stats.conversations += 1
    return Conversation.model_construct(id=cid, channel=channel, customer=customer, messages=messages)
