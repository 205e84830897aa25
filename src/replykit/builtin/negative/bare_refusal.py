"""negative.bare-refusal: 不可以的哦 / 不支持 as the whole answer: advice to give a reason and an
alternative (nothing is known to put in its place)."""

from __future__ import annotations

from replykit.rules import Example, rule

BARE_REFUSAL = rule(
    "bare-refusal",
    severity="warning",
    fix="unsafe",
    description="A bare 不可以/不行/不能/不支持 answer; give the reason (因为……) and an alternative.",
    description_zh="只回答“不可以/不行/不能/不支持”；说明原因（因为……）并给出替代方案。",
    zh="只回“不可以/不行”是生硬的拒绝；先说原因（因为……），再给出替代方案",
    en="A bare 'no' is a blunt refusal; give the reason (because ...) and offer an alternative",
    examples=[
        Example("亲，不可以的哦", "亲，不可以的哦"),
        Example("不行的呢", "不行的呢"),
        Example("不可以的呢已经是成本价了", "不可以的呢已经是成本价了"),  # a new sentence after the particle
        Example("这不可能", "这不可能"),
        # A handling plan after a firm "no" is the shop's decision: advice unless configured.
        Example("退货不行的哦亲", "退货不行的哦亲"),
        Example(
            "这款没货了，今天发货不行的哦亲",
            "这款没货了，今天发货不行的哦亲，我们能为您做的是一有货就马上通知您",
        ),
        Example("本公司规定：开封商品退货一律不支持。", "本公司规定：开封商品退货一律不支持。"),  # policy text
        Example("那不行，只能退一件", "那不行，我们能为您做的是退一件"),
        Example("親，不支持的哦", "親，不支持的哦"),
        # A closing particle, then the next sentence with no punctuation between.
        Example("亲亲不可以哦这个保密哦", "亲亲不可以哦这个保密哦"),
        Example("无凭证的理赔一律拒绝", "无凭证的理赔一律拒绝"),
        Example("我们只是代购，不管", "我们只是代购，不管"),
        Example("您还要再减五十？不可能的", "您还要再减五十？不可能的"),  # the request echoed, then refused
        # A refusal put as a scornful question: a template for the agent, never applied.
        Example("换什么换，明明好好的", "换什么换，明明好好的"),
        Example("衣服都洗过了还换什么？", "衣服都洗过了还换什么？"),
    ],
    clean=[
        "对于无端的指责，我们坚决不接受",  # conduct refused, no service
        "基础版不支持。建议您选择升级版，自带蓝牙模块。",  # another product suggested next
        "可不可以先帮您登记一下？",
        "行不行您说了算",
        "顾客觉得口味不行，我们马上改了配方",  # someone's judgement, nothing refused
        "主机也不行吗",
        "不行的话您再联系我们哦",
        "如果还是不行，麻烦您拍个视频给我们",
        "实在不行您可以申请售后",
        "不会的亲，放心使用",
        "缺一不可哦",
        "您还想换什么颜色吗？",
        "我们不会不管的",
        "不管怎样都会帮您处理",
        "说少了配件？不可能的，出库前都拍了视频",  # the customer's claim denied (blame's reading)
        "您家的路由器不行，换一个试试",
        "请先别点确认收货，点了我们就不管了",  # a threat after a warning: another problem
    ],
)
