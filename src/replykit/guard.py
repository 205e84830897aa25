"""ReplyGuard: check a bot's draft before it is sent; send it fixed, or hold it for a person.

A bot hands every draft to the guard instead of sending it.  The guard runs the draft through
replykit with the fixes a bot may apply unreviewed (``fixes="safe"``) and then

- sends the fixed text when no finding *left* in it (not applied by a fix) is at or above
  ``hold_on``, and no plugin failed (with ``hold_on_error``, the default);
- otherwise holds it: ``on_hold(verdict)`` gets the draft, the suggestion a person should
  review (with unsafe fixes too) and the reason.

Every decision is logged to the ``replykit.guard`` logger: action, reason, rule ids, timings.
No customer text is logged at INFO; ``log_text=True`` adds the draft and the sent text at DEBUG.

>>> guard = ReplyGuard(send=print, on_hold=lambda v: print("held:", v.reason))
>>> verdict = guard("您好，已为您登记")   # doctest: +SKIP
"""

from __future__ import annotations

import inspect
import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal

from replykit.config import Config
from replykit.engine import Assistant
from replykit.models import SEVERITY_RANK, Annotation, Context, FixLevel, PluginError, Severity, Suggestion

if TYPE_CHECKING:
    from concurrent.futures import Executor

logger = logging.getLogger("replykit.guard")

Action = Literal["send", "hold"]
ContextArg = Context | dict[str, Any] | None

# Reason codes, stable for dashboards and alerting.
FINDINGS = "findings"
PLUGIN_ERROR = "plugin-error"
CHECK_FAILED = "check-failed"


@dataclass(frozen=True)
class Verdict:
    """What the guard decided about one draft, and why."""

    action: Action
    """"send" (``text`` was or may be sent) or "hold" (a person must review)."""
    draft: str
    """The draft as the bot wrote it."""
    text: str
    """The text to send: the draft with safe fixes; on hold, the suggestion's text."""
    suggestion: Suggestion | None
    """On send, the safe-fix check; on hold, the check with ``review_fixes`` for a person.
    None only when the check itself raised (``reason_code == "check-failed"``)."""
    reason_code: str | None = None
    """None when sent; else "findings", "plugin-error" or "check-failed"."""
    reason: str | None = None
    """A one-line explanation for the person reviewing (rule ids, failing plugins)."""
    blocking: tuple[Annotation, ...] = ()
    """Findings left after safe fixes at or above ``hold_on``: why it was held."""
    errors: tuple[PluginError, ...] = ()
    """Plugins that failed on this draft."""
    elapsed_ms: float = 0.0
    """Time spent checking (both checks when held)."""
    extra: dict[str, Any] = field(default_factory=dict)
    """Free data the caller passed through (e.g. a conversation id) for the callbacks."""

    @property
    def sent(self) -> bool:
        return self.action == "send"


