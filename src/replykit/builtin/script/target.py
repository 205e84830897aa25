"""What both script rules use: script names, the target script of a draft, OpenCC conversion."""

from __future__ import annotations

import re

from replykit.convert import OPENCC_CONFIGS, changes, convert
from replykit.draft import MASK, Draft

NAMES_ZH = {"zh-Hans": "简体中文", "zh-Hant": "繁体中文", "zh-TW": "繁体中文（台湾）", "zh-HK": "繁体中文（香港）"}
NAMES_EN = {
    "zh-Hans": "Simplified Chinese",
    "zh-Hant": "Traditional Chinese",
    "zh-TW": "Traditional Chinese (Taiwan)",
    "zh-HK": "Traditional Chinese (Hong Kong)",
}
_CANTONESE = re.compile("[嘅咗係冇唔喺嚟啲哋嗰咁噉乜嘢]")
CJK = re.compile(r"[\u3400-\u9fff]")


def script_of(text: str) -> str | None:
    """'zh-Hans', 'zh-Hant' or 'zh-HK' for a customer's message; None without Chinese."""
    if not CJK.search(text):
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


def masked(draft: Draft) -> str:
    text = draft.text
    if not draft.protected:
        return text
    chars = list(text)
    for s, e in draft.protected:
        chars[s:e] = MASK * (e - s)
    return "".join(chars)


def differing_runs(a: str, b: str) -> list[tuple[int, int]]:
    """Maximal runs where two same-length strings differ."""
    runs: list[tuple[int, int]] = []
    for i, (x, y) in enumerate(zip(a, b)):
        if x != y:
            if runs and runs[-1][1] == i:
                runs[-1] = (runs[-1][0], i + 1)
            else:
                runs.append((i, i + 1))
    return runs


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
