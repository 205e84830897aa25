"""Pydantic models of the public API: Context, Annotation, PluginError, Suggestion.

These are the wire format too (``model_dump_json``); their JSON Schema is published in
``docs/schema/``.  Change a field only with a schema version bump.
"""

from __future__ import annotations

import importlib
import re
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

Severity = Literal["error", "warning", "info"]
Applicability = Literal["safe", "unsafe"]
FixLevel = Literal["safe", "unsafe", "none"]
TargetScript = Literal["zh-Hans", "zh-Hant", "zh-TW", "zh-HK", "auto"]

SCHEMA_VERSION = 1
# Every model here is declared with defer_build=True: pydantic builds its validator on first
# use, so `import replykit` stays as cheap as importing pydantic itself.
SEVERITY_RANK: dict[str, int] = {"error": 3, "warning": 2, "info": 1}
# Half of a UTF-16 pair on its own: no UTF encoding can write it.
LONE_SURROGATE = re.compile("[\ud800-\udfff]")


class Context(BaseModel):
    """What the assistant knows about the conversation a draft answers."""

    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)

    customer_message: str | None = Field(default=None, description="The customer's message the draft replies to.")
    target_script: TargetScript | None = Field(
        default=None,
        description="Script the reply should be in; 'auto' follows customer_message; "
        "None keeps the draft's script (falls back to the config's default).",
    )
    channel: str | None = Field(
        default=None, description="Where the reply goes, e.g. 'taobao', 'jd', 'wechat', 'email'."
    )
    offers: dict[str, str] | None = Field(
        default=None,
        description="What the shop can do after a refusal in this conversation, by topic (refund, exchange, "
        "address, discount, delivery, invoice, cancel, stock, other): a verb phrase said after "
        "'我们能为您做的是'; over the negative plugin's configured offers, '' switches a topic off.",
    )
    extra: dict[str, Any] = Field(default_factory=dict, description="Free data for third-party plugins.")

    @field_validator("customer_message")
    @classmethod
    def _no_lone_surrogate(cls, message: str | None) -> str | None:
        bad = LONE_SURROGATE.search(message) if message else None
        if bad:
            raise ValueError(
                f"lone surrogate U+{ord(bad.group()):04X} at offset {bad.start()}; decode the text properly"
            )
        return message


class Annotation(BaseModel):
    """One finding: a span of the original draft, why it matters, and what to write instead."""

    model_config = ConfigDict(frozen=True, defer_build=True)

    plugin: str = Field(description="Registered name of the plugin that found it, e.g. 'negative'.")
    rule: str = Field(description="Rule id: plugin name + '.' + kebab-case rule name.")
    severity: Severity = Field(description="'error', 'warning' or 'info' (after config overrides).")
    message: str = Field(description="Why, in the configured locale (Simplified Chinese by default).")
    start: int = Field(description="Code-point offset of the first flagged character in the original.")
    end: int = Field(description="Code-point offset just past the flagged text in the original.")
    text: str = Field(description="The flagged text: original[start:end].")
    replacements: list[str] = Field(
        default_factory=list, description="Suggested replacements, best first; '' means delete."
    )
    fix: Applicability | None = Field(
        default=None,
        description="'safe' (a bot may apply it), 'unsafe' (a person should review) or None (advice).",
    )
    applied: bool = Field(default=False, description="Whether the first replacement was applied to Suggestion.text.")


class PluginError(BaseModel):
    """A plugin raised while checking a draft; the other plugins' work stands."""

    model_config = ConfigDict(frozen=True, defer_build=True)

    plugin: str = Field(description="Registered name of the plugin that raised.")
    hook: str = Field(description="The hook that was running.")
    error: str = Field(description="Exception class name.")
    message: str = Field(description="Exception message.")


class Suggestion(BaseModel):
    """The result of checking one draft: the suggested text and every finding."""

    model_config = ConfigDict(frozen=True, defer_build=True)

    schema_version: int = Field(default=SCHEMA_VERSION, description="Version of this JSON shape.")
    original: str = Field(description="The draft as given.")
    text: str = Field(description="The suggested reply: the draft with the requested fixes applied.")
    changed: bool = Field(description="text != original.")
    annotations: list[Annotation] = Field(default_factory=list, description="Findings ordered by start offset.")
    errors: list[PluginError] = Field(default_factory=list, description="Plugins that failed on this draft.")

    @classmethod
    def unchanged(cls, text: str) -> Suggestion:
        """The result for a draft with no findings and no errors: ``text`` as it is.

        Validated by the model's validator itself (``__pydantic_validator__``, what
        ``model_validate`` calls; a deferred build happens on its first use): the same instance
        as ``cls(original=text, text=text, changed=False)`` without ``BaseModel.__init__``'s
        Python frame, and most drafts end here. Writing the instance's ``__dict__`` and
        pydantic's private attributes directly breaks with pydantic's internals;
        ``model_construct`` is slower (it resolves the default factories on every call).
        """
        made: Suggestion = cls.__pydantic_validator__.validate_python(
            {"original": text, "text": text, "changed": False}
        )
        return made

    def _repr_html_(self) -> str:
        """Jupyter display; the renderer lives in replykit.display."""
        display = importlib.import_module("replykit.display")
        rendered: str = display.suggestion_html(self)
        return rendered

    def __rich__(self) -> Any:
        """Terminal display for rich and IPython (``rich.print(s)``); rich itself is optional."""
        from replykit.display import suggestion_rich

        return suggestion_rich(self)
