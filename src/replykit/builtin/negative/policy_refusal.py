"""negative.policy-refusal: 不支持/不接受/不予/恕不受理/不在…范围内 stated as the shop's rule."""

from __future__ import annotations

from replykit.rules import Example, rule

POLICY_REFUSAL = rule(
    "policy-refusal",
    severity="warning",
    fix="unsafe",
    description="A refusal stated as a rule (不支持/不接受/不予/不得/恕不/概不/不在…范围内) with nothing the "
    "customer can do; follow it with what the shop can do.",
    description_zh="把拒绝说成规定（不支持/不接受/不予/不得/恕不/概不/不在…范围内），顾客无路可走；接着说我们能做什么。",
    zh="“不支持/不接受/不予…”只把规定摆在客户面前；说明原因，并告诉客户我们能为他做什么",
    en="Stating a refusal as a rule leaves the customer at a wall; give the reason and say what you can do",
    examples=[
        Example("本店不订做", "本店不订做"),
        # 无/未 + a service the shop does not run; 不会作…退款; the shop's own 拒收 + object.
        Example("本店無提供代購服務", "本店無提供代購服務"),
        Example("特价商品无维修服务", "特价商品无维修服务"),
        Example("这项业务目前暂未开通", "这项业务目前暂未开通"),
        Example("本店尚未开通分期付款服务", "本店尚未开通分期付款服务"),
        Example("我们不会作任何形式的退款", "我们不会作任何形式的退款"),
        Example("我们店拒收到付包裹", "我们店拒收到付包裹"),
        Example("本店不接受现场刷卡付款", "本店不接受现场刷卡付款"),  # a way to pay
        Example("积分不予返还", "积分不予返还"),
        # An exception is a scope, not a way forward; a rule's 若已…恕无法 still refuses.
        Example("因为是现做的蛋糕，除配送损坏外恕不退换", "因为是现做的蛋糕，除配送损坏外恕不退换"),
        Example("若已打包出库恕无法修改地址", "若已打包出库恕无法修改地址"),
        Example("本店不支持货到付款哦", "本店不支持货到付款哦"),
        # Rules for every buyer stay rules: advice (a reason, a channel), the text is left alone.
        Example("特价商品不接受退货。", "特价商品不接受退货。"),
        Example("偏远地区不在包邮范围内", "偏远地区不在包邮范围内"),
        Example("定制款一经下单，概不退换", "定制款一经下单，概不退换"),
        Example("發票開立後恕不更改抬頭", "發票開立後恕不更改抬頭"),
        Example("活动商品不予价保", "活动商品不予价保"),
        Example(
            "这款不支持退货，可以为您换一个颜色",
            "这款不支持退货，我们能为您做的是换一个颜色",
        ),
        Example(  # a shop's own offer, in a chat reply
            "亲，我们不接受议价哦",
            "亲，我们不接受议价哦，我们能为您做的是下单时多送您一份小样",
            options={"offers": {"discount": "下单时多送您一份小样"}},
        ),
        Example(  # not on the shop's rules page
            "本店不接受议价",
            "本店不接受议价",
            context={"offers": {"discount": "下单时多送您一份小样"}},
        ),
        Example(  # a coupon after 不在包邮范围 grants what was refused
            "亲，偏远地区不在包邮范围内哦",
            "亲，偏远地区不在包邮范围内哦",
            context={"offers": {"discount": "送您一张店铺优惠券"}},
        ),
        Example("我们不承担快递途中的任何责任", "我们不承担快递途中的任何责任"),
        Example("本店不设自提服务", "本店不设自提服务"),
        Example("赠品不得折现", "赠品不得折现"),
        Example("超过七天不予受理", "超过七天不予受理"),
        Example("本店有权拒绝发货", "本店有权拒绝发货"),
        Example("过了售后期不允许退换货", "过了售后期不允许退换货"),
        Example("特价款不退不换哦", "特价款不退不换哦"),
        Example("这项服务我们目前没有提供", "这项服务我们目前没有提供"),
        # A plain 不 before a service word, confirmed by the word segmenter.
        Example("我们这边不开发票的哦", "我们这边不开发票的哦"),
        Example("这款不包邮的亲", "这款不包邮的亲"),
        Example("我们不给退的哦", "我们不给退的哦"),
        Example("我们这边不退钱的", "我们这边不退钱的"),  # 退钱 as one word
        Example("缺一个配件都不收", "缺一个配件都不收"),  # 收: taking the parcel or the payment
        Example("本店不负任何责任", "本店不负任何责任"),
        Example("亲，这款暂不发货哦", "亲，这款暂不发货哦"),
        Example("我哋唔做面交", "我哋唔做面交"),
        Example("亲，我们暂时不会调整价格哦", "亲，我们暂时不会调整价格哦"),
        Example("本店不提供试用装", "本店不提供试用装"),  # the shop refusing, whatever the object
        Example("恕难从命", "恕难从命"),
        Example("歉難接受退貨", "歉難接受退貨"),  # formal declining, whatever its object
        Example("礙難照辦，敬請見諒", "礙難照辦，敬請見諒"),
        Example("我们这边不方便透露客户信息", "我们这边不方便透露客户信息"),
        Example("这边是拒绝议价的哦", "这边是拒绝议价的哦"),
        # A rule that excludes the case: the object names a service.
        Example("色差不构成退货理由", "色差不构成退货理由"),
        Example("人为损坏不属于保修范围", "人为损坏不属于保修范围"),
        Example("定制商品不适用七天无理由退换", "定制商品不适用七天无理由退换"),
        Example("我们不提供尺码建议", "我们不提供尺码建议"),
        Example("我们没有上门取件服务哦", "我们没有上门取件服务哦"),  # a service the shop has not got
        Example("暫無提供發票服務", "暫無提供發票服務"),
        Example("您这个不符合退货条件", "您这个不符合退货条件"),  # the case does not qualify
        Example("系统不让改地址", "系统不让改地址"),
        Example("唔會退錢㗎", "唔會退錢㗎"),
        Example("恕不接受電話訂購", "恕不接受電話訂購"),  # 恕 declines whatever follows
        # The shop's verdict at the end of its clause.
        Example("到付的包裹我们一律拒收", "到付的包裹我们一律拒收"),
        # After-sales and answers as the service refused; the shop's disclaimers.
        Example("定制款一律不处理退换", "定制款一律不处理退换"),
        Example("私自拆开过的手表我们不修", "私自拆开过的手表我们不修"),
        Example("春节假期仓库不出货", "春节假期仓库不出货"),
        Example("包裹里没附单据的不处理", "包裹里没附单据的不处理"),
        Example("摔坏的屏幕不在售后范围内", "摔坏的屏幕不在售后范围内"),
        Example("到货日期本店不作任何保证", "到货日期本店不作任何保证"),
        Example("进货渠道不对外提供", "进货渠道不对外提供"),
        Example("已结算的订单恕未能改价", "已结算的订单恕未能改价"),
        Example("包装设计我们短时间内不会调整", "包装设计我们短时间内不会调整"),
        # What the shop has not got to give.
        Example("淨係門市交收，冇送貨", "淨係門市交收，冇送貨"),
        Example("就是没有自提", "就是没有自提"),
        Example("迟到的预约不再保留，没有例外", "迟到的预约不再保留，没有例外"),
        Example("换屏这几天没有备用机", "换屏这几天没有备用机"),
        Example("本店谢绝议价", "本店谢绝议价"),  # 谢绝 refuses whatever follows
        Example("二手书售出不退哈", "二手书售出不退哈"),  # the closing particle is no part of the word
        Example("唔設退款", "唔設退款"),  # Cantonese 唔 = 不
        # Hong Kong and Taiwan notices: the formal passive 不获, 支援 for 支持, 未有 for 没有.
        Example("资料不全的申请将不获受理", "资料不全的申请将不获受理"),
        Example("缺席的課堂不獲補課", "缺席的課堂不獲補課"),
        Example("本店暫不支援離島配送", "本店暫不支援離島配送"),
        Example("暂不支援内地地址", "暂不支援内地地址"),  # where the shop does not deliver
        Example("本店不接收货到付款订单", "本店不接收货到付款订单"),
        Example("本店暫時未有外送服務", "本店暫時未有外送服務"),
        Example("年底前不会接受预订", "年底前不会接受预订"),
        Example("已发出的订单恕不另行处理", "已发出的订单恕不另行处理"),  # not the notice formula
        Example("不设上门测量、安装", "不设上门测量、安装"),  # a service at the door
        # The object after a list the clause was cut by, or after a bracket; 不作退款; 无…服务.
        Example("特价套餐均不接受任何口味、份量等更改", "特价套餐均不接受任何口味、份量等更改"),
        Example("本店不作退款", "本店不作退款"),
        Example("刻字商品无退换货（含改字）服务", "刻字商品无退换货（含改字）服务"),
        Example("本店没有寄存（保管）服务", "本店没有寄存（保管）服务"),
        Example("秒杀商品不支持比价", "秒杀商品不支持比价"),
        # 请自行联系… sends the customer away: no way forward of the shop's.
        Example(
            "本店的小家电不提供上门安装，如需安装请自行联系品牌客服",
            "本店的小家电不提供上门安装，如需安装请自行联系品牌客服",
        ),
    ],
    clean=[
        # Not the shop refusing a service: an adjective, a potential complement, a permission,
        # the customer's misconduct, conduct refused, rights denied, a contrast with what is done.
        "这件衣服不便宜，但面料很好",
        "别人拿不走的好心情",
        "照片不发也可以，文字评价就好",
        "无故多次拒收的账户，平台会限制下单",
        "本店没有义务帮您保管行李",  # the shop's rights (self-centred), not a service refused
        "本店只会为您更换同款，不会提供退款",
        # The way forward before (a question in it), after (什么 as "whatever"), or in 只换不退.
        "您可以问问朋友有没有哦，小店不支持别的平台付款",
        "亲，小店不允许用其他软件沟通哦，您需要什么直接拍下就可以",
        "拆封后的耳机只换不退，因为影响二次销售",
        "第三方商品由商家负责售后。如对方不处理，我们可以帮您发起纠纷处理",  # 如: a condition
        "这款耳机不支持无线充电",
        "本店支持七天无理由退货",
        "因为是定制商品，恕不退换，如需修改尺寸可以联系客服为您重做",
        "由于系统限制不支持合并订单，您可以分开下单，我们会一起发出",
        "您之前没有提供税号，麻烦补充一下",
        "买家不得恶意拍下不付款",
        "不得不说这款真的很好看",
        "如不接受此方案，我们再为您想办法",
        "请勿自行拆机，否则可能会导致无法保修",
        "不接受的话也没关系，您再考虑一下",
        "由于商品属于定制类，本店恕不退换，如有质量问题请联系客服处理。",
        "买家拍下后七天内未付款的订单，系统将自动关闭，恕不另行通知。",
        "这款衣服不掉色的，您放心",
        "这双鞋的鞋底不开胶，也不发霉",  # product facts: another word after 不
        "这款不退色，放心洗",
        "现在发票不开具办公用品，可以选择大类或者明细",  # the customer's own way forward
        "感谢亲，我们离不开您的支持",
        "一袋包邮，偏远地区不包邮",  # the scope of an offer just stated
        "整单退款时红包会退还给您；部分退款，红包不退回",  # one case of a rule already explained
        "物流不会送错的，请放心",  # a reassurance about another party
        "又不是我们不给您退",
        "不客气哦亲",
        "不用担心，我们会帮您处理",
        "不好意思让您久等了",
        "这款不太适合小个子哦",  # a negated adverb of degree
        # 拒收/驳回 as the customer's act or a noun, not the shop's verdict.
        "快递到了您直接拒收就可以，我们收到退件马上退款",
        "您可以选择拒收",
        "包裹拒收成功以后，款项会原路退回",
        "对恶意下单的账号，平台会采取拒绝发货等措施",
        # No service named: product facts.
        "这款面霜不适用于敏感肌",
        "这不构成任何影响，请放心",
        "包装内不提供充电头",
        "请通过平台申请退款，私下转账恕不受理",  # the channel is given first
        "你给差评我就不给你退了",  # a threat (another problem), not a refusal of a request
        "非常抱歉让您久等，这确实不符合我们对发货速度的要求",  # owning a failing
        "我们没有收到您的退货包裹",  # 没有 + a verb: what did not happen
        "恕不接受電話訂購，請至官網下單",  # the channel follows
        "價格如有變動，恕不另行通知",  # a notice's formula
        "已读不回是因为消息太多",
        "这个套餐没有赠品，不过单价更低",  # a fact of the listing
        "这款不另外收取运费",  # good news
        "门店目前不能自提哦，仓库不对外开放。我们可以安排同城闪送，两小时内送到。",
        "这款没货了，到货第一时间通知您",  # the way forward follows
        "用户故意不签收的，平台有权限制账户",  # the customer's act
        "超出保修期的，维修费用另计",  # there for a fee
        # A threat over a review: another problem, not a refusal of a request.
        "谁给差评，以后就不再卖给谁",
        # A privacy promise, a pledge about the goods, the customer told to turn a parcel back.
        "我们不会提供您的个人信息给第三方",
        "我们绝不卖翻新货",
        "本店支持七天无理由退货服务",  # 无理由 grants
        "春节仓库不发货，您现在下单会在初八发出",  # when it will be done instead
        "这件您是换还是不换？",  # a choice asked
        "这个物流不支持到付，改成寄付就可以了",  # what to do instead, and it works
        "这次上门我们不收运费",  # good news
        "这次的服务费用我们不收了",  # the charge waived
        "押金我们不收了",
        "本店一律不获利，全部捐出",  # 不获 + no service
        "用户故意不收货的，平台会限制账户",  # the customer's act
        "我们不收任何手续费哦",
        "这款支持多种颜色、尺码等选择",  # a list, no service refused
        # The way forward: another carrier or channel after, the shop's counter before.
        "这家快递暂时停运了，换别的快递下单吧",
        "本店暂不接受微信订购，请您在官网下单",
        "大件家具须到门店自提，由于车辆有限，我们不提供送货服务",
        "外箱压坏的，请您当面拒收",
        "我们不接受拿差评威胁商家的做法",
        "因为是刻字定制的，这款不支持七天无理由。要是字刻错了，我们免费给您重刻一个",
    ],
)
