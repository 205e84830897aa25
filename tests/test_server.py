"""The HTTP service: clear 4xx errors, an accurate OpenAPI document (checked by schemathesis),
and correct answers while many requests run at once over real HTTP on loopback."""

from __future__ import annotations

import http.client
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import threading
import time
import urllib.request
import warnings
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("starlette")
uvicorn = pytest.importorskip("uvicorn")
schemathesis = pytest.importorskip("schemathesis")

from hypothesis import HealthCheck, settings  # noqa: E402
from loopback import serve_app  # noqa: E402

with warnings.catch_warnings():  # starlette suggests httpx2; httpx is what is installed
    warnings.simplefilter("ignore")
    from starlette.testclient import TestClient

import replykit  # noqa: E402
from replykit.server import create_app, openapi_document  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
ASSISTANT = replykit.Assistant(entry_points=False)
APP = create_app(ASSISTANT, max_body_bytes=64 * 1024)

# Our own drafts (never ../shared/data): mixed scripts, placeholders, emoji, refusals.
DRAFTS = [
    "您好，您的订单已经发货啦，请耐心等待",
    "我們这边马上为您处理",
    "不能退款，你自己看说明",
    "{{contact.name}}您好，详情见https://shop.example.com/a?id=1",
    "亲，[订单x]已发货哦😊",
    "抱歉给您带来不便，但是这个是规定",
    "你好，请问有什么可以帮你？",
    "好的 OK 没问题",
    "收到，稍等",
    "您好，請問有什麼可以幫您？",
]
CONTEXTS: list[dict[str, Any] | None] = [
    None,
    {"target_script": "zh-TW"},
    {"customer_message": "請問我的訂單發貨了嗎", "target_script": "auto"},
    {"channel": "wechat"},
]


@pytest.fixture(scope="module")
def client() -> Iterator[TestClient]:
    # raw bodies (content=...) are sent as JSON too; tests of other types set their own header
    with TestClient(APP, raise_server_exceptions=False, headers={"Content-Type": "application/json"}) as c:
        yield c


# -- errors ---------------------------------------------------------------------------------


def assert_error(r: Any, status: int, code: str) -> dict[str, Any]:
    assert r.status_code == status, r.text
    assert r.headers["content-type"].startswith("application/json")
    body = r.json()
    assert body["error"] == code and body["message"]
    assert "Traceback" not in r.text
    return dict(body)


def test_suggest_matches_in_process(client: TestClient) -> None:
    r = client.post("/v1/suggest", json={"text": DRAFTS[1], "fixes": "safe"})
    assert r.status_code == 200
    assert r.json() == ASSISTANT.suggest(DRAFTS[1], fixes="safe").model_dump(mode="json")


def test_invalid_json_is_400(client: TestClient) -> None:
    assert_error(client.post("/v1/suggest", content=b"{bad"), 400, "invalid_json")
    assert_error(client.post("/v1/suggest", content=b"\xff\xfe"), 400, "invalid_json")
    assert_error(client.post("/v1/lint", content=b""), 400, "invalid_json")
    assert_error(client.post("/v1/suggest", content=b"[" * 50_000), 400, "invalid_json")
    assert_error(client.post("/v1/suggest", content=b"1" * 5_000), 400, "invalid_json")  # digit limit


@pytest.mark.parametrize(
    "body",
    [
        {"text": 1},
        {},
        [],
        "text",
        {"text": "您好", "fixes": "all"},
        {"text": "您好", "context": {"target_script": "zh-XX"}},
        {"text": "您好", "context": {"unknown": 1}},
        {"text": "您好", "extra_key": True},
        {"text": "x" * 20_001},
    ],
)
def test_wrong_types_are_422(client: TestClient, body: Any) -> None:
    body_json = assert_error(client.post("/v1/suggest", json=body), 422, "invalid_request")
    assert body_json["details"] and all("loc" in d and "msg" in d for d in body_json["details"])


