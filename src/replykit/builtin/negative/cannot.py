"""negative.cannot: 我们不能给您退款 -> 要退款的话，我们能为您做的是…… (the clause analysis in
``negative`` decides; ``clause.can_do`` rebuilds the reply)."""

from __future__ import annotations

from replykit.rules import Example, rule

CANNOT = rule(
    "cannot",
    severity="warning",
    fix="unsafe",
    description="A refusal with 不能/不可以/无法 + a service action; say what can be done instead.",
    description_zh="用“不能/不可以/无法”加服务动作来拒绝；改说我们能为顾客做什么。",
    zh="“不能/无法”让客户只盯着被拒绝的事；改说我们能为他做什么（我们能为您做的是……）",
    en="'Cannot' makes the customer dwell on the refusal; say what you can do for them instead",
    examples=[
        Example("我们不能给您退款", "要退款的话，我们能为您做的是……"),
        Example("我們不能給您退款", "要退款的話，我們能為您做的是……"),
        Example("亲，地址是无法修改的哦", "亲，地址要修改的话，我们能为您做的是……"),
        Example("真的很抱歉我们这边无法修改地址", "真的很抱歉，要修改地址的话，我们这边能为您做的是……"),
        Example("亲爱的 这边现在是不能为你修改的呢", "亲爱的 现在要修改的话，这边能为您做的是……"),
        Example("不同型号、【颜色】是无法更换的哦", "不同型号、【颜色】要更换的话，我们能为您做的是……"),
        Example(
            "订单提交后无法更改，可以在完成后为您换开", "订单提交后要更改的话，我们能为您做的是……，可以在完成后为您换开"
        ),
        Example("小妹这边无法修改订单的呢", "要修改订单的话，小妹这边能为您做的是……"),
        Example("[订单x]已经出库了，无法取消的哦", "[订单x]已经出库了，要取消的话，我们能为您做的是……"),
        Example("亲，酒类商品不能开增值税发票哦", "亲，酒类商品要开增值税发票的话，我们能为您做的是……"),
        Example("目前是无法添加备注的呢", "目前要添加备注的话，我们能为您做的是……"),
        Example("實在抱歉，這個我們無法為您修改地址", "實在抱歉，這個要修改地址的話，我們能為您做的是……"),
    ],
    clean=[
        "能不能麻烦您提供一下订单号呢",
        "今晚的秒杀可不能错过哦",
        "我们不能不对您负责",
        "洗涤时千万不能用漂白剂哦",
        "如果您无法签收，可以请家人代收",
        "您那边无法付款是吗？",
        "温馨提示：订单一旦取消就无法恢复哦",
        "修改的话可能无法成功，我们会尽力帮您协调",
        "配送员反馈无法联系您，麻烦留意一下电话",
        "避免因为缺货导致无法下单哦",
        "这个可以为您修改，请稍等",
        "本店支持七天无理由退货",
    ],
)
