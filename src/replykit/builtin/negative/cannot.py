"""negative.cannot: 我们不能给您退款 -> 我们不能给您退款，我们能为您做的是<offer> (the clause
analysis in ``negative`` decides; ``reframe`` builds the finding)."""

from __future__ import annotations

from replykit.rules import Example, rule

CANNOT = rule(
    "cannot",
    severity="warning",
    fix="unsafe",
    description="A refusal with 不能/不可以/无法 + a service action; say what can be done instead.",
    description_zh="用“不能/不可以/无法”加服务动作来拒绝；接着说我们能为顾客做什么。",
    zh="“不能/无法”让客户只盯着被拒绝的事；接着说我们能为他做什么（我们能为您做的是……）",
    en="'Cannot' makes the customer dwell on the refusal; say what you can do for them instead",
    examples=[
        # The customer forbidden to do what they ask (你/您 + 不能): advice, no offer fits.
        Example("仓库重地，您不能进去", "仓库重地，您不能进去"),
        Example("亲，您不能自己挑颜色哦", "亲，您不能自己挑颜色哦"),
        Example("我们更不能为您私下转账", "我们更不能为您私下转账"),  # 更 before the negation
        Example("我们的员工不能到店外交付商品", "我们的员工不能到店外交付商品"),  # the shop's people
        Example("这个价不好再砍价了", "这个价不好再砍价了"),  # 不好 + 再: a soft refusal
        # No default offer grants a refund or an address change: advice, the text is left alone.
        Example("我们不能给您退款", "我们不能给您退款"),
        Example("我們不能給您退款", "我們不能給您退款"),
        Example("亲，地址是无法修改的哦", "亲，地址是无法修改的哦"),
        Example(  # the shop's own offer is applied; one that names the address again is not
            "亲，地址是无法修改的哦",
            "亲，地址是无法修改的哦，我们能为您做的是帮您联系快递转寄",
            context={"offers": {"address": "帮您联系快递转寄"}},
        ),
        Example(
            "亲，地址是无法修改的哦",
            "亲，地址是无法修改的哦",
            context={"offers": {"address": "在订单上备注您的新地址"}},
        ),
        Example(  # the draft's own alternative, folded into the positive frame
            "发票抬头无法更改，可以在订单完成后为您换开",
            "发票抬头无法更改，我们能为您做的是在订单完成后为您换开",
        ),
        Example(  # after the whole sentence: not between two refusals, not before a courtesy
            "亲，这个颜色暂时没货了，我们不能给您调换哦。",
            "亲，这个颜色暂时没货了，我们不能给您调换哦，我们能为您做的是一有货就马上通知您。",
        ),
        Example(  # the draft's own comma
            "亲,这款缺货了,我们无法按时发货,请您谅解。",
            "亲,这款缺货了,我们无法按时发货,请您谅解。",  # closed by a courtesy: advice
        ),
        Example(
            "亲，这单已经付款了，我们无法取消订单，也无法退款哦",
            "亲，这单已经付款了，我们无法取消订单，也无法退款哦，我们能为您做的是优先安排发货",
            context={"offers": {"cancel": "优先安排发货"}},
        ),
        Example("[订单x]已经出库了，无法取消的哦", "[订单x]已经出库了，无法取消的哦"),
        Example("訂單一經成立,本店即無法變更收件地址。", "訂單一經成立,本店即無法變更收件地址。"),  # policy
        Example("目前是无法添加备注的呢", "目前是无法添加备注的呢"),
        Example("您的这个要求我们无法满足", "您的这个要求我们无法满足"),
        Example("虚拟卡券付款后即无法退款，还请留意", "虚拟卡券付款后即无法退款，还请留意"),
        Example("这个价格已经是底价了，无法突破的哦", "这个价格已经是底价了，无法突破的哦"),
        Example(
            "小妹这边无法修改订单的呢，只能为您改一下发货时间",
            "小妹这边无法修改订单的呢，小妹这边能为您做的是改一下发货时间",
        ),
        Example(
            "因为缺货，我们目前无法按时发货",
            "因为缺货，我们目前无法按时发货，我们能为您做的是一有货就马上通知您",
        ),
        Example("亲，酒类商品不能开增值税发票哦", "亲，酒类商品不能开增值税发票哦"),
        # A potential complement after a service verb refuses like 不能 + verb.
        Example("地址改不了了哦", "地址改不了了哦"),
        Example("海外地址我们寄不了", "海外地址我们寄不了"),
        Example(
            "亲，这款缺货了，今天发不出去了",
            "亲，这款缺货了，今天发不出去了，我们能为您做的是一有货就马上通知您",
        ),
        Example("我没有权限帮您取消", "我没有权限帮您取消"),
        Example("只能补发，不能退款", "只能补发，不能退款"),  # a limit is no reason
        Example("小区门禁的事我们管不了", "小区门禁的事我们管不了"),
        Example("软件兼容的问题我们无法解答，请咨询厂家", "软件兼容的问题我们无法解答，请咨询厂家"),  # sent away
        Example("唔可以改地址喇", "唔可以改地址喇"),  # Cantonese 唔 = 不
        Example("满减券不能跟店铺红包叠加使用", "满减券不能跟店铺红包叠加使用"),
        Example("预售款不能提前安排发货哦", "预售款不能提前安排发货哦"),
        # The customer's own thing as the object, nobody else named: the shop cannot.
        Example("是无法查看到您的位置的呢", "是无法查看到您的位置的呢"),
        Example("优惠券不能跟满减一起用哦", "优惠券不能跟满减一起用哦"),  # a phrase of two words
        Example("赠品是不能折现的哦", "赠品是不能折现的哦"),
        Example("这款不能给您寄到国外哦", "这款不能给您寄到国外哦"),
        Example("呢張單改唔到㗎喇", "呢張單改唔到㗎喇"),  # Cantonese V唔到 = V不到
        Example("呢個價錢冇得再平啦", "呢個價錢冇得再平啦"),
        Example("这个价格没得商量", "这个价格没得商量"),
        Example("我没权限操作退款", "我没权限操作退款"),
        Example("取件码过期后无法延后", "取件码过期后无法延后"),
        Example("不可因颜色不喜欢办理退换", "不可因颜色不喜欢办理退换"),  # 因 opens a coverb phrase
        Example(  # 希望您能谅解 is no way forward
            "按规定我不能为您开具这类发票，希望您能谅解",
            "按规定我不能为您开具这类发票，希望您能谅解",
        ),
        Example("這部分無法配合喔", "這部分無法配合喔"),  # 配合: the shop's cooperation refused
        Example("很抱歉，超商取貨無法貨到付款", "很抱歉，超商取貨無法貨到付款"),
        Example("呢款冇得揀顏色", "呢款冇得揀顏色"),
        # A condition on a lapse still withholds the service (the blind readers' refusal).
        Example("若未在规定时间内付款，订单将无法保留", "若未在规定时间内付款，订单将无法保留"),
    ],
    clean=[
        "您不可以空腹服用",  # care of the product
        "您拆了包装我们就不好再卖了",  # the shop's own loss, nothing the customer asked for
        "员工不能在上班时间玩手机",  # a rule for staff, not said for the shop to a customer
        "您不能这样对我们的客服说话",  # a reproach of conduct (curt's reading)
        # A sign explained, what would have applied, the condition of a prohibition, a
        # requirement spelt out, a sanction on the customer.
        "结算页没有出现顺丰选项，则代表无法寄顺丰",
        "按规定本应无法退款，这次特别为您办理了",
        "不能接受这个规则的请勿下单",
        "收件人需填写真实姓名(不可使用昵称)",
        "累计三次未取件，以后将无法再使用到付",
        "超过30天的订单，只能换同款，不能退",  # a reason and the way offered
        "能不能麻烦您提供一下订单号呢",
        "今晚的秒杀可不能错过哦",
        "我们不能不对您负责",
        "洗涤时千万不能用漂白剂哦",
        "如果您无法签收，可以请家人代收",
        "您那边无法付款是吗？",
        "温馨提示：订单一旦取消就无法恢复哦",
        "修改的话可能无法成功，我们会尽力帮您协调",
        "配送员反馈无法联系您，麻烦保持电话畅通",
        "避免因为缺货导致无法下单哦",
        "这个可以为您修改，请稍等",
        "这款手表游泳时不能佩戴哦",
        "因为已经发货了，所以无法修改地址，您可以在签收后联系我们为您换货",
        "由于订单已出库无法取消，建议您收到后申请退货",
        "不会的亲，这个颜色不会掉",
        "请勿用力拉扯，否则可能会导致无法退款",
        "亲，因为已经发货了，地址没法改了哦，您可以签收后联系我们帮您转寄",
        "因系统原因，订单提交后本店无法修改地址，如需更改请联系客服为您重新下单。",
        "订单提交后无法更改，可以在订单完成后为您换开",  # a state as the reason, and an alternative
        "现在可以给您改到下周一送达，这周末是不可以的",  # the limit of an offer just made
        "我们不可能发错货的，发货前都会检查",  # denying a mishap
        "发票原件要一起寄回，否则无法退款",  # a warning of what follows
        "您的手机开不了机的话，先充一会儿电试试",
        "您那边收不到验证码吗？",
        "这款外套不能机洗，请手洗",  # product care
        "离开不了人的话可以约晚上送",
        # Another word that only starts like a service verb: product care.
        "这款杯子不能装开水",
        "电池不能自行拆卸",
        "這款沙發無法拆洗",
        "智能助手无法识别您的语音，请改用文字",  # who cannot is named
        "催单并不能加快发货",  # a fact denied
        # The reason and the way forward, the way said first.
        "请先核对尺码再付款，出库后无法更换",
        "您可以先申请退货，因为已经超过七天，无法换货了",
        "您方便到店自提吗？因为快递停运，暂时无法配送",
        "价格没法再低了，我送您一个抱枕可以吗？",  # an offer put as a question
        "因为系统限制无法合并订单，我们会把两单一起发出",
        "未付款的订单不能发货哦，付款后马上安排",
        "因為係訂製品，唔可以退，不過我哋可以幫你改尺寸",
        # Training material quoting what not to say.
        "错误示范：“不能退就是不能退”",
        "服务忌语：“不行”“办不到”“没办法”",
        "這款手機不支援5G",
        "呢部機唔可以用快充㗎",
        "唔会㗎，放心啦",
        "可唔可以俾个订单号我？",
        # What the shop commits not to do, and wording guidance for agents.
        "售后期内，我们不能拒绝您的退货要求",
        "我们不能让您白跑一趟",
        "我们无法忽视您的感受",
        "遇到顾客要求退款时，不能直接说“不能退”",
        # No control over a third party: the blame rules read it, not a refusal.
        "物流的速度我们也无法控制",
        "单号暂时查不到信息，说明快递还没揽件",  # a tracking fact, not a service refused
        # The reason in the refusal's sentence, the way forward in the next one.
        "拆封后的面膜不能退，这是为了卫生安全。如果担心不合适，我们有小样可以先买来试",
        "这是底价了，因为是今年的新款。真的不能再降了，不过可以送您一个收纳袋",
        "耳机属于贴身用品，拆封后就不能退了，希望您理解。要是音质有问题，我们负责免费换新。",
        "抱歉，发票抬头开出后就不能更改了，因为已经上传税务系统。您把新的抬头发给我，我们给您作废重开。",
        "会员积分不能兑换现金，这是平台的规则。积分可以在商城里换购小家电，我发链接给您。",
        "快遞公司的派送時間我們無法掌控",
        # An exception in brackets, the negation as a noun phrase, a potential as a condition.
        "改期收取手续费（无法出行的除外）",
        "请提前确认地址，减少无法修改地址带来的麻烦",
        "无法登录有多种原因，可以先清一下缓存",
        "今天发不出去就顺延到明天一早发",
    ],
)
