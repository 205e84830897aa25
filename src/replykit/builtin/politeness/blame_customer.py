"""blame-customer: the reply puts the fault or the loss on the customer, or accuses them of bad
faith (advice).  By construction: the customer as the subject of a fault or an omission (您没看清楚,
您下单时没备注, 你自己拣错了, 您没看详情就拍了), their slip or their side as the cause of what went
wrong (您填的手机号少了一位，快递才…, 是您家电压不稳才烧坏的, 因为您是下单后才改的地址), misuse
presumed (明显是摔过的, 是人为造成的, 鞋面开胶是穿着下水泡的，不在保修范围), the loss or the
responsibility put on them (损失由您承担, 后果自负 after their slip), a rebuke put as a question
with nothing offered (您是不是没看清楚？, 你买的时候怎么不问清楚), and the others as proof
(其他买家都没有反映过).  Further classes: their own doing with or without 您 (自己量错了,
是你自己关的), a personal cause (个人体质, 洗涤方式不对), a guess put on them with nothing offered
(可能是您误会了, 你屋企人可能收咗), reporting late (收到半个月才来说), a lecture after the fact
(下次请仔细核对, 买之前就该问清楚), the page pointed at (详情页写得清清楚楚), only they complain
(只有您说小), a denial with proof and "look again", a consequence drawn with 当然, a share of
the fault (您也有责任) and a terms page's 视为买家责任.  From real public lines: a rhetorical
why-not (为什么不提前准备好), their way or device lectured (你这样不对的, 您的电脑该升级了), their
account called untrue (并非如您所说), bad faith asserted (无端指责), misuse imputed (你乱给), their
word said broken (明明答应了), the customer as a passive's agent (被您拆坏的), a call they did not
answer given as the cause, and 否则…自负 after an instruction.

As in blame-shift, help offered in the same reply does not make it acceptable (the labelled
practice: 您没按说明书操作，我们帮您寄一份 still blames); a condition (如果您没收到), a real
question, a reminder (还没), a fee rule (运费由买家承担), the shop's own rule's threat (到付件
一律拒收，后果自负) or taking the blame off them (不是您的问题) does not blame."""

from __future__ import annotations

import re

from replykit.builtin.politeness.phrases import (
    CLAUSE_END,
    CUSTOMER,
    CUSTOMER_WORDS,
    OFFER,
    PARTICLES,
    US,
    Phrase,
    not_question,
    phrase,
)
from replykit.draft import Draft
from replykit.rules import Example, rule
from replykit.scan import lazy_compile

BLAME_CUSTOMER = rule(
    "blame-customer",
    severity="warning",
    fix=None,
    holds_sentence=True,
    description="Putting the fault or the loss on the customer (您操作不当, 是您自己的问题, 损失由您承担, 您看错了).",
    description_zh="把过错或损失推给顾客（您操作不当、是您自己的问题、损失由您承担、您看错了）。",
    zh="把责任推给顾客会激化矛盾；先站在顾客一边，说明怎么解决，需要顾客注意的事用提醒的语气说",
    en="Blaming the customer escalates the conflict; side with them, say how it gets solved, "
    "and put what they must watch for as a friendly reminder",
    examples=[
        Example("这是您操作不当造成的"),
        Example("这是您自己的责任"),
        Example("您看错了"),
        Example("签收后才反馈的，运输损失一律由您负责。"),
        Example("因您的误操作导致的损失不予退款"),
        Example("未仔细阅读说明的，后果自负"),
        Example("你为何不问清楚"),
        Example("找各种理由威胁差评的，本店不欢迎"),
        Example("是你自己没注意看"),
        Example("您没看清楚页面说明"),
        Example("都是您的问题"),
        Example("谁让您不看详情的"),
        Example("只能怪您自己没选对尺码"),
        Example("您没有及时确认收货才会这样"),
        Example("是您使用的问题"),
        Example("你不会用"),
        Example("是您地址填错了"),
        Example("您操作錯了"),
        Example("是您自己没仔细看"),
        Example("你没及时签收才被退回的"),
        Example("您没有提前说才发错的"),
        Example("你不会装"),
        Example("损失买家自行承担"),
        Example("如因買家填寫地址有誤造成退件，損失由買家自行承擔"),
        # The customer's omission as the cause: a duty missed, the moment they should have acted,
        # or a consequence drawn from it; whether or not help follows.
        Example("签收的时候您没有当面验货，现在很难处理"),
        Example("您没有及时接电话，快递员才把包裹退回去的"),
        Example("您下单时没有备注颜色，仓库就按默认发了"),
        Example("您门牌号没写，所以快递送不到"),
        Example("您当时也该看一下尺码表的"),
        Example("是您那边信号不好，页面才没加载出来"),
        Example("是您家的插座有问题"),
        Example("这个明显是摔过的"),
        Example("您没有按说明书操作，我们帮您寄一份新的说明书"),
        Example("因为您是发货后才改的地址，所以还是寄到了原地址"),
        Example("尺码是您自己选的，我们是按订单发的货"),
        Example("您下单的时候应该仔细核对地址"),
        # By construction: a slip with its consequence, acting without the step owed, a cleft
        # putting the damage or the lateness on them, forgetting, their device or way of use.
        Example("超过七天是您自己没有及时申请"),
        Example("您沒有在期限內申請退貨"),
        Example("你自己冇睇清楚尺碼"),
        Example("您这是自己没有保管好"),
        Example("您没看商品详情就拍了"),
        Example("您不看说明书就装，肯定装不上"),
        Example("您填的手机号少了一位，快递才联系不上您"),
        Example("您的地址写得不完整，所以没送到"),
        Example("您的手机太旧了，所以不兼容"),
        Example("您的操作步骤不对，所以连不上"),
        Example("您的使用方法有误"),
        Example("鞋子是您穿着下水才开胶的"),
        Example("是你們家電壓不穩才燒壞的"),
        Example("您是过了活动时间才下的单"),
        Example("是您自己忘了用优惠券"),
        Example("您自己把包装拆了，就不能退了"),
        Example("退货地址填错导致的损失需买家自行承担。"),
        Example("您是不是没看清楚活动规则？页面上写着呢。"),  # a rebuke put as a question
        Example("其他买家都没有反映过这个问题。"),
        Example("你买的时候怎么不问清楚？"),
        Example("应该是您自己弄坏的吧"),
        Example("你自己拣错了尺码"),
        Example("你用法唔啱"),
        Example("您的包裹被退回是因为您没有去超商取货。"),
        Example("您收到時沒有當場檢查，現在很難判斷責任歸屬。"),
        Example("這個是您自己洗縮水的，不屬於品質問題。"),
        Example("因為您填的是公司地址，週末沒人簽收才退回的。"),
        Example("这都是您自己造成的。"),
        Example("你当初自己选的。"),
        Example("您的网络有问题吧。"),  # a presumption of their fault
        Example("这种情况是人为造成的。"),
        Example("是您自己不小心弄坏的。"),
        Example("是你自己唔小心整爛嘅。"),
        # Classes from the fourth blind set: own doing without 您, a personal cause, a guess
        # put on them, a late report, a lecture after the fact, the page pointed at, the
        # others as proof, a consequence drawn with 当然, a share of the fault, a terms page.
        Example("自己量错了尺码，还要我们出运费？"),
        Example("衣服起球是您自己洗的时候没翻面"),
        Example("係你自己揀錯尺碼"),
        Example("你這台是自己拆過吧？拆過的不保修。"),
        Example("是您自己选的经济快递，慢很正常"),
        Example("過敏是個人體質問題"),
        Example("掉色是洗涤方法不对造成的"),
        Example("可能是您家小朋友拿去玩了"),
        Example("估计是你自己摔到了吧"),
        Example("您收到半个月才来说少件，我们没法查"),
        Example("過咗七日先話唔啱，我哋點幫你"),
        Example("下次收货请当面检查好再签收"),
        Example("您买之前就应该先问清楚的"),
        Example("买之前不问清楚，现在又要退"),
        Example("商品页面早就写明了不支持退换"),
        Example("只有你一个人说有异味"),
        Example("别人用都好好的，就你说不行"),
        Example("不可能少发的，我们打包有录像，您再找找"),
        Example("你不按说明书来当然装不上"),
        Example("是你放在车里一下午才化的吧"),
        Example("您作为收件人也有责任核对"),
        Example("签收后发现的问题，一律视为顾客责任"),
        Example("选错了自己负责"),
        Example("自己不看怪谁"),
        Example("这个不能算我们的吧"),
        Example("你冇留電話，速遞聯絡唔到你"),
        Example("係你屋企人簽收咗"),
        Example("下次訂購前請先確認尺寸"),
        Example("您收到一週後才反映，我們很難認定"),
        # Classes from real public lines: a rhetorical why-not, their way declared wrong, their
        # device lectured, their error named, their account called untrue, bad faith asserted,
        # misuse imputed, a broken word, a bare 怎么弄的, the terms said to have been told, a
        # personal taste, the customer as the agent of a passive, a call they did not answer,
        # 否则…自负 after an instruction.
        Example("为什么不提前看好尺码再下单"),
        Example("你怎么不早点说"),
        Example("敲了半天门，你怎么不开"),
        Example("您这样操作是不对的"),
        Example("您的电脑早该升级了"),
        Example("差评改变不了您的错误"),
        Example("经核实，事实并非如此"),
        Example("您的说法与事实不符"),
        Example("这种无端指责我们不接受"),
        Example("您乱用才坏的"),
        Example("您明明说好了要蓝色的"),
        Example("怎么弄的，又填错了"),
        Example("下单时已经提醒过了，不能退"),
        Example("可能是您的口味偏淡"),
        Example("快递多次联系您都没人接，只能退回了"),
        Example("门锁是被您拆坏的"),
        Example("请按说明书安装，否则后果自负"),
        Example("您也没说要加急啊"),
        Example("你們為什麼不先打電話來問"),
        Example("您这样洗肯定会缩水的"),
        Example("您的评价与实际情况不符"),
        Example("您应该早点联系我们"),
        Example("你们自己操作失误"),
        Example("活动规则写得很清楚"),
        Example("可能是您的口味偏重"),
        Example("是您提供的地址有误"),
        # Classes from a second harvest of real lines: how the customer is doubted (a guess at
        # their slip with the customer first, bad faith imputed to them or their order, suspicion
        # stated, their character accused, the others or a record as proof against them, their
        # understanding declared wrong, knowledge they were supposed to have).
        Example("亲可能记错了下单时间"),
        Example("你估计是看错日期了吧"),
        Example("这笔交易疑似盗刷"),
        Example("系统判定您的账号涉嫌刷单"),
        Example("你是想来骗钱的吧"),
        Example("我们怀疑这个账号是用来倒卖的"),
        Example("您怎么这么不讲道理"),
        Example("顾客实在太挑剔了"),
        Example("那么多人穿了都没问题"),
        Example("我们有录像为证"),
        Example("监控拍得清清楚楚"),
        Example("您应该清楚这个规定"),
        Example("并不是您想的那样"),
        Example("这条评价存在事实偏差"),
        Example("为什么不早点来取"),
        Example("包装是被你们直接拆开的"),
        Example("阿姐你可能睇錯咗"),  # the same classes in Cantonese and Traditional
        Example("點解唔早啲嚟"),
        Example("你係咪想呃錢？"),
        Example("好多人用都冇問題"),
        Example("閘口CCTV影得清清楚楚"),
        Example("您的会员卡余额不够才支付失败的"),  # other trades: their account, their booking
        Example("您的手机系统版本过低，闪退很正常"),
        Example("您预订时没有注明要加床"),
        Example("是您自己把验证码透露给别人的"),
        Example("该客人私自带宠物入住导致房间异味"),  # a wrong done, marked by how
        Example("顾客强行要求退款"),
        Example("您这样给差评对我们很不公平"),
        Example("您说的根本不是事实"),
        Example("这完全是您的个人感受"),
        Example("您给的地址根本不存在"),
        Example("因買家未於期限內取貨，包裹已退回"),
        Example("您收到货后没有联系我们，直接就给了差评"),  # a bad review given without a word
        Example("您一句话不说就给差评"),
        Example("您这差评给得有点冤枉我们了"),
        Example("是您自己要求放快递柜的"),
    ],
    clean=[
        "这不是您的问题，是我们发错了，非常抱歉",
        "您的问题我已经收到，马上为您处理",
        "如果您填错了地址也没关系，发货前我们可以帮您修改",
        "退货运费由买家承担，质量问题由我们承担",
        "您是不是看错了颜色呢？我再发一张实拍图给您",
        "是我们的疏忽，给您添麻烦了",
        "您自己的信息我们会严格保密",
        "小妹刚才给您看错了，非常抱歉",
        "您没有看错，确实是这个价格",
        "您没注意到也正常，我再说明一下",
        "如果您没有收到，我们给您补发",
        "您不会用的话我教您",
        "这不能怪您，是我们没写清楚",
        "是您的订单吗？我帮您查一下",
        "您没看清楚的地方我再发一遍",
        "请问您填错的地址离收货地址远吗",
        "如果是您自己的原因退货，运费需要您承担哦",
        "如遇恶意差评，我们会向平台申诉",
        "您没有收到货，我们马上给您补发",  # their situation, not their fault
        "您还没付款哦，记得尽快付款",  # a reminder
        "如果您没有收到，我们给您补发",
        "您之前没有提供税号，麻烦补充一下",
        "您应该明天就能收到了",  # 应该 as "probably"
        "是您本人签收的吗",
        "您自己选的颜色很好看哦",  # praise of their choice
        "您应该明天就能收到了",
        "理解您说的“不会安装”，我发一段安装视频给您",
        "这不是您的责任，是我们没说清楚",
        "您没有及时收到回复，是我们的疏忽",  # it happened to them, and we own it
        "您还没有申请退款，需要我帮您操作吗？",  # 申请 holds 请, not a request
        "您的地址不完整，麻烦补充一下门牌号",  # a request to fix it, no consequence drawn
        "如果您的操作步骤不对，我们可以远程指导",
        "您是今天才下的单吗？",
        "是您提醒我们才发现的，谢谢您",  # their help, not a fault
        "您别忘了领券哦",  # a reminder
        "您忘记领券了吗？我帮您改一下价",
        "您自己把地址改了就行",  # an instruction
        "您没收到就联系我们",
        "您没有时间取件的话，我们可以帮您改成送货上门",
        "到付件一律拒收，后果自负。",  # the shop's own rule's threat, not their fault
        "不接受到付，拒收后果自负。",
        "恶意差评者，本店保留追究责任的权利。",  # a case the shop states, not an accusation
        "您是不是没看清楚呢？我再发一张图给您",  # asked in order to help
        "其他买家都没有反映过，我们帮您再检查一下",
        "不管是顾客的错还是快递的问题，我们都会先解决",
        "如果是人为损坏，维修需要收取配件费",  # a case stated, not a presumption
        "您的网络有问题吗？我帮您换个链接试试",
        # Look-alikes of the fourth set's classes.
        "您可以自己在订单页面修改地址哦",
        "我们自己也用这款，效果很好",
        "您自己决定就好，两个颜色都好看",
        "您自己选的颜色很好看哦",
        "效果因人而异，个人体质不同",
        "如果是洗涤方式不对，我们教您正确的方法",
        "这款适合个人使用，家庭装更划算",
        "可能是您的包裹已经到驿站了，我帮您查一下取件码",
        "应该是您明天就能收到啦",
        "收到货才发现颜色不喜欢也没关系，七天内都可以退",
        "我们收到退货后才会退款，请您放心",
        "下次购买可以直接领券，更优惠哦",
        "以后有任何问题随时找我们",
        "嗯嗯好的，我们以后注意",  # the shop's own promise
        "详情页有尺码表，您可以参考一下",
        "您当然可以申请退款，我马上为您处理",
        "只有您一位客户反映，我们非常重视，马上帮您查",
        "其他买家都说好评，感谢您的支持",
        "您再找找看有没有其他喜欢的款式呢",
        "签收即视为您已收到商品",
        "这不应由您承担，扣款已经撤销",  # the loss taken off them
        "自己的宝贝自己疼，给您多送一个护套",
        "不管怪谁，我们先帮您处理",
        "如遇恶意差评，我们会向平台申诉",
        "恶意退货的，一律拒收。",  # a sanction rule, which readers call a refusal
        "您家人已经签收了，请您查看一下",  # a status, not a guess at who took it
        "下次订购前可以先确认库存哦",
        "请您下次购买前先量一下尺寸，有疑问随时问我们",
        "您还没有留电话，麻烦补充一下，方便快递联系您",
        # Look-alikes of the classes from real public lines.
        "您为什么不试试我们的新款呢",
        "请问您为什么没收到呢？我帮您查一下",
        "快递员为什么没联系您，我帮您问问",
        "怎么不说话呢？您还在吗",  # impatience, which readers call curt
        "您这样搭配很好看",
        "您的手机可以升级系统后再试试",
        "这不是您的过失，是我们的问题",
        "如有不实之处，欢迎指正",
        "对于恶意差评，我们会向平台申诉",
        "你不要无理取闹好不好",  # an order, which readers call curt
        "我们明明已经发货了，我帮您查一下物流",
        "下单时我们会提醒您选择尺码",
        "您的皮肤比较敏感的话，建议先试用小样",
        "被您选中的商品已加入购物车",
        "我们联系您没有得到回复，麻烦您方便时回电",
        "谁让你投诉我的？",  # a threat over the complaint, not their fault
        "我们会优化出餐流程，下次提前和您约定送达时间",  # our promise
        "下次送餐时我们会加强核对",
        "退换货的运费及处理费用将由顾客承担，敬请见谅",  # a fee, clauses before
        "退款将由买家承担这部分手续费",
        "因客户自身原因要求退换的，收取来回运费",  # a return reason, not a fault
        "若客户个人原因导致商品损坏的，后果需自行承担",  # a terms page's case
        "商品需保持完好，且不能是人为损坏",  # a return condition
        "您也没说错，确实是这样",
        "您为什么不开心呢，跟我说说",
        "这款洗了不会缩水的，您放心",
        "您的评价我们都认真看了，谢谢",
        "活动规则写得很清楚，您可以点开看一下",  # sent to read it now, a tip
        "规则上写明了七天内可以退",
        "是您提供的地址吗？我核对一下",
        "每个人口味不同，下次您可以备注少盐，我们一定照做",
        # Look-alikes of the classes from the second harvest.
        "您可能误会了，我再给您详细说明一下",  # a guess with help next
        "您可能明天就能收到了",  # a forecast
        "如发现刷单行为，订单将被取消",  # a rule
        "违规的账号将被封禁",
        "您怀疑遇到诈骗的话，请拨打官方电话核实",  # their doubt
        "我们不会骗您的，请放心",
        "您一点都不过分，是我们没做好",
        "如果您觉得我们太过分了，请直接告诉我们",
        "很多人用都没问题，欢迎选购",  # selling, not doubting a complaint
        "我们会调取监控帮您查找包裹",
        "您应该已经收到通知了吧",  # 应该 as "probably"
        "其实不是您想的那样复杂，三步就好",  # reassurance
        "不是您想的这样吗？",
        "商品描述存在偏差，我们马上为您更正",  # our page owning its error
        "您没有提供凭证，暂时没法处理，提供后马上为您退款",  # a reason and the way on
        "您的卡余额不足的话可以换一张卡支付",
        "您入住时可以提出需要无烟房",
        "您把地址告诉我，我帮您改",
        "请勿私自拆封商品",  # a rule
        "恶意下单的用户将被取消资格",
        "如果用户故意不收货，本店有权取消订单",  # a terms page's case and its sanction
        "您多次联系我们，我们非常抱歉",
        "我们尊重您的个人感受",
        "每个人感受不同，您可以先试用",
        "您反映的问题确实存在，非常抱歉",
        "您留的电话是空号，麻烦提供一个新号码",  # a request to fix it
        "这款面膜适合敏感肌，很多人用了都说好",  # selling, not doubting a complaint
        "如果您没收到货，请不要直接给差评，先联系我们",  # asked, which readers call curt or a request
        "感谢您没有直接给差评，而是先联系我们",
        "不满意就给差评吧，没关系",  # left to them
        "您别动不动就给差评",  # an order, which readers call curt
        "直接给差评的，一律不处理",  # a rule and its sanction
        "我们冤枉了您，非常抱歉",
        "您自己选择的颜色很好看",
    ],
)

