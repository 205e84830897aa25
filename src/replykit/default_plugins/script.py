"""script: reply in the customer's script (OpenCC), and flag drafts that mix scripts.

``target_script`` comes from the context, else the config: ``zh-Hans`` (t2s), ``zh-Hant``
(s2t), ``zh-TW`` (s2twp, Taiwan phrasing: 软件 -> 軟體), ``zh-HK`` (s2hk), ``auto`` (the
script of ``context.customer_message``; Cantonese particles pick zh-HK).  Conversion runs
last, in ``replykit_finalize``, over the text other plugins already fixed; protected spans
reach it masked, so placeholders, masks and URLs stay byte-equal.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from replykit.convert import OPENCC_CONFIGS, changes, convert
from replykit.draft import MASK, Draft
from replykit.hookspecs import Report, hookimpl
from replykit.models import Annotation
from replykit.rules import Clean, Example, Rule, rule

CONVERT = rule(
    "convert",
    severity="info",
    fix="safe",
    description="Convert the reply to the customer's script (target_script).",
    deferred=True,
    zh="回复应使用{script}，此处需要转换",
    en="The reply should be in {script_en}; convert this part",
    examples=[
        Example("软件和鼠标都有货", "軟體和滑鼠都有貨", context={"target_script": "zh-TW"}),
        Example("您的订单已发货", "您的訂單已發貨", context={"target_script": "zh-HK"}),
        Example("我們不能給您退款", "我们不能给您退款", context={"target_script": "zh-Hans"}),
        Example(
            "亲，[订单x]已发货",
            "親，[订单x]已發貨",
            context={"target_script": "auto", "customer_message": "請問我的訂單發貨了嗎"},
        ),
        Example(
            "{{contact.name}}您好，软件详情见https://shop.example.com/a?id=1",
            "{{contact.name}}您好，軟件詳情見https://shop.example.com/a?id=1",
            context={"target_script": "zh-Hant"},
        ),
    ],
    clean=[
        "您好，请问有什么可以帮您？",
        Clean("您好，請問有什麼可以幫您？", context={"target_script": "zh-Hant"}),
        Clean("您好，请问有什么可以帮您？", context={"target_script": "auto", "customer_message": "在吗"}),
        Clean("您好", context={"target_script": "auto"}),
    ],
)

MIXED = rule(
    "mixed",
    severity="warning",
    fix="safe",
    description="The draft mixes simplified and traditional characters.",
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

RULES = (CONVERT, MIXED)
NAMES_ZH = {"zh-Hans": "简体中文", "zh-Hant": "繁体中文", "zh-TW": "繁体中文（台湾）", "zh-HK": "繁体中文（香港）"}
NAMES_EN = {
    "zh-Hans": "Simplified Chinese",
    "zh-Hant": "Traditional Chinese",
    "zh-TW": "Traditional Chinese (Taiwan)",
    "zh-HK": "Traditional Chinese (Hong Kong)",
}
_CANTONESE = re.compile("[嘅咗係冇唔喺嚟啲哋嗰咁噉乜嘢]")
_CJK = re.compile(r"[\u3400-\u9fff]")


@hookimpl
def replykit_rules() -> Sequence[Rule]:
    return RULES


def script_of(text: str) -> str | None:
    """'zh-Hans', 'zh-Hant' or 'zh-HK' for a customer's message; None without Chinese."""
    if not _CJK.search(text):
        return None
    trad = sum(1 for a, b in zip(text, convert(text, "t2s")) if a != b)
    simp = sum(1 for a, b in zip(text, convert(text, "s2t")) if a != b)
    if trad > simp:
        return "zh-HK" if _CANTONESE.search(text) else "zh-Hant"
    return "zh-Hans"


def resolve_target(draft: Draft) -> str | None:
    target = draft.context.target_script
    if target == "auto":
        return script_of(draft.context.customer_message or "")
    return target


def _masked(draft: Draft) -> str:
    text = draft.text
    if not draft.protected:
        return text
    chars = list(text)
    for s, e in draft.protected:
        chars[s:e] = MASK * (e - s)
    return "".join(chars)


def _runs(a: str, b: str) -> list[tuple[int, int]]:
    """Maximal runs where two same-length strings differ."""
    runs: list[tuple[int, int]] = []
    for i, (x, y) in enumerate(zip(a, b)):
        if x != y:
            if runs and runs[-1][1] == i:
                runs[-1] = (runs[-1][0], i + 1)
            else:
                runs.append((i, i + 1))
    return runs


@hookimpl
def replykit_check(draft: Draft, options: Any, report: Report) -> None:
    if not _CJK.search(draft.text):
        return
    target = resolve_target(draft)
    masked = _masked(draft)
    if target is not None:
        if draft.enabled(CONVERT):
            _report_conversion(draft, masked, target, report)
        return
    if draft.enabled(MIXED):
        _report_mixed(draft, masked, report)


def to_script(text: str, target: str) -> str:
    """Convert text to a target script, stably: converting the result again changes nothing.

    A traditional or mixed draft is folded to simplified first, so every target starts from
    the same text; OpenCC's Taiwan phrase pass is not idempotent on its own output
    (網絡卡 -> 網路卡 on a second pass), so it is repeated until the text is stable.
    """
    config = OPENCC_CONFIGS[target]
    if config != "t2s" and changes(text, "t2s"):
        text = convert(text, "t2s")
    result = convert(text, config)
    for _ in range(3):
        if config == "t2s":
            break
        again = convert(convert(result, "t2s"), config)
        if again == result:
            break
        result = again
    return result


def _report_conversion(draft: Draft, masked: str, target: str, report: Report) -> None:
    args = {"script": NAMES_ZH[target], "script_en": NAMES_EN[target]}
    converted = to_script(masked, target)
    if converted == masked:
        return
    if len(converted) == len(masked):
        for s, e in _runs(masked, converted):
            report(CONVERT, s, e, [converted[s:e]], args=args)
        return
    for s, e in draft.sentences:  # a phrase changed length: show whole sentences
        after = to_script(masked[s:e], target)
        if after != masked[s:e]:
            report(CONVERT, s, e, [after], args=args)


def _report_mixed(draft: Draft, masked: str, report: Report) -> None:
    if not draft.is_traditional or not changes(masked, "s2t"):
        return  # one script only (the common case costs two set checks)
    to_simp = convert(masked, "t2s")
    to_trad = convert(masked, "s2tw")  # Taiwan-standard characters (為, not OpenCC's 爲)
    if len(to_simp) != len(masked) or len(to_trad) != len(masked):
        return
    trad_runs = _runs(masked, to_simp)
    simp_runs = _runs(masked, to_trad)
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


@hookimpl
def replykit_finalize(text: str, draft: Draft, options: Any, annotations: Sequence[Annotation]) -> str | None:
    target = resolve_target(draft)
    if target is None or not draft.enabled(CONVERT):
        return None
    return to_script(text, target)
