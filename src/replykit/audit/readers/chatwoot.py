"""Chatwoot conversations as its API returns them.

Accepted shapes: a JSON array of conversation objects each holding its ``messages`` (what
``GET /conversations/{id}`` returns, collected), streamed element by element; JSON Lines of
such objects; and a single conversation or a messages page (``{"meta": ..., "payload": [...]}``).
Message types: 0 incoming (customer), 1 outgoing (agent, or bot when the sender is an
agent bot), 2 activity (system), 3 template (bot).  Private notes are not part of the
conversation the customer saw and are left out.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from replykit.audit.model import Conversation, Message, Role
from replykit.audit.readers.common import BadRow, LogError, RowPolicy, parse_time, read_lines

CHUNK = 1 << 16
MAX_OBJECT_BYTES = 64 << 20  # one conversation; a larger one is refused rather than buffered without end


def read(path: Path, policy: RowPolicy) -> Iterator[Conversation]:
    if path.suffix.lower() == ".jsonl":
        with path.open("rb") as stream:
            for number, line in read_lines(stream, policy):
                if line.strip():
                    yield from _from_json_text(line, number, policy)
        return
    for number, obj in _stream_json(path):
        yield from _from_object(obj, number, policy)


def _from_json_text(text: str, number: int, policy: RowPolicy) -> Iterator[Conversation]:
    ok, obj = policy.parse_json(number, text)
    if ok:
        yield from _from_object(obj, number, policy)


def _from_object(obj: Any, number: int, policy: RowPolicy) -> Iterator[Conversation]:
    """A conversation, a messages page, or an API envelope ({"data": {"payload": [...]}})."""
    if isinstance(obj, dict) and isinstance(obj.get("data"), dict):
        obj = obj["data"]
    if isinstance(obj, dict) and isinstance(obj.get("payload"), list):
        items = obj["payload"]
        if items and isinstance(items[0], dict) and "messages" not in items[0] and "message_type" in items[0]:
            yield from _from_messages_page(items, number, policy)
        else:
            for item in items:
                yield from _from_object(item, number, policy)
        return
    try:
        conversation = _conversation(obj)
    except BadRow as exc:
        policy.bad(number, str(exc))
        return
    policy.stats.rows += len(conversation.messages)
    policy.stats.conversations += 1
    yield conversation


def _from_messages_page(items: list[Any], number: int, policy: RowPolicy) -> Iterator[Conversation]:
    by_id: dict[str, list[Any]] = {}
    for item in items:
        cid = str(item.get("conversation_id", "")) if isinstance(item, dict) else ""
        by_id.setdefault(cid, []).append(item)
    for cid, messages in by_id.items():
        yield from _from_object({"id": cid, "messages": messages}, number, policy)


def _conversation(obj: Any) -> Conversation:
    if not isinstance(obj, dict):
        raise BadRow(f"expected a conversation object, found {type(obj).__name__}")
    cid = obj.get("id", obj.get("display_id"))
    if cid is None or cid == "":
        raise BadRow("conversation without an id")
    raw = obj.get("messages")
    if not isinstance(raw, list):
        raise BadRow(f"conversation {cid}: no 'messages' list")
    messages = []
    for i, m in enumerate(raw):
        try:
            message = _message(m)
        except BadRow as exc:
            raise BadRow(f"conversation {cid}, message {i}: {exc}") from None
        if message is not None:
            messages.append(message)
    messages.sort(key=lambda m: m.time.timestamp() if m.time else 0.0)  # stable: untimed keep their order
    inbox = obj.get("meta", {}).get("channel") if isinstance(obj.get("meta"), dict) else None
    contact = obj.get("meta", {}).get("sender", {}) if isinstance(obj.get("meta"), dict) else {}
    customer = contact.get("id") if isinstance(contact, dict) else None
    return Conversation(
        id=str(cid),
        channel=str(inbox) if inbox else "chatwoot",
        customer=str(customer) if customer is not None else None,
        messages=messages,
    )


def _message(m: Any) -> Message | None:
    if not isinstance(m, dict):
        raise BadRow(f"expected a message object, found {type(m).__name__}")
    if m.get("private"):
        return None
    kind = m.get("message_type")
    raw_sender = m.get("sender")
    sender: dict[str, Any] = raw_sender if isinstance(raw_sender, dict) else {}
    role: Role
    if kind in (0, "incoming"):
        role = "customer"
    elif kind in (1, "outgoing"):
        role = "bot" if sender.get("type") == "agent_bot" else "agent"
    elif kind in (2, "activity"):
        role = "system"
    elif kind in (3, "template"):
        role = "bot"
    else:
        raise BadRow(f"unknown message_type {kind!r}")
    text = m.get("content")
    if text is not None and not isinstance(text, str):
        raise BadRow("content is not a string")
    agent = None
    if role in ("agent", "bot"):
        name = sender.get("available_name") or sender.get("name") or sender.get("id")
        agent = str(name) if name is not None else None
    return Message(role=role, text=text or "", time=parse_time(m.get("created_at")), agent=agent)


def _stream_json(path: Path) -> Iterator[tuple[int, Any]]:
    """(line of the element's start, element) for a top-level JSON array, one element in
    memory at a time; any other top-level value is read whole (a single conversation)."""
    decoder = json.JSONDecoder()
    with path.open("r", encoding="utf-8-sig", errors="strict") as stream:
        try:
            buf = stream.read(CHUNK)
        except UnicodeDecodeError as exc:
            raise LogError(f"{path}: not UTF-8 (byte {exc.start}); convert the file to UTF-8") from None
        pos, line = _skip_space(buf, 0), 1
        if pos < len(buf) and buf[pos] != "[":
            rest = buf + stream.read(MAX_OBJECT_BYTES)
            if stream.read(1):
                raise LogError(
                    f"{path}: a single JSON object larger than {MAX_OBJECT_BYTES} bytes; use an array or JSON Lines"
                )
            try:
                whole = json.loads(rest)
            except json.JSONDecodeError as exc:
                raise LogError(f"{path}:{exc.lineno}: invalid JSON: {exc.msg}") from None
            except RecursionError:
                raise LogError(f"{path}: JSON nested too deeply") from None
            yield 1, whole
            return
        pos += 1
        done = False
        while not done:
            pos = _skip_space(buf, pos)
            if pos < len(buf) and buf[pos] == "]":
                return
            try:
                obj, end = decoder.raw_decode(buf, pos)
            except RecursionError:
                raise LogError(f"{path}:{line}: JSON nested too deeply") from None
            except json.JSONDecodeError as exc:
                # An element not yet complete: read as much again as is buffered, so a large
                # conversation is decoded a logarithmic number of times, not once per chunk.
                more = stream.read(max(CHUNK, len(buf) - pos))
                if not more:
                    raise LogError(f"{path}:{line + buf.count(chr(10), 0, exc.pos)}: invalid JSON: {exc.msg}") from None
                if len(buf) - pos > MAX_OBJECT_BYTES:
                    raise LogError(f"{path}:{line}: a conversation larger than {MAX_OBJECT_BYTES} bytes") from None
                buf = buf[pos:] + more
                pos = 0
                continue
            line += buf.count("\n", 0, pos)
            yield line, obj
            line += buf.count("\n", pos, end)
            pos = _skip_space(buf, end)
            if pos >= len(buf):
                buf, pos = buf[pos:] + stream.read(CHUNK), 0
                pos = _skip_space(buf, pos)
            if pos < len(buf) and buf[pos] == ",":
                pos += 1
            elif pos < len(buf) and buf[pos] == "]":
                done = True
            elif pos >= len(buf):
                raise LogError(f"{path}: the JSON array is not closed")
            else:
                raise LogError(f"{path}:{line}: expected ',' or ']' between conversations")
            buf, pos = buf[pos:], 0


def _skip_space(buf: str, pos: int) -> int:
    while pos < len(buf) and buf[pos] in " \t\r\n":
        pos += 1
    return pos