_FAULT = (
    r"(?:过失|疏忽|失误|误操作|操作不当|使用不当|操作失误|操作错误|保管不当|安装不当|操作有误|填写错误|填写有误"
    r"|人为损坏)"
)
_OWN_FAULT = r"(?:责任|问题|原因|错|过错)"
_NOT_THEIRS = lazy_compile(r"(?:不是|并非|非|不属于|不会是|并不是|不怪|不在于|与)\s*$")
_CONDITION = lazy_compile(r"如果|若|要是|假如|万一|是否|是不是|可能|如|的话|怕|不管|无论|不论")
_CUSTOMER_AT = lazy_compile(CUSTOMER)
_WHICHEVER = lazy_compile(r"不管|无论|不论")
_FEE = lazy_compile(r"运费|邮费|快递费|费用|手续费|差价|关税|税费|来回|往返|处理费|行政费|收款费")


_AS_COPULA = ("因为", "认为", "皆为", "均为", "都为", "实为", "乃为", "系为", "视为")


# What a customer's reason leads to in a return policy: their own request, not a fault.
_A_REQUEST = lazy_compile(r"(?:而)?(?:要求|申请|需要|想要|需)?(?:退|换|取消|拒收|更改|改)")


def _said_of_them(draft: Draft, m: re.Match[str]) -> bool:
    """Not after 不是/并非 (这不是您的问题: taking the blame off them)."""
    s, _ = draft.clause_at(m.start())
    at = _CUSTOMER_AT.search(m.group())
    pos = m.start() + at.start() if at else 0
    if pos > 0 and draft.norm[pos - 1] in "给为帮替跟和对向" and draft.norm[pos - 2 : pos] not in _AS_COPULA:
        return False  # 给您看错了: the customer is the object, the agent erred
    if _WHICHEVER.search(draft.norm, max(s, m.start() - 8), m.start()):
        return False  # 不管是顾客的错还是…: whoever's fault, not blaming
    return not _NOT_THEIRS.search(draft.norm[max(s, m.start() - 6) : m.start()])


def _their_fault(draft: Draft, m: re.Match[str]) -> bool:
    """是您自己的问题 blames; 如果是您自己的原因退货 and 因客户自身原因要求退换 state a return
    policy case."""
    if m.group().endswith("原因"):
        s, _ = draft.clause_at(m.start())
        if _CONDITION.search(draft.norm[s : m.start()]) or _A_REQUEST.match(draft.norm, m.end()):
            return False
    return _said_of_them(draft, m)


# Something the customer did or missed, earlier in the sentence: 未仔细阅读说明的，后果自负.
_THEIR_FAULT_BEFORE = lazy_compile(
    CUSTOMER + r"|未(?:经|按|仔细|认真|阅读|确认|联系|核对|告知)|没(?:有)?(?:按|仔细|认真|阅读|确认|联系|核对|告知)"
    r"|不按|不听|错|误|私自|擅自|自行|忘|不当|疏忽|无(?:信息|备注|单号)"
)


def _after_their_fault(draft: Draft, m: re.Match[str]) -> bool:
    """后果自负 after their slip blames; after the shop's own rule (到付件一律拒收，后果自负) it is
    the rule's threat, which readers call a refusal."""
    if _CUSTOMER_AT.search(m.group()) or m.group().startswith("自己的"):
        return True  # 损失买家自行承担 / 自己的损失自己负责: put on the customer by name
    ss, _ = draft.sentence_at(m.start())
    if _OTHERWISE.search(draft.norm, max(ss, m.start() - 8), m.start()):
        return True  # …需使用保温袋，否则问题自负: their failure to follow the instruction
    if _IF_CASE.search(draft.norm, ss, m.start()):
        return False  # 若客户个人原因导致…的，后果需自行承担: a terms page's case
    return _THEIR_FAULT_BEFORE.search(draft.norm, ss, m.start() + 2) is not None  # 选错了自己负责


_OTHERWISE = lazy_compile(r"否则|不然|要不然")
_IF_CASE = lazy_compile(r"若|如果|假如|倘若|万一")


def _nobody_else(draft: Draft, m: re.Match[str]) -> bool:
    """其他买家都没有反映过 with nothing offered doubts the customer; with help it only informs."""
    s, _ = draft.clause_at(m.start())
    return not _CONDITION.search(draft.norm[s : m.start()]) and not OFFER.search(draft.norm)