class _GuardCore:
    """Options and the decision, shared by the sync and async guards.

    :param send: ``send(text)`` delivers a reply to the customer.
    :param on_hold: ``on_hold(verdict)`` hands a held draft to a person
        (``verdict.draft``, ``verdict.suggestion``, ``verdict.reason``, ``verdict.blocking``).
    :param assistant: the pipeline to use (built once, thread-safe); or ``config`` to build one.
    :param hold_on: hold when a finding left after safe fixes is at or above this severity.
    :param fixes: fixes applied before sending (``"safe"``: those a bot may apply unreviewed).
    :param review_fixes: fixes in the suggestion shown to the person on hold.
    :param hold_on_error: hold when a plugin failed or the check raised (else send anyway).
    :param log_text: also log the draft and the sent text, at DEBUG only.
    :param executor: AsyncReplyGuard only: the thread pool for checks (the loop's default if None).
    :param timeout: seconds the safe-fix check may take; past it the draft is held with a
        ``TimeoutError`` (reason "check-failed").  The check runs in a daemon thread that is
        left to finish on its own: Python cannot stop it.  This bounds code that returns to the
        interpreter or releases the GIL (Python loops, ``regex`` with its own ``timeout``,
        I/O); one call into ``re`` that backtracks holds the GIL until it returns.
    """

    def __init__(
        self,
        send: Callable[[str], Any] | None = None,
        on_hold: Callable[[Verdict], Any] | None = None,
        *,
        assistant: Assistant | None = None,
        config: Config | None = None,
        hold_on: Severity = "warning",
        fixes: FixLevel = "safe",
        review_fixes: FixLevel = "unsafe",
        hold_on_error: bool = True,
        log_text: bool = False,
        executor: Executor | None = None,
        timeout: float | None = None,
    ) -> None:
        if assistant is not None and config is not None:
            raise ValueError("pass either an assistant or a config, not both")
        if hold_on not in SEVERITY_RANK:
            raise ValueError(f"hold_on must be 'error', 'warning' or 'info', not {hold_on!r}")
        self.assistant = assistant or Assistant(config)
        self.send = send
        self.on_hold = on_hold
        self.hold_on = hold_on
        self.fixes = fixes
        self.review_fixes = review_fixes
        self.hold_on_error = hold_on_error
        self.log_text = log_text
        self.executor = executor
        if timeout is not None and not timeout > 0:
            raise ValueError(f"timeout must be a positive number of seconds, not {timeout!r}")
        self.timeout = timeout
        self._floor = SEVERITY_RANK[hold_on]

    def check(self, draft: str, context: ContextArg = None, **extra: Any) -> Verdict:
        """Decide about one draft without sending anything (blocking: runs the checks)."""
        started = time.perf_counter()
        try:
            if self.timeout is None:
                checked = self.assistant.suggest(draft, context, fixes=self.fixes)
            else:
                checked = _within(self.timeout, lambda: self.assistant.suggest(draft, context, fixes=self.fixes))
        except TypeError:
            raise  # not a str: a bug in the bot, not a draft to review
        except Exception as exc:  # a bad draft or a strict-mode plugin failure
            return self._failed(draft, exc, started, extra)
        blocking = tuple(a for a in checked.annotations if not a.applied and SEVERITY_RANK[a.severity] >= self._floor)
        errors = tuple(checked.errors)
        if blocking or (errors and self.hold_on_error):
            review = checked
            if self.review_fixes != self.fixes:
                review = self.assistant.suggest(draft, context, fixes=self.review_fixes)
            code = FINDINGS if blocking else PLUGIN_ERROR
            verdict = Verdict(
                action="hold",
                draft=draft,
                text=review.text,
                suggestion=review,
                reason_code=code,
                reason=_reason(code, blocking, errors),
                blocking=blocking,
                errors=errors,
                elapsed_ms=_ms(started),
                extra=extra,
            )
        else:
            verdict = Verdict(
                action="send",
                draft=draft,
                text=checked.text,
                suggestion=checked,
                errors=errors,
                elapsed_ms=_ms(started),
                extra=extra,
            )
        self._log(verdict)
        return verdict

    def _failed(self, draft: str, exc: Exception, started: float, extra: dict[str, Any]) -> Verdict:
        error = PluginError(plugin="replykit", hook="suggest", error=type(exc).__name__, message=str(exc))
        hold = self.hold_on_error  # else the caller chose availability: send the draft unchanged
        verdict = Verdict(
            action="hold" if hold else "send",
            draft=draft,
            text=draft,
            suggestion=None,
            reason_code=CHECK_FAILED if hold else None,
            reason=f"the check failed ({type(exc).__name__}); review the draft by hand" if hold else None,
            errors=(error,),
            elapsed_ms=_ms(started),
            extra=extra,
        )
        self._log(verdict)
        return verdict

    def _log(self, v: Verdict) -> None:
        s = v.suggestion
        anns = s.annotations if s is not None else []
        blocking = [a.rule for a in v.blocking]
        rules = [a.rule for a in anns]
        errors = [f"{e.plugin}:{e.error}" for e in v.errors]
        record: dict[str, Any] = {
            "action": v.action,
            "reason": v.reason_code,
            "blocking": blocking,
            "rules": rules,
            "applied": [a.rule for a in anns if a.applied],
            "errors": errors,
            "changed": v.text != v.draft,
            "chars": len(v.draft),
            "elapsed_ms": round(v.elapsed_ms, 3),
        }
        level = logging.WARNING if v.errors else logging.INFO
        if logger.isEnabledFor(level):
            # Rule ids and numbers only: the draft is customer-facing text with personal data.
            logger.log(
                level,
                "replykit guard %s reason=%s blocking=%s rules=%s errors=%s ms=%.2f",
                v.action,
                v.reason_code or "-",
                ",".join(blocking) or "-",
                ",".join(rules) or "-",
                ",".join(errors) or "-",
                v.elapsed_ms,
                extra={"replykit": record},
            )
        if self.log_text and logger.isEnabledFor(logging.DEBUG):
            logger.debug("replykit guard draft=%r text=%r", v.draft, v.text, extra={"replykit": record})


