"""The emoji plugin's options and the style of a channel."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

Style = Literal["unicode", "code", "kaomoji", "none"]
DEFAULT_CHANNELS: dict[str, Style] = {"email": "none", "sms": "none"}


class EmojiOptions(BaseModel):
    """Options of the emoji plugin: ``[tool.replykit.plugins.emoji]``."""

    model_config = ConfigDict(extra="forbid", frozen=True)  # the engine folds kebab-case keys to snake_case

    style: Style = Field(default="unicode", description="Emoji style: unicode, code ([微笑]), kaomoji or none.")
    channels: dict[str, Style] = Field(
        default_factory=dict,
        description="Style per context.channel, over the defaults {email: none, sms: none}.",
    )
    max_emoji: int = Field(default=3, ge=0, description="More emoji than this in one reply is a finding.")
    max_exclamations: int = Field(default=3, ge=0, description="More ! than this in one reply is a finding.")
    unicode: str = Field(default="😊", min_length=1, max_length=8, description="Emoji inserted in unicode style.")
    code: str = Field(default="[微笑]", min_length=1, max_length=12, description="Code inserted in code style.")
    kaomoji: str = Field(default="O(∩_∩)O", min_length=1, max_length=16, description="Kaomoji for kaomoji style.")

    def style_for(self, channel: str | None) -> Style:
        """The style for a channel: its override, else the default style."""
        if channel:
            key = channel.strip().lower()
            if key in self.channels:
                return self.channels[key]
            if key in DEFAULT_CHANNELS:
                return DEFAULT_CHANNELS[key]
        return self.style

    def mark(self, style: Style) -> str:
        """What a warmth suggestion inserts in this style ('' for none)."""
        return {"unicode": self.unicode, "code": self.code, "kaomoji": self.kaomoji, "none": ""}[style]


DEFAULTS = EmojiOptions()