def _accuses(draft: Draft, m: re.Match[str]) -> bool:
    """找理由威胁差评 accuses; 如遇恶意差评，我们会申诉 and 恶意差评者，本店将追究 state what the
    shop does in a case."""
    s, _ = draft.clause_at(m.start())
    if _DONT.search(draft.norm, max(s, m.start() - 4), m.start()):
        return False  # 你不要无理取闹: an order, which readers call curt
    if _CASE.search(draft.norm, s, m.start()) and not m.group().startswith(_ASSERTED):
        return False  # 对于恶意差评，我们会申诉: a case the shop states (无端指责 asserts it)
    if m.group() == "白嫖":
        return False  # 就是想白嫖: a sneer, which readers call curt
    ss, se = draft.sentence_at(m.start())
    if _SANCTION.search(draft.norm, ss, se) or draft.norm.startswith(("的买家", "的顾客", "买家", "的人"), m.end()):
        return False  # 恶意退货的，一律拒收 / 不欢迎恶意退货的买家: a rule or a sanction, not a fault
    return not _CONDITION.search(draft.norm[s : m.start()]) and not draft.norm.startswith("者", m.end())


# Bad faith asserted, not a case: 对于无端指责和恶意攻击 says the complaint was baseless.
_ASSERTED = ("无端", "无理取闹", "胡搅蛮缠", "蛮不讲理", "造谣", "诬陷", "诽谤", "恶意攻击", "恶意诋毁", "恶意中伤")


_DONT = lazy_compile(r"不要|别|请勿|勿|不许|少来")


_SANCTION = lazy_compile(r"一律|保留|追究|拉黑|有权|黑名单|列入|封号")


_CASE = lazy_compile(r"对于|针对|遇到|如遇|凡|一旦")


def _stated(draft: Draft, m: re.Match[str]) -> bool:
    """您看错了 as a statement: not 如果您看错了, not 您是不是看错了呢？"""
    s, _ = draft.clause_at(m.start())
    return not _CONDITION.search(draft.norm[s : m.end()]) and not_question(draft, m) and _said_of_them(draft, m)


# What the customer failed to do, or did wrong: 没看清楚, 没注意, 不会用, 填错, 选反.
_MISSED = (
    r"(?:没|没有|未|冇)(?:(?:仔细|认真|好好)(?:看|睇|阅读|核对|检查)|[看睇]清楚?|看仔细|看到|看明白|注意到?|留意到?"
    r"|核对|确认|检查|阅读|读|填对|选对|写对|量好?)"
    r"|(?:不|唔)(?:[看睇](?:清楚|仔细)|注意|留意|核对|检查)"
)
_DAMAGED_BY = "弄|摔|用|搞|碰|压|拆|洗|穿|晒|烘|泡|整"
_DAMAGE = "坏|破|断|裂|烂|缩水|变形|褪色|掉色"
_DID_WRONG = (
    r"(?:(?:看|填|写|选|拍|买|下|弄|搞|理解|记|输|点|听|操作|用|装|安装|贴|寄|退|拣|挑)(?:错|反)"
    r"|(?:" + _DAMAGED_BY + r")(?:" + _DAMAGE + r"))"
)
# The scan's literals for the phrase below: every verb + result of the damage done (弄坏, 洗缩水),
# so that a common 坏 or 破 alone (坏了, 破损) costs no confirm step.
_FAULT_CORES = "|".join(
    ["没", "未", "冇", "错", "反", "不会", "不看", "不注意", "不留意", "不核对", "不检查"]
    + ["唔" + v for v in ("睇", "看", "注意", "留意", "核对", "检查")]
    + [v + r for v in _DAMAGED_BY.split("|") for r in _DAMAGE.split("|")]
)
_CANNOT = r"不会(?:用|使用|操作|安装|装|看|弄|调|设置)"
_ATTRIBUTIVE = lazy_compile(r"的(?![吧呢哦啊呀啦嘛哈了])(?=[\u4e00-\u9fff])")
_AFTER_FAULT = lazy_compile(PARTICLES + r"(?:的话|吗|么|嘛|也正常|也没关系|没关系|的地方|的部分|[?？])")


def _fault_stated(draft: Draft, m: re.Match[str]) -> bool:
    """您没看清楚 / 是你自己没注意 / 您不会用: a statement of the customer's fault; not 如果您没收到,
    not 您不会用的话, not 您没注意到也正常, not 这不能怪您."""
    if "说" in m.group():
        return False  # 您说的“不会安装”: their words, quoted back
    if _AFTER_FAULT.match(draft.norm, m.end()) or _ATTRIBUTIVE.match(draft.norm, m.end()):
        return False  # 您没注意到也正常, 您填错的地址: not a statement of fault
    s, _ = draft.clause_at(m.start())
    if "请问" in draft.norm[s : m.start()]:
        return False
    return _stated(draft, m) or _rhetorical(draft, m)


_WHETHER = lazy_compile(r"是不是|是否")


def _rhetorical(draft: Draft, m: re.Match[str]) -> bool:
    """您是不是没看清楚？ with nothing offered is a rebuke put as a question; 您是不是看错了颜色呢？
    我再发一张实拍图 asks in order to help."""
    s, _ = draft.clause_at(m.start())
    asked = draft.norm[s : m.end()]
    return (
        bool(_WHETHER.search(asked))
        and not _CONDITION.search(_WHETHER.sub("", asked))
        and _said_of_them(draft, m)
        and not OFFER.search(draft.norm)
        and not _HELP_NEXT.search(draft.norm, m.end())
    )


_HELP_NEXT = lazy_compile(r"我(?:再|来|给|帮)|再(?:发|给|说明)")


_NOT_BLAMING = lazy_compile(r"(?:不|不能|不会|别|不该|不应该|怎么能|哪能|难)$")


def _blamed(draft: Draft, m: re.Match[str]) -> bool:
    """怪您 blames; 不能怪您 / 这不怪您 takes it off them; 奇怪/难怪 are other words."""
    if m.group().startswith("怪") and draft.norm[m.start() - 1 : m.start()] in ("奇", "难", "古", "责", "见", "作"):
        return False
    if m.group().startswith(("谁让", "谁叫")) and not _THEIR_OWN_DOING.match(draft.norm, m.end()):
        return False  # 谁让你投诉我的: a threat over their complaint, not their fault
    return not _NOT_BLAMING.search(draft.norm[max(0, m.start() - 3) : m.start()]) and not_question(draft, m)


# What follows 谁让您 when the loss is put on them: their omission or their own choice.
_THEIR_OWN_DOING = lazy_compile(r"(?:当时|当初|自己)?(?:不|没|非要|偏要|偏|乱|贪|图|自己|买|选|拍|下单|要|订|点)")


_NEGATED_BEFORE = lazy_compile(r"(?:不应|不应该|不该|不用|无需|不需要|不必|不会|不能|不可能)$")


def _not_a_fee(draft: Draft, m: re.Match[str]) -> bool:
    """损失由您承担 / 由您负责 blames; 运费由买家承担 states who pays a fee; 这不应由您承担 takes
    it off them."""
    s, e = draft.clause_at(m.start())
    by = m.start() + m.group().find("由")
    if _NEGATED_BEFORE.search(draft.norm, max(0, by - 4), by):
        return False
    # The fee may stand clauses before (运费及处理费用（如有）将由顾客承担; 过程如产生运输费用，均需
    # 由客人自行负责) or right after the verb (由买家自己承担这部分收款费).
    if _FEE.search(draft.norm, s, max(e, m.end())):
        return False
    ss, _ = draft.sentence_at(m.start())
    if _LOSS.search(draft.norm, ss, m.start()):
        return True  # 运费及产品的损失，一律由您负责: a loss, not only a fee
    tail = draft.norm[m.end() : min(len(draft.norm), max(e, m.end()) + 2, m.end() + 10)]
    return not _FEE.search(draft.norm, ss, max(e, m.end())) and "费" not in tail


_LOSS = lazy_compile(r"损失|后果|责任|风险|损坏|遗失")


# The customer's omission as the cause: 签收时您没当面验货, 您没有及时回复, 您地址没写门牌号，快递才….
# 您没有收到货 alone states their situation; it blames when the omission is a duty missed (及时,
# 当面, 按说明), at the moment they should have acted (签收时, 当时), or is given as the cause
# (…才, 所以, 导致).  A reminder (您还没付款) or a condition (如果您没收到) is not blame.
_DUTY = lazy_compile(
    r"及时|按时|第一时间|马上|立即|立刻|仔细|认真|当面|提前|按照|按|好好|注意|看清|核对|检查|验货|备注|确认|(?:在|于)[^，。]{0,4}(?:内|前)"
    r"|[^，。！？,!?\s]{1,2}(?:好|清楚|仔细)(?![的吗])"
)
# Things that happen to the customer, not duties they missed: 您没有及时收到回复.
_HAPPENED = lazy_compile(r"(?:及时|按时)?(?:收到|得到|接到|拿到|等到|看到回复)")
# The shop owning the fault in the same sentence: 您没有及时收到回复，是我们的疏忽.
_WE_OWN = lazy_compile(r"(?:是|属于)?(?:我们|我|本店|小店|我司)(?:的|这边的)(?:疏忽|问题|失误|错|责任|不对|过失)")
_THEN = lazy_compile(
    r"才|所以|因此|导致|造成|以致|结果|就只能|就会|就被|联系不上|联络不上|联络唔到|联系唔到|送不到|送唔到|被退回|退回了"
)
_AT_THE_TIME = lazy_compile(
    r"当时|当初|(?:签收|收货|收到|下单|付款|购买|拍下|填写|提交|入住|预订|预约|登记|办理|开户|注册|报名|寄件|点餐|点单)"
    r"(?:的)?(?:时|时候|之前|前)"
)
_NOT_YET = lazy_compile(r"(?:还|尚|暂|仍)(?:没|未)")
_ATTRIBUTIVE_OMISSION = lazy_compile(r"的(?:地方|部分|内容|信息|情况|话)")
_ASKED = lazy_compile(r"(?<![申邀聘宴])请|麻烦|吗|么|[?？]|是否|有没有|的话|也没关系|也正常|没关系")


def _omission_blamed(draft: Draft, m: re.Match[str]) -> bool:
    norm = draft.norm
    s, e = draft.clause_at(m.start())
    ss, se = draft.sentence_at(m.start())
    near = (max(s, m.start() - 12), min(e, m.end() + 12))  # bounded: many hits in one long clause
    if _CONDITION.search(norm, *near) or _NOT_YET.search(m.group()) or _ASKED.search(norm, *near):
        return False
    if not _said_of_them(draft, m):
        return False
    missed = m.group("missed")
    if _HAPPENED.match(missed) or _WE_OWN.search(norm, ss, se):
        return False
    if _PAPERS.match(missed) and _WAY_FORWARD.search(norm, m.end()):
        return False  # 由于您未提供凭证，暂时无法退款；补充后我们24小时内处理: a reason and the way on
    if norm[max(0, m.start("missed") - 3) : m.start("missed")].endswith(
        ("又没", "也没", "并没", "又没有", "也没有")
    ) and (_UNSAID.match(missed)):
        return True  # 您也没说要加急 / 你又没备注: what they did not tell us, thrown back
    if (
        norm[max(0, m.start() - 1) : m.start()] in ("是", "系")
        and norm[max(0, m.start() - 2) : m.start() - 1] not in "不非"
    ):
        return True  # 是你没去拿: the omission as the answer
    if _ATTRIBUTIVE_OMISSION.search(missed):
        return False  # 您没看清楚的地方我再发一遍: what they missed, named to help
    return bool(
        _DUTY.match(missed)
        or _AT_THE_TIME.search(norm, max(ss, s - 8), m.start() + 6)
        or _THEN.search(norm, m.end(), min(se, m.end() + 20))
        or (_BECAUSE.search(norm, max(s, m.start() - 8), m.start()) is not None and not _their_thing_as_subject(m))
    )


# A document or detail still missing, with the way on given: the reason for a hold, not a fault.
_PAPERS = lazy_compile(r"提供|上传|提交|补充|填写|完善|附上|出示")
_WAY_FORWARD = lazy_compile(
    r"(?:补充|补交|补传|重新提供|重新上传|提供|上传|提交)[^。！？!?]{0,12}?(?:后|即可|就可以|就能|我们|马上|立即)"
)


