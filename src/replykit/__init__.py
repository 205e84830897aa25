"""replykit: check and improve Chinese customer-service replies before they are sent.

>>> import replykit
>>> s = replykit.suggest("你好，我们不能给你退款")
>>> s.text, [a.rule for a in s.annotations]
"""

from replykit.batch import suggest_many, summarize, to_frame
from replykit.config import Config
from replykit.engine import Assistant, suggest
from replykit.errors import ConfigError, PluginFailure, ReplykitError
from replykit.guard import AsyncReplyGuard, ReplyGuard, Verdict
from replykit.hookspecs import hookimpl
from replykit.models import Annotation, Context, PluginError, Suggestion
from replykit.rules import Clean, Example, Rule, rule

__version__ = "0.1.0"

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
    "hookimpl",
    "rule",
    "suggest",
    "suggest_many",
    "summarize",
    "to_frame",
]
