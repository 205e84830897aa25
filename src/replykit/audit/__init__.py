"""``replykit audit``: quality inspection (质检) of whole customer-service conversations.

>>> import replykit
>>> result = replykit.audit("chats.jsonl")          # or a list of Conversation / dicts
>>> result.to_frame("agents")

The package is callable (``replykit.audit(...)`` is ``replykit.audit.audit(...)``): the
subpackage and the function share the name, and importing the subpackage replaces the
function on ``replykit``.  Names load on first use, so ``replykit --help`` and ``replykit
check`` do not import the auditor.
"""

from __future__ import annotations

import importlib
import sys
import types
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from replykit.audit.api import TABLES, AuditResult, audit
    from replykit.audit.engine import Auditor
    from replykit.audit.model import Conversation, Message
    from replykit.audit.readers import read_log, read_logs
    from replykit.audit.results import ConversationResult, Finding, PromiseItem, RoutingItem, Summary
    from replykit.audit.rules import ConversationRule, Flags, Passes, conversation_rule, dialogue

_LAZY = {
    "TABLES": "replykit.audit.api",
    "AuditResult": "replykit.audit.api",
    "audit": "replykit.audit.api",
    "Auditor": "replykit.audit.engine",
    "Conversation": "replykit.audit.model",
    "Message": "replykit.audit.model",
    "read_log": "replykit.audit.readers",
    "read_logs": "replykit.audit.readers",
    "ConversationResult": "replykit.audit.results",
    "Finding": "replykit.audit.results",
    "PromiseItem": "replykit.audit.results",
    "RoutingItem": "replykit.audit.results",
    "Summary": "replykit.audit.results",
    "ConversationRule": "replykit.audit.rules",
    "Flags": "replykit.audit.rules",
    "Passes": "replykit.audit.rules",
    "conversation_rule": "replykit.audit.rules",
    "dialogue": "replykit.audit.rules",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'replykit.audit' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


class _CallableModule(types.ModuleType):
    def __call__(self, *args: Any, **kwargs: Any) -> AuditResult:
        run: Any = __getattr__("audit")
        result: AuditResult = run(*args, **kwargs)
        return result


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