def _their_thing_as_subject(m: re.Match[str]) -> bool:
    """由于您的订单未完成: their order's state, not something they failed to do."""
    return "的" in m.group()[: m.start("missed") - m.start()]


_UNSAID = lazy_compile(r"(?:说|讲|提|告诉|备注|交代|要求|注明|写)(?!错|什么|过错|清楚的)")


_BECAUSE = lazy_compile(r"因为|由于|是因")  # 被退回是因为您没有去取货: the omission given as the cause


# 是您那边网络卡了, 是您家水质太硬, 色差是您手机屏幕显示的问题: the cause put on the customer's side.
_THEIR_SIDE_FAULT = r"(?:的)?(?:问题|原因|卡了|卡顿|太[\u4e00-\u9fff]|不好|不稳定|坏了|不兼容|不对|不行)"


_THEN_AFTER = lazy_compile(
    _THEN.pattern + r"|就(?:不|没|无|只能)|肯定|退回|联系不上|送不到|卡住|派送失败|无法派送|无法联系|(?:很|也|是)正常"
)
_ASKED_AFTER = lazy_compile(r"[^。！？!?]*?(?:吗|么|[?？])")


def _led_to(draft: Draft, m: re.Match[str]) -> bool:
    """您的地址写得不完整，所以没送到: their slip given as the cause of what went wrong; a bare
    您的地址不完整 may be a request to fix it, so a consequence must follow in the sentence."""
    _, se = draft.sentence_at(m.start())
    if draft.norm.startswith("吧", m.end()):
        return _said_of_them(draft, m)  # 您的网络有问题吧: a presumption of their fault
    if draft.norm[max(0, m.start() - 1) : m.start()] in ("是", "系") and draft.norm[
        max(0, m.start() - 2) : m.start() - 1
    ] not in ("不", "非", "是"):
        return _stated_not_asked(draft, m)  # 是您提供的地址有误: their slip as the answer
    if _INSISTED.search(m.group()):
        return _stated_not_asked(draft, m)  # 您给的地址根本不存在: insisted on, not a request to fix
    return _stated(draft, m) and _THEN_AFTER.search(draft.norm, m.end(), min(se, m.end() + 16)) is not None


_INSISTED = lazy_compile(r"根本|完全|明明|压根")


def _stated_not_asked(draft: Draft, m: re.Match[str]) -> bool:
    """您是过了活动时间才下的单 states it; 您是今天才下的单吗 asks."""
    return _stated(draft, m) and not _ASKED_AFTER.match(draft.norm, m.end())


# What the customer did with the product or the order: its way of use, their device or home.
_THEIR_WAY = (
    r"(?:用法|做法|(?:操作|使用|安装|设置|洗涤|清洗|保养|保管|存放|充电|佩戴|穿着|填写|下单)(?:的)?"
    r"(?:方法|方式|步骤|姿势|习惯)?)"
)
# The core literals of the two phrases below: cheap to scan for, and each match starts at one.
_THEIRS = "的|那边的|家的|这边的|填的|写的|留的|提供的|填写的|选的|给的"
_THEIRS_CORES = "|".join(
    [w + own + s for w in (*CUSTOMER_WORDS, "亲") for own in ("", "自己") for s in _THEIRS.split("|")]
)
_THEIR_WAY_CORES = "用法|做法|操作|使用|安装|设置|洗涤|清洗|保养|保管|存放|充电|佩戴|穿着|填写|下单"
_THEIR_THING = (
    r"(?:手机|电脑|网络|网速|设备|浏览器|电压|水质|信号|路由器|插座|屏幕|显示器|版本|电源|宽带|系统|账号|地址"
    r"|电话|手机号|联系方式|收货信息)"
)
_WENT_WRONG = (
    r"(?:有误|错误|不对|不当|不正确|不规范|有问题|太旧|太老|太低|太差|不稳|不行|不兼容|不完整|不全|不详细|远|偏|偏远"
    r"|是空号|对不上|不符|不足|不够|太慢|过低|过旧|过期|欠费|不存在)"
)
# A bad outcome after 才: 是您穿着下水才开胶的 (not 是您提醒我们才发现的).
_BAD_OUTCOME = (
    r"(?:会)?(?:坏|破|裂|开胶|烧|摔|断|掉|丢|退回|被退|过期|失效|错|失败|不|没|无法|导致|造成|出现|这样|缩水|变形"
    r"|褪色|掉色|起球|生锈|漏|发霉|变质|损坏)"
)


def _presumed(draft: Draft, m: re.Match[str]) -> bool:
    """这个明显是摔过的 presumes; 商品不能是人为损坏 states a return condition."""
    if draft.norm[max(0, m.start() - 2) : m.start()] in ("不能", "不得", "不可", "须为", "不应"):
        return False
    return _stated(draft, m)


_FIRST_CLASSES = (
    phrase(
        BLAME_CUSTOMER,
        "自己|自身|本人",
        6,
        r"(?:是|属于|因为|由于|因)?" + CUSTOMER + r"(?:自己|自身|本人)(?:的)?(?:个人)?" + _OWN_FAULT,
        check=_their_fault,
    ),
    phrase(
        BLAME_CUSTOMER,
        "过失|疏忽|失误|误操作|不当|操作|填写|人为",
        8,
        CUSTOMER + r"(?:们|們)?(?:自己|自身|本人)?(?:的)?(?:个人)?" + _FAULT,
        check=_said_of_them,
    ),
    phrase(BLAME_CUSTOMER, "责任", 6, r"(?<![不非])(?:这|那)?(?:是|属于)" + CUSTOMER + r"的责任", check=_said_of_them),
    phrase(
        BLAME_CUSTOMER,
        "错了|错啦",
        7,
        CUSTOMER + r"(?:自己)?(?:看|填|写|选|拍|买|下|弄|搞|理解|记|输|点|听)错(?:了|啦)",
        check=_stated,
    ),
    phrase(
        BLAME_CUSTOMER,
        "承担|负责|负担",
        8,
        r"(?:一律|均|全部|都|需|须|应|将)?由" + CUSTOMER + r"(?:自行|自己)?(?:承担|负责|负担)",
        check=_not_a_fee,
    ),
    phrase(
        BLAME_CUSTOMER,
        "自负|自行承担|自己承担|自行负责|自己负责",
        10,
        r"(?:(?:后果|责任|风险|损失|问题)(?:[需须应将均都]|需要|一律|全部)?(?:由?" + CUSTOMER + r")?"
        r"|错了?|自己的(?:损失|后果|问题))(?:自负|自行承担|自己承担|自行负责|自己负责)"
        r"|" + CUSTOMER + r"(?:自行|自己)承担(?:一切|全部|所有)?(?:的)?(?:责任|后果|损失|风险)",
        check=_after_their_fault,
    ),
    # Accusing the customer of bad faith: 恶意差评, 威胁评价, 故意退货, 折腾人.
    phrase(
        BLAME_CUSTOMER,
        "恶意|故意|威胁|敲诈|讹|折腾人|白嫖|差评师|无端|无理取闹|胡搅蛮缠|蛮不讲理|造谣|诬陷|诽谤",
        4,
        r"(?:恶意|故意)(?:差评|中评|退货|退款|拒收|投诉|刷单|压价|攻击|诋毁|中伤|曝光|抹黑|扭曲)|威胁(?:评价|差评|给差评|给中评)|敲诈"
        r"|讹(?:人|钱|诈)|折腾人|白嫖|职业差评师|无端(?:指责|攻击|指控|投诉|谩骂)|无理取闹|胡搅蛮缠|蛮不讲理|造谣|诬陷|诽谤",
        check=_accuses,
    ),
    # The customer as subject + a fault predicate: 您没看清楚, 是你自己没注意, 您地址填错了, 你不会用.
    phrase(
        BLAME_CUSTOMER,
        _FAULT_CORES,
        14,
        r"(?:(?<![不非])(?:是|都是|还不是|就是|因为|由于))?"
        + CUSTOMER
        + r"(?:自己|本人)?(?:是不是|是否)?(?:当时|之前|下单时|收货时|(?:下单|收货|签收|购买)的时候)?"
        + r"(?:[^，。！？,!?\s您你没未不冇]{0,4}?)(?:不小心|不慎|唔小心)?"
        + r"(?:"
        + _MISSED
        + r"|"
        + _DID_WRONG
        + r"|"
        + _CANNOT
        + r")(?:了|啦)?",
        check=_fault_stated,
    ),
    phrase(
        BLAME_CUSTOMER,
        "没|未|冇",
        16,
        CUSTOMER + r"(?:自己|本人|那边|这边)?[^，。！？,!?\s您你没未不冇]{0,6}?(?:当时|之前)?"
        r"(?:也|都|并|还|尚|暂|仍)?(?:没有|没|未|冇)(?P<missed>[\u4e00-\u9fff]{1,6})",
        check=_omission_blamed,
    ),
    # 您当时也该检查一下的 / 您本该提前说: what the customer should have done.
    phrase(
        BLAME_CUSTOMER,
        "该",
        8,
        CUSTOMER + r"(?:当时|自己|之前)?(?:也|本来就|本来|本|早)(?:该|应该|应当)",
        check=_stated,
    ),
    phrase(
        BLAME_CUSTOMER,
        "问题|原因|卡|太|不好|不稳定|坏了|不兼容|不对|不行",
        14,
        r"(?<![不非])(?:是|都是|属于|还不是)"
        + CUSTOMER
        + r"(?:那边|这边|家|自己)?(?:的)?[^，。！？,!?\s]{0,8}?"
        + _THEIR_SIDE_FAULT,
        check=_their_fault,
    ),
    # 明显是摔过的 / 不可能是质量问题: misuse presumed.
    phrase(
        BLAME_CUSTOMER,
        "明显是|肯定是|一看就是|不可能是质量|是人为",
        2,
        r"(?:明显|肯定|一看就)是(?:被)?(?:摔|磕|碰|泡|压|踩|拉扯|人为|进水|暴力|用力)|不可能是质量问题"
        r"|(?<![不非])是人为(?:造成|导致|损坏|弄坏|的)",
        check=_presumed,
    ),
    # 因为您是下单后才改地址: their late action given as the cause.
    phrase(
        BLAME_CUSTOMER,
        "才",
        24,
        r"(?:因为|由于|因)" + CUSTOMER + r"(?:是|自己|当时)?[^，。！？,!?\s]{0,8}?才"
        r"(?:改|说|提|付|联系|申请|下单|提交|备注|告知|告诉|通知|反馈|确认|签收)"
        r"|(?:因为|由于)" + CUSTOMER + r"[^。！？!?]{1,18}?才" + _BAD_OUTCOME,
        check=_stated,
    ),
    # 是您的问题 / 都是您自己的原因 / 是您使用的问题: the fault named as theirs.
    phrase(
        BLAME_CUSTOMER,
        "问题|原因|错|过错",
        10,
        r"(?<![不非])(?:是|都是|属于|还不是)"
        + CUSTOMER
        + r"(?:自己)?(?:使用|操作|保管|安装|填写|选择)?的(?:问题|原因|错|过错)",
        check=_their_fault,
    ),
    # 是您自己选的 / 您自己拍的: their own choice as the answer (not 您自己选的颜色很好看).
    phrase(
        BLAME_CUSTOMER,
        "自己",
        8,
        r"(?:是|都是|这是|那是)?" + CUSTOMER + r"(?:当时|当初)?自己(?:当时|当初)?"
        r"(?:选|拍|买|要|下单|同意|确认|定|填|挑|签收|收|造成|导致|弄坏|摔坏|用坏|搞坏|弄|搞)(?=的|了)",
        check=_fault_stated,
    ),
    # 您下单时应该仔细看清楚: what they should have done, with a duty adverb.
    phrase(
        BLAME_CUSTOMER,
        "应该|应当",
        14,
        CUSTOMER + r"(?:[^，。！？,!?\s您你]{0,6}?)(?:应该|应当)(?:先|提前|仔细|当面|及时|认真|看清|核对|确认好|问清"
        r"|早点|早些|早一点|及早)",
        check=_stated,
    ),
    # 谁让您… / 怪您自己…: the loss put on the customer by a rebuke.
    phrase(BLAME_CUSTOMER, "谁让|谁叫|怪", 2, r"(?:谁让|谁叫|只能怪|要怪就怪|怪)" + CUSTOMER, check=_blamed),
    phrase(
        BLAME_CUSTOMER,
        "才",
        14,
        CUSTOMER + r"(?:自己)?(?:没|没有|未|不)[^，。！？,!?]{1,10}?才(?:会|导致|造成|出现|引起|被|发错|寄错|送错|没)",
        check=_stated,
    ),
    phrase(
        BLAME_CUSTOMER,
        "为何|为什么|怎么|咋",
        10,
        CUSTOMER + r"(?:当时|之前|[^，。！？,!?\s]{1,4}?(?:的时候|时|前))?(?:为何|为什么|怎么|咋)(?:不|没|没有)(?:先)?"
        r"(?:问|看|说|检查|核对|确认|注意|仔细|填|写|选|量|阅读|读)",
    ),
    # 您没看详情就拍了 / 您不看说明书就装: acting without the step they owed.
    phrase(
        BLAME_CUSTOMER,
        "没|未|冇|不看|不睇|不问|不量|不核对|不确认|不检查|不咨询|不阅读|不读|不了解|不仔细|不认真|不先",
        5,
        CUSTOMER
        + r"(?:自己|当时|之前)?(?:没有|没|未|冇|不)(?:仔细|认真|先)?(?:看|睇|问|量|核对|确认|检查|咨询|阅读|读|了解)"
        r"[^，。！？,!?\s]{0,8}?就(?!好|行|可以|能|会为|给)",
        check=_stated,
    ),
    # 您填的手机号少了一位，快递才… / 您的操作步骤不对，所以…: their slip, then the consequence.
    phrase(
        BLAME_CUSTOMER,
        _THEIRS_CORES,
        0,
        CUSTOMER
        + r"(?:自己)?(?:"
        + _THEIRS
        + r")"
        + r"(?:"
        + _THEIR_WAY
        + r"|"
        + _THEIR_THING
        + r"|[^，。！？,!?\s]{1,8}?)(?:写得|填得|用得|又|也|太|比较|有点|那么|这么|根本|完全|压根)?"
        + r"(?:"
        + _WENT_WRONG
        + r"|少了|漏了|多了|填错了?|写错了?)",
        check=_led_to,
    ),
    # 您的操作方法不对 / 您的使用方式有误: the way they used it, stated as wrong.
    phrase(
        BLAME_CUSTOMER,
        _THEIR_WAY_CORES,
        6,
        CUSTOMER + r"(?:的|这边的)?" + _THEIR_WAY + r"(?:可能)?(?:有误|错误|不对|不当|不正确|不规范|有问题|唔啱|唔对)",
        check=_fault_stated,
    ),
    # 鞋面开胶是穿着下水泡的，这种不在保修范围: misuse presumed, then the claim refused.
    phrase(
        BLAME_CUSTOMER,
        "是被|是穿|是使|是用|是洗|是泡|是晒|是摔|是磕|是碰|是压|是踩|是拉|是暴|是人为|是进|是自行",
        0,
        r"(?<![不非])是(?:被)?(?:穿着|使用|用|洗|泡|晒|摔|磕|碰|压|踩|拉扯|暴力|人为|进水|自行)[^，。！？,!?\s]{0,6}?的"
        r"(?=[，,]?[^。！？!?]{0,8}?(?:不在|不属于|不予|不能|无法|不包括|不保修|不退|不换))",
        check=_stated,
    ),
    # 是您穿着下水才开胶的 / 是你们家电压不稳才烧坏的: their doing as the cause of the damage.
    phrase(
        BLAME_CUSTOMER,
        "才",
        16,
        r"(?<![不非])是" + CUSTOMER + r"(?:们|們)?(?:那边|家|自己)?[^，。！？,!?\s]{1,10}?才" + _BAD_OUTCOME,
        check=_stated_not_asked,
    ),
    # 您是过了活动时间才下的单: their lateness, stated as a cleft.
    phrase(
        BLAME_CUSTOMER,
        "才",
        14,
        CUSTOMER + r"(?:自己|当时)?是[^，。！？,!?\s]{1,10}?才(?:改|说|提|付|联系|申请|下|提交|备注|告知|告诉|通知|反馈"
        r"|确认|签收|拍|买|寄|退)",
        check=_stated_not_asked,
    ),
    # 是您自己忘了用优惠券 / 您忘记领券了: their omission by forgetting (not 您别忘了, a reminder).
    phrase(
        BLAME_CUSTOMER,
        "忘",
        8,
        r"(?:是)?" + CUSTOMER + r"(?:自己|当时|之前)?(?:忘了|忘记了?|忘掉了?|漏了)(?=[^，。！？,!?\s吗么])",
        check=_stated_not_asked,
    ),
    # 您自己把包装拆了，就不能退了: their own act, with what it cost them.
    phrase(
        BLAME_CUSTOMER,
        "把|将",
        6,
        CUSTOMER + r"(?:自己)(?:把|将)[^，。！？,!?\s]{1,8}?(?:拆|弄|剪|洗|摔|扔|丢|撕|改|用|穿|拿|泡|晒|烘|烫|装"
        r"|告诉|泄露|透露|借|转|删|关)"
        r"[^，。！？,!?\s]{0,3}?(?:了|的|咗)",
        check=_led_to,
    ),
    # 其他买家都没有反映过 / 别人都没问题就您有问题: the others as proof that the fault is theirs.
    phrase(
        BLAME_CUSTOMER,
        "都没|都冇",
        6,
        r"(?:别人|其他(?:的)?(?:买家|顾客|客户|客人|人)|别的(?:买家|顾客|客户|客人|人))都(?:没有?|冇)"
        r"(?:反应|反映|问题|投诉|说过|遇到|出现)",
        check=_nobody_else,
    ),
)


