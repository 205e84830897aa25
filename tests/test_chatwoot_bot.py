"""The Chatwoot example end to end over real HTTP on loopback: a fake Chatwoot API (http.server
in a thread) records what the bot posts; the bot app is served by uvicorn on an ephemeral port;
webhooks are POSTed to it as Chatwoot's AgentBotJob would."""

from __future__ import annotations

import json
import re
import sys
import threading
import time
import urllib.request
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("starlette")
pytest.importorskip("uvicorn")
pytest.importorskip("httpx")

from loopback import serve_app

import replykit
from replykit.rules import rule

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "examples"))
from chatwoot_bot.app import create_app, review_note
from chatwoot_bot.faq import answer as faq_answer

TOKEN = "test-bot-token"
WEBHOOK_TOKEN = "test-webhook-secret-0123456789"

# A fake plugin for deterministic verdicts: "yyds" is a safe fix, "不能" an unsafe one.
SLANG = rule("slang", severity="warning", fix="safe", description="Slang.", zh="网络用语", en="Slang")
REFUSE = rule("refuse", severity="warning", fix="unsafe", description="Refusal.", zh="生硬的拒绝", en="Refusal")


class FakePlugin:
    @replykit.hookimpl
    def replykit_rules(self) -> list[Any]:
        return [SLANG, REFUSE]

    @replykit.hookimpl
    def replykit_check(self, draft: Any, options: Any, report: Any) -> None:
        for r, word, repl in ((SLANG, "yyds", "非常好"), (REFUSE, "不能", "暂时无法")):
            for m in re.finditer(word, draft.norm):
                report(r, m.start(), m.end(), [repl])


# -- a fake Chatwoot API --------------------------------------------------------------------


