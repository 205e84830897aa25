"""ReplyGuard and AsyncReplyGuard: send what is left clean after safe fixes, hold the rest.

Fake plugins give deterministic findings whatever the built-in plugins currently do.
"""

from __future__ import annotations

import asyncio
import logging
import re
import threading
from pathlib import Path
from typing import Any, ClassVar

import pytest

import replykit
from replykit import AsyncReplyGuard, ReplyGuard, Verdict
from replykit.rules import rule

ROOT = Path(__file__).resolve().parents[1]

# The fake plugin's rules: a safe fix, an unsafe fix and advice, at different severities.
SLANG = rule(
    "slang",
    severity="warning",
    fix="safe",
    description="Slang.",
    zh="网络用语",
    en="Slang",
    examples=[],
    clean=[],
)
REFUSE = rule(
    "refuse",
    severity="warning",
    fix="unsafe",
    description="A blunt refusal.",
    zh="生硬的拒绝",
    en="Blunt refusal",
    examples=[],
    clean=[],
)
HINT = rule(
    "hint",
    severity="info",
    fix=None,
    description="Advice.",
    zh="建议",
    en="Advice",
    examples=[],
    clean=[],
)
FATAL = rule(
    "fatal",
    severity="error",
    fix=None,
    description="Never send this.",
    zh="禁止发送",
    en="Never send",
    examples=[],
    clean=[],
)
_PATTERNS = [(SLANG, "yyds", ["非常好"]), (REFUSE, "不能", ["暂时无法"]), (HINT, "稍等", []), (FATAL, "骗子", [])]


class FakePlugin:
    """Reports its four rules where their trigger words appear; 'BOOM' makes it raise."""

    @replykit.hookimpl
    def replykit_rules(self) -> list[Any]:
        return [SLANG, REFUSE, HINT, FATAL]

    @replykit.hookimpl
    def replykit_check(self, draft: Any, options: Any, report: Any) -> None:
        if "BOOM" in draft.text:
            raise RuntimeError("fake plugin exploded")
        for r, word, repl in _PATTERNS:
            for m in re.finditer(word, draft.norm):
                report(r, m.start(), m.end(), repl)


def fake_assistant(**config: Any) -> replykit.Assistant:
    return replykit.Assistant(
        replykit.Config(select=["fake"], **config),
        plugins=[("fake", FakePlugin())],
        entry_points=False,
    )


@pytest.fixture(scope="module")
def assistant() -> replykit.Assistant:
    return fake_assistant()


class Recorder:
    def __init__(self) -> None:
        self.sent: list[str] = []
        self.held: list[Verdict] = []

    def send(self, text: str) -> None:
        self.sent.append(text)

    def hold(self, verdict: Verdict) -> None:
        self.held.append(verdict)


def make(assistant: replykit.Assistant, **kw: Any) -> tuple[ReplyGuard, Recorder]:
    rec = Recorder()
    return ReplyGuard(rec.send, rec.hold, assistant=assistant, **kw), rec


def test_clean_draft_is_sent_unchanged(assistant: replykit.Assistant) -> None:
    guard, rec = make(assistant)
    v = guard("您好，已为您登记")
    assert v.sent and v.action == "send" and v.reason is None
    assert rec.sent == ["您好，已为您登记"] and rec.held == []


def test_safe_fix_is_applied_and_sent(assistant: replykit.Assistant) -> None:
    guard, rec = make(assistant)
    v = guard("这款yyds")
    assert rec.sent == ["这款非常好"]
    assert v.suggestion is not None and [a.rule for a in v.suggestion.annotations] == ["fake.slang"]
    assert v.suggestion.annotations[0].applied


def test_unsafe_fix_is_left_and_held(assistant: replykit.Assistant) -> None:
    guard, rec = make(assistant)
    v = guard("这款yyds，但是不能退")
    assert rec.sent == [] and rec.held == [v]
    assert v.action == "hold" and v.reason_code == "findings"
    assert [a.rule for a in v.blocking] == ["fake.refuse"]  # the safe-fixed slang is not blocking
    assert "fake.refuse" in (v.reason or "")
    assert v.draft == "这款yyds，但是不能退"
    # the person sees the suggestion with unsafe fixes too
    assert v.text == "这款非常好，但是暂时无法退" and v.suggestion is not None
    assert v.suggestion.text == v.text


