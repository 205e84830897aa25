"""The webhook app: Chatwoot -> FAQ draft -> replykit guard -> reply or private note.

Chatwoot POSTs every event of the inbox to the agent bot's ``outgoing_url``; the bot answers
through the REST API (Chatwoot ignores the webhook's response body).  The webhook returns at
once and the work runs as a background task, so Chatwoot's delivery never waits on us.

Nothing is believed before ``security.WebhookSecurity`` has checked the shared secret, the
body size, Chatwoot's signature and the JSON's depth; then the event must match ``Event``
(ids are positive integers below 2**31, never booleans, floats or strings) before its ids reach
an API path.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import AsyncIterator, Callable
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError
from starlette.applications import Starlette
from starlette.background import BackgroundTask
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

import replykit

from .chatwoot import ChatwootClient
from .faq import answer as faq_answer
from .security import Rejected, WebhookSecurity

logger = logging.getLogger("chatwoot_bot")

Answerer = Callable[[str], "str | None"]
# Chatwoot's ids are database integers: positive, and inside a signed 32-bit column.
Id = Annotated[int, Field(strict=True, gt=0, lt=2**31)]
MAX_CONTENT_CHARS = 20_000


class _Ref(BaseModel):
    model_config = ConfigDict(extra="ignore")
    id: Id


class _Sender(BaseModel):
    model_config = ConfigDict(extra="ignore")
    type: str | None = None


class Event(BaseModel):
    """The fields of a ``message_created`` webhook the bot reads (Chatwoot sends more)."""

    model_config = ConfigDict(extra="ignore")
    event: str
    message_type: str | None = None
    private: bool = False
    content: str | None = Field(default=None, max_length=MAX_CONTENT_CHARS)
    sender: _Sender | None = None
    account: _Ref
    conversation: _Ref


def create_app(
    chatwoot_url: str,
    api_token: str,
    *,
    webhook_token: str,
    signing_secret: str | None = None,
    guard: replykit.AsyncReplyGuard | None = None,
    answer: Answerer = faq_answer,
) -> Starlette:
    """The bot; ``guard`` defaults to holding anything at warning or above.

    :param webhook_token: the shared secret Chatwoot's webhook URL carries (``?token=``).
    :param signing_secret: the webhook's signing secret, for Chatwoot versions that sign.
    """
    security = WebhookSecurity(webhook_token, signing_secret)
    guard = guard or replykit.AsyncReplyGuard(hold_on="warning")
    state: dict[str, ChatwootClient] = {}

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        state["client"] = ChatwootClient(chatwoot_url, api_token)
        yield
        await state["client"].aclose()

    async def webhook(request: Request) -> JSONResponse:
        try:
            payload = await security.payload(request)
        except Rejected as exc:
            return JSONResponse({"status": "error", "message": exc.reason}, status_code=exc.status)
        why_not = _ignore_reason(payload)
        if why_not:
            return JSONResponse({"status": "ignored", "reason": why_not})
        try:
            event = Event.model_validate(payload)
        except ValidationError as exc:
            where = "; ".join(".".join(map(str, e["loc"])) + ": " + e["msg"] for e in exc.errors()[:3])
            return JSONResponse({"status": "error", "message": f"invalid event: {where}"}, status_code=422)
        task = BackgroundTask(_reply, state["client"], guard, answer, event)
        return JSONResponse({"status": "accepted"}, background=task)

    async def healthz(request: Request) -> JSONResponse:
        return JSONResponse({"status": "ok"})

    routes = [Route("/webhook", webhook, methods=["POST"]), Route("/healthz", healthz, methods=["GET"])]
    return Starlette(routes=routes, lifespan=lifespan)


def _ignore_reason(payload: Any) -> str | None:
    """Why this event needs no answer; None for a customer's new message."""
    if not isinstance(payload, dict):
        return "not an event object"
    if payload.get("event") != "message_created":
        return f"event {payload.get('event')!r}"
    # Our own replies and notes come back as message_created too: answering them would loop.
    if payload.get("message_type") != "incoming":
        return f"message_type {payload.get('message_type')!r}"
    if payload.get("private"):
        return "private note"
    sender = payload.get("sender") or {}
    if isinstance(sender, dict) and sender.get("type") not in (None, "contact"):
        return f"sender type {sender.get('type')!r}"
    if not isinstance(payload.get("content"), str) or not payload["content"].strip():
        return "no text content"
    if not all(isinstance(payload.get(key), dict) and "id" in payload[key] for key in ("account", "conversation")):
        return "no account or conversation id"
    return None


async def _reply(client: ChatwootClient, guard: replykit.AsyncReplyGuard, answer: Answerer, event: Event) -> None:
    account_id, conversation_id = event.account.id, event.conversation.id
    message = event.content or ""
    draft = answer(message)
    if draft is None:
        logger.info("no FAQ answer for conversation %s; left to the agents", conversation_id)
        return
    # Reply in the customer's script; the customer's message lets rules read the context.
    context = {"customer_message": message, "target_script": "auto"}

    async def send(text: str) -> None:
        await client.create_message(account_id, conversation_id, text, private=False)

    async def hold(verdict: replykit.Verdict) -> None:
        await client.create_message(account_id, conversation_id, review_note(verdict), private=True)

    try:
        await guard(draft, context, send=send, on_hold=hold, conversation_id=conversation_id)
    except Exception:  # the webhook already returned; log and let the agents take over
        logger.exception("could not post to conversation %s", conversation_id)


def review_note(verdict: replykit.Verdict) -> str:
    """The private note for the human agent: why the bot held back, and replykit's suggestion."""
    lines = [f"[replykit] 机器人回复未自动发送，请人工确认。原因：{verdict.reason}", f"草稿：{verdict.draft}"]
    suggestion = verdict.suggestion
    if suggestion is not None and suggestion.annotations:
        lines.append("问题：")
        for a in suggestion.annotations:
            fix = f" → {a.replacements[0] or '(删除)'}" if a.replacements else ""
            lines.append(f"- {a.rule}（{a.severity}）「{a.text}」{fix}：{a.message}")
    if suggestion is not None and suggestion.changed:
        lines.append(f"建议回复：{suggestion.text}")
    return "\n".join(lines)
