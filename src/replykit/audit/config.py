"""The audit's configuration: ``[tool.replykit.audit]`` (or ``[audit]`` in replykit.toml).

Every default names its source in docs/audit.md: the seeds (../shared/seeds) for the
practice, our own dev set for the detectors' knobs.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, Field, ValidationError, field_validator

from replykit.config import FILE_TABLE, Config, describe_errors
from replykit.errors import ConfigError
from replykit.models import Severity


class Thresholds(BaseModel):
    """Knobs of the built-in conversation rules (the ``options`` of the built-in plugin)."""

    model_config = FILE_TABLE

    first_response_seconds: float = Field(
        default=6, gt=0, description="The golden 6 seconds: a customer not answered at once asks elsewhere."
    )
    response_seconds: float = Field(default=60, gt=0, description="Any later reply slower than this is flagged.")
    long_wait_seconds: float = Field(
        default=300, gt=0, description="A wait this long needs an apology (5 minutes feel like hours to the customer)."
    )
    repeat_similarity: float = Field(
        default=0.6,
        gt=0,
        le=1,
        description="Dice overlap of character bigrams at which a customer question is a repeat.",
    )
    anger_window: int = Field(
        default=2, ge=1, description="Agent messages after an angry one that may carry the apology or empathy."
    )
    greeting_window: int = Field(default=1, ge=1, description="First agent messages that may carry the greeting.")
    closing_window: int = Field(default=2, ge=1, description="Last agent messages that may carry the closing.")
    auto_reply_conversations: int = Field(
        default=20, ge=2, description="The same agent text in this many conversations is an auto-reply."
    )
    auto_reply_min_chars: int = Field(
        default=10, ge=1, description="Shorter texts (好的, 在的) are never auto-replies."
    )
    auto_reply_tracked: int = Field(
        default=200_000, ge=1000, description="Distinct agent texts counted at once (memory bound)."
    )


DEFAULT_POINTS: dict[str, float] = {
    "audit.first-response-slow": 5,
    "audit.response-slow": 3,
    "audit.wait-no-apology": 10,
    "audit.promise-unkept": 15,
    "audit.question-unanswered": 15,
    "audit.repeated-question": 10,
    "audit.no-greeting": 3,
    "audit.no-closing": 3,
    "audit.anger-no-apology": 30,
    "audit.open-question": 2,
    "audit.choice-question": 5,
}


def _draft_points() -> dict[Severity, float]:
    return {"error": 5, "warning": 2, "info": 0}


class ScoreProfile(BaseModel):
    """How a conversation's score is computed: start, minus points per finding (capped per
    rule), plus bonus points; a critical finding sets the score to 0."""

    model_config = FILE_TABLE

    start: float = Field(default=100, gt=0, description="A conversation without findings scores this.")
    points: dict[str, float] = Field(
        default_factory=lambda: dict(DEFAULT_POINTS),
        description="Points per finding by rule-id prefix (the most specific prefix wins).",
    )
    draft_points: dict[Severity, float] = Field(
        default_factory=_draft_points,
        description="Points per draft finding (replykit's per-reply rules) by severity, unless `points` names it.",
    )
    max_per_rule: float = Field(default=30, gt=0, description="At most this many points lost to one rule.")
    critical: list[str] = Field(
        default_factory=lambda: ["audit.anger-no-apology"],
        description="Rule-id prefixes whose finding sets the score to 0.",
    )
    bonus: list[str] = Field(
        default_factory=lambda: ["audit.choice-question"],
        description="Rule-id prefixes whose points are added (good practice), up to `start`.",
    )

    @field_validator("points")
    @classmethod
    def _extend_defaults(cls, points: dict[str, float]) -> dict[str, float]:
        """A profile names the points it changes; every other rule keeps its default."""
        return {**DEFAULT_POINTS, **points}


DEFAULT_DEPARTMENTS: dict[str, str] = {
    "logistics": "仓储物流部",
    "product": "产品部",
    "service": "客服部",
    "other": "运营部",
}


class AuditConfig(BaseModel):
    """Everything ``replykit audit`` reads from ``[tool.replykit.audit]``."""

    model_config = FILE_TABLE

    select: list[str] = Field(default_factory=lambda: ["ALL"], description="Conversation-rule prefixes to enable.")
    ignore: list[str] = Field(default_factory=list, description="Conversation-rule prefixes to disable.")
    severity: dict[str, Severity] = Field(default_factory=dict, description="Severity overrides by rule-id prefix.")
    drafts: bool = Field(default=True, description="Also check every agent message with the per-reply rules.")
    thresholds: Thresholds = Field(default_factory=Thresholds)
    score: ScoreProfile = Field(default_factory=ScoreProfile)
    departments: dict[str, str] = Field(
        default_factory=lambda: dict(DEFAULT_DEPARTMENTS),
        description="Feedback category (logistics, product, service, other) -> the department that acts on it.",
    )
    plugins: dict[str, dict[str, Any]] = Field(
        default_factory=dict, description="Options of third-party conversation plugins, by plugin name."
    )

    @classmethod
    def from_config(cls, config: Config) -> AuditConfig:
        """The ``audit`` table of a replykit Config, validated; errors name the file and key."""
        try:
            return cls.model_validate(config.audit)
        except ValidationError as exc:
            raise ConfigError(describe_errors(exc, config.source, prefix="audit")) from None