class ReplyGuard(_GuardCore):
    """Wrap a bot's send step: ``guard(draft)`` sends the safely fixed text or holds the draft.

    ``ReplyGuard(send, on_hold, hold_on="warning", fixes="safe", ...)`` (parameters above).
    Callbacks can also be given per call: ``guard(draft, context, send=..., on_hold=...)``;
    other keyword arguments are passed through on ``verdict.extra``.
    """

    def __call__(
        self,
        draft: str,
        context: ContextArg = None,
        *,
        send: Callable[[str], Any] | None = None,
        on_hold: Callable[[Verdict], Any] | None = None,
        **extra: Any,
    ) -> Verdict:
        """Check the draft, then call ``send(text)`` or ``on_hold(verdict)``; return the verdict."""
        send, on_hold = _callbacks(send or self.send, on_hold or self.on_hold)
        verdict = self.check(draft, context, **extra)
        if verdict.sent:
            send(verdict.text)
        else:
            on_hold(verdict)
        return verdict


class AsyncReplyGuard(_GuardCore):
    """The guard for asyncio bots: the check runs in a thread executor, never on the loop.

    Same parameters as ``ReplyGuard`` plus ``executor``; ``send`` and ``on_hold`` may be
    coroutine functions or plain functions.
    """

    async def check_async(self, draft: str, context: ContextArg = None, **extra: Any) -> Verdict:
        """Decide about one draft in the executor, without sending anything."""
        import asyncio  # here, not at import: a sync bot never pays for it

        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self.executor, lambda: self.check(draft, context, **extra))

    async def __call__(
        self,
        draft: str,
        context: ContextArg = None,
        *,
        send: Callable[[str], Any] | None = None,
        on_hold: Callable[[Verdict], Any] | None = None,
        **extra: Any,
    ) -> Verdict:
        """Check the draft off the loop, then await ``send(text)`` or ``on_hold(verdict)``."""
        send, on_hold = _callbacks(send or self.send, on_hold or self.on_hold)
        verdict = await self.check_async(draft, context, **extra)
        result = send(verdict.text) if verdict.sent else on_hold(verdict)
        if inspect.isawaitable(result):
            await result
        return verdict


def _within(seconds: float, check: Callable[[], Suggestion]) -> Suggestion:
    """check() in a daemon thread, or TimeoutError after ``seconds`` (the thread is not stopped)."""
    done = threading.Event()
    outcome: list[Any] = []

    def run() -> None:
        try:
            outcome.append(check())
        except BaseException as exc:  # handed to the caller's thread
            outcome.append(exc)
        done.set()

    threading.Thread(target=run, name="replykit-guard-check", daemon=True).start()
    if not done.wait(seconds):
        raise TimeoutError(f"the check took longer than {seconds} s")
    result = outcome[0]
    if isinstance(result, BaseException):
        raise result
    checked: Suggestion = result
    return checked


def _callbacks(send: Any, on_hold: Any) -> tuple[Any, Any]:
    # Fail before checking: a held reply with nowhere to go would vanish silently.
    if send is None or on_hold is None:
        missing = "send" if send is None else "on_hold"
        raise TypeError(f"ReplyGuard needs a {missing} callback (in the constructor or the call)")
    return send, on_hold


def _reason(code: str, blocking: tuple[Annotation, ...], errors: tuple[PluginError, ...]) -> str:
    if code == FINDINGS:
        rules = ", ".join(dict.fromkeys(a.rule for a in blocking))
        return f"{len(blocking)} finding(s) need review: {rules}"
    plugins = ", ".join(dict.fromkeys(f"{e.plugin} ({e.error})" for e in errors))
    return f"plugin failed, the draft was not fully checked: {plugins}"


def _ms(started: float) -> float:
    return (time.perf_counter() - started) * 1000.0