def test_lint_errors_name_the_phrase(client: TestClient) -> None:
    r = client.post("/v1/lint", json={"phrases": ["您好", {"id": "p2"}]})
    body = assert_error(r, 422, "invalid_request")
    assert any(d["loc"][:2] == ["phrases", 1] for d in body["details"])
    assert_error(client.post("/v1/lint", json={"phrases": "您好"}), 422, "invalid_request")
    assert_error(client.post("/v1/lint", json={"phrases": [""] * 1001}), 422, "invalid_request")


def test_lone_surrogate_is_422_not_500(client: TestClient) -> None:
    r = client.post("/v1/suggest", content=b'{"text": "\\ud800"}')
    body = assert_error(r, 422, "invalid_text")
    assert body["details"][0]["loc"] == ["text"]
    r = client.post("/v1/lint", content=b'{"phrases": [{"id": "\\udfff", "text": "ok"}]}')
    assert_error(r, 422, "invalid_text")


def test_oversized_body_is_413(client: TestClient) -> None:
    big = json.dumps({"text": "您" * 30_000}, ensure_ascii=False).encode()
    assert_error(client.post("/v1/suggest", content=big), 413, "too_large")

    def chunks() -> Iterator[bytes]:  # no Content-Length: the limit holds while streaming
        for _ in range(100):
            yield b" " * 1024

    assert_error(client.post("/v1/suggest", content=chunks()), 413, "too_large")


def test_unknown_route_and_wrong_method(client: TestClient) -> None:
    assert_error(client.get("/v2/suggest"), 404, "not_found")
    r = client.get("/v1/suggest")
    assert_error(r, 405, "method_not_allowed")
    assert r.headers["allow"] == "POST"
    assert_error(client.delete("/healthz"), 405, "method_not_allowed")


def test_lint_batch(client: TestClient) -> None:
    phrases: list[Any] = ["您好", {"id": "refund", "text": DRAFTS[2]}, DRAFTS[1]]
    r = client.post("/v1/lint", json={"phrases": phrases, "fixes": "safe", "context": {"channel": "jd"}})
    assert r.status_code == 200
    body = r.json()
    assert [(x["index"], x["id"]) for x in body["results"]] == [(0, None), (1, "refund"), (2, None)]
    for x, p in zip(body["results"], phrases):
        text = p if isinstance(p, str) else p["text"]
        expected = ASSISTANT.suggest(text, {"channel": "jd"}, fixes="safe").model_dump(mode="json")
        assert x["suggestion"] == expected
    assert body["summary"]["phrases"] == 3
    assert body["summary"]["annotations"] == sum(len(x["suggestion"]["annotations"]) for x in body["results"])


def test_rules_and_health(client: TestClient) -> None:
    rules = client.get("/v1/rules").json()["rules"]
    assert [r["id"] for r in rules] == sorted(ASSISTANT.rules)
    assert all(set(r) == {"id", "plugin", "severity", "fix", "enabled", "description"} for r in rules)
    assert client.get("/healthz").json() == {"status": "ok", "version": replykit.__version__}


def test_rules_show_config_overrides() -> None:
    rk = replykit.Assistant(
        replykit.Config(ignore=["script.convert"], severity={"script.mixed": "error"}), entry_points=False
    )
    with TestClient(create_app(rk)) as c:
        rules = {r["id"]: r for r in c.get("/v1/rules").json()["rules"]}
    assert rules["script.mixed"]["severity"] == "error"
    assert rules["script.convert"]["enabled"] is False


def test_openapi_document_is_served_and_valid(client: TestClient) -> None:
    doc = client.get("/openapi.json").json()
    assert doc == json.loads(json.dumps(openapi_document()))
    assert doc["openapi"].startswith("3.")
    assert set(doc["paths"]) == {"/v1/suggest", "/v1/lint", "/v1/rules", "/healthz"}


# -- schemathesis: every operation, generated inputs, responses checked against the document --

# 413 is a correct rejection of a schema-violating body too (e.g. over maxItems and the size limit),
# and 415 of a missing body (sent without a JSON content type).
ST_CONFIG = schemathesis.Config.from_str(
    """
[checks.negative_data_rejection]
expected-statuses = [400, 405, 413, 415, 422]
"""
)
schema = schemathesis.openapi.from_asgi("/openapi.json", APP, config=ST_CONFIG)


