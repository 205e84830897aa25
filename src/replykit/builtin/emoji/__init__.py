"""emoji: warmth where a reply has none, restraint where a cheerful face would hurt.

A smile sent with "欢迎光临" or "感谢您的惠顧" warms a text chat.  A reply without any
warmth marker (emoji, kaomoji, platform code, 亲, 呢, 哦, 呀, ~ …) gets one emoji suggested at
the end of its closing, thanks or greeting, in the style of the channel (``[tool.replykit.
plugins.emoji]``).  Only an emoji is ever inserted: a particle such as 呢 or ~ can turn a
statement into a question or sound flippant, so the plugin never adds one.  No cheerful face on
an apology for a loss, a refusal, or a reply to an angry customer; and too many faces or
exclamation marks are findings of their own.
"""

from __future__ import annotations

from collections.abc import Sequence

from pydantic import BaseModel

from replykit.builtin.emoji.cheerful_on_complaint import CHEERFUL_ON_COMPLAINT, MovedOn, upset
from replykit.builtin.emoji.density import DENSITY
from replykit.builtin.emoji.exclamations import EXCLAMATIONS, report_exclamations
from replykit.builtin.emoji.faces import Face, find_faces, report_face
from replykit.builtin.emoji.no_warmth import NO_WARMTH, suggest_warmth
from replykit.builtin.emoji.options import DEFAULTS, EmojiOptions
from replykit.builtin.emoji.style import STYLE, report_style
from replykit.draft import Draft
from replykit.hookspecs import Report, hookimpl
from replykit.rules import Rule

__all__ = ["EmojiOptions", "Face", "find_faces"]

RULES = (NO_WARMTH, CHEERFUL_ON_COMPLAINT, DENSITY, EXCLAMATIONS, STYLE)


@hookimpl
def replykit_rules() -> Sequence[Rule]:
    return RULES


@hookimpl
def replykit_options_model() -> type[BaseModel]:
    return EmojiOptions


@hookimpl
def replykit_check(draft: Draft, options: EmojiOptions | None, report: Report) -> None:
    opts = options if isinstance(options, EmojiOptions) else DEFAULTS
    style = opts.style_for(draft.context.channel)
    faces = find_faces(draft)
    norm = draft.norm
    if faces:
        if style == "none" and draft.enabled(STYLE):
            report_style(draft, faces, report)
        elif draft.enabled(CHEERFUL_ON_COMPLAINT) and upset(draft):
            moved_on = MovedOn(norm)
            for face in faces:
                if face.cheerful and not moved_on.before(face.start):
                    report_face(draft, face, report, CHEERFUL_ON_COMPLAINT, "safe", None)
        elif len(faces) > opts.max_emoji and draft.enabled(DENSITY):
            args = {"count": len(faces), "cap": opts.max_emoji}
            for face in faces[opts.max_emoji :]:
                report_face(draft, face, report, DENSITY, "unsafe", args)
    elif style != "none" and draft.enabled(NO_WARMTH):
        suggest_warmth(draft, opts, style, report)
    if draft.enabled(EXCLAMATIONS) and ("!" in norm or "！" in norm):
        report_exclamations(norm, opts.max_exclamations, report)