def test_threshold_decides_what_blocks(assistant: replykit.Assistant) -> None:
    info_guard, rec = make(assistant, hold_on="info")
    info_guard("请稍等")
    assert rec.held and [a.rule for a in rec.held[0].blocking] == ["fake.hint"]
    warn_guard, rec2 = make(assistant)
    warn_guard("请稍等")
    assert rec2.sent == ["请稍等"]  # advice below the threshold does not block
    err_guard, rec3 = make(assistant, hold_on="error")
    err_guard("不能退")
    assert rec3.sent == ["不能退"]
    err_guard("你是骗子")
    assert [a.rule for a in rec3.held[0].blocking] == ["fake.fatal"]


def test_unfixable_safe_fix_still_blocks() -> None:
    # "Left" means not applied: a safe fix the config marks unfixable stays in the text.
    guard, _rec = make(fake_assistant(unfixable=["fake.slang"]))
    v = guard("这款yyds")
    assert v.action == "hold" and [a.rule for a in v.blocking] == ["fake.slang"]


def test_severity_override_applies(assistant: replykit.Assistant) -> None:
    guard, rec = make(fake_assistant(severity={"fake.refuse": "info"}))
    guard("不能退")
    assert rec.sent == ["不能退"]


def test_plugin_error_holds_by_default_and_can_be_allowed(assistant: replykit.Assistant) -> None:
    guard, _rec = make(assistant)
    v = guard("BOOM 您好")
    assert v.action == "hold" and v.reason_code == "plugin-error"
    assert [e.plugin for e in v.errors] == ["fake"] and "fake" in (v.reason or "")
    lenient, rec2 = make(assistant, hold_on_error=False)
    v2 = lenient("BOOM 您好")
    assert v2.sent and rec2.sent == ["BOOM 您好"] and v2.errors


def test_check_failure_holds_or_sends_original() -> None:
    strict = replykit.Assistant(
        replykit.Config(select=["fake"], strict=True), plugins=[("fake", FakePlugin())], entry_points=False
    )
    guard, _rec = make(strict)
    v = guard("BOOM")
    assert v.action == "hold" and v.reason_code == "check-failed" and v.suggestion is None
    assert v.errors[0].error == "PluginFailure"
    lone = guard("坏\ud800")  # a lone surrogate is a ReplykitError: held, not raised
    assert lone.reason_code == "check-failed"
    lenient, rec2 = make(strict, hold_on_error=False)
    lenient("BOOM")
    assert rec2.sent == ["BOOM"]


def test_non_str_draft_raises(assistant: replykit.Assistant) -> None:
    guard, _ = make(assistant)
    with pytest.raises(TypeError):
        guard(None)  # type: ignore[arg-type]


def test_missing_callback_is_an_error_not_a_lost_reply(assistant: replykit.Assistant) -> None:
    with pytest.raises(TypeError, match="on_hold"):
        ReplyGuard(send=print, assistant=assistant)("不能退")
    with pytest.raises(ValueError):
        ReplyGuard(print, print, assistant=assistant, config=replykit.Config())
    with pytest.raises(ValueError):
        ReplyGuard(print, print, assistant=assistant, hold_on="fatal")  # type: ignore[arg-type]


def test_per_call_callbacks_and_extra(assistant: replykit.Assistant) -> None:
    guard = ReplyGuard(assistant=assistant)
    got: list[tuple[str, Any]] = []
    guard("您好", send=lambda t: got.append(("send", t)), on_hold=lambda v: got.append(("hold", v)))
    v = guard(
        "不能退",
        {"customer_message": "能退吗"},
        send=lambda t: got.append(("send", t)),
        on_hold=lambda v: got.append(("hold", v.extra)),
        conversation=42,
    )
    assert got == [("send", "您好"), ("hold", {"conversation": 42})]
    assert v.extra == {"conversation": 42}
    assert guard.check("您好").sent  # check() decides without calling anything


def test_logs_rule_ids_and_timings_never_text_at_info(
    assistant: replykit.Assistant, caplog: pytest.LogCaptureFixture
) -> None:
    guard, _ = make(assistant)
    secret = "张三的手机13800138000不能退"
    with caplog.at_level(logging.DEBUG, logger="replykit.guard"):
        guard(secret)
        guard("这款yyds")
    assert len(caplog.records) == 2
    for record in caplog.records:
        assert record.levelno == logging.INFO
        assert "张三" not in record.getMessage() and "13800138000" not in record.getMessage()
        assert "张三" not in repr(record.replykit)  # type: ignore[attr-defined]
    held, sent = (r.replykit for r in caplog.records)  # type: ignore[attr-defined]
    assert held["action"] == "hold" and held["blocking"] == ["fake.refuse"] and held["elapsed_ms"] >= 0
    assert sent["action"] == "send" and sent["applied"] == ["fake.slang"] and sent["changed"]


