"""script.keep-marker: the inline ⟦…⟧ marks that keep a span unconverted leave the reply."""

from __future__ import annotations

from replykit.builtin.script.options import KEEP_MARKER, KEEP_OPEN
from replykit.draft import Draft
from replykit.hookspecs import Report
from replykit.rules import Example, rule

KEEP = rule(
    "keep-marker",
    severity="info",
    fix="safe",
    description=(
        "⟦…⟧ around a span keeps it unconverted (a brand or product name, e.g. ⟦Whoo后⟧); the "
        "marks themselves are removed from the reply. Terms to keep everywhere go in "
        "`protected-terms` of [tool.replykit.plugins.script]."
    ),
    description_zh=(
        "用 ⟦…⟧ 包住的文字不做转换（品牌名或商品名，如 ⟦Whoo后⟧）；标记本身会从回复中删除。需"
        "要处处保留的词写在 [tool.replykit.plugins.script] 的 prote"
        "cted-terms 里。"
    ),
    zh="保留原文的标记，发送前去掉",
    en="Keep-unconverted mark, removed before sending",
    examples=[
        Example("⟦Whoo后⟧洗发水已发货", "Whoo后洗发水已发货", context={"target_script": "zh-TW"}),
        Example("⟦Whoo后⟧洗发水", "Whoo后洗发水"),
    ],
    clean=["Whoo后洗发水", "⟦没有闭合"],
)


def report_keep_markers(draft: Draft, report: Report) -> None:
    if KEEP_OPEN not in draft.text:
        return
    for m in KEEP_MARKER.finditer(draft.text):
        report(KEEP, m.start(), m.start() + 1, [""])
        report(KEEP, m.end() - 1, m.end(), [""])
