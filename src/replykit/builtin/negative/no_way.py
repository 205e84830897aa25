"""negative.no-way: 没办法/没法 as a refusal, followed by what can be done instead."""

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
        Example("我这边是没办法修改价格的哦", "我这边是没办法修改价格的哦"),  # a coupon is the shop's decision
        Example(
            "抱歉，这个我们没办法帮您加急",
            "抱歉，这个我们没办法帮您加急，我们能为您做的是随时帮您跟进订单进度，有更新马上告诉您",
        ),
        Example(
            "这个尺码卖完了，我们暂时没法给您换货呢！",
            "这个尺码卖完了，我们暂时没法给您换货呢，我们能为您做的是一有货就马上通知您！",
        ),
        Example("确实没办法。", "确实没办法。"),
        Example("这个小妹真的没办法呢", "这个小妹真的没办法呢"),
        Example("我们没法帮您查这个号码", "我们没法帮您查这个号码"),
        Example("那个颜色没法调货了", "那个颜色没法调货了"),  # a verb by part of speech, not by list
        Example("快递柜没法寄存的", "快递柜没法寄存的"),
        Example("这个可能没办法给您退哦", "这个可能没办法给您退哦"),  # a hedged refusal still refuses
        Example("這個價格實在沒辦法再低了", "這個價格實在沒辦法再低了"),
        # An ASCII full stop ends the refusal's sentence: the offer goes before it, the stop stays last.
        Example(
            "这单我们没法帮您加急哦.快递每天下午来取件",
            "这单我们没法帮您加急哦，我们能为您做的是随时帮您跟进订单进度，有更新马上告诉您.快递每天下午来取件",
        ),
        # The sentence already closes (a request to wait, thanks): an offer after it would not read.
        Example("这单我们没法帮您加急，请您再耐心等两天哦", "这单我们没法帮您加急，请您再耐心等两天哦"),
        Example("亲，地址没法改了，我们出库了", "亲，地址没法改了，我们出库了"),  # a reason, no way forward
        Example("实在没办法帮您加急，感谢您的体谅！", "实在没办法帮您加急，感谢您的体谅！"),
        # A notice laid out as numbered rules is policy text: advice, never an offer inside it.
        Example(
            "亲，发货须知：1.没办法指定快递哦；2.下单后两天内发出；3.节假日顺延",
            "亲，发货须知：1.没办法指定快递哦；2.下单后两天内发出；3.节假日顺延",
        ),
    ],
    clean=[
        "您放心，我们会想办法帮您解决",
        "有办法的，您按照这个步骤操作就可以",
        "如果没办法签收，可以联系快递员改约时间",
        "这个价格在同类产品里没法比",  # 比 is a preposition here, not a verb
        "这款的做工好得没法说",
        "您那边没法登录的话，换个浏览器试试",
        "吊牌剪掉了会影响二次销售，这样就没办法退了",  # the consequence of the clause before
        "禁用语：“这个没办法”",
        "因为是手工现做的，这周没办法发出。着急的话，店里有另一款现货，我发图给您看看？",
        "生鲜签收后没法退货，毕竟是食品。如果收到有坏果，拍照给我们，我们按个数补偿。",
    ],
)
