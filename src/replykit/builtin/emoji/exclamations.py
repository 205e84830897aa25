"""emoji.exclamations: runs of ! and more than ``max-exclamations`` in one reply."""

from __future__ import annotations

import re

from replykit.hookspecs import Report
from replykit.rules import Example, rule

EXCLAMATIONS = rule(
    "exclamations",
    severity="info",
    fix="safe",
    description="Repeated or too many exclamation marks (max-exclamations).",
    description_zh="感叹号重复或过多（max-exclamations）。",
    zh="感叹号太多，像在喊叫；一个就够",
    en="Too many exclamation marks read as shouting; one is enough",
    examples=[
        Example("您好，很高兴为您服务！！！", "您好，很高兴为您服务！"),
        Example("好的!!马上为您处理", "好的!马上为您处理"),
        Example("好的！马上处理！已经发货！祝您愉快！", None),
    ],
    clean=["您好，很高兴为您服务！", "好的！马上为您处理！祝您愉快！"],
)


def report_exclamations(norm: str, cap: int, report: Report) -> None:
    for total, m in enumerate(re.finditer("[!！]+", norm), 1):
        if m.end() - m.start() > 1:
            report(EXCLAMATIONS, m.start(), m.end(), [m.group()[0]])
        elif total > cap:
            report(EXCLAMATIONS, m.start(), m.end(), fix=None)