@schema.parametrize()
@settings(max_examples=50, deadline=None, suppress_health_check=list(HealthCheck))
def test_api_conforms_to_its_openapi(case: Any) -> None:
    case.call_and_validate()


# -- concurrent load over real HTTP on loopback ---------------------------------------------


@pytest.fixture(scope="module")
def live_server() -> Iterator[int]:
    with serve_app(APP, lifespan="off") as port:
        yield port


def test_concurrent_requests_are_all_correct(live_server: int) -> None:
    cases = [
        (d, c, f) for d in DRAFTS for c in CONTEXTS for f in ("safe", "unsafe")
    ]  # 80 distinct requests, cycled to 500
    expected = {
        i: ASSISTANT.suggest(d, c, fixes=f).model_dump(mode="json")  # type: ignore[arg-type]
        for i, (d, c, f) in enumerate(cases)
    }
    total, workers = 500, 16
    local = threading.local()

    def one(n: int) -> tuple[int, int, Any]:
        conn = getattr(local, "conn", None)
        if conn is None:
            conn = local.conn = http.client.HTTPConnection("127.0.0.1", live_server, timeout=10)
        i = n % len(cases)
        draft, context, fixes = cases[i]
        body = json.dumps({"text": draft, "context": context, "fixes": fixes}, ensure_ascii=False)
        conn.request("POST", "/v1/suggest", body.encode(), {"Content-Type": "application/json"})
        resp = conn.getresponse()
        return i, resp.status, json.loads(resp.read())

    started = time.perf_counter()
    with ThreadPoolExecutor(workers) as pool:
        results = list(pool.map(one, range(total)))
    elapsed = time.perf_counter() - started
    assert len(results) == total
    wrong = [(i, status) for i, status, body in results if status != 200 or body != expected[i]]
    assert not wrong, f"{len(wrong)} wrong responses, e.g. {wrong[:3]}"
    print(f"\n{total} requests from {workers} threads in {elapsed:.2f} s ({total / elapsed:.0f} req/s)")


# -- docs/server.md: the shell and Python snippets against a real `replykit serve` ----------


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def doc_blocks(lang: str) -> list[str]:
    doc = (ROOT / "docs" / "server.md").read_text(encoding="utf-8")
    return re.findall(rf"```{lang}\n(.*?)```", doc, flags=re.S)


def curl_commands() -> list[str]:
    commands = []
    for block in doc_blocks("bash"):
        for command in block.replace("\\\n", " ").splitlines():
            if command.startswith("curl "):
                commands.append(command)
    return commands


@pytest.mark.slow
def test_docs_snippets_work_against_replykit_serve(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    port = free_port()
    env = {**os.environ, "REPLYKIT_LOAD_PLUGINS": ""}
    cmd = [sys.executable, "-m", "replykit", "serve", "--port", str(port)]
    proc = subprocess.Popen(cmd, cwd=tmp_path, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                with urllib.request.urlopen(base + "/healthz", timeout=1) as r:
                    assert json.loads(r.read())["status"] == "ok"
                break
            except OSError:
                assert proc.poll() is None, proc.stderr.read().decode() if proc.stderr else ""
                assert time.monotonic() < deadline, "replykit serve did not start"
                time.sleep(0.1)
        (python,) = [b for b in doc_blocks("python") if "BASE" in b]
        exec(compile(python.replace("http://127.0.0.1:8000", base), "docs/server.md", "exec"), {})
        assert "refund" in capsys.readouterr().out
        commands = curl_commands()
        assert len(commands) == 4
        if shutil.which("curl"):
            for command in commands:
                out = subprocess.run(
                    command.replace("http://127.0.0.1:8000", base), shell=True, capture_output=True, timeout=10
                )
                assert out.returncode == 0 and isinstance(json.loads(out.stdout), dict), command
    finally:
        proc.terminate()
        proc.wait(timeout=10)
