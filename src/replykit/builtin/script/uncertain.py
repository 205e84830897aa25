"""script.ambiguous-character: a simplified character with several traditional forms whose
choice the context does not settle (发 -> 發/髮 in 这个被发明出来了)."""

from __future__ import annotations

from replykit.rules import Clean, Example, rule

UNCERTAIN = rule(
    "ambiguous-character",
    severity="info",
    fix="unsafe",
    description=(
        "A simplified character with more than one traditional form (发 → 發/髮, 制 → 制/製, 了 → 了/瞭) "
        "where OpenCC's choice and the reading of the word around it disagree, or the word gives no "
        "evidence: the unsafe tier. The safe text keeps the character; the first replacement is the "
        "word's reading (被发明 → 被發明, where OpenCC's phrase table says 被髮明)."
    ),
    description_zh=(
        "一个简体字有多个繁体写法（发 → 發/髮，制 → 制/製，了 → 了/瞭），而 OpenCC 的"
        "选择与所在词语的读法不一致，或词语给不出依据：属于不安全层。安全文本保留原字；第一个替换项是按词"
        "语的读法（被发明 → 被發明，OpenCC 的词表会写成被髮明）。"
    ),
    deferred=True,
    zh="“{char}”有多个繁体写法（{choices}），请确认",
    en="“{char}” has several traditional forms ({choices}); please check",
    examples=[
        Example("这个被发明出来了", "这个被發明出来了", context={"target_script": "zh-TW"}),
        Example("参与制造", "参与製造", context={"target_script": "zh-TW"}),
    ],
    clean=[
        Clean("您的头发很好看", context={"target_script": "zh-TW"}),
        Clean("预计3个工作日内发货", context={"target_script": "zh-TW"}),
        Clean("感谢您的耐心等待", context={"target_script": "zh-TW"}),
    ],
)
