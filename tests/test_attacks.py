"""The attack suite: each row of the hostile-input review, reproduced and shown to hold.

Small and bounded (loopback only, kilobytes not gigabytes, seconds not minutes).  Rows:
1 the Chatwoot bot's webhook, 2 spreadsheet formulas made by fixes, 3 quadratic scans (see
test_linear_scans.py), 4 phrase-file size limits, 5 special files, 6 faithful writes,
7 terminal injection, 9 the HTTP service, 10 lone surrogates.  docs/security.md lists them.
"""

from __future__ import annotations

import asyncio
import contextlib
import io
import json
import logging
import os
import signal
import socket
import stat
import sys
import threading
import time
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import replykit
from replykit.cli import main
from replykit.lint import files as lint_files

# -- helpers ----------------------------------------------------------------------------------


def lint(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(["lint", *argv])
    out, err = capsys.readouterr()
    return code, out, err


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(lint_files.TEMP_SUFFIX))


# -- row 1: the Chatwoot bot ------------------------------------------------------------------

pytest.importorskip("starlette")
pytest.importorskip("httpx")
from starlette.testclient import TestClient  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "examples"))
from chatwoot_bot.app import create_app as create_bot  # noqa: E402
from chatwoot_bot.security import json_depth, sign  # noqa: E402

BOT_TOKEN = "webhook-secret-abcdefghijklmnop"
SIGNING = "signing-secret"


class _RecordingChatwoot:
    """Stands in for the Chatwoot API: records every message the bot would create."""

    def __init__(self) -> None:
        self.posts: list[tuple[str, Any]] = []

    def handler(self, request: Any) -> Any:
        import httpx

        self.posts.append((request.url.path, json.loads(request.content)))
        return httpx.Response(200, json={"id": len(self.posts)})


@pytest.fixture
def bot(monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[TestClient, _RecordingChatwoot]]:
    import httpx

    recorder = _RecordingChatwoot()
    real = httpx.AsyncClient

    def fake_client(*args: Any, **kwargs: Any) -> httpx.AsyncClient:
        return real(*args, transport=httpx.MockTransport(recorder.handler), **kwargs)

    monkeypatch.setattr("chatwoot_bot.chatwoot.httpx.AsyncClient", fake_client)
    app = create_bot(
        "http://chatwoot.invalid",
        "bot-api-token",
        webhook_token=BOT_TOKEN,
        signing_secret=SIGNING,
        answer=lambda message: "您好，马上为您处理。",
    )
    with TestClient(app) as client:
        yield client, recorder


def event(**changes: Any) -> dict[str, Any]:
    payload: dict[str, Any] = {
        "event": "message_created",
        "message_type": "incoming",
        "private": False,
        "content": "在吗",
        "sender": {"type": "contact"},
        "account": {"id": 3},
        "conversation": {"id": 7},
    }
    payload.update(changes)
    return payload


def post_event(client: TestClient, body: bytes, *, token: str | None = BOT_TOKEN, signed: bool = True) -> Any:
    headers = {"Content-Type": "application/json"}
    if signed:
        ts = str(int(time.time()))
        headers |= {"X-Chatwoot-Timestamp": ts, "X-Chatwoot-Signature": sign(SIGNING, ts, body)}
    url = "/webhook" + (f"?token={token}" if token is not None else "")
    return client.post(url, content=body, headers=headers)


def test_row1_forged_webhooks_post_nothing(bot: tuple[TestClient, _RecordingChatwoot]) -> None:
    client, chatwoot = bot
    body = json.dumps(event()).encode()
    for _ in range(30):
        assert post_event(client, body, token=None).status_code == 401
        assert post_event(client, body, token="guess").status_code == 401
        assert post_event(client, body, signed=False).status_code == 401  # the signature is required once set
    ts = str(int(time.time()))
    forged = {"X-Chatwoot-Timestamp": ts, "X-Chatwoot-Signature": sign("wrong", ts, body)}
    assert client.post(f"/webhook?token={BOT_TOKEN}", content=body, headers=forged).status_code == 401
    stale = str(int(time.time()) - 3600)
    replayed = {"X-Chatwoot-Timestamp": stale, "X-Chatwoot-Signature": sign(SIGNING, stale, body)}
    assert client.post(f"/webhook?token={BOT_TOKEN}", content=body, headers=replayed).status_code == 401
    assert chatwoot.posts == []
    # the genuine one goes through
    assert post_event(client, body).json() == {"status": "accepted"}
    assert [path for path, _ in chatwoot.posts] == ["/api/v1/accounts/3/conversations/7/messages"]


