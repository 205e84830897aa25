"""script.quotes: Taiwan and Hong Kong readers use 「」 where mainland text uses “”."""

from __future__ import annotations

from replykit.rules import Clean, Example, rule

QUOTES = rule(
    "quotes",
    severity="info",
    fix="unsafe",
    description=(
        "Quotation marks for a Taiwan or Hong Kong reply: “” → 「」, ‘’ → 『』. Unsafe by default "
        '(`quotes = "safe"` in [tool.replykit.plugins.script] lets a bot apply it, `"off"` '
        "silences it)."
    ),
    description_zh=(
        "台湾、香港回复的引号：“” → 「」，‘’ → 『』。默认不安全（在 [tool.replyki"
        't.plugins.script] 设 quotes = "safe" 让机器人自动应用，"of'
        'f" 关闭）。'
    ),
    deferred=True,
    zh="{script}通常使用「」引号",
    en="{script_en} usually quotes with 「」",
    examples=[Example("请点击“确认收货”", "请点击「确认收货」", context={"target_script": "zh-TW"})],
    clean=[
        Clean("请点击“确认收货”", context={"target_script": "zh-Hans"}),
        Clean("请点击“确认收货”", context={"target_script": "zh-TW"}, options={"quotes": "off"}),
    ],
)
