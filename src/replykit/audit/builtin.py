"""The built-in conversation rules, registered as the plugin ``audit`` (rule ids ``audit.*``)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from replykit.audit.config import Thresholds
from replykit.audit.rules import (
    ConversationRule,
    anger,
    auto_reply,
    choice,
    closing,
    first_response,
    greeting,
    promise,
    repeated,
    response_time,
    unanswered,
    wait_apology,
)
from replykit.audit.transcript import Transcript
from replykit.hookspecs import hookimpl

PLUGIN_NAME = "audit"

Check = Callable[[Transcript, Thresholds, Any], None]
CHECKS: tuple[tuple[ConversationRule, Check], ...] = (
    (first_response.RULE, first_response.check),
    (response_time.RULE, response_time.check),
    (wait_apology.RULE, wait_apology.check),
    (promise.RULE, promise.check),
    (unanswered.RULE, unanswered.check),
    (repeated.RULE, repeated.check),
    (greeting.RULE, greeting.check),
    (closing.RULE, closing.check),
    (anger.RULE, anger.check),
    (choice.OPEN, choice.check_open),
    (choice.CHOICE, choice.check_choice),
)


@hookimpl
def replykit_conversation_rules() -> list[ConversationRule]:
    return [r for r, _ in CHECKS] + [auto_reply.RULE]


@hookimpl
def replykit_check_conversation(conversation: Transcript, options: Thresholds, report: Any) -> None:
    for rule, check in CHECKS:
        if report.enabled(rule):
            check(conversation, options, report)