# Construction classes from a larger blind-labelled set: the ways unseen writers put the fault on
# the customer that the classes above did not reach.

# Their own doing, with or without 您 before 自己: 自己量错了, 自己不看就拍, 是你自己关的.
_OWN_VERB = (
    r"(?:选|拍|买|量|度|点|填|写|装|安装|拆|摔|关|删|改|勾选|签|签收|洗|泡|烘|用|开|刷|升级|下载|解绑|绑定|取消|弄|搞"
    r"|放|收|拿|丢|扔|剪|穿|转|换|要求|选择)"
)
_OWN_CORES = "自己"
_NOT_OURS_BEFORE = lazy_compile(r"(?:我|们|哋|店|司|边|妹|家|请|可以|可|能|就|要|需|需要|帮|让|教|由|您可|建议)$")


_CONSEQUENCE = lazy_compile(r"当然|怪|别找|才|所以|自然|肯定|难怪|活该|不就")


def _own_doing(draft: Draft, m: re.Match[str]) -> bool:
    """自己量错了 / 你自己沒用完怪誰 / 云同步是你自己关的: the customer's own act as the cause;
    not 我们自己…, not 您可以自己选, not a condition or a question.  With a noun after it
    (您自己选的平邮) only as a cleft (是您自己选的…) or with its consequence drawn."""
    if m.group("thing"):
        _, se = draft.sentence_at(m.start())
        cleft = m.group().startswith(("是", "系", "都是", "就是", "那就是"))
        if not cleft and not _CONSEQUENCE.search(draft.norm, m.end(), se):
            return False
    at = m.group().find("自己")
    before = draft.norm[max(0, m.start() + at - 3) : m.start() + at]
    if not _CUSTOMER_AT.search(m.group()) and _NOT_OURS_BEFORE.search(before):
        return False
    if _AFTER_FAULT.match(draft.norm, m.end()) or draft.norm.startswith(("就好", "就行", "即可", "就可以"), m.end()):
        return False
    s, _ = draft.clause_at(m.start())
    if "请问" in draft.norm[s : m.start()]:
        return False
    return _stated(draft, m)


# The customer's body, pet, home or way of use as the cause: 过敏是个人体质问题, 洗涤方式不对,
# 与个人养护有关, 意志力问题, 您自身肠胃的原因; not 效果因人而异 (a product disclaimer).
_PERSONAL = r"(?:个人|自身|本身|自己|" + CUSTOMER + r"(?:自身|个人)?)"
_BODY_OR_USE = r"(?:体质|肠胃|皮肤|身体|身材|体型|使用|操作|养护|保养|保管|习惯|意志力|口味|技术|感受|喜好|审美)"
_WAY_WRONG = (
    r"(?:洗涤方式|洗涤方法|洗法|洗的方法|用法|使用方法|使用方式|操作方法|操作方式|保养方法|养护方法|穿法|吃法|喂法)"
    r"(?:不对|不当|错误|有误|不正确|唔啱)"
)
_PERSONAL_CORES = (
    "体质|肠胃|皮肤|身体|身材|体型|使用|操作|养护|保养|保管|习惯|意志力|口味|技术|方式|方法|洗法|用法|穿法|吃法|喂法"
)
_EVERYONE_DIFFERS = lazy_compile(r"因人而异|人人不同|每个人|不同的人")
_REAL_CONDITION = lazy_compile(r"如果|若是|若|要是|假如|万一|的话|是否|是不是|有没有")


_NOT_THEIRS_PERSONAL = lazy_compile(r"(?:不是|并非|非|不属于|不会是|并不是|不怪|不在于)\s*$")


def _personal_cause(draft: Draft, m: re.Match[str]) -> bool:
    """过敏是个人体质问题 / 与个人养护有关; not 效果因人而异, not 不是您个人的原因."""
    ss, se = draft.sentence_at(m.start())
    if _EVERYONE_DIFFERS.search(draft.norm, ss, se) or _REAL_CONDITION.search(draft.norm, ss, m.start()):
        return False
    s, _ = draft.clause_at(m.start())
    return not_question(draft, m) and not _NOT_THEIRS_PERSONAL.search(draft.norm, max(s, m.start() - 6), m.start())


# A guess that puts it on the customer, with nothing offered: 可能是您误会了, 应该是您拆的时候不小心吧,
# 可能你家里人收了; not 可能您明天就收到了 (a forecast).
_GUESS_FAULT = (
    r"(?:误会|误解|看错|记错|弄错|搞错|听错|拿走|收了|收左|签收了|不小心|唔小心|没注意|没留意|没看|冇睇|不太会|不太能|不会用"
    r"|拆|摔|弄|碰|压|改装|放了|太快|太急|太久|操作|用错|转|盗版|假的|不是(?:我们|本店|我哋)|自己|拿去|玩|动过"
    r"|家(?:里)?(?:的)?(?:小朋友|孩子|宝宝|小孩|人|猫|狗|宠物)"
    r"|口重|口味重|口味偏重|(?:要求|期望|期望值|标准)(?:太|比较|有点|过)?高|太挑|比较挑)"
)


def _guessed_on_them(draft: Draft, m: re.Match[str]) -> bool:
    if OFFER.search(draft.norm) or _HELP_NEXT.search(draft.norm, m.end()):
        return False
    return not _REAL_CONDITION.search(draft.norm, max(0, m.start() - 6), m.start())


# Reporting late: 收到这么多天才说, 事后才说, 现在才来问, 迟咗三日先话.
_LATE = (
    r"(?:现在|事后|这么多天|这么久|那么久|几天|多天|半个月|一个月|[一二两三四五六七八九十\d]+(?:天|日|个月|周)(?:了|后)?"
    r"|(?:收到|签收|到货|用了|穿了|完成|离店|退房|吃完|结束)[^，。！？,!?\s]{0,5}?(?:了|后|之后))"
)


_WE_AT = lazy_compile(US + r"|我哋")


_ASKED_IN_CLAUSE = lazy_compile(r"[^，。！？,!?]*?(?:吗|么|[?？])")


def _late_report(draft: Draft, m: re.Match[str]) -> bool:
    s, _ = draft.clause_at(m.start())
    if _WE_AT.search(draft.norm, s, m.start()):
        return False  # 我们收到后才联系您: our own timing
    return _stated(draft, m) and not _ASKED_IN_CLAUSE.match(draft.norm, m.end())


# What they should have done, said after the fact: 下次结账前请仔细确认, 以后订房前看清楚,
# 你买之前就该有心理准备; not 下次购物可以用优惠券, not 以后有问题随时找我们.
_DILIGENCE = (
    r"(?:看清楚?|看仔细|睇清楚|仔细|认真|确认(?:清楚|好)|先确认|先核对|先量|核对|问清楚?|想清楚|了解清楚|当场|当面|提前|不要点|别点|不要买"
    r"|别买|量好|选好|考虑清楚|心理准备)"
)


