"""``replykit audit``: quality inspection (质检) of whole customer-service conversations.

>>> import replykit
>>> result = replykit.audit("chats.jsonl")          # or a list of Conversation / dicts
>>> result.to_frame("agents")

The package is callable (``replykit.audit(...)`` is ``replykit.audit.audit(...)``): the
subpackage and the function share the name, and importing the subpackage replaces the
function on ``replykit``.
"""

from __future__ import annotations

import sys
import types
from typing import Any

from replykit.audit.api import TABLES, AuditResult, audit
from replykit.audit.engine import Auditor
from replykit.audit.model import Conversation, Message
from replykit.audit.readers import read_log, read_logs
from replykit.audit.results import ConversationResult, Finding, PromiseItem, RoutingItem, Summary
from replykit.audit.rules import ConversationRule, Flags, Passes, conversation_rule, dialogue


class _CallableModule(types.ModuleType):
    def __call__(self, *args: Any, **kwargs: Any) -> AuditResult:
        return audit(*args, **kwargs)


sys.modules[__name__].__class__ = _CallableModule

__all__ = [
    "TABLES",
    "AuditResult",
    "Auditor",
    "Conversation",
    "ConversationResult",
    "ConversationRule",
    "Finding",
    "Flags",
    "Message",
    "Passes",
    "PromiseItem",
    "RoutingItem",
    "Summary",
    "audit",
    "conversation_rule",
    "dialogue",
    "read_log",
    "read_logs",
]