class FakeChatwoot:
    """Records POST /api/v1/accounts/{a}/conversations/{c}/messages like Chatwoot's API."""

    PATH = re.compile(r"^/api/v1/accounts/(\d+)/conversations/(\d+)/messages$")

    def __init__(self) -> None:
        self.posts: list[dict[str, Any]] = []
        self.lock = threading.Lock()
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                m = fake.PATH.match(self.path)
                length = int(self.headers.get("Content-Length", "0"))
                body = json.loads(self.rfile.read(length) or b"null")
                if not m or self.headers.get("api_access_token") != TOKEN:
                    self.send_response(404 if not m else 401)
                    self.end_headers()
                    return
                with fake.lock:
                    fake.posts.append({"account": int(m[1]), "conversation": int(m[2]), "body": body, "token": TOKEN})
                    message_id = len(fake.posts)
                out = json.dumps({"id": message_id, **body}).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(out)))
                self.end_headers()
                self.wfile.write(out)

            def log_message(self, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def wait_for(self, count: int, timeout: float = 5.0) -> list[dict[str, Any]]:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            with self.lock:
                if len(self.posts) >= count:
                    return list(self.posts)
            time.sleep(0.01)
        raise AssertionError(f"expected {count} posts, got {self.posts}")


@pytest.fixture
def chatwoot() -> Iterator[FakeChatwoot]:
    fake = FakeChatwoot()
    fake.thread.start()
    yield fake
    fake.server.shutdown()
    fake.server.server_close()


def webhook(
    port: int, payload: Any, token: str | None = WEBHOOK_TOKEN, headers: dict[str, str] | None = None
) -> tuple[int, dict[str, Any]]:
    data = payload if isinstance(payload, bytes) else json.dumps(payload, ensure_ascii=False).encode()
    query = f"?token={token}" if token is not None else ""
    req = urllib.request.Request(
        f"http://127.0.0.1:{port}/webhook{query}",
        data=data,
        headers={"Content-Type": "application/json", **(headers or {})},
    )
    try:
        with urllib.request.urlopen(req, timeout=5) as resp:
            return resp.status, json.loads(resp.read())
    except urllib.error.HTTPError as err:
        return err.code, json.loads(err.read())


def incoming(content: str, conversation: int = 7, **changes: Any) -> dict[str, Any]:
    """A message_created payload shaped like Message#webhook_data in Chatwoot."""
    payload: dict[str, Any] = {
        "event": "message_created",
        "id": 1001,
        "content": content,
        "created_at": "2026-11-23T09:00:00.000Z",
        "message_type": "incoming",
        "content_type": "text",
        "private": False,
        "content_attributes": {},
        "source_id": None,
        "sender": {"id": 5, "name": "顾客", "type": "contact"},
        "inbox": {"id": 2, "name": "网站"},
        "conversation": {"id": conversation, "inbox_id": 2, "status": "pending", "channel": "Channel::WebWidget"},
        "account": {"id": 3, "name": "示例店铺"},
    }
    payload.update(changes)
    return payload


def fake_guard() -> replykit.AsyncReplyGuard:
    assistant = replykit.Assistant(
        replykit.Config(select=["fake"]), plugins=[("fake", FakePlugin())], entry_points=False
    )
    return replykit.AsyncReplyGuard(assistant=assistant)


DRAFTS = {"发货": "这款yyds，今天发货", "退款": "不能退款"}


def toy_answer(message: str) -> str | None:
    return next((d for k, d in DRAFTS.items() if k in message), None)


def test_clean_draft_is_posted_fixed_and_held_draft_becomes_a_private_note(chatwoot: FakeChatwoot) -> None:
    app = create_app(chatwoot.url, TOKEN, webhook_token=WEBHOOK_TOKEN, guard=fake_guard(), answer=toy_answer)
    with serve_app(app) as port:
        assert webhook(port, incoming("什么时候发货", conversation=7)) == (200, {"status": "accepted"})
        first = chatwoot.wait_for(1)[0]
        assert first == {
            "account": 3,
            "conversation": 7,
            "token": TOKEN,
            "body": {"content": "这款非常好，今天发货", "message_type": "outgoing", "private": False},
        }
        assert webhook(port, incoming("我要退款", conversation=8))[0] == 200
        note = chatwoot.wait_for(2)[1]
    assert note["conversation"] == 8 and note["body"]["private"] is True
    assert note["body"]["message_type"] == "outgoing"
    content = note["body"]["content"]
    assert "fake.refuse" in content and "草稿：不能退款" in content and "建议回复：暂时无法退款" in content


@pytest.mark.parametrize(
    ("changes", "reason"),
    [
        ({"message_type": "outgoing"}, "message_type"),  # our own reply coming back: no loop
        ({"private": True}, "private"),  # an agent's private note
        ({"event": "message_updated"}, "event"),
        ({"event": "conversation_status_changed"}, "event"),
        ({"sender": {"id": 1, "name": "bot", "type": "agent_bot"}}, "sender"),
        ({"content": ""}, "content"),
        ({"content": None}, "content"),
        ({"conversation": {}}, "id"),
    ],
)
def test_events_that_need_no_answer_are_ignored(chatwoot: FakeChatwoot, changes: dict[str, Any], reason: str) -> None:
    app = create_app(chatwoot.url, TOKEN, webhook_token=WEBHOOK_TOKEN, guard=fake_guard(), answer=toy_answer)
    with serve_app(app) as port:
        status, body = webhook(port, {**incoming("什么时候发货"), **changes})
        assert status == 200 and body["status"] == "ignored" and reason in body["reason"]
        time.sleep(0.05)
    assert chatwoot.posts == []


def test_bad_webhook_bodies(chatwoot: FakeChatwoot) -> None:
    app = create_app(chatwoot.url, TOKEN, webhook_token=WEBHOOK_TOKEN, guard=fake_guard(), answer=toy_answer)
    with serve_app(app) as port:
        assert webhook(port, b"{not json")[0] == 400
        assert webhook(port, [1, 2])[1]["status"] == "ignored"
        assert webhook(port, incoming("随便问问"))[1]["status"] == "accepted"  # no FAQ answer
        time.sleep(0.1)
    assert chatwoot.posts == []


def test_real_faq_and_real_plugins(chatwoot: FakeChatwoot) -> None:
    # Whatever the built-in rules say today: one post per answered message, and a public
    # reply carries nothing left at warning or above.
    guard = replykit.AsyncReplyGuard(assistant=replykit.Assistant(entry_points=False))
    app = create_app(chatwoot.url, TOKEN, webhook_token=WEBHOOK_TOKEN, guard=guard)
    questions = ["請問什麼時候發貨", "怎么退款", "可以开发票吗", "你们几点上班"]
    with serve_app(app) as port:
        for i, q in enumerate(questions):
            assert webhook(port, incoming(q, conversation=100 + i))[1]["status"] == "accepted"
        posts = chatwoot.wait_for(len(questions))
    assert sorted(p["conversation"] for p in posts) == [100, 101, 102, 103]
    for p in posts:
        q = questions[p["conversation"] - 100]
        draft = faq_answer(q)
        assert draft is not None
        verdict = guard.check(draft, {"customer_message": q, "target_script": "auto"})
        expected = verdict.text if verdict.sent else review_note(verdict)
        assert p["body"] == {"content": expected, "message_type": "outgoing", "private": not verdict.sent}


def test_docs_snippet_works_as_written(chatwoot: FakeChatwoot, monkeypatch: pytest.MonkeyPatch) -> None:
    doc = (Path(__file__).resolve().parents[1] / "docs" / "chatwoot.md").read_text(encoding="utf-8")
    (code,) = re.findall(r"```python\n(.*?)```", doc, flags=re.S)
    monkeypatch.setenv("CHATWOOT_URL", chatwoot.url)
    monkeypatch.setenv("CHATWOOT_BOT_TOKEN", TOKEN)
    monkeypatch.setenv("BOT_WEBHOOK_TOKEN", WEBHOOK_TOKEN)
    namespace: dict[str, Any] = {"__name__": "bot"}
    exec(compile(code, "docs/chatwoot.md", "exec"), namespace)
    with serve_app(namespace["app"]) as port:
        assert webhook(port, incoming("在吗", message_type="outgoing"))[1]["status"] == "ignored"
        assert webhook(port, incoming("在吗", conversation=9))[1]["status"] == "accepted"
        (post,) = chatwoot.wait_for(1)
    verdict = namespace["guard"].check(
        namespace["draft_reply"]("在吗"), {"customer_message": "在吗", "target_script": "auto"}
    )
    assert post["conversation"] == 9 and post["body"]["message_type"] == "outgoing"
    assert post["body"]["private"] is (not verdict.sent)
