"""script.mixed: simplified and traditional characters mixed in one draft (no target script)."""

from __future__ import annotations

from replykit.builtin.script.target import NAMES_EN, NAMES_ZH, differing_runs
from replykit.convert import changes, convert
from replykit.draft import Draft
from replykit.hookspecs import Report
from replykit.rules import Example, rule

MIXED = rule(
    "mixed",
    severity="warning",
    fix="safe",
    description="The draft mixes simplified and traditional characters.",
    description_zh="草稿里简体字和繁体字混用。",
    zh="简繁混用：这里是{minority}，其余是{majority}",
    en="Mixed scripts: this part is {minority_en}, the rest {majority_en}",
    examples=[
        Example("您好，我們这边马上为您处理", "您好，我们这边马上为您处理"),
        Example("您好，我們這邊馬上为您處理", "您好，我們這邊馬上為您處理"),
    ],
    clean=[
        "您好，我们这边马上为您处理",
        "您好，我們這邊馬上為您處理",
        "著名品牌，质量有保障",
        "乾隆年间的老字号",
        "好的 OK 没问题",
    ],
)


def report_mixed(draft: Draft, masked: str, report: Report) -> None:
    if not draft.is_traditional or not changes(masked, "s2t"):
        return  # one script only (the common case costs two set checks)
    to_simp = convert(masked, "t2s")
    to_trad = convert(masked, "s2tw")  # Taiwan-standard characters (為, not OpenCC's 爲)
    if len(to_simp) != len(masked) or len(to_trad) != len(masked):
        return
    trad_runs = differing_runs(masked, to_simp)
    simp_runs = differing_runs(masked, to_trad)
    if not trad_runs or not simp_runs:
        return
    trad = sum(e - s for s, e in trad_runs)
    simp = sum(e - s for s, e in simp_runs)
    # Fold the minority into the majority; on a tie, simplified wins (the platform default).
    if trad <= simp:
        runs, converted, minority, majority = trad_runs, to_simp, "zh-Hant", "zh-Hans"
    else:
        runs, converted, minority, majority = simp_runs, to_trad, "zh-Hans", "zh-Hant"
    args = {
        "minority": NAMES_ZH[minority],
        "majority": NAMES_ZH[majority],
        "minority_en": NAMES_EN[minority],
        "majority_en": NAMES_EN[majority],
    }
    for s, e in runs:
        report(MIXED, s, e, [converted[s:e]], args=args)
