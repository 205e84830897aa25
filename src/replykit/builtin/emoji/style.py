"""emoji.style: faces in a channel whose style is none (email, sms by default)."""

from __future__ import annotations

from replykit.builtin.emoji.faces import Face, report_face
from replykit.draft import Draft
from replykit.hookspecs import Report
from replykit.rules import Clean, Example, rule

STYLE = rule(
    "style",
    severity="warning",
    fix="unsafe",
    description="An emoji in a channel whose style is none (e-mail, SMS by default).",
    description_zh="在表情风格为 none 的渠道里用了表情（默认是邮件和短信）。",
    zh="此渠道（{channel}）不宜使用表情",
    en="Emoji do not belong in this channel ({channel})",
    examples=[
        Example("感谢您的支持😊", "感谢您的支持", context={"channel": "email"}),
    ],
    clean=[
        Clean("感谢您的支持😊", context={"channel": "wechat"}),
        Clean("感谢您的支持", context={"channel": "email"}),
    ],
)


def report_style(draft: Draft, faces: list[Face], report: Report) -> None:
    args = {"channel": draft.context.channel or "-"}
    for face in faces:
        report_face(draft, face, report, STYLE, "unsafe", args)