@pytest.mark.parametrize("bad_id", [-1, 0, 10**30, True, "3", 1.5, None, [3]])
def test_row1_ids_are_range_checked(bot: tuple[TestClient, _RecordingChatwoot], bad_id: Any) -> None:
    client, chatwoot = bot
    for key in ("account", "conversation"):
        r = post_event(client, json.dumps(event(**{key: {"id": bad_id}})).encode())
        assert r.status_code in (200, 422) and r.json()["status"] != "accepted", r.text
    assert chatwoot.posts == []


def test_row1_body_limit_and_json_depth(bot: tuple[TestClient, _RecordingChatwoot]) -> None:
    client, chatwoot = bot
    big = json.dumps(event(content="您好" * 200_000), ensure_ascii=False).encode()
    assert post_event(client, big, signed=False).status_code == 413  # refused before the signature

    def chunks() -> Iterator[bytes]:  # no Content-Length: counted while reading
        for _ in range(300):
            yield b" " * 1024

    assert client.post(f"/webhook?token={BOT_TOKEN}", content=chunks()).status_code == 413
    deep = b"[" * 100_000 + b"]" * 100_000
    assert post_event(client, deep).status_code == 400
    assert json_depth(b'{"a": "[[[[", "b": [[1]]}') == 3  # brackets in strings do not count
    assert chatwoot.posts == []


# -- row 2: fixes never create spreadsheet formulas -------------------------------------------

FORMULA_ROWS = [("a", "但是=1+1"), ("b", "但是+cmd|' /C calc'!A0"), ("c", "但是@SUM(A1)"), ("d", "但是-2")]


@pytest.fixture
def in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return tmp_path


@pytest.mark.parametrize("suffix", [".csv", ".tsv"])
def test_row2_no_formula_in_csv(in_tmp: Path, capsys: pytest.CaptureFixture[str], suffix: str) -> None:
    sep = "," if suffix == ".csv" else "\t"
    rows = [*FORMULA_ROWS, ("e", "但是你好，马上为您处理")]
    text = f"快捷编码{sep}快捷短语\n" + "".join(f"{i}{sep}{t}\n" for i, t in rows)
    path = in_tmp / f"q{suffix}"
    path.write_text(text, encoding="utf-8")
    code, out, err = lint(capsys, path.name, "--fix", "--fail-on", "info")  # but.opening is a hint
    after = path.read_text(encoding="utf-8")
    for _, phrase in FORMULA_ROWS:  # left as written, reported
        assert f"{sep}{phrase}\n" in after
    assert "e" + sep + "您好，马上为您处理" in after  # the rest of the file is still fixed
    assert err.count("spreadsheets run as a formula") == len(FORMULA_ROWS)
    assert code == 1 and "but.opening" in out


def test_row2_no_formula_in_xlsx(in_tmp: Path, capsys: pytest.CaptureFixture[str]) -> None:
    openpyxl = pytest.importorskip("openpyxl")
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["快捷编码", "快捷短语"])
    for row in [*FORMULA_ROWS, ("e", "但是你好，马上为您处理")]:
        ws.append(list(row))
    wb.save(in_tmp / "q.xlsx")
    code, _, err = lint(capsys, "q.xlsx", "--fix", "--fail-on", "info")  # but.opening is a hint
    ws = openpyxl.load_workbook(in_tmp / "q.xlsx").active
    values = [ws.cell(row=r, column=2).value for r in range(2, 7)]
    assert values == [t for _, t in FORMULA_ROWS] + ["您好，马上为您处理"]
    assert all(ws.cell(row=r, column=2).data_type == "s" for r in range(2, 7))
    assert err.count("spreadsheets run as a formula") == len(FORMULA_ROWS) and code == 1


# -- row 4: phrase files are read within limits -----------------------------------------------


