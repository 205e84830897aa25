"""negative.cannot-promise: 无法保证/不能确定 -> the decision kept, then how we will follow up."""

from __future__ import annotations

from replykit.rules import Example, rule

CANNOT_PROMISE = rule(
    "cannot-promise",
    severity="warning",
    fix="unsafe",
    description="无法保证/不能确定 leaves only uncertainty; say what it depends on and how you will follow up.",
    description_zh="“无法保证/不能确定”只留下不确定；说明取决于什么、我们会怎样跟进。",
    zh="“无法保证/无法确定”只留下不确定感；说清以什么为准、我们会怎么跟进",
    en="'Cannot guarantee' leaves only uncertainty; say what it depends on and how you will follow up",
    examples=[
        Example(
            "具体时间我们也无法确定",
            "具体时间我们也无法确定，我们能为您做的是随时帮您跟进订单进度，有更新马上告诉您",
        ),
        Example("这个不能保证的哦", "这个不能保证的哦"),
        Example("不保证的呢亲", "不保证的呢亲"),
        Example(
            "具体哪天到货我们也没法确定呢",
            "具体哪天到货我们也没法确定呢，我们能为您做的是随时帮您跟进订单进度，有更新马上告诉您",
        ),
        Example(
            "具體時間我們也無法確定呢",
            "具體時間我們也無法確定呢，我們能為您做的是隨時幫您跟進訂單進度，有更新馬上告訴您",
        ),
        Example(
            "小妹这边不能保证每款都有现货",
            "小妹这边不能保证每款都有现货，小妹这边能为您做的是一有货就马上通知您",
        ),
        Example(  # a notice to every buyer keeps its rule
            "本商城不能保证所有商品均有现货，以实际库存为准。",
            "本商城不能保证所有商品均有现货，以实际库存为准。",
        ),
        Example(  # a potential complement: 保证不了 = 不能保证
            "亲，这个时效我们保证不了",
            "亲，这个时效我们保证不了，我们能为您做的是随时帮您跟进订单进度，有更新马上告诉您",
        ),
    ],
    clean=[
        "我们会协助您向快递索赔，但不保证一定成功",  # the limit of an effort made (but-cancel's reading)
        "仓库将尽力为您加急，不能保证明天一定送到",
        "我们保证是正品，请您放心",
        "这个可以确定，明天一定送到",
        "我帮您确认一下再回复您",
        "具体时间暂时无法确定，发货后会第一时间通知您",
        "预计周三送到，具体几点不能确保哦",  # the estimate is given; the caveat is honest
        "因为批次不同，不能确定生产日期，但都在保质期内，请您放心",
        # A caveat on an effort already made or promised: honest, not a refusal.
        "已经帮您加急了，不过不能保证明天一定到",
        "我们会尽快安排，但无法确定具体时间",
        "已幫您催促物流，但無法保證時效喔",
        "我帮您催一下快递，时间没法保证哦",
    ],
)