_MAY = lazy_compile(r"可以|可|能|欢迎|随时")


_WELCOME = lazy_compile(r"随时|欢迎|有(?:任何)?(?:疑问|问题)[^，。！？,!?]{0,4}?(?:问|联系|找)(?:我们|客服)")


_WE_WILL = lazy_compile(r"(?:我们|我|本店|小店|我哋)(?:一定|也)?(?:会|将|已|已经)")


def _lectured(draft: Draft, m: re.Match[str]) -> bool:
    if draft.norm.startswith(("吗", "么"), m.end()) or not not_question(draft, m) or _MAY.search(m.group()):
        return False  # 下次您可以提前取号: a tip
    if _WE_AT.search(draft.norm, max(0, m.start() - 4), m.start()) or _WE_AT.search(m.group()):
        return False  # 我们以后注意 / 下次送餐时我们会加强核对: our own promise
    ss, _ = draft.sentence_at(m.start())
    s, _ = draft.clause_at(m.start())
    if not _CUSTOMER_AT.search(draft.norm, s, m.end()) and _WE_WILL.search(draft.norm, ss, m.start()):
        return False  # 我们会优化出餐流程，下次提前约定送达时间: our promise, its subject carried on
    if _WELCOME.search(draft.norm):
        return False  # 下次购买前先量一下尺寸，有疑问随时问我们: advice with the door left open
    return not _REAL_CONDITION.search(draft.norm, max(0, m.start() - 4), m.start())


# The page said so, after a complaint: 详情页写得清清楚楚, 吊牌都有写, 页面已经提醒过了.
_THE_PAGE = (
    r"(?:详情页|详情|页面|商品页|说明书|说明|吊牌|标签|水洗标|包装上|包装|须知|条款|公告|尺码表|介绍|上面|规则|细则|活动页"
    r"|第[一二三四五六七八九十\d]+条)"
)
_SAID_SO = (
    r"(?:上|里|中)?(?:面)?(?:都|已经|早就|也|明明|都有|早已)?(?:写|标|注|说|提醒|公布|标注|写明|注明|标明|说明)"
    r"(?:得|的)?(?:清清楚楚|很清楚|非常清楚|很明白|明明白白|很明确|过了?|了的|有写|咗|了|得好清楚)"
)


_READ_NOW = lazy_compile(r"自行详阅|自己看|自己翻|翻翻|往下|有看吗|有没有看|看清楚再问|再来问")
_A_TIP = lazy_compile(r"您可以|可以参考|参考|供您|按照|按|请看|麻烦看|您看一下")
_STRONG_POINTING = lazy_compile(r"清清楚楚|很清楚|非常清楚|明明白白|很明白|明明|早就|早已|过了?$|提醒")
_REBUFF_AFTER = lazy_compile(CUSTOMER + r"|[？?]|吗|不予|不退|不换|恕不|无法|不能|不负责|概不|不承担")


def _pointed_at_page(draft: Draft, m: re.Match[str]) -> bool:
    """写得清清楚楚 after a complaint blames the reader; 说明书上写了步骤，您可以参考 is a tip,
    and a policy page's own 以页面说明为准 states a rule."""
    _, se = draft.sentence_at(m.start())
    after = draft.norm[m.end() : min(len(draft.norm), m.end() + 12)]
    if _A_TIP.search(after) or _READ_NOW.search(draft.norm, m.end(), se):
        return False  # 商品页写得很清楚了，请自行详阅: sent to read it now, which readers call curt
    if OFFER.search(draft.norm) or _REAL_CONDITION.search(draft.norm, max(0, m.start() - 6), m.start()):
        return False
    strong = _STRONG_POINTING.search(m.group())
    tail = draft.norm[m.end() : se]
    return bool(strong) or bool(_REBUFF_AFTER.search(tail))


# 怪谁 / 现在赖我们 / 这可不算我们的: the fault thrown back by a rhetorical turn.
_WHOEVER = lazy_compile(r"不管|无论|不论")


def _thrown_back(draft: Draft, m: re.Match[str]) -> bool:
    s, _ = draft.clause_at(m.start())
    if _WHOEVER.search(draft.norm, max(0, s - 8), m.start()):
        return False  # 不管怪谁，我们先处理
    return not _REAL_CONDITION.search(draft.norm, s, m.start()) and not draft.norm.startswith("的话", m.end())


# A denial backed by proof, and the customer told to look again: 不可能少，我们有称重记录，你再找找.
_DENIED = lazy_compile(r"不可能|从来(?:不会|没有|没)|不会(?:漏|少|错|发错)|没有少|没少|明明|监控|录像|称重")


def _denied_and_sent_back(draft: Draft, m: re.Match[str]) -> bool:
    return _DENIED.search(draft.norm) is not None and not OFFER.search(draft.norm) and _stated(draft, m)


def _household_guessed(draft: Draft, m: re.Match[str]) -> bool:
    """你屋企人可能收咗 / 是您家人签收的: their household named as the answer; 您家人签收了 alone
    is a status."""
    if not (m.group("guess") or m.group().startswith(("是", "系"))):
        return False
    return _guessed_on_them(draft, m)


# Only this customer complains: 只有您说小, 别人买了都说好.
def _only_them(draft: Draft, m: re.Match[str]) -> bool:
    """只有您说小 / 很多人用都没事 doubts the complaint; 很多人用都没问题，欢迎选购 sells."""
    return _nobody_else(draft, m) and not_question(draft, m) and not _PRAISED.search(draft.norm)


# Classes from the real public lines (review replies, 话术 pages' bad examples): a rhetorical
# why-not (为什么不提前准备好, 怎么我敲门你不开), their way declared wrong (你这样不对的), their
# device lectured (你的电脑该升级了), their error named (掩盖您的错误), their account called untrue
# (并非如您所说, 该评价存在不实信息), misuse imputed (你乱给), their word said to be broken
# (明明答应了), a bare 怎么搞的, and the terms said to have been told at purchase.
_WHY_NOT_VERB = (
    r"(?:准备|填|看(?!看)|问|说(?!话)|讲(?!话)|检查|核对|确认|开门|开(?![\u4e00-\u9fff])|接|取(?!消)|备注|量|写|读|注意"
    r"|留意|听|告诉|提醒|保管|打电话|咨询|沟通|(?<=[早点前啲])(?:来|嚟))"
)
_NOT_THE_ASKER = lazy_compile(US + r"|我哋|快递|物流|骑手|师傅|请问|不知道|不清楚|了解一下|想知道|看看")


def _why_not_rebuke(draft: Draft, m: re.Match[str]) -> bool:
    """为什么不提前准备好 / 怎么我敲门你不开 rebukes; 快递员为什么没联系您 asks about someone
    else, 请问为什么没收到 asks."""
    s, _ = draft.clause_at(m.start())
    if _NOT_THE_ASKER.search(draft.norm, max(s, m.start() - 8), m.start() + 2):
        return False
    if _REAL_CONDITION.search(draft.norm, s, m.start()) or OFFER.search(draft.norm):
        return False
    return _said_of_them(draft, m)


def _untrue_said(draft: Draft, m: re.Match[str]) -> bool:
    """并非如您所说 / 该评价可能存在不实信息; not 如有不实 (a case), not a question, not our own
    page owning its error (商品描述与实际不符，我们马上更正)."""
    s, _ = draft.clause_at(m.start())
    if _OUR_PAGE.search(draft.norm, max(s, m.start() - 4), m.start() + 4):
        return False
    return not _IF_ANY.search(draft.norm, max(0, s - 2), m.start()) and not_question(draft, m)


_IF_ANY = lazy_compile(r"如|若|如果|一旦|凡|是否|有没有|万一|假如")
_OUR_PAGE = lazy_compile(r"(?:商品|产品|宝贝|页面|详情|图片|我们的|本店的)(?:的)?(?:描述|内容|介绍|说明)")


def _rebuke_unhelped(draft: Draft, m: re.Match[str]) -> bool:
    """错了，重填，怎么搞的: a rebuke with nothing offered and no one else named."""
    s, _ = draft.clause_at(m.start())
    if _NOT_THE_ASKER.search(draft.norm, max(0, m.start() - 10), m.start()) or OFFER.search(draft.norm):
        return False
    return not _REAL_CONDITION.search(draft.norm, s, m.start())


def _word_broken(draft: Draft, m: re.Match[str]) -> bool:
    """刚刚明明答应了: their word said to be broken; 我明明发了 is our denial (another class)."""
    s, _ = draft.clause_at(m.start())
    if _WE_AT.search(draft.norm, max(s, m.start() - 6), m.end()):
        return False
    return _stated(draft, m)


def _done_by_them(draft: Draft, m: re.Match[str]) -> bool:
    """大门直接被你们打开 / 门是被您拆坏的: the customer as the agent of the damage; not 被您选中的
    (the passive as an attribute).  A question in its clause (是不是被您…？) or a condition asks."""
    cleft = draft.norm[max(0, m.start() - 1) : m.start()] in ("是", "系")
    if _ATTRIBUTIVE.match(draft.norm, m.end()) or (draft.norm.startswith("的", m.end()) and not cleft):
        return False
    return _stated(draft, m) and not _ASKED_IN_CLAUSE.match(draft.norm, m.end())


# We tried to reach them and got no answer, given as the cause: 联系您及等待10分钟都没有得到回应，
# 订单被迫取消.  A request to call back (没有得到回复，麻烦您回电) asks, draws no consequence.
_NO_ANSWER_THEN = lazy_compile(r"被迫|只能|所以|因此|才|取消|退回|视同|视为|默认|放弃|作废|返回")


def _unanswered(draft: Draft, m: re.Match[str]) -> bool:
    _, se = draft.sentence_at(m.start())
    if _REAL_CONDITION.search(draft.norm, max(0, m.start() - 6), m.start()):
        return False
    return _NO_ANSWER_THEN.search(draft.norm, m.end(), min(se, m.end() + 20)) is not None


