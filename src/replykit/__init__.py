"""replykit: check and improve Chinese customer-service replies before they are sent.

>>> import replykit
>>> s = replykit.suggest("你好，我们不能给你退款")
>>> s.text, [a.rule for a in s.annotations]
"""

from typing import TYPE_CHECKING, Any

from replykit.config import Config
from replykit.engine import Assistant, suggest
from replykit.errors import ConfigError, PluginFailure, ReplykitError
from replykit.hookspecs import hookimpl
from replykit.models import Annotation, Context, PluginError, Suggestion
from replykit.rules import Clean, Example, Rule, rule

if TYPE_CHECKING:
    from replykit.audit import audit
    from replykit.batch import suggest_many, summarize, to_frame
    from replykit.guard import AsyncReplyGuard, ReplyGuard, Verdict

__version__ = "0.1.0"

# Imported on first use: batch pulls in multiprocessing, guard pulls in asyncio; a bot that
# only calls suggest() should not pay for either at start-up.
_LAZY = {
    "suggest_many": "replykit.batch",
    "summarize": "replykit.batch",
    "to_frame": "replykit.batch",
    "AsyncReplyGuard": "replykit.guard",
    "ReplyGuard": "replykit.guard",
    "Verdict": "replykit.guard",
    "audit": "replykit.audit",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'replykit' has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)


__all__ = [
    "Annotation",
    "Assistant",
    "AsyncReplyGuard",
    "Clean",
    "Config",
    "ConfigError",
    "Context",
    "Example",
    "PluginError",
    "PluginFailure",
    "ReplyGuard",
    "ReplykitError",
    "Rule",
    "Suggestion",
    "Verdict",
    "__version__",
    "audit",
    "hookimpl",
    "rule",
    "suggest",
    "suggest_many",
    "summarize",
    "to_frame",
]
