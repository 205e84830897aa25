"""negative.no-way: 没办法/没法 as a refusal; rebuilt like ``cannot`` or, bare, like ``bare-refusal``."""

from __future__ import annotations

from replykit.rules import Example, rule

NO_WAY = rule(
    "no-way",
    severity="warning",
    fix="unsafe",
    description="没办法/没法 sounds like giving up on the customer; give the reason and an alternative.",
    description_zh="“没办法/没法”听起来像放弃了顾客；说明原因并给出替代方案。",
    zh="“没办法”听起来像放弃了客户；说明原因，再给出我们能做的替代方案",
    en="'No way' sounds like giving up on the customer; give the reason and offer an alternative",
    examples=[
        Example("我这边是没办法修改价格的哦", "要修改价格的话，我这边能为您做的是……"),
        Example("抱歉，这个我们没办法帮您加急", "抱歉，这个要加急的话，我们能为您做的是……"),
        Example("没法给您便宜了亲", "要便宜的话，我们能为您做的是……亲"),
        Example("确实没办法。", "因为……，我们能为您做的是……。"),
        Example("这个小妹真的没办法呢", "因为……，小妹能为您做的是……"),
    ],
    clean=[
        "您放心，我们会想办法帮您解决",
        "有办法的，您按照这个步骤操作就可以",
        "如果没办法签收，可以联系快递员改约时间",
    ],
)
