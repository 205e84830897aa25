"""Run the bot: ``cd examples && python -m chatwoot_bot``.

Environment: CHATWOOT_URL (e.g. https://app.chatwoot.com), CHATWOOT_BOT_TOKEN (the agent
bot's access token), BOT_WEBHOOK_TOKEN (a random secret of 16+ characters; give Chatwoot the
URL ``https://<bot host>/webhook?token=<it>``), CHATWOOT_WEBHOOK_SECRET (optional: the signing
secret, for Chatwoot versions that sign webhooks), BOT_HOST (default 127.0.0.1), BOT_PORT
(default 8080).
"""

from __future__ import annotations

import logging
import os
import sys

import uvicorn

from .app import create_app


def main() -> int:
    url, token = os.environ.get("CHATWOOT_URL"), os.environ.get("CHATWOOT_BOT_TOKEN")
    webhook_token = os.environ.get("BOT_WEBHOOK_TOKEN", "")
    if not url or not token or len(webhook_token) < 16:
        print(
            "chatwoot_bot: set CHATWOOT_URL, CHATWOOT_BOT_TOKEN and BOT_WEBHOOK_TOKEN (16+ random characters, "
            "e.g. from: openssl rand -hex 32)",
            file=sys.stderr,
        )
        return 2
    logging.basicConfig(level=logging.INFO)  # replykit.guard logs rule ids and timings, no text
    app = create_app(
        url, token, webhook_token=webhook_token, signing_secret=os.environ.get("CHATWOOT_WEBHOOK_SECRET") or None
    )
    uvicorn.run(app, host=os.environ.get("BOT_HOST", "127.0.0.1"), port=int(os.environ.get("BOT_PORT", "8080")))
    return 0


if __name__ == "__main__":
    sys.exit(main())
