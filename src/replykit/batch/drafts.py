"""One draft of a batch: its context, and the Suggestion that stands in when it cannot be checked."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

from replykit.engine import Assistant
from replykit.models import LONE_SURROGATE, Context, FixLevel, PluginError, Suggestion

if TYPE_CHECKING:
    from typing_extensions import TypeIs

ContextArg = Context | Mapping[str, Any] | None


def one_context(context: ContextArg | Iterable[ContextArg]) -> TypeIs[ContextArg]:
    """True for one context for every draft (None, a dict, a Context); else one per draft."""
    return context is None or isinstance(context, (Mapping, Context))


def failed(draft: object, exc: BaseException) -> Suggestion:
    """The in-place result for a draft that could not be checked.

    ``original`` is the draft when it is a str (lone surrogates replaced by U+FFFD so the
    result still serialises), else ``""``; one PluginError from plugin "replykit", hook
    "input", names the exception (a strict-mode PluginFailure names the plugin in its message).
    """
    text = LONE_SURROGATE.sub("\ufffd", draft) if isinstance(draft, str) else ""
    error = PluginError(plugin="replykit", hook="input", error=type(exc).__name__, message=str(exc))
    return Suggestion(original=text, text=text, changed=False, errors=[error])


def is_failed(s: Suggestion) -> bool:
    """True when ``s`` stands for a draft that could not be checked at all."""
    return any(e.plugin == "replykit" and e.hook == "input" for e in s.errors)


def check(assistant: Assistant, draft: object, context: Any, fixes: FixLevel) -> Suggestion:
    try:
        return assistant.suggest(draft, context, fixes=fixes)  # type: ignore[arg-type]
    except Exception as exc:  # one bad draft must never stop the batch
        return failed(draft, exc)
