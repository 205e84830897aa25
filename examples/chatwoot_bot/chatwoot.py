"""The one Chatwoot REST call the bot needs: create a message in a conversation.

POST {base}/api/v1/accounts/{account_id}/conversations/{conversation_id}/messages
with ``{"content", "message_type": "outgoing", "private"}`` and the ``api_access_token``
header (see README.md for the sources in Chatwoot's swagger and code).
"""

from __future__ import annotations

from typing import Any

import httpx


class ChatwootClient:
    """Posts replies and private notes with an agent bot's (or agent's) access token."""

    def __init__(self, base_url: str, api_token: str, *, timeout: float = 10.0) -> None:
        self._http = httpx.AsyncClient(
            base_url=base_url.rstrip("/"), headers={"api_access_token": api_token}, timeout=timeout
        )

    async def create_message(
        self, account_id: int, conversation_id: int, content: str, *, private: bool = False
    ) -> dict[str, Any]:
        """A reply to the customer (private=False) or a note only agents see (private=True)."""
        response = await self._http.post(
            f"/api/v1/accounts/{account_id}/conversations/{conversation_id}/messages",
            json={"content": content, "message_type": "outgoing", "private": private},
        )
        response.raise_for_status()
        result: dict[str, Any] = response.json()
        return result

    async def aclose(self) -> None:
        await self._http.aclose()