def test_text_logged_only_at_debug_behind_the_flag(
    assistant: replykit.Assistant, caplog: pytest.LogCaptureFixture
) -> None:
    guard, _ = make(assistant, log_text=True)
    with caplog.at_level(logging.INFO, logger="replykit.guard"):
        guard("张三不能退")
    assert all("张三" not in r.getMessage() for r in caplog.records)
    with caplog.at_level(logging.DEBUG, logger="replykit.guard"):
        guard("张三不能退")
    debug = [r for r in caplog.records if r.levelno == logging.DEBUG]
    assert len(debug) == 1 and "张三" in debug[0].getMessage()


def test_plugin_error_logs_a_warning(assistant: replykit.Assistant, caplog: pytest.LogCaptureFixture) -> None:
    guard, _ = make(assistant)
    with caplog.at_level(logging.INFO, logger="replykit.guard"):
        guard("BOOM 张三")
    (record,) = caplog.records
    assert record.levelno == logging.WARNING and "fake:RuntimeError" in record.getMessage()
    assert "张三" not in record.getMessage()


class WaitingPlugin:
    """Blocks in its check until the event loop has run a step of its own (or 10 s pass):
    if the guard ran checks on the loop's thread, the loop could never take that step."""

    THREADS: ClassVar[list[int]] = []
    LOOP_RAN: ClassVar[threading.Event] = threading.Event()
    RULE = rule("x", severity="info", fix=None, description="x", zh="x", en="x")

    @replykit.hookimpl
    def replykit_rules(self) -> list[Any]:
        return [self.RULE]

    @replykit.hookimpl
    def replykit_check(self, draft: Any, options: Any, report: Any) -> None:
        self.THREADS.append(threading.get_ident())
        if not self.LOOP_RAN.wait(timeout=10):
            raise AssertionError("the event loop was blocked while a check ran")


def test_async_guard_does_not_block_the_loop() -> None:
    waiting = replykit.Assistant(
        replykit.Config(strict=True), plugins=[("slow", WaitingPlugin())], defaults=False, entry_points=False
    )
    WaitingPlugin.LOOP_RAN.clear()
    WaitingPlugin.THREADS.clear()
    sent: list[str] = []

    async def send(text: str) -> None:
        await asyncio.sleep(0)
        sent.append(text)

    guard = AsyncReplyGuard(send, lambda v: None, assistant=waiting)

    async def main() -> None:
        async def loop_step() -> None:
            await asyncio.sleep(0)  # runs only if the loop is free while the checks wait
            WaitingPlugin.LOOP_RAN.set()

        await asyncio.gather(*(guard(f"您好{i}") for i in range(4)), loop_step())

    asyncio.run(main())
    assert sorted(sent) == [f"您好{i}" for i in range(4)]
    assert len(WaitingPlugin.THREADS) == 4
    assert threading.get_ident() not in WaitingPlugin.THREADS


def test_async_guard_holds_with_sync_callback(assistant: replykit.Assistant) -> None:
    held: list[Verdict] = []
    guard = AsyncReplyGuard(lambda t: None, held.append, assistant=assistant)
    v = asyncio.run(guard("不能退", ticket=7))
    assert held == [v] and v.extra == {"ticket": 7} and v.reason_code == "findings"


def test_guard_with_the_real_plugins() -> None:
    # Whatever the built-in rules are today, the contract holds: sent text has nothing left
    # at or above the threshold, held drafts say why.
    guard = ReplyGuard(assistant=replykit.Assistant(entry_points=False))
    for draft in ["您好，已为您登记，请耐心等待", "我們这边马上为您处理", "不能退款，你自己看说明"]:
        v = guard.check(draft, {"customer_message": "可以退吗"})
        if v.sent:
            assert v.suggestion is not None
            left = [a for a in v.suggestion.annotations if not a.applied]
            assert all(a.severity == "info" for a in left), left
        else:
            assert v.blocking or v.errors


def python_blocks(path: Path) -> list[str]:
    return re.findall(r"```python\n(.*?)```", path.read_text(encoding="utf-8"), flags=re.S)


def test_docs_snippets_run() -> None:
    blocks = python_blocks(ROOT / "docs" / "guard.md")
    assert blocks, "docs/guard.md has no python snippet"
    for code in blocks:
        exec(compile(code, "docs/guard.md", "exec"), {"__name__": "docs_guard"})