_REAL_CLASSES: tuple[Phrase, ...] = (
    phrase(
        BLAME_CUSTOMER,
        "|".join("被" + w for w in (*CUSTOMER_WORDS, "亲")),
        0,
        r"被"
        + CUSTOMER
        + r"(?:们|們)?(?:自己|直接|给|不小心)?(?:"
        + _DAMAGED_BY
        + r"|打开|拆|撕|剪|扔|丢|改|吃光|吃掉|弄丢|损坏|划|刮|踩)"
        r"(?:" + _DAMAGE + r"|开|掉|丢|光|过|了|花)?",
        check=_done_by_them,
    ),
    phrase(
        BLAME_CUSTOMER,
        "回应|回复|应答|接听|人接",
        24,
        r"(?:(?:联系|联络|致电|打电话给|呼叫|打给)" + CUSTOMER + r"|(?:与|和|跟|同)" + CUSTOMER + r"(?:联系|联络))"
        r"[^。！？!?]{0,14}?(?:都|均|皆|也|一直)?(?:没有|没|未|无)"
        r"(?:得到|获得|收到)?(?:任何|您的)?(?:回应|回复|应答|接听|人接)",
        check=_unanswered,
    ),
    phrase(
        BLAME_CUSTOMER,
        "为什么|为啥|为何|干嘛|干吗|怎么|点解",
        10,
        r"(?:" + CUSTOMER + r")?(?:当时|之前|当初)?(?:为什么|为啥|为何|干嘛|干吗|怎么|点解)"
        r"(?:[^，。！？,!?\s]{1,6}?" + CUSTOMER + r"(?:都|也|就)?)?(?:不|没|没有|唔|冇)"
        r"(?:提前|先|早点|早啲|早|好好|仔细|认真)?" + _WHY_NOT_VERB,
        check=_why_not_rebuke,
    ),
    phrase(
        BLAME_CUSTOMER,
        "这样|那样|这么|那么",
        4,
        CUSTOMER + r"(?:们)?(?:这样|那样|这么|那么)(?:做|弄|搞|操作|用|放|洗|装|写|填|选)?(?:是)?"
        r"(?:(?:不对|不行|错|不可以|没用)(?:的)?(?![\u4e00-\u9fff])"
        r"|(?:肯定|当然|一定|必然|迟早|早晚)(?:会)?(?:" + _DAMAGE + r"|开胶|起球|生锈|发霉|出问题|坏掉|用不了|不能用))",
        check=_fault_stated,
    ),
    phrase(
        BLAME_CUSTOMER,
        "该升级|该换|该更新|该修|该淘汰",
        12,
        CUSTOMER
        + r"(?:的|家的|那边的)"
        + _THEIR_THING
        + r"(?:早|也|真|都)?(?:该|应该)(?:升级|换|更新|修|淘汰|换新)(?:了|啦)?",
        check=_stated,
    ),
    phrase(
        BLAME_CUSTOMER,
        "错误|过错|过失|失误|疏忽",
        5,
        CUSTOMER + r"(?:自己|本人)?的(?:错误|过错|过失|失误|疏忽)(?![\u4e00-\u9fff])",
        check=_stated,
    ),
    phrase(
        BLAME_CUSTOMER,
        "所说|所言|所述|所讲|如此|不实|失实|不符|不一致|有出入|不相符|相悖|不符合|虚假|捏造|偏差|出入|误导",
        12,
        r"(?:并非|不是|并不是)如"
        + CUSTOMER
        + r"?所(?:说|言|述|讲|反映)|(?:实际|事实|真实)(?:情况|上)?(?:并非|不是|并不)如此"
        r"|(?:评价|差评|评论|内容|说法|描述|言论|留言|所说|所言|反映)[^，。！？,!?]{0,8}?(?:不实|失实|虚假|捏造"
        r"|(?:与|和|跟)(?:事实|实际|实际情况|真实情况|事实情况)(?:不符|不一致|有出入|不相符|相悖)|不符合(?:事实|实际)"
        r"|(?:存在|有)(?:一定|一些|部分)?(?:的)?(?:事实)?(?:偏差|出入|误导))",
        check=_untrue_said,
    ),
    phrase(
        BLAME_CUSTOMER,
        "乱给|乱写|乱评|乱说|乱用|乱按|乱点|乱拆|乱放|乱填|乱改|乱弄|乱搞|乱下单|乱操作|乱讲",
        6,
        CUSTOMER + r"(?:们)?(?:自己)?乱(?:给|写|评|说|用|按|点|拆|放|填|改|弄|搞|下单|操作|评价|讲)",
        check=_stated,
    ),
    phrase(
        BLAME_CUSTOMER,
        "明明",
        3,
        r"明明(?:" + CUSTOMER + r")?(?:刚刚|刚才|之前|已经|当时|自己)?(?:答应|同意|说好|确认|选|拍|要|说)(?:了|过|的)",
        check=_word_broken,
    ),
    phrase(
        BLAME_CUSTOMER,
        "怎么搞|怎么弄",
        0,
        r"怎么(?:搞|弄)的" + PARTICLES + r"(?=[，,。！？!?\s]|$)",
        check=_rebuke_unhelped,
    ),
    phrase(
        BLAME_CUSTOMER,
        "告知|告诉|说明|提醒|写明|注明|声明",
        12,
        r"(?:购买|下单|购物|拍下|付款|预订|签约|事先|事前|之前|早就|早已)(?:时|的时候|前|之前)?(?:就|已经|已|早就)(?:已经)?"
        r"(?:明确|清楚|详细|特别)?(?:地)?(?:告知|告诉|说明|提醒|写明|注明|声明)(?:了|过)",
        check=_pointed_at_page,
    ),
)


# Classes from a second harvest of real public lines: how the customer is doubted rather than
# what they did.  A guess at their slip with the customer first (您可能误会了, 你可能搞错了吧);
# bad faith imputed to them or their order (该订单存在异常或可能是欺诈行为, 账号出现违规使用,
# 你还去骗别人); suspicion stated (我们怀疑该订单是为转售而下的); their character accused (你怎么
# 这么不讲理, 您太挑剔了); the others' experience or a record held up as proof against their
# complaint (很多人用都没事, 店里有监控可以证明); knowledge they were supposed to have (用户应该了解).
_HEDGE = r"(?:可能|估计|大概|多半|八成|怕是|恐怕|或许|也许)"
_SLIP = (
    r"(?:误会|误解|看错|睇错|记错|弄错|搞错|听错|理解错|用错|拿错|走错|去错|搞混|弄混|记混|没注意|没留意|没看(?:清|到)"
    r"|不小心|唔小心|操作不当|操作有误)"
)
_MISCONDUCT = r"(?:欺诈|诈骗|违规|作弊|刷单|套现|转售|倒卖|虚假交易|冒用|盗刷)"
_MISCONDUCT_CORES = "欺诈|诈骗|违规|作弊|刷单|套现|转售|倒卖|虚假交易|冒用|盗刷|骗|讹|呃"
_THEIR_RECORD = r"(?:订单|账号|帐号|账户|帐户|交易|评价|差评|行为|操作)"
# A fault of character put on them (不讲理, 难缠); 不过分 clears them.
_TRAIT_CORES = (
    "不讲理|不讲道理|不可理喻|无理|不懂事|不懂道理|难缠|挑剔|斤斤计较|蛮横|不讲信用|不讲诚信|不识好歹|得寸进尺"
    "|贪心|贪小便宜|过分"
)
_TRAIT = "(?:" + _TRAIT_CORES.replace("|过分", "|(?<!不)过分") + ")"
# Nothing wrong found in the others' use: 很多人用都没事, 别人穿都好好的.
_OTHERS = (
    r"(?:很多人|好多人|大家|别人|其他人|那么多人|这么多人|其他(?:的)?(?:买家|顾客|客户|客人|用户)|别的(?:买家|顾客|客户|客人|人)"
    r"|老客户|回头客)"
)
_OTHERS_FINE = r"(?:(?:没|冇)事|(?:没|冇)问题|好好的|没(?:有)?(?:出现|遇到)过?(?:这种|这个|类似)?(?:问题|情况))"
_RECORD_PROOF = (
    r"(?:监控|监视器|闭路电视|CCTV|录像|录影|录音|聊天记录|通话记录)(?:都|也)?(?:可以|可|能|为证|都能|都可以)?"
    r"(?:证明|为证|作证|(?:拍|影)得(?:很清楚|清清楚楚|好清楚|一清二楚))"
    r"|(?:看|调|查|睇)(?:了|过|咗)?(?:监控|监视器|闭路电视|CCTV|录像)[^，。！？,!?]{0,3}?" + CUSTOMER + r"(?:们|們)?"
)
_KNOW = r"(?:了解|知道|清楚|熟悉)"  # 您应该懂 talks down: curt, not blame
_CUSTOMERS_OWN_DOUBT = lazy_compile(CUSTOMER + r"(?:们)?(?:如果|若)?(?:有|是)?$")
_ATTRIBUTIVE_CASE = lazy_compile(r"(?:的(?=[，,者])|者|的(?:用户|买家|顾客|客户|订单|账号|行为将|将))")
_PRAISED = lazy_compile(r"欢迎|推荐|放心|可以试|值得|选购")


def _doubted(draft: Draft, m: re.Match[str]) -> bool:
    """该订单可能是欺诈行为 / 我们怀疑该订单是为转售 asserts it of this customer; 如发现刷单行为，
    将取消订单 and 违规的账号将被封禁 state a rule, 您怀疑遇到诈骗 is their doubt, 我们不会骗您
    is a promise."""
    norm = draft.norm
    s, _ = draft.clause_at(m.start())
    ss, _ = draft.sentence_at(m.start())
    if _IF_ANY.search(norm, max(ss, s - 12), m.start()) or _DONT.search(norm, max(s, m.start() - 3), m.start()):
        return False
    if _CUSTOMERS_OWN_DOUBT.search(norm, max(0, m.start() - 6), m.start()) and m.group().startswith(("怀疑", "认为")):
        return False
    if _ATTRIBUTIVE_CASE.match(norm, m.end()):
        return False
    return not_question(draft, m) or m.group().startswith(CUSTOMER_WORDS)


def _trait_accused(draft: Draft, m: re.Match[str]) -> bool:
    """你怎么这么不讲理 / 您太挑剔了 accuses; 如果您觉得我们过分 is a condition."""
    s, _ = draft.clause_at(m.start())
    return not _REAL_CONDITION.search(draft.norm, s, m.start()) and _said_of_them(draft, m)


def _record_against(draft: Draft, m: re.Match[str]) -> bool:
    """店里有监控可以证明 holds the record up against them; 我们帮您调监控 helps."""
    s, _ = draft.clause_at(m.start())
    if OFFER.search(draft.norm) or _IF_ANY.search(draft.norm, s, m.start()):
        return False
    return _said_of_them(draft, m) if _CUSTOMER_AT.search(m.group()) else True


_PROBABLY = lazy_compile(r"(?:已经|已)|[^，。！？,!?]{0,8}?(?:了吧|了吗|吧|吗|[?？])")


def _understanding_denied(draft: Draft, m: re.Match[str]) -> bool:
    """不是你想的那样 corrects them; 不是您想的这样吗？ asks."""
    return not _ASKED_IN_CLAUSE.match(draft.norm, m.end()) and _trait_accused(draft, m)


_RULE_WORDS = lazy_compile(r"请勿|请不要|不要|禁止|严禁|不得|切勿|勿|如|若|一旦|凡|将被|将会|一律|予以")


def _wrong_done(draft: Draft, m: re.Match[str]) -> bool:
    """该客人私自带宠物入住 states a wrong done; 请勿私自拆封 / 恶意下单的将被取消 state a rule."""
    ss, se = draft.sentence_at(m.start())
    if _RULE_WORDS.search(draft.norm, max(ss, m.start() - 6), min(se, m.end() + 8)):
        return False
    if _IF_ANY.search(draft.norm, ss, m.start()) or _SANCTION.search(draft.norm, ss, se):
        return False  # 如果用户故意不收货，商城有权取消订单: a terms page's case and its sanction
    if _ATTRIBUTIVE_CASE.search(draft.norm, m.start(), min(se, m.end() + 2)):
        return False
    return _trait_accused(draft, m) and not _ASKED_IN_CLAUSE.match(draft.norm, m.end())


_ASKED_NOT_TO = lazy_compile(r"请|不要|别|勿|如果|若|如|麻烦|希望|建议|不要|少")


def _review_unannounced(draft: Draft, m: re.Match[str]) -> bool:
    """您没联系我们就直接给了差评 reproaches; 请不要直接给差评 / 如果没收到请不要… asks (curt or a
    request, not blame)."""
    s, _ = draft.clause_at(m.start())
    ss, _ = draft.sentence_at(m.start())
    if (
        _ASKED_NOT_TO.search(draft.norm, max(ss, s - 12), m.end())
        or "动不动" in draft.norm[max(0, m.start() - 1) : m.end()]
    ):
        return False  # 别动不动就差评: an order, which readers call curt
    if _LEFT_TO_THEM.match(draft.norm, m.end()):
        return False  # 不满意就给差评吧，没关系: left to them
    if _ATTRIBUTIVE_CASE.match(draft.norm, m.end()) or _SANCTION.search(
        draft.norm, ss, draft.sentence_at(m.start())[1]
    ):
        return False  # 直接给差评的，一律不处理: a rule and its sanction
    return _trait_accused(draft, m)


_LEFT_TO_THEM = lazy_compile(r"[吧哦啊呀]*[，,]?\s*(?:也)?(?:没关系|可以|行|无妨|理解)|吧")


def _should_have_known(draft: Draft, m: re.Match[str]) -> bool:
    """用户应该了解 lectures; 您应该已经知道了吧 guesses (应该 as "probably")."""
    if _PROBABLY.match(draft.norm, m.end()) or draft.norm.startswith("了", m.end()):
        return False
    return _stated(draft, m)


