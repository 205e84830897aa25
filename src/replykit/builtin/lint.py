"""The "replykit" plugin: the rules the lint runner reports itself (not from a draft).

A built-in like the others (``plugins.DEFAULT_PLUGINS``), so ``replykit plugins`` and
``replykit rules`` list it and config selects its rules; no draft hook, so ``suggest`` never
calls it.
"""

from __future__ import annotations

from collections.abc import Sequence

from replykit.hookspecs import hookimpl
from replykit.rules import Rule, rule

UNUSED_SUPPRESSION = rule(
    "unused-suppression",
    severity="warning",
    fix=None,
    description="A 'replykit: ignore' directive that suppresses nothing (as ruff's RUF100).",
    description_zh="“replykit: ignore”注释没有屏蔽任何问题（同 ruff 的 RUF100）。",
    zh="这条抑制指令没有抑制任何问题{why}，请删除",
    en="This suppression suppresses nothing{why_en}; remove it",
)


@hookimpl
def replykit_rules() -> Sequence[Rule]:
    return (UNUSED_SUPPRESSION,)
