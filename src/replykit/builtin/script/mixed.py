"""script.mixed: simplified and traditional characters mixed in one draft (no target script);
the minority is folded into the majority in replykit_finalize, over the final text, so the fix
stays idempotent when other fixes change the text around it."""

from __future__ import annotations

from replykit.builtin.script.plan import char_runs, plan, script_counts
from replykit.builtin.script.target import NAMES_EN, NAMES_ZH
from replykit.convert import changes
from replykit.draft import Draft
from replykit.hookspecs import Report
from replykit.rules import Example, rule

MIXED = rule(
    "mixed",
    severity="warning",
    fix="safe",
    description=(
        "The draft mixes simplified and traditional characters: the minority is converted to the "
        "majority's script (certain character conversions only)."
    ),
    description_zh="草稿里简体字和繁体字混用：把少数一方转换成多数一方的字形（只做结果确定的字符转换）。",
    deferred=True,
    zh="简繁混用：这里是{minority}，其余是{majority}",
    en="Mixed scripts: this part is {minority_en}, the rest {majority_en}",
    examples=[
        Example("您好，我們这边马上为您处理", "您好，我们这边马上为您处理"),
        Example("您好，我們這邊馬上为您處理", "您好，我們這邊馬上為您處理"),
        Example("個價錢真係吓死人，我們會再同廠商傾", "個價錢真係嚇死人，我們會再同廠商傾"),
        Example("唔好意思吓到您，我們會再檢查一次", "唔好意思嚇到您，我們會再檢查一次"),
    ],
    clean=[
        "您好，我们这边马上为您处理",
        "您好，我們這邊馬上為您處理",
        "著名品牌，质量有保障",
        "乾隆年间的老字号",
        "好的 OK 没问题",
        "收到，唔該晒您耐心等候！",
        "有時間幫我哋留個好評就最好喇，唔該晒💕",  # the particle before an emoji
        "我哋系統顯示已經送咗，麻煩您再搵吓啦。",  # the "have a go" aspect after a verb
        "您可以睇吓尺碼表先，有問題隨時搵我哋。",
        "試吓呢件先，唔啱尺碼可以換。",
    ],
)


def fold_target(text: str) -> str | None:
    """The script a mixed text folds into ('zh-Hans' on a tie, the platform default), or
    None when the text is not mixed."""
    trad, simp = script_counts(text)
    if not trad or not simp:
        return None
    return "fold-trad" if trad > simp else "zh-Hans"


def report_mixed(draft: Draft, masked: str, report: Report) -> None:
    if not draft.is_traditional or not changes(masked, "s2t"):
        return  # one script only (the common case costs two set checks)
    target = fold_target(masked)
    if target is None:
        return
    minority, majority = ("zh-Hans", "zh-Hant") if target == "fold-trad" else ("zh-Hant", "zh-Hans")
    args = {
        "minority": NAMES_ZH[minority],
        "majority": NAMES_ZH[majority],
        "minority_en": NAMES_EN[minority],
        "majority_en": NAMES_EN[majority],
    }
    for s, e, r in char_runs(plan(masked, target, draft.segmenter)):
        report(MIXED, s, e, [r], args=args)
