"""script.convert: the reply is not in the target script; the certain character conversions,
applied in replykit_finalize (the safe tier).  Reports every tier of the plan."""

from __future__ import annotations

from replykit.builtin.script.options import ScriptOptions
from replykit.builtin.script.plan import QUOTE, UNSURE, VOCABULARY, char_runs, plan
from replykit.builtin.script.quotes import QUOTES
from replykit.builtin.script.target import NAMES_EN, NAMES_ZH
from replykit.builtin.script.uncertain import UNCERTAIN
from replykit.builtin.script.vocabulary import VOCAB
from replykit.draft import Draft
from replykit.hookspecs import Report
from replykit.rules import Clean, Example, rule

CONVERT = rule(
    "convert",
    severity="info",
    fix="safe",
    description=(
        "Convert the reply to the customer's script (target_script): the safe tier. Only character "
        "conversions whose result is certain are applied (预计3个工作日内发货 → 預計3個工作日內發貨 for zh-TW); "
        "a traditional draft only gets the region's character variants (t2tw / t2hk), never a "
        "simplified→traditional table, so 工作天後 stays 工作天後. Regional vocabulary "
        "(script.regional-vocabulary) and characters with several traditional forms that the context does "
        "not settle (script.ambiguous-character) are the unsafe tier: a person decides. Placeholders, "
        "masks, URLs, e-mail addresses, digits, `protected-terms` and text inside ⟦…⟧ are never converted. "
        "See docs/script.md."
    ),
    description_zh=(
        "把回复转换成顾客使用的字形（target_script），安全层：只自动应用结果确定的字符转换（"
        "预计3个工作日内发货 → 預計3個工作日內發貨）；繁体草稿只做地区异体字转换（t2tw / t2"
        "hk），不经过简转繁词表，所以“工作天後”保持不变。地区用语（script.regional-v"
        "ocabulary）和上下文无法确定的一简多繁字（script.ambiguous-charac"
        "ter）属于不安全层，由人决定。占位符、脱敏标记、网址、邮箱、数字、protected-term"
        "s 和 ⟦…⟧ 内的文字不转换。详见 docs/script.md。"
    ),
    deferred=True,
    zh="回复应使用{script}，此处需要转换",
    en="The reply should be in {script_en}; convert this part",
    examples=[
        Example("软件和鼠标都有货", "軟件和鼠標都有貨", context={"target_script": "zh-TW"}),
        Example("预计3个工作日内发货", "預計3個工作日內發貨", context={"target_script": "zh-TW"}),
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
        Clean("將於第3個工作天後自動取消", context={"target_script": "zh-HK"}),
        Clean("我們會盡快為您處理", context={"target_script": "zh-TW"}),
        Clean("您好，请问有什么可以帮您？", context={"target_script": "auto", "customer_message": "在吗"}),
        Clean("您好", context={"target_script": "auto"}),
    ],
)


def report_conversion(draft: Draft, masked: str, target: str, options: ScriptOptions, report: Report) -> None:
    """Report the plan of converting the draft to target, one finding per run or word."""
    args = {"script": NAMES_ZH[target], "script_en": NAMES_EN[target]}
    changes = plan(masked, target, draft.segmenter)
    if not changes:
        return
    if draft.enabled(CONVERT):
        for s, e, replacement in char_runs(changes):
            report(CONVERT, s, e, [replacement], args=args)
    for c in changes:
        if c.kind == UNSURE and draft.enabled(UNCERTAIN):
            shown = {"char": draft.text[c.start : c.end], "choices": "/".join(c.choices)}
            report(UNCERTAIN, c.start, c.end, list(c.choices), args=shown)
        elif c.kind == VOCABULARY and draft.enabled(VOCAB):
            report(VOCAB, c.start, c.end, [c.replacement], args={**args, "word": c.replacement})
        elif c.kind == QUOTE and draft.enabled(QUOTES) and options.quotes != "off":
            report(QUOTES, c.start, c.end, [c.replacement], fix=options.quotes, args=args)
