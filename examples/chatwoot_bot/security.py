"""What the webhook checks before it believes a request came from Chatwoot.

Anyone who can reach the webhook could otherwise make the bot post, with its token, into any
conversation.  In order, cheapest first:

1. the shared secret: ``?token=...`` in the webhook URL you give Chatwoot, or an
   ``X-Bot-Token`` header from a proxy, compared in constant time (401);
2. the body: at most ``max_body_bytes``, counted while reading (413);
3. Chatwoot's signature when the request carries one (``X-Chatwoot-Signature:
   sha256=<hex>`` = HMAC-SHA256 of ``"{X-Chatwoot-Timestamp}.{body}"`` with the webhook's
   secret; versions without signing send none): checked when a signing secret is set, and then
   required, with the timestamp at most ``max_age`` seconds old (401);
4. the JSON: nesting at most ``max_depth`` deep, checked before parsing (400).
"""

from __future__ import annotations

import hashlib
import hmac
import json
import re
import time
from dataclasses import dataclass
from typing import Any

from starlette.requests import Request

MAX_BODY_BYTES = 256 * 1024  # Chatwoot's message payloads are a few KB
MAX_DEPTH = 32  # Chatwoot's payloads nest about 5 deep
MAX_AGE = 300  # seconds a signed request stays valid (replays)
_STRING = re.compile(rb'"(?:[^"\\]|\\.)*"', re.S)


class Rejected(Exception):
    """The request is refused before any work: its status and a short reason."""

    def __init__(self, status: int, reason: str) -> None:
        super().__init__(reason)
        self.status = status
        self.reason = reason


@dataclass(frozen=True)
class WebhookSecurity:
    """The checks' settings; ``token`` is required, ``signing_secret`` optional."""

    token: str
    signing_secret: str | None = None
    max_body_bytes: int = MAX_BODY_BYTES
    max_depth: int = MAX_DEPTH
    max_age: int = MAX_AGE

    def __post_init__(self) -> None:
        if len(self.token) < 16:
            raise ValueError("the webhook token must be a random string of 16 characters or more")

    async def payload(self, request: Request) -> Any:
        """The verified JSON payload, or Rejected."""
        given = request.query_params.get("token") or request.headers.get("x-bot-token") or ""
        if not hmac.compare_digest(given.encode(), self.token.encode()):
            raise Rejected(401, "missing or wrong token")
        body = await self._body(request)
        signature = request.headers.get("x-chatwoot-signature")
        if self.signing_secret is not None:
            self._check_signature(body, signature, request.headers.get("x-chatwoot-timestamp", ""))
        if json_depth(body) > self.max_depth:
            raise Rejected(400, f"JSON nested deeper than {self.max_depth}")
        try:
            return json.loads(body)
        except (ValueError, RecursionError):  # UnicodeDecodeError is a ValueError
            raise Rejected(400, "invalid JSON") from None

    async def _body(self, request: Request) -> bytes:
        declared = request.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > self.max_body_bytes:
            raise Rejected(413, "body too large")
        chunks, size = [], 0
        async for chunk in request.stream():
            size += len(chunk)
            if size > self.max_body_bytes:
                raise Rejected(413, "body too large")
            chunks.append(chunk)
        return b"".join(chunks)

    def _check_signature(self, body: bytes, signature: str | None, timestamp: str) -> None:
        assert self.signing_secret is not None
        if not signature or not timestamp.isdigit():
            raise Rejected(401, "missing Chatwoot signature")
        if abs(time.time() - int(timestamp)) > self.max_age:
            raise Rejected(401, "stale Chatwoot signature")
        expected = sign(self.signing_secret, timestamp, body)
        if not hmac.compare_digest(signature.encode(), expected.encode()):
            raise Rejected(401, "wrong Chatwoot signature")


def sign(secret: str, timestamp: str, body: bytes) -> str:
    """The ``X-Chatwoot-Signature`` value Chatwoot sends for ``body``."""
    mac = hmac.new(secret.encode(), timestamp.encode() + b"." + body, hashlib.sha256)
    return "sha256=" + mac.hexdigest()


def json_depth(body: bytes) -> int:
    """How deep the arrays and objects of a JSON text nest, without parsing it (strings skipped)."""
    brackets = _STRING.sub(b"", body).translate(None, delete=bytes(c for c in range(256) if c not in b"[]{}"))
    depth = deepest = 0
    for c in brackets:
        depth += 1 if c in b"[{" else -1
        deepest = max(deepest, depth)
    return deepest
