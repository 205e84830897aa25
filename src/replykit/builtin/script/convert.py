"""script.convert: the reply is not in the customer's script; converted in replykit_finalize."""

from __future__ import annotations

from replykit.builtin.script.target import NAMES_EN, NAMES_ZH, differing_runs, to_script
from replykit.draft import Draft
from replykit.hookspecs import Report
from replykit.rules import Clean, Example, rule

CONVERT = rule(
    "convert",
    severity="info",
    fix="safe",
    description="Convert the reply to the customer's script (target_script).",
    description_zh="把回复转换成顾客使用的字形（target_script）。",
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


def report_conversion(draft: Draft, masked: str, target: str, report: Report) -> None:
    args = {"script": NAMES_ZH[target], "script_en": NAMES_EN[target]}
    converted = to_script(masked, target)
    if converted == masked:
        return
    if len(converted) == len(masked):
        for s, e in differing_runs(masked, converted):
            report(CONVERT, s, e, [converted[s:e]], args=args)
        return
    for s, e in draft.sentences:  # a phrase changed length: show whole sentences
        after = to_script(masked[s:e], target)
        if after != masked[s:e]:
            report(CONVERT, s, e, [after], args=args)