_STANCE_CLASSES: tuple[Phrase, ...] = (
    phrase(
        BLAME_CUSTOMER,
        "可能|估计|大概|多半|八成|怕是|恐怕|或许|也许",
        4,
        CUSTOMER + r"(?:们|們|哋)?" + _HEDGE + r"(?:是)?[^，。！？,!?\s]{0,6}?" + _SLIP,
        check=_guessed_on_them,
    ),
    phrase(
        BLAME_CUSTOMER,
        _MISCONDUCT_CORES + "|怀疑|认定|判定",
        20,
        r"(?:(?:该|此|这个|这笔|这张|" + CUSTOMER + r")(?:的)?" + _THEIR_RECORD + r"|" + CUSTOMER + r")"
        r"(?:已经|已)?(?:存在|涉嫌|出现|属于|疑似|有|是|可能是|可能存在)[^，。！？,!?]{0,6}?"
        + _MISCONDUCT
        + r"|"
        + CUSTOMER
        + r"(?:们|哋)?(?:还|又|在|是|就是|是在|分明是|明明是|是不是|系咪|系唔系)?(?:想)?(?:去|来|嚟)?(?:骗|讹|呃)"
        r"(?:人|钱|我们|别人|我|我哋)?"
        r"|(?:怀疑|认定|判定)(?:该|此|这个|这笔|" + CUSTOMER + r")[^，。！？,!?]{0,16}?" + _MISCONDUCT,
        check=_doubted,
    ),
    phrase(
        BLAME_CUSTOMER,
        _TRAIT_CORES,
        12,
        CUSTOMER
        + r"(?:们|們|哋)?(?:怎么|咋|真的|真系|真|实在|也|未免)?(?:这么|那么|太|好|很|完全|根本|有点|也太)?"
        + _TRAIT,
        check=_trait_accused,
    ),
    phrase(
        BLAME_CUSTOMER,
        "监控|监视器|闭路电视|CCTV|录像|录影|录音|聊天记录|通话记录",
        3,
        _RECORD_PROOF,
        check=_record_against,
    ),
    # 该客人私自带宠物入住 / 该用户多次恶意下单: the customer as the doer of a wrong, marked by how
    # it was done (私自, 擅自, 故意, 强行); 请勿私自拆封 is a rule.
    phrase(
        BLAME_CUSTOMER,
        "私自|擅自|违规|恶意|故意|强行",
        14,
        CUSTOMER + r"(?:们|們|哋)?(?:自己|本人)?[^，。！？,!?\s您你]{0,8}?(?:私自|擅自|违规|恶意|故意|强行)"
        r"[^，。！？,!?\s]{1,10}",
        check=_wrong_done,
    ),
    # 您这样给差评对我们很不公平: their act called unfair to us.
    phrase(
        BLAME_CUSTOMER,
        "不公平|不公道|不厚道|冤枉",
        24,
        CUSTOMER + r"[^。！？!?]{1,16}?(?:对(?:我们|本店|商家|小店|我哋|店家)(?:来说)?(?:很|太|实在|非常|真的|好)?"
        r"(?:不公平|不公道|不厚道)|冤枉(?:了)?(?:我们|本店|商家|小店|我哋|店家))",
        check=_trait_accused,
    ),
    # 您没有联系我们就直接给了差评 / 一句话不说就给差评: a bad review given without a word first.
    phrase(
        BLAME_CUSTOMER,
        "差评|中评|低分|一星|一颗星",
        20,
        r"(?:没有?|不|未|冇|而不是)(?!有?(?:直接|就|便))[^。！？!?]{1,14}?(?:就|直接|便)(?:就|直接)?(?:给|打|写|留)?(?:了)?"
        r"(?:个|一个)?"
        r"(?:差评|中评|低分|一星|一颗星)",
        check=_review_unannounced,
    ),
    # 您说的根本不是事实 / 纯属个人感受: their account denied, their complaint made a matter of taste.
    phrase(
        BLAME_CUSTOMER,
        "事实|实情|真相|真的|感受|感觉|喜好|偏好|审美|看法",
        18,
        CUSTOMER + r"(?:所)?(?:说|讲|写|反映|描述)的(?:内容|情况|事情)?(?:根本|完全|并|都)?(?:不是|不符合|并非)"
        r"(?:事实|实情|真相|真的)"
        r"|(?:完全|只是|纯属|仅仅|纯粹|都)(?:是)?(?:"
        + CUSTOMER
        + r")?(?:的)?个人(?:的)?(?:感受|感觉|喜好|偏好|审美|看法)"
        + CLAUSE_END,
        check=_understanding_denied,
    ),
    # 不是你想的那样 / 并非您以为的那么回事: their understanding declared wrong.
    phrase(
        BLAME_CUSTOMER,
        "不是|并非",
        0,
        r"(?:不是|并非)"
        + CUSTOMER
        + r"(?:所)?(?:想|以为|理解|认为|想象)(?:的|中的)?(?:那样|那么回事|这样)(?:子)?"
        + CLAUSE_END,
        check=_understanding_denied,
    ),
    phrase(
        BLAME_CUSTOMER,
        "应该|应当|理应|本应|早该",
        8,
        CUSTOMER + r"(?:们)?(?:自己)?(?:应该|应当|理应|本应|早该)(?:要|先)?" + _KNOW,
        check=_should_have_known,
    ),
)


BLAME_CUSTOMER_PHRASES: tuple[Phrase, ...] = (
    *_FIRST_CLASSES,
    *_REAL_CLASSES,
    *_STANCE_CLASSES,
    phrase(
        BLAME_CUSTOMER,
        "再翻|再找|再仔细|再问问",
        3,
        CUSTOMER + r"(?:再)(?:翻翻|找找|翻一下|找一下|仔细找找|仔细翻翻|仔细看看|问问家里人|问问家人)",
        check=_denied_and_sent_back,
    ),
    phrase(
        BLAME_CUSTOMER,
        "明明",
        0,
        r"明明(?:放|发|装|寄|给|打包|包)(?:进去|了|过)",
        check=_denied_and_sent_back,
    ),
    phrase(
        BLAME_CUSTOMER,
        "只有|都说好|都没事|都没问题|都冇事|都冇问题|都好好|都没有出现|都没出现|都没有遇到|都没遇到",
        12,
        r"只有" + CUSTOMER + r"(?:一个人|一位)?(?:说|觉得|反映|有问题|这样|不行)"
        r"|(?:别人|其他人|其他(?:买家|顾客|客人)|大家)(?:(?:买|用|吃|穿)(?:了)?)?都说好(?!评)"
        r"|" + _OTHERS + r"(?:(?:买|用|吃|穿|戴|试)(?:了|过)?)?(?:也)?都" + _OTHERS_FINE,
        check=_only_them,
    ),
    # 你不解绑当然激活不了 / 您自己拿了吃当然要付钱: their act with its consequence drawn for them.
    phrase(
        BLAME_CUSTOMER,
        "当然",
        19,  # the customer word (up to 3), 自己, 12, a comma and 那/这 before it
        CUSTOMER + r"(?:自己)?[^，。！？,!?]{1,12}?[，,]?(?:那|这)?当然"
        r"(?!可以|能|没问题|好|欢迎|了解|理解|明白|知道|会为|会帮|要帮)",
        check=_stated,
    ),
    # 是你放了一晚上才死的吧 / 是您自己开车压到坑了吧: a presumption put as the cause.
    phrase(
        BLAME_CUSTOMER,
        "|".join(c + w for c in ("是", "系") for w in (*CUSTOMER_WORDS, "亲")),
        0,
        r"(?<![不非])(?:是|系)"
        + CUSTOMER
        + r"(?:自己)?[^，。！？,!?]{0,14}?(?:自己|才)[^，。！？,!?]{0,10}?(?:了|的)吧",
        check=_guessed_on_them,
    ),
    # 你作为家长也有责任 / 您也有一定责任: a share of the fault put on them.
    phrase(
        BLAME_CUSTOMER,
        "责任",
        12,
        CUSTOMER + r"(?:作为[^，。！？,!?]{1,4})?(?:自己)?(?:也|都)有(?:一定的?|很大的?)?责任",
        check=_stated,
    ),
    # 视为买家责任: a terms page putting the fault on the buyer.
    phrase(BLAME_CUSTOMER, "视为", 0, r"视为" + CUSTOMER + r"(?:的)?(?:责任|过失|原因|自身原因)", check=_stated),
    # 买之前不问清楚 / 你屋企人可能收咗: what they skipped before buying, their household guessed at.
    phrase(
        BLAME_CUSTOMER,
        "前不|前没",
        6,
        r"(?:买|下单|拍|订|购买|预订)(?:之)?前(?:不|没|没有)(?:问|看|量|了解|咨询)(?:清楚|好|仔细)?",
        check=_stated,
    ),
    phrase(
        BLAME_CUSTOMER,
        "家里人|家人|屋企",
        4,
        r"(?:(?<![不非])(?:是|系))?"
        + CUSTOMER
        + r"(?:的)?(?:屋企D人|屋企人|家里人|家人)(?P<guess>可能|应该|估计)?(?:已经)?(?:收|签收|拿)",
        check=_household_guessed,
    ),
    phrase(
        BLAME_CUSTOMER,
        _OWN_CORES,
        10,
        r"(?:是|都是|就是|那就是|系)?(?:" + CUSTOMER + r")?(?:们)?(?:当时|当初)?自己(?:当时|当初)?"
        r"(?:(?:没有|没|不|冇|未)(?:仔细|认真|好好|先)?(?:看|睇|量|问|读|阅读|核对|确认|检查|拧紧|注意|留意|用完|去拿|去取|取|说|备份)"
        r"|[^，。！？,!?\s自]{0,3}?(?:错|反|坏|烂|破|丢)(?:了|的|咗)?"
        r"|" + _OWN_VERB + r"(?:了|过|咗)?[^，。！？,!?\s]{0,4}?的(?P<thing>[\u4e00-\u9fff]{1,3})?"
        r"|(?:拆|改装|改|修|刷机|摔)过|(?:迟到|晚到|来晚|忘了|忘记))",
        check=_own_doing,
    ),
    phrase(
        BLAME_CUSTOMER,
        _PERSONAL_CORES,
        10,
        r"(?:是|属于|属|为|皆为|都是|那是|就是|系)?(?:"
        + _PERSONAL
        + r"(?:的)?(?:个人)?"
        + _BODY_OR_USE
        + r"|体质|肠胃|意志力)(?:的)?(?:问题|原因|因素|关系|差异|(?:比较|有点|太)?特殊|有关|不对|不当|不行"
        r"|(?:比较|有点|偏|太|较)(?:重|淡|敏感|挑剔|挑|弱)(?![的吗么]|一点))"
        r"|(?:属于|属|是)(?:个人|自身)体质(?=[，。,.；;]|$)"
        r"|" + _WAY_WRONG,
        check=_personal_cause,
    ),
    phrase(
        BLAME_CUSTOMER,
        "可能|应该|估计|大概|多半|八成|怕是|恐怕|肯定",
        2,
        r"(?:可能|应该|估计|大概率|大概|多半|八成|怕是|恐怕|肯定)(?:是|系)?"
        + CUSTOMER
        + r"(?:们|哋)?(?:的)?[^，。！？,!?]{0,10}?"
        + _GUESS_FAULT,
        check=_guessed_on_them,
    ),
    phrase(
        BLAME_CUSTOMER,
        "才|先话|先讲|先说",
        14,
        _LATE + r"[^，。！？,!?\s]{0,3}?(?:才|先)(?:来|在网上|跟我们|同我哋|来跟我们)?"
        r"(?:说|讲|反映|反馈|提出|提|问|找|申请|联系|投诉|话|讲|评价|给差评)",
        check=_late_report,
    ),
    phrase(
        BLAME_CUSTOMER,
        "下次|以后|今后|往后|日后|之前|前就|前要|前应|前请",
        14,
        r"(?:下次|以后|今后|往后|日后)[^，。！？,!?]{0,10}?(?:请|要|记得|务必|最好|应该|麻烦|就)?[^，。！？,!?]{0,4}?"
        + _DILIGENCE
        + r"|"
        + CUSTOMER
        + r"?(?:买|下单|拍|订|购买|下单|结账|付款|报名|预订)(?:之)?前(?:就|也)?(?:该|应该|应当|要|得)(?:先|自己)?"
        + r"[^，。！？,!?]{0,4}?"
        + _DILIGENCE,
        check=_lectured,
    ),
    phrase(
        BLAME_CUSTOMER,
        "详情|页面|商品页|说明|吊牌|标签|水洗标|包装|须知|条款|公告|尺码表|介绍|上面|第|规则|细则|活动页",
        0,
        _THE_PAGE + _SAID_SO,
        check=_pointed_at_page,
    ),
    phrase(
        BLAME_CUSTOMER,
        "怪谁|怪得了谁|赖我|赖我们|算我们|算我哋",
        6,
        r"怪(?:谁|得了谁)|(?:现在|还)?赖(?:我们|我|本店|我哋)|(?:不能|没法|可不|不|唔)(?:能)?算(?:是)?(?:我们|我哋|本店)",
        check=_thrown_back,
    ),
)