def _xlsx_with_far_cell() -> bytes:
    openpyxl = pytest.importorskip("openpyxl")
    wb = openpyxl.Workbook()
    ws = wb.active
    ws["A1"], ws["A2"], ws["XFD1048576"] = "快捷短语", "您好", "x"
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def test_row4_far_cell_is_refused_before_loading(in_tmp: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = _xlsx_with_far_cell()
    assert len(data) < 10_000
    (in_tmp / "far.xlsx").write_bytes(data)
    code, _, err = lint(capsys, "far.xlsx")
    assert code == 2 and "far.xlsx" in err and "--max-cells" in err and "Traceback" not in err
    assert len(err.strip().splitlines()) == 1


def test_row4_lying_dimension_is_still_caught(in_tmp: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = _xlsx_with_far_cell()
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            body = src.read(item)
            if item.filename.startswith("xl/worksheets/"):
                body = body.replace(b'ref="A1:XFD1048576"', b'ref="A1:A2"')
            dst.writestr(item, body)
    (in_tmp / "lie.xlsx").write_bytes(out.getvalue())
    code, _, err = lint(capsys, "lie.xlsx")
    assert code == 2 and "lie.xlsx" in err and "--max-cells" in err


def test_row4_zip_bomb_is_refused(in_tmp: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = io.BytesIO(_xlsx_with_far_cell())
    with zipfile.ZipFile(data, "a", zipfile.ZIP_DEFLATED) as z:
        z.writestr("xl/media/padding.bin", b"\0" * 4_000_000)  # compresses about 1000 to 1
    (in_tmp / "bomb.xlsx").write_bytes(data.getvalue())
    code, _, err = lint(capsys, "bomb.xlsx")
    assert code == 2 and "bomb.xlsx" in err and "--max-unpack-ratio" in err
    code, _, err = lint(capsys, "bomb.xlsx", "--max-unpack-ratio", "100000", "--max-unpacked-bytes", "1000000")
    assert code == 2 and "--max-unpacked-bytes" in err


def test_row4_file_size_and_phrase_length(in_tmp: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (in_tmp / "long.csv").write_text("快捷短语\n" + "您" * 20_001 + "\n", encoding="utf-8")
    code, _, err = lint(capsys, "long.csv")
    assert code == 2 and "long.csv: row 1:" in err and "--max-phrase-chars" in err
    code, _, err = lint(capsys, "long.csv", "--max-phrase-chars", "30000")
    assert code == 0, err
    code, _, err = lint(capsys, "long.csv", "--max-file-bytes", "1000")
    assert code == 2 and "long.csv" in err and "--max-file-bytes" in err
    with pytest.raises(SystemExit):
        main(["lint", "long.csv", "--max-file-bytes", "-1"])


# -- row 5: only regular files are read -------------------------------------------------------

needs_posix = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs and /dev/zero are POSIX")


@needs_posix
def test_row5_special_files_are_skipped(in_tmp: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = in_tmp / "phrases"
    folder.mkdir()
    os.mkfifo(folder / "x.csv")
    (folder / "z.csv").symlink_to("/dev/zero")
    (folder / "ok.txt").write_text("您好\n", encoding="utf-8")
    result: dict[str, Any] = {}
    worker = threading.Thread(target=lambda: result.update(run=lint(capsys, "phrases")), daemon=True)
    worker.start()
    worker.join(timeout=60)
    if worker.is_alive():  # unblock the FIFO so the thread can end, then fail
        with open(folder / "x.csv", "w"):
            pass
        pytest.fail("linting a folder with a FIFO hung")
    code, out, err = result["run"]
    assert code == 0, err
    assert "x.csv: skipped: not a regular file (a FIFO)" in err
    assert "z.csv: skipped: not a regular file (a character device)" in err
    assert "Traceback" not in err and "1 phrase of 1 file" in out
    code, _, err = lint(capsys, "phrases/z.csv")  # named on the command line too
    assert code == 0 and "skipped" in err


@needs_posix
def test_row5_file_swapped_for_a_fifo_is_not_read(in_tmp: Path) -> None:
    os.mkfifo(in_tmp / "late.csv")
    with pytest.raises(replykit.ReplykitError, match="not a regular file"):
        lint_files.read_regular(in_tmp / "late.csv", 1000, "late.csv")  # returns at once


# -- row 6: --fix writes faithfully -----------------------------------------------------------

PHRASES = "快捷短语\n你好，马上处理\n"
FIXED = "快捷短语\n您好，马上处理\n"


@needs_posix
def test_row6_fix_writes_through_a_symlink(in_tmp: Path, capsys: pytest.CaptureFixture[str]) -> None:
    shared = in_tmp / "shared"
    shared.mkdir()
    target = shared / "team.csv"
    target.write_text(PHRASES, encoding="utf-8")
    (in_tmp / "mine.csv").symlink_to(target)
    code, _, err = lint(capsys, "mine.csv", "--fix")
    assert code == 0, err
    assert (in_tmp / "mine.csv").is_symlink() and os.readlink(in_tmp / "mine.csv") == str(target)
    assert target.read_text(encoding="utf-8") == FIXED
    assert leftovers(shared) == [] and leftovers(in_tmp) == []


@needs_posix
def test_row6_hard_links_are_not_broken(in_tmp: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (in_tmp / "a.csv").write_text(PHRASES, encoding="utf-8")
    os.link(in_tmp / "a.csv", in_tmp / "b.csv")
    code, _, err = lint(capsys, "a.csv", "--fix")
    assert code == 2 and "hard links" in err and "a.csv" in err
    assert os.stat(in_tmp / "a.csv").st_nlink == 2  # still one file
    assert (in_tmp / "a.csv").read_text(encoding="utf-8") == PHRASES
    assert leftovers(in_tmp) == []


@needs_posix
def test_row6_owner_and_mode_are_kept(in_tmp: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = in_tmp / "a.csv"
    path.write_text(PHRASES, encoding="utf-8")
    os.chmod(path, 0o640)
    other = 12345 if os.geteuid() == 0 else None
    if other is not None:
        os.chown(path, other, other)
    code, _, err = lint(capsys, "a.csv", "--fix")
    assert code == 0, err
    info = os.stat(path)
    assert stat.S_IMODE(info.st_mode) == 0o640 and path.read_text(encoding="utf-8") == FIXED
    if other is not None:
        assert (info.st_uid, info.st_gid) == (other, other)


@needs_posix
def test_row6_owner_that_cannot_be_kept_is_refused(
    in_tmp: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    path = in_tmp / "a.csv"
    path.write_text(PHRASES, encoding="utf-8")
    real_stat = os.stat

    def chown(*args: Any, **kwargs: Any) -> None:
        raise PermissionError(1, "Operation not permitted")

    def stat_of_other_owner(p: Any, *args: Any, **kwargs: Any) -> Any:
        info = real_stat(p, *args, **kwargs)
        if Path(p).name == "a.csv":  # as if another user owned it
            return os.stat_result((info.st_mode, info.st_ino, info.st_dev, info.st_nlink, 4242, 4242, *info[6:]))
        return info

    monkeypatch.setattr(os, "chown", chown)
    monkeypatch.setattr(os, "stat", stat_of_other_owner)
    code, _, err = lint(capsys, "a.csv", "--fix")
    assert code == 2 and "uid 4242" in err
    assert path.read_text(encoding="utf-8") == PHRASES and leftovers(in_tmp) == []


@pytest.mark.parametrize("failure", [OSError(28, "No space left on device"), KeyboardInterrupt()])
def test_row6_temp_file_removed_on_failure(
    in_tmp: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, failure: BaseException
) -> None:
    (in_tmp / "a.csv").write_text(PHRASES, encoding="utf-8")

    def fail(fd: int) -> None:
        raise failure

    monkeypatch.setattr(os, "fsync", fail)
    code, _, _ = lint(capsys, "a.csv", "--fix")
    assert code == (130 if isinstance(failure, KeyboardInterrupt) else 2)
    assert (in_tmp / "a.csv").read_text(encoding="utf-8") == PHRASES
    assert leftovers(in_tmp) == []


@needs_posix
def test_row6_temp_file_removed_on_sigterm(
    in_tmp: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    if threading.current_thread() is not threading.main_thread():
        pytest.skip("signal handlers need the main thread")
    (in_tmp / "a.csv").write_text(PHRASES, encoding="utf-8")
    real_fsync = os.fsync

    def killed_while_writing(fd: int) -> None:
        real_fsync(fd)
        os.kill(os.getpid(), signal.SIGTERM)  # `kill` of the CLI in the middle of a write
        time.sleep(1)

    monkeypatch.setattr(os, "fsync", killed_while_writing)
    before = signal.getsignal(signal.SIGTERM)
    with pytest.raises(SystemExit) as exc:
        main(["lint", "a.csv", "--fix"])
    assert exc.value.code == 128 + signal.SIGTERM
    assert signal.getsignal(signal.SIGTERM) == before
    assert (in_tmp / "a.csv").read_text(encoding="utf-8") == PHRASES and leftovers(in_tmp) == []


# -- row 7: untrusted text is escaped in text and github output -------------------------------

HOSTILE = "\x1b]0;pwned\x07\x1b[2J\x1b[31m\r\u202e"


@pytest.mark.parametrize("fmt", ["text", "github"])
def test_row7_control_characters_are_escaped(in_tmp: Path, capsys: pytest.CaptureFixture[str], fmt: str) -> None:
    phrases = [{"id": f"id{HOSTILE}", "text": f"你好{HOSTILE}马上处理"}]
    name = "x\x1b[2Jy.json" if os.name != "nt" else "xy.json"
    (in_tmp / name).write_text(json.dumps(phrases), encoding="utf-8")
    (in_tmp / "bad\x1b]0;t\x07.csv").write_bytes(b'a,"b\n"x')  # an error naming a hostile file
    code, out, err = lint(capsys, ".", "--format", fmt)
    assert code == 2  # the malformed file is an error
    for stream in (out, err):
        assert not any(c in stream for c in "\x1b\x07\u202e"), repr(stream)
        assert "\r" not in stream
    assert "\\x1b]0;pwned\\x07" in out and "\\u202e" in out
    assert "\\x1b]0;t\\x07" in err


def test_row7_check_and_diff_output_are_escaped(in_tmp: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", f"你好{HOSTILE}"]) in (0, 1)
    out, _ = capsys.readouterr()
    assert "\x1b" not in out and "\\x1b" in out
    (in_tmp / "a.txt").write_text(f"你好{HOSTILE}\n", encoding="utf-8")
    lint(capsys, "a.txt", "--diff")
    out, _ = capsys.readouterr()
    assert "\x1b" not in out


# -- row 9: the HTTP service ------------------------------------------------------------------

from replykit.server import create_app as create_service  # noqa: E402
from replykit.server import header_deadline_protocol  # noqa: E402

SERVICE_TOKEN = "s3cret-token"


@pytest.fixture(scope="module")
def service() -> Iterator[TestClient]:
    app = create_service(
        replykit.Assistant(entry_points=False),
        token=SERVICE_TOKEN,
        allowed_hosts=["testserver", "replykit.example.com"],
        read_timeout=1.0,
    )
    with TestClient(app, raise_server_exceptions=False) as client:
        yield client


AUTH = {"Authorization": f"Bearer {SERVICE_TOKEN}"}


def test_row9_token_content_type_and_host(service: TestClient) -> None:
    body = {"text": "您好"}
    assert service.post("/v1/suggest", json=body).status_code == 401
    assert service.post("/v1/suggest", json=body, headers={"Authorization": "Bearer nope"}).status_code == 401
    assert service.post("/v1/suggest", json=body, headers=AUTH).status_code == 200
    plain = {**AUTH, "Content-Type": "text/plain"}
    r = service.post("/v1/suggest", content=json.dumps(body).encode(), headers=plain)
    assert r.status_code == 415 and r.json()["error"] == "unsupported_media_type"
    form = {**AUTH, "Content-Type": "application/x-www-form-urlencoded"}
    assert service.post("/v1/suggest", content=b"text=1", headers=form).status_code == 415
    rebound = {**AUTH, "Host": "attacker.example.net"}
    r = service.post("/v1/suggest", json=body, headers=rebound)
    assert r.status_code == 400 and r.json()["error"] == "invalid_host"
    assert service.get("/v1/rules", headers={"Host": "attacker.example.net"}).status_code == 400
    assert service.get("/healthz", headers={"Host": "replykit.example.com:8000"}).status_code == 200


def test_row9_response_does_not_balloon(service: TestClient) -> None:
    body = json.dumps({"text": "你，" * 10_000}, ensure_ascii=False).encode()  # a finding per 你
    r = service.post("/v1/suggest", content=body, headers={**AUTH, "Content-Type": "application/json"})
    assert r.status_code == 200
    assert len(r.content) < 3 * len(body) + 64_000, len(r.content)
    assert int(r.headers["X-Replykit-Annotations-Dropped"]) > 0
    lint_body = json.dumps({"phrases": ["你，" * 10_000]}, ensure_ascii=False).encode()
    r = service.post("/v1/lint", content=lint_body, headers={**AUTH, "Content-Type": "application/json"})
    result = r.json()["results"][0]
    assert len(r.content) < 3 * len(lint_body) + 64_000
    assert (
        r.json()["summary"]["annotations"] == len(result["suggestion"]["annotations"]) + result["annotations_dropped"]
    )


def test_row9_client_disconnect_is_quiet(caplog: pytest.LogCaptureFixture) -> None:
    app = create_service(replykit.Assistant(entry_points=False))
    sent: list[Any] = []

    async def receive() -> dict[str, Any]:
        return {"type": "http.disconnect"}

    async def send(message: Any) -> None:
        sent.append(message)

    scope = {
        "type": "http",
        "method": "POST",
        "path": "/v1/suggest",
        "raw_path": b"/v1/suggest",
        "query_string": b"",
        "headers": [(b"content-type", b"application/json"), (b"host", b"testserver")],
        "http_version": "1.1",
        "scheme": "http",
        "server": ("testserver", 80),
        "client": ("127.0.0.1", 1),
        "root_path": "",
    }

    async def hundred_disconnects() -> None:
        for _ in range(100):
            await app(scope, receive, send)

    with caplog.at_level(logging.INFO):
        asyncio.run(hundred_disconnects())
    assert not [r for r in caplog.records if r.levelno >= logging.WARNING]
    assert "Traceback" not in caplog.text


@pytest.fixture(scope="module")
def live_service() -> Iterator[tuple[str, int]]:
    """The service under uvicorn on loopback, with half-second header and body deadlines."""
    uvicorn = pytest.importorskip("uvicorn")
    app = create_service(replykit.Assistant(entry_points=False), read_timeout=0.5)
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    config = uvicorn.Config(app, log_level="warning", lifespan="off", http=header_deadline_protocol(0.5))
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        assert time.monotonic() < deadline and thread.is_alive()
        time.sleep(0.01)
    try:
        yield sock.getsockname()
    finally:
        server.should_exit = True
        thread.join(timeout=5)
        sock.close()


def test_row9_slow_headers_are_cut_off(live_service: tuple[str, int]) -> None:
    clients = [socket.create_connection(live_service, timeout=10) for _ in range(10)]
    request = b"GET /healthz HTTP/1.1\r\nHost: localhost\r\nX-Slow: " + b"a" * 200
    held = len(clients)
    for i in range(len(request)):  # one byte per client every 50 ms: 10 s in all, if let
        for c in clients:
            with contextlib.suppress(OSError):
                c.sendall(request[i : i + 1])
        time.sleep(0.05)
        held = sum(not _closed(c) for c in clients)
        if not held:
            break
    for c in clients:
        c.close()
    assert held == 0, f"{held} slow clients were held"
    with socket.create_connection(live_service, timeout=10) as fresh:  # others are served
        fresh.sendall(b"GET /healthz HTTP/1.1\r\nHost: localhost\r\n\r\n")
        assert fresh.recv(100).startswith(b"HTTP/1.1 200")


def test_row9_slow_body_times_out(live_service: tuple[str, int]) -> None:
    with socket.create_connection(live_service, timeout=10) as c:
        head = b"POST /v1/suggest HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
        c.sendall(head + b"Content-Length: 100\r\n\r\n" + b'{"text": "')
        answer = b""
        for _ in range(100):  # a byte every 50 ms, 5 s in all, if let
            try:
                c.sendall(b"x")
            except OSError:
                break
            time.sleep(0.05)
            if _closed(c, peek=True):
                break
        c.settimeout(5)
        try:
            while chunk := c.recv(4096):
                answer += chunk
        except OSError:
            pass
    assert answer.startswith(b"HTTP/1.1 408"), answer[:200]
    assert b'"error":"timeout"' in answer


def _closed(c: socket.socket, peek: bool = False) -> bool:
    """Whether the server closed the connection (``peek``: or has sent something)."""
    c.setblocking(False)
    try:
        data = c.recv(1, socket.MSG_PEEK)
        return data == b"" or peek
    except BlockingIOError:
        return False
    except OSError:
        return True
    finally:
        c.setblocking(True)


# -- row 10: lone surrogates ------------------------------------------------------------------


def test_row10_lone_surrogate_in_customer_message() -> None:
    # Refused where the Context is validated, naming the field; no plugin ever sees it.
    assistant = replykit.Assistant(entry_points=False)
    context = {"customer_message": "請問\ud800什麼時候發貨", "target_script": "auto"}
    with pytest.raises(replykit.ReplykitError, match=r"customer_message.*surrogate"):
        assistant.suggest("您好，马上为您处理", context)
    verdict = replykit.ReplyGuard(assistant=assistant).check("您好，马上为您处理", context)
    assert not verdict.errors or all(e.plugin == "replykit" for e in verdict.errors)  # no plugin failed
    assert "script" not in verdict.reason


def test_row10_lone_surrogate_in_json_phrase_file_names_the_file(
    in_tmp: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (in_tmp / "p.json").write_text('[{"id": "a", "text": "\\ud800你好"}]', encoding="utf-8")
    code, _, err = lint(capsys, "p.json")
    assert code == 2 and "p.json: row 1:" in err and "surrogate" in err and "Traceback" not in err
