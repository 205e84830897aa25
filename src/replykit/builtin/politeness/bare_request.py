"""bare-request: an order to the customer with no 请/麻烦/softener -> 麻烦您…/请… offered (a hint).

An order is found by how its clause is built, not by its verb: a verb phrase the customer is
to carry out, at the head of its clause (after at most a vocative, 您/你, a time frame such
as 下单时 and adverbs such as 先/直接/重新), marked as a request by its grammar:

* a complement pointing back at the agent: 发过来, 寄回来, 给我一下, 发我;
* the delimitative aspect or a measure word: 提供下, 联系一下, 截个图, 重新拍一张;
* a result the customer is to reach: 填完整, 拍清楚, 写上;
* 把 + what + verb (把订单号发过来), 先…再… (先取消订单再重下), 别/不要 + verb (先别申请退款),
  记得 + verb, 要 + verb after a time frame (到时要提供…);
* a topic and then one of these (视频发过来, 开票信息填完整, 吊牌不要剪), when the segmenter
  reads the topic as a noun phrase;
* 稍等 on its own, and an information noun as the whole reply (订单号?).

Not an order: a clause whose subject is the agent (我, 这边, 我们会…), a third person (买家须…:
bare-must's), a statement (了/过 after the verb, 已/会/将/正在 before it), a question or a
condition, a request already softened (请, 麻烦, 辛苦, 方便, 可以, 亲…哦), a product care
instruction (冷水手洗，不要暴晒), reassurance (别着急).  In a policy or notice text (the register
of ``replykit.register``) the wording offered is 请, not 麻烦您….

The finding is a hint and its wording is offered in the replacements, never applied: read
blind, 麻烦您/请 put into real replies by itself made more of them worse than better.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import NamedTuple

from replykit.builtin.politeness.bare_must import WELLBEING
from replykit.builtin.politeness.you_honorific import honorific
from replykit.convert import in_draft_script
from replykit.draft import Draft
from replykit.hookspecs import Report
from replykit.register import cantonese, register_of
from replykit.rules import Example, rule
from replykit.scan import Prefiltered, lazy_compile, literal_trie

# A hint whose wording is offered, not applied: on real replies nobody tuned it on, most
# unsoftened orders it finds are read as acceptable (short instructions, notices), a lint gate
# fails on warnings, and 麻烦您/请 put in by itself read worse more often than better.
BARE = rule(
    "bare-request",
    severity="info",
    fix=None,
    description="A request to the customer without 请/麻烦您 can sound like an order (a hint).",
    description_zh="请顾客做事却不带“请/麻烦您”，可能听起来像命令（提示）。",
    zh="向顾客提要求时加上“麻烦您”或“请”，语气更客气",
    en="Soften requests to the customer with 麻烦您 or 请",
    examples=[
        Example("提供一下订单号"),
        Example("订单号和地址发一下哦"),
        Example("订单号"),
        Example("你们公司的开票信息发我一下"),
        Example("迷你风扇的订单号发一下"),
        Example("把地址改一下"),
        Example("填一下收货地址"),
        Example("留个电话"),
        Example("发个照片"),
        Example("把收货信息核对下"),
        Example("好的，把快递单号发过来。"),
        Example("说明书一起寄回来"),
        Example("您这边核实下收件人"),
        Example("联系下物流公司"),
        Example("下单时备注一下颜色"),
        Example("先退掉这单再重新拍"),
        Example("先别确认收货，等补发到了再说"),
        Example("瓶盖不要丢掉，寄回时要用"),
        Example("退货时记得填写退货单号"),
        Example("收到后要拍下外箱照片"),
        Example("稍等"),
        Example("稍等 预计明天发出"),
        Example("稍等 这个要问一下仓库哦"),
        Example("地址改好了截个图发过来"),
        Example("你把订单号给我一下"),
        Example("破损处的照片发过来"),
        Example("寄回时盒子里附上发票"),
        Example("寄回时包裹里写上订单号"),
        Example("公司前台核对一下"),
        # A rebuke in another clause of the sentence leaves the request standing.
        Example("你把快递单号发我，别老催了"),
        # The customer left to it (自己…, 等着): advice, 请您 alone makes it no warmer.
        Example("你自己去官网后台上传一下"),
        # Brusque orders: sent somewhere, hurried, told to come back when ready (advice).
        Example("不是这个窗口，到那边去"),
        Example("证件没带，回去拿身份证"),
        Example("太吵了，小声一点"),
        Example("赶紧去排队"),
        # A brusque order inside a rebuke is a bare request too; curt's finding comes first, so advice.
        Example("这都不懂，自己去取"),
        Example("没看到我在忙吗，到那边去"),
        Example("下次看好了再来"),
        Example("仓库还没回复，你等着"),
        # A whole reply that is only a verb and its object.
        Example("发定位"),
        Example("发照片"),  # 把 would not fit (和前台核对): advice
        # A time frame of its own before the customer (下次, 到时候), the goods arriving as the frame.
        Example("下次您备注好"),
        Example("下次您早点下单"),  # a manner adverb, then the verb
        Example("到时候把单号给我们"),
        Example("收到货先拍个开箱视频"),
        Example("下次下单记得备注颜色"),
        Example("退货时吊牌别剪"),
        Example("你不要在这里抽烟"),  # a place before the verb
        Example("拍之前看清楚"),
        Example("快递单号填完整"),  # 快递 modifies 单号
        Example("单号发我"),  # what is handed over, then the verb
        # Cantonese (过嚟, 俾我哋, 畀我): 请, since 您 is not Cantonese, and handed over with 将.
        Example("单号send过嚟"),
        Example("單號send過嚟"),
        Example("相片影清楚俾我哋"),  # 影清楚 is no handing over: advice
        # 您/你 + 要 + a sequence or manner adverb, 记得 or 把: an order (要 becomes 请您).
        Example("您要先申请退款再寄回"),
        Example("你要尽快确认收货"),
        Example("您要把单号填上"),
        Example("收到货后检查外包装"),  # the goods arriving as the frame
        # A policy or notice text: advice only, the text stays as written.
        Example("本店退货须知：您先联系客服，再寄回商品。"),
        Example("本店商品退货时，买家须自付运费，吊牌不要剪掉。"),
    ],
    clean=[
        "下单时填写的地址仅用于配送",  # the verb modifies a noun
        "係咪唔記得密碼呀？",  # a Cantonese yes/no question, the verb negated
        "预约时需缴交订金每位五百元",  # a modal: bare-must's reading, 麻烦您需… would stack two asks
        "貓貓肚瀉，好多時係因為轉糧太快",  # 係: the Cantonese copula
        "拍下默认发中通，介意请备注",  # 拍下: once ordered, not a request
        "缺的配件今天寄出，另外附上一张小卡跟您致歉",  # 跟您: the shop acts, the customer receives
        "亲，这款是现货哦，拍下48小时内发货",  # the shop's step after the customer's act
        "您提供一下订单号好吗",
        "亲提供一下订单号哦",
        "可以提供一下订单号吗？",
        "请您提供一下收货地址",
        "帮我提供一下手机号哈",
        "这边提供一下发票给财务",
        "辛苦提供下收货人信息，为您取消",
        "我把地址改一下",
        "这边把地址修改一下哦",
        "地址改一下就可以了",
        "我们填一下快递单就给您寄出",
        "留个好评就更好啦",
        "我们发个视频给您看看",
        "稍等哦，马上为您查询",
        "稍等，帮您查一下哈",
        "商品须保持全新，并完整包装。",
        "亲稍等，正在为您查询处理",
        "天气热了，记得多喝水哟",
        "个别订单退款可能延迟",
        "不好意思，我们不做面交",
        "一个账号只能上传一个资质",
        "直接把券发到您账户里",
        "如果用着不合适，您把照片发我，我们给您换一个",
        "请您稍等一下",
        "您稍等，我帮您问问",
        "冷水手洗，不要暴晒",
        "洗的时候不要用热水，平铺晾干",
        "您别着急，我们马上处理",
        "快递明天就送过来了",
        "我们已经把您的地址改过来了",
        "仓库会先核对再发出",
        "您是要寄回来吗？",
        "如果要寄回来的话，我把地址发给您",
        "买家须在收货后7天内寄回",
        "谢谢您给我们的支持",
        "麻烦您先取消订单再重新拍",
        "方便的话截个图给我看看",
        "我们先核实，再为您退款",
        "有问题可以随时联系我们",
        "新款已经上架了，欢迎来看看",
        "已经发货了发个短信给您",
        "我查了一下物流，明天到",
        # The agent coming back, a plea, a requirement explained, a forecast, guidance for agents.
        "客服马上回来",
        "【自动回复】客服暂时离开，稍后回来",
        "给个好评呗",
        "拍下尽快付款才能锁定库存哦",
        "如订单含赠品，请一并退回",
        "退货时如订单含赠品，请一并寄回",
        "预计下星期三到货",
        "回复客人时应避免说“不行”",
        "默认情况下发顺丰",
        # 别 inside a word is no 别 + verb.
        "个别订单退款可能延迟",
        "这两款分别发货",
        "唔使寄返嚟",
        "我們會盡快寄回來給您",
        # 要 as a wish, a plan or a question; care for the customer.
        "您要的是这款吗？",
        "您要退款还是换货呢？",
        "我们要先核实一下",
        "您要先试试这款吗",
        "您要注意保暖哦",
        "你要相信我们",
        "收到货后物流信息会更新",
        "收到货后七天内可退",
        "收到货后颜色有差异是正常的",
        # 下, 回来, 时 and 个 that make no request: weather, the next batch, a title, a person
        # coming back, a word with 时, a numeral.
        "今天下雪，快递可能晚到",
        "供应商说下一批十号到",
        "阁下查询的型号适用于三岁以上",
        "如下商品不退不换，详情见说明",  # 如下: as follows
        "每次看到熟客回来都很高兴",
        "这次安装的工时费我们不收了",
        "服务器今晚临时维护一小时",
        "四个杯子其中一个杯口有小缺口",
        # A heads-up after a step the shop has done, a tip to someone addressed, a try, care.
        "补发的包裹已经寄出，您留意一下快递电话",
        "已经帮您改成新的电话号码了，您核对一下：尾号1234",
        "赶时间的亲拍之前先问一下库存哈",
        "您先按说明书把电池装回去试试",
        "绿萝到家后先别急着施肥",
        "另外提醒一下，周末不发货",
        "订蛋糕时提前说一声，我们可以少放糖",
        "用得满意记得给个五星",
        "别人用着都说合适",
        # A form of address (先生 is no 先 "first"), a clause that is only a time frame, a finding.
        "对不起，先生(女士)，我再说明一下",
        "付款并确认尺寸后，恕无法修改",
        "使用时发现有异响，可以联系售后",
        # Not a brusque order: where something is, the agent going back, a tip with a particle.
        "我们那边去年就上市了",
        "我回去看看",
        "货到了再付款",
        "您先想好了再下单哦",
        # The steps of a how-to; a tip after the customer was addressed warmly earlier.
        "打开后盖，取出电池后重新装上，等十秒后，再按电源键",
        "亲，是不是填错地址了呢？截图给我瞧瞧~",
        # The customer hushed (curt's reading), the customer's own choice, answers.
        "别再催了，今天一定发",
        "您先别生气",
        "你不要插嘴，等我说完",
        "宁可退货，也不要凑合用",
        "您自己决定就好",
        # A suggestion (不如), a rebuke about the agent, an exclamation, a procedure's order,
        # a call to buy, a modal before the time frame.
        "不如先看看其他款",
        "别给我乱来",
        "不要打扰我工作",
        "你给我小心点",
        "你自己尺寸没量好，怎么会是我们的问题",  # what the customer did wrong: blame's reading
        "您先冷静一下，我们来核实",
        "你要明白，这个价格已经很低了",  # a lecture (curt's reading)
        "你要开专票你早说呀",  # 要 as "want": the condition of a reproach
        "你还去骗别人啊！",
        "先付全款再安排生产",
        "赶紧来抢购吧",
        "点击链接领取新人红包",
        "所有订单须于付款时填写完整",
        "好的",
        "肯定能到",
    ],
)

# Before the verb phrase: fillers, a vocative, the customer as subject, a time frame, adverbs.
_FILLERS = ("好的", "嗯嗯", "嗯", "恩", "好", "那么", "那", "OK", "ok")
_LEAD = lazy_compile(r"\s*(?:(?:" + "|".join(_FILLERS) + r")[，,\s]*)*")
_LEAD_FIRSTS = frozenset(w[0] for w in _FILLERS)  # with a space (\s), what _LEAD can begin with
_VOCATIVE = lazy_compile(r"亲(?:亲|爱的)?(?![自手身眼笔属戚友人生])[，,\s]*")
_SUBJECT = lazy_compile(r"(?:您|你|妳)(?![们的])(?:这边|那边)?")
# 下单时, 收到后, 到时: 时/后/前 closing a time frame, not inside a word (及时, 售后, 目前).
_FRAME = lazy_compile(
    r"(?!记得|只能|需要|这边)(?:(?!需要|必须|应该|得|须|需)[^，,。！？!?；;\s您你妳我让]){1,8}?(?:的时候|之后|以后|之前|(?<![及随同准按暂小有当平即到临工计定实历])时(?![候间段费长])|(?<![售最然背午今日以])后(?![台面天续期排端来])|(?<![目当提眼面年午之以])前(?![台面天段期排端]))"
)
# A time frame of its own at the clause head: 下次您备注好, 到时候把单号给我们.
# A clause that ends its time frame (下单并确认后): what follows is the clause that says something.
_FRAME_ONLY = lazy_compile(r"(?:之后|以后|之前|的时候|(?<![售最然背午今日以])后|(?<![目当提眼面年午之以])前)$")
_TIME_LEAD = lazy_compile(r"(?:下次|下回|以后|今后|到时候|到时|回头)(?:的话)?[，,\s]*")
# The goods arriving as the frame: 收到货先拍个视频, 签收包裹后….
_ARRIVAL = lazy_compile(r"(?:收到|拿到|签收|到)(?:货|包裹|快递|商品|东西)(?:的时候|之后|以后|后|时)?")
_ADVERBS = lazy_compile(r"(?:先(?!生)|再|直接|重新|马上|立即|尽快|及时|自行|一起|单独|另外|还|也|早点|早些|尽早|提前)*")
# What marks the verb phrase as a request (anchored at the verb phrase's start).
# A verb's character: not a pronoun, a negator, a numeral or a function word.
_NOT_VERB = "我你您他她它们这那呢哪不没唔是有的了过就也都还在一二三四五六七八九十两几每各某整半因个并且和与及或而其能可"
_VERB = r"(?:(?![" + _NOT_VERB + r"])[\u4e00-\u9fff])"
# Directional complements pointing back at the agent, Cantonese too (过嚟, 返嚟).
_DIR = "过来|回来|过嚟|返嚟|返来|回嚟"
# 下 that starts a word of its own (下单, 下星期, 下礼拜), not the delimitative 一下.
_NOT_AFTER_XIA = "单午面来去次周个月班车载线架游雨雪子星礼一降跌"  # 下一批, 下雪: no delimitative
_REQUEST_AT_HEAD = lazy_compile(
    # 把, or its written form 将 before what is handed over (将单号发过来)
    r"(?P<ba>把(?![握手关玩柄式戏])|将(?=[^，,。！？!?；;\s]{1,10}?(?:" + _DIR + r"|[发给传寄交]我)))"
    r"|(?P<seq>先)(?!生)(?=" + _VERB + r")"  # 先生 is a form of address, not "first"
    # 不要在这里剪指甲: a place before the verb
    r"|(?P<neg>别(?![人的处家样])|不要|唔好)(?=(?:在(?:这里|这儿|这边|此处|店里|门口|里面))?" + _VERB + r")"
    r"|(?P<remind>记得)(?=" + _VERB + r")"
    r"|(?P<must>要)(?=(?!是|的|不|么|求|能|点|紧|好|多|少|等|确|真|再)" + _VERB + r")"
    r"|(?P<give>[发给传寄俾畀]我(?:们|哋|地)?)(?![的们])"
    r"|" + _VERB + r"{1,2}?(?:"
    r"(?P<dir>" + _DIR + r")"
    r"|(?P<delim>一下|(?<![上左右底况之阁楼如以拍])下)(?![" + _NOT_AFTER_XIA + r"])"
    r"|(?P<measure>个|张|一张|一个)(?![人别性体子])"
    r"|(?P<result>清楚|完整|齐全)"
    r"|[发给传寄俾畀]我(?:们|哋|地)?(?![的们])"
    r")"
    r"|(?:写|附|贴|填|带|标|注)(?P<attach>上)"
)
# After a topic (视频发过来, 吊牌不要剪, 包裹里写上…): the same marks, found inside the clause.
_REQUEST_AFTER_TOPIC = lazy_compile(
    # 别 of its own, not the end of a word (个别, 特别, 分别, 区别, 级别)
    r"(?P<neg>不要|(?<![个特分区告类级性差识辨离派鉴判送道惜识])别(?![的人处家样]))(?=" + _VERB + r")"
    r"|(?P<remind>记得)(?=" + _VERB + r")"
    r"|(?P<give>[发给传寄俾畀]我(?:们|哋|地)?)(?![的们])"
    r"|(?:写|附|贴|填|带|标|注)(?P<attach>上)"
    # The verb is the character before the mark: a look-behind lets re scan for the mark itself
    # (a word in Latin letters too: 单号send过嚟).
    r"|(?<=[\u4e00-\u9fffA-Za-z])(?<![" + _NOT_VERB + r"])"
    r"(?:(?P<dir>" + _DIR + r")|(?P<delim>一下|(?<![上左右底况之阁楼如以拍])下)(?![" + _NOT_AFTER_XIA + r"])"
    r"|(?P<result>清楚|完整|齐全))"
)
_AFTER_ITS_VERB = frozenset(("dir", "delim", "result"))
_AFTER_DONE = frozenset(("dir", "delim", "measure", "give", "result"))
# Verbs that are no request however they are marked: having, being, the agent's own moves.
_NOT_ACTION = lazy_compile(
    r"[有是在送赠等看想剩]|理解|体谅|谅解|见谅|放心|相信|稍等|预计|预估|估计|应(?:该|当)?|本(?:应|该|来)"
    # the agent's own telling (另外提醒一下), a lecture (你要明白)
    r"|提醒|说明|补充|明白|懂|知道"
    # what the customer comes across (收到时发现…): the condition of what follows, not a task
    r"|发现|遇到|碰到|出现"
    # a modal (报名时需缴交订金): bare-must's reading; 麻烦您 before it would stack two asks
    r"|需|须|必须"
)
# Watching for what the shop has just sent (退款已经提交，您留意一下短信): a heads-up, not a task set.
_HEADS_UP = lazy_compile(r"(?:您|你|妳)?(?:这边|那边)?(?:留意|注意|关注|查收|留心|核对|确认|查看)")
_DONE = lazy_compile(r"已|刚刚|刚才")
_TRY = lazy_compile(r"试(?:试|一试|一下)(?:看)?[^\u4e00-\u9fff]*$")
# Before 过来/回来 what is sent or brought (寄回来, 发过来, send过嚟), not someone coming back.
_SENT = lazy_compile(r"[寄发退传拿带送拍交递换返给截弄搬运邮录写拎转][回过]?$|[A-Za-z]$")
# Before 过来/回来 the agent's own coming back (马上回来, 稍后回来), not a verb sending something.
_SOON = lazy_compile(r"稍后|马上|立即|立刻|一会儿?|等下|等会儿?|待会儿?|晚点|过会儿?|随后|很快|即将|就")
# Statements, questions, conditions, softeners and someone other than the customer acting.
_STATEMENT = lazy_compile(
    r"[了过](?![解来去嚟])|已|会|将|正在|就|即可|视为|视同|是|的[哦呢哈呀啦~～]*[^\u4e00-\u9fff]*$"
)
_QUESTION = lazy_compile(
    r"[吗么嘛][^\u4e00-\u9fff]*$|[?？]|是否|能否|能不能|可不可以|要不要|是不是|有没有|什么|怎么|哪|多少|几[个天号点时]"
    r"|系咪|系唔系|是咪"  # Cantonese yes/no questions (係咪唔記得帶銀包)
)
# Also 如 opening a clause (如订单含赠品), a requirement explained (付款才能锁定库存), and the
# shop's own step after a time (拍下48小时内发货: the customer's act is the condition of it).
_CONDITION = lazy_compile(
    r"如果|若|要是|如需|如要|的话|假如|万一|(?:^|(?<=[，,\s时后前]))如(?![何此今下同意果])|才(?:能|可以|会|行)"
    r"|(?:内|后|以后|之后)(?:即|就|会|将|尽快|马上)?(?:发货|发出|寄出|安排|到账|退款|处理|审核|生效)"
)
_SOFTENER = lazy_compile(
    r"不如|不妨|要不|(?<![申邀聘宴])请|亲(?![自手身眼笔属戚友人生])|可(?![是能惜爱怜笑恶])|麻烦|辛苦|劳烦|烦请|劳驾|方便|可以|建议|最好|帮忙|帮我|谢谢|感谢|好吗|行吗|可否|一起来|欢迎"
)
_PARTICLE_END = lazy_compile(r"[哦呢哈呀啦嘛哟喔唷噢囉啰~～][^\u4e00-\u9fff]*$")
_AGENT = lazy_compile(
    r"我(?!的)|(?<![您你])这边|小妹|妹子|妹纸|客服|仓库|快递员?(?:会|将)|系统|师傅|[帮为给替](?:您|你)|本店|我司|商家"
)
# After the verb: the agent acting (现在拍下今天给您发出, 退回来我们还得质检) or a recipient
# that is the customer (把券发到您账户里).
_AGENT_AFTER = lazy_compile(
    r"(?<![给发找问系向俾畀])(?:我们|我哋|(?<![您你妳])这边|小妹|客服|仓库)|[给为帮替到](?:您|你)"
)
_NO_ORDER = lazy_compile(_STATEMENT.pattern + "|" + _AGENT_AFTER.pattern)
# Earlier in the sentence the agent said what it does: the rest continues that (我们会…，并于…附上;
# 我这边帮您联系一下站点，说明一下).
_AGENT_WILL = lazy_compile(r"(?:我们|我哋|这边|小妹|我)[^。！？!?]{0,12}?(?:会|将|可以|[帮为给替]您)")
_THIRD = lazy_compile(r"买家|客户|顾客|买方|用户|消费者|会员|收件人|收货人|客人|每个人|大家|别人|人人")
# Care and use of the product (冷水手洗，不要暴晒): instructions about the goods, not requests.
_CARE = lazy_compile(
    r"洗|晾|晒|熨|烘|泡|存放|保存|储存|冷藏|冷冻|食用|饮用|服用|涂|佩戴|穿着|清洁|擦|加热|微波|放置|阴凉|受潮|摇匀|充电"
    # plants and pets at home
    r"|浇|施肥|换盆|通风|散光|散射光|舔|伤口|喂食|遛"
)
# A plea for a review (记得给五星): the readers' "other", not a task set.
_REVIEW = lazy_compile(r"好评|五星|差评|负评|评价|评分|晒单")
# Addressed warmly in the sentence: with a closing particle the clause is a friendly tip.
_WARM_ADDRESS = lazy_compile(r"您|亲|宝贝|宝宝|姐妹|小伙伴")
_MODALS = frozenset(("需要", "应该", "可以", "必须", "要求", "希望", "记得", "务必", "能够", "一定"))
_PLEA_END = lazy_compile(r"呗[^\u4e00-\u9fff]*$")
# A result reached well (备注好, 填好): after 您 the customer is told to get it done.
_DONE_WELL = lazy_compile(_VERB + r"{1,2}好(?![的吗吧了呀啊吃看用听])")
_SOOTHED = lazy_compile(
    r"(?:别|不要|唔好)(?:再|一直|老|总)?(?:着急|急|担心|生气|介意|客气|紧张|害怕|慌|难过|激动|问|烦|催)"
)
_HUSH = lazy_compile(
    r"(?:再|一直|老|总|在这里?|那么多)?(?:问|烦|催|激动|吵|闹|扯皮|期望|刷屏|发消息|说话|讲话|插嘴|打断|废话|搞错|弄错|乱说|胡说|啰嗦|罗嗦|唠叨|多嘴|墨迹|磨蹭)"
)
_CALM_DOWN = lazy_compile(r"冷静|消消气|息怒|消气")
_CALM = lazy_compile(r"着急|急|担心|生气|介意|客气|见怪|误会|紧张|害怕|慌|难过|犹豫|放在心上|忘")
_WHOLE_NOUN = lazy_compile(r"\s*(订单号|订单编号|手机号|手机号码|联系电话|收货地址|联系方式)\s*([?？]?)\s*")
_HANDED_OVER = lazy_compile(
    "订单|单号|编号|号码|手机|电话|地址|名称|税号|抬头|截图|照片|图片|视频|信息|资料|验证码|账号|ID|id|姓名|联系方式|凭证|发票"
    "|运单|金额|型号|链接|资质|图|照|商品|货|包裹|吊牌|配件|原件|说明书|赠品|包装|单据"
)
_DEMONSTRATIVES = frozenset(("这", "那", "这个", "那个", "这些", "那些", "此"))  # 这个核实下: the agent's note
_PLACE = lazy_compile(r"[\u4e00-\u9fff]{1,4}?[里内中](?=[写附贴填带标注放备])")
_LOCATIVE = lazy_compile(r"[里内中上](?=[^\u4e00-\u9fff]*$)|[里内中]$")
_OFFER_LATER = lazy_compile(
    r"[给为帮替]您|(?:我们?|这边|小妹)(?:这边)?(?:会|可以|马上|立即|立刻|来|承担|负责|[帮给为替](?:您|你))"
)
_ADDRESSED = lazy_compile(r"[亲您你妳]")
_OFFER_NEXT = lazy_compile(r"[，,\s]*(?:[帮为给替]您|马上|立即|这边|我|小妹)")
_TAIL_CHARS = frozenset("哦呢哈呀啦嘛哟吧~～，,。.!！ \t\n")
_TOPIC_MARK = lazy_compile(
    "过来|回来|过嚟|返嚟|返来|回嚟|我|下|清楚|完整|齐全|不要|别|记得|上"
)  # what _REQUEST_AFTER_TOPIC needs
_WAIT = lazy_compile(r"\s*稍等(?:一下|下)?(?=[，,。.!！\s]|$)")
_NOUN_TAGS = ("n", "a", "m", "q", "uj", "c", "f", "r", "vn", "b", "t", "s", "eng", "x", "j", "l", "nr", "ns", "nz")


# Every request holds one of these marks: the clauses without one are never read.  The common
# characters count only where they can mark a request (一下 but not 下单, 拍个 but not 这个,
# 下单时 but not 小时, 要 after a time frame).
_MARK_WORDS = (
    *"把先别张",
    *("不要", "唔好", "记得", "过来", "回来", "过嚟", "返嚟", "返来", "回嚟", "清楚", "完整", "齐全", "稍等"),
    *("下次", "下回", "到时", "收到货", "拿到货", "签收后", "到货后"),
    *(v + "我" for v in "发给传寄俾畀"),
    *(v + "上" for v in "写附贴填带标注"),
    *(you + adverb for you in "您你妳" for adverb in ("这边", "那边", "自行", "直接", "马上", "尽快", "及时", "要")),
    *("自己", "等着"),
    # brusque orders (_brusque): sent somewhere, hurried, told to come back when ready
    *("那边", "那儿", "那里", "外面", "外边", "回去", "快点", "快一点", "赶快", "赶紧", "大声", "小声"),
    *("了再", "好再", "清楚再", "明白再"),
)
_MARK = lazy_compile(
    literal_trie(_MARK_WORDS, grouped=False)
    # Each top-level branch opens with its literal (the look-behinds come after it, and the
    # trie is not wrapped in a group): re then skips ahead to the characters a mark can begin with.
    + r"|下(?<![以上底天乡地私剩左右况之阁楼]下)(?!["
    + _NOT_AFTER_XIA
    + r"])"
    + r"|个(?<![这那一几每整哪两某各半]个)"
    + r"|时(?<![小及同随按准暂当有平即]时)(?![间候段效])"
    + r"|要(?<=[时后前]要)"
)
# A text without a character a mark can begin with is never scanned; one finditer finds the rest
# (fewer Python-level steps than trying the pattern at each such character).
_MARKS = Prefiltered(
    _MARK, contains=lazy_compile("[" + "".join(sorted({w[0] for w in _MARK_WORDS} | set("下个时要"))) + "]")
)


class Request(NamedTuple):
    start: int  # where 麻烦您/请 goes: the finding covers start..end
    end: int  # the end of the request's clause, before its punctuation and particles
    polite: str  # 麻烦您, 麻烦您把, 麻烦 (before 您), 请
    drop: int = 0  # characters at start the polite word replaces (要 -> 请)


# The customer as the one something is done to or for (跟您致歉, 给您补发, 为您安排): the clause's
# actor is the shop, not the customer.
_TO_CUSTOMER = lazy_compile(r"(?:跟|向|给|为|替|帮|同)(?:您|你|妳|亲)(?!自己)")


def check_bare(draft: Draft, report: Report) -> None:
    """A brusque order inside a rebuke is a bare request too (readers mark both: 自己去取, 快点说)."""
    norm = draft.norm
    whole = _WHOLE_NOUN.fullmatch(norm)
    if whole:
        s, e = whole.start(1), whole.end(2)
        report(BARE, s, e, [in_draft_script("麻烦您提供一下", draft.is_traditional) + draft.text[s : whole.end(1)]])
        return
    policy: bool | None = None
    read_to = -1
    for mark in _MARKS.finditer(norm):
        if mark.start() < read_to:
            continue  # each clause is read once, from its first mark
        cs, ce = draft.clause_at(mark.start())
        read_to = ce
        if _TO_CUSTOMER.search(norm, cs, ce):
            continue  # 另外附上一张小卡跟您致歉: the customer receives, so the shop is the one acting
        opening = _head(norm, cs)  # found once for the three readings below
        found = (
            _request_in(draft, cs, ce, opening) or _blunt(draft, cs, ce, opening) or _brusque(draft, cs, ce, opening)
        )
        if found is None or draft.text.startswith("係", found.start):
            continue  # (係 is Cantonese's copula, folded to 系 in norm: 好多時係因為…)
        if policy is None:
            policy = register_of(norm) == "policy"
        # A shop's rules or a notice: advice, worded with 请, never turned into 麻烦您….
        polite = "请" if policy else found.polite
        if cantonese(norm):
            polite = "请将" if polite.endswith("把") else "请"  # 您 is not Cantonese; it hands over with 將
        words = honorific(draft, found.start + found.drop, found.end)  # 你们公司的… -> 贵公司的…
        report(BARE, found.start, found.end, [in_draft_script(polite, draft.is_traditional) + words], fix=None)
        return  # one request per reply is enough to make the point
    found = _short_order(draft)
    if found is not None:
        words = honorific(draft, found.start, found.end)
        report(BARE, found.start, found.end, [in_draft_script(found.polite, draft.is_traditional) + words], fix=None)


# 自己去看, 你自己联系快递, 等着吧: the customer left to it.  Blunter than a missing 请, so the
# finding is advice (请您自己去看 is no better); 您自己决定 defers to the customer.
_ON_YOUR_OWN = lazy_compile(r"(?:(?:您|你|妳)(?:就|还是|最好)?)?自己(?:去|来|到)?")
_DEFERENCE = lazy_compile(r"决定|选|挑|做主|拿主意|定|喜欢|判断")
_FAULT = lazy_compile(r"[没不未]|错")
_WAIT_ON = lazy_compile(r"(?:(?:您|你|妳)(?:就)?)?(?:先)?等着(?:吧|呗|啦)?")


def _blunt(draft: Draft, cs: int, ce: int, opening: int) -> Request | None:
    norm = draft.norm
    pos = opening
    end = _content_end(norm, cs, ce)
    wait = _WAIT_ON.fullmatch(norm, pos, end) or _WAIT_ON.fullmatch(norm, pos, ce)
    if wait is not None:
        if _softened(draft, cs, ce):
            return None
        return Request(pos, end, "请您耐心等待", drop=end - pos)
    own = _ON_YOUR_OWN.match(norm, pos, ce)
    if own is None or _DEFERENCE.match(norm, own.end()) or _not_an_order(draft, cs, ce, opening):
        return None
    if _FAULT.search(norm, own.end(), end):
        return None  # 你自己尺寸没量好, 你自己拣错了: what the customer did wrong (blame's), no order
    if not _verb_first(draft, own.end(), ce, after_adverb=True) and not _goes_to(draft, own, ce):
        return None
    himself = norm.index("自己", pos) + 2  # 去/来 stay: 请您去官网下载
    return Request(pos, end, "请您", drop=himself - pos)


# Brusque orders, whole clauses (advice: 请您 before them reads no better, a person rewords them):
# sent somewhere (到隔壁去, 门口等着去, 回去拿证件), hurried (赶紧去排队, 小声一点), told to come
# back when ready (看好了再来).
_PLACE_WORDS = "那边|那儿|那里|外面|外边|旁边|隔壁|楼下|楼上|对面"
_SENT_TO = lazy_compile(rf"(?:到|去)?(?:{_PLACE_WORDS})")
_BRUSQUE = lazy_compile(
    r"(?:(?:您|你|妳)(?:就)?)?(?:"
    rf"(?:到|去)?(?:{_PLACE_WORDS})(?:" + _VERB + r"{1,2}着?)?去"
    r"|回去" + _VERB + r"{1,6}"
    r"|(?:快点|快一点|赶快|赶紧)(?:去)?" + _VERB + r"{1,4}"
    r"|(?:大声|小声)一?点"
    r"|(?:以后|下次)?(?:自己)?" + _VERB + r"{1,3}(?:好|清楚|明白)了?再" + _VERB + r"{1,2}"
    r")"
)


_BRUSQUE_STATEMENT = lazy_compile(r"已|会|将|正在|是|过(?![来去])")


def _brusque(draft: Draft, cs: int, ce: int, opening: int) -> Request | None:
    norm = draft.norm
    pos = cs if _SENT_TO.match(norm, cs) else opening  # 那边去: 那 is no filler here
    end = _content_end(norm, cs, ce)
    if _BRUSQUE.fullmatch(norm, pos, end) is None or _QUESTION.search(norm, pos, ce):
        return None
    if _BRUSQUE_STATEMENT.search(norm, pos, end) or _softened(draft, cs, ce) or _PLEA_END.search(norm, pos, ce):
        return None
    if _INVITE.search(norm, pos, end):
        return None
    if "您" in norm[pos:end] or _PARTICLE_END.search(norm, pos, ce):
        return None  # 您先想好了再下单哦: advice to someone addressed politely
    return Request(pos, end, "请您")


def _goes_to(draft: Draft, own: re.Match[str], ce: int) -> bool:
    """自己去海关系统上传: 去/来/到 and then a place, whatever the tagger calls it."""
    if not own.group().endswith(("去", "来", "到")) or _STATEMENT.search(draft.norm, own.end(), ce):
        return False
    tagged = draft.tagged_words_in(own.end(), ce)
    return tagged is not None and len(tagged) > 0 and tagged[0][1].startswith(("n", "s"))


# A whole reply that is only a verb and its object (发图, 发截图, 说重点): an order with nothing
# around it.  A longer reply's last clause (明天再说, 直接拍, 退不了) is as often a cold answer,
# a brush-off or a refusal, so only the whole reply counts.
_SHORT = 6
_NOT_ASKED = lazy_compile(
    r"谢谢|感谢|多谢|收到|知道|明白|了解|理解|好的|辛苦|打扰|抱歉|欢迎|稍等|放心|加油|恭喜|祝|期待|没问题|可以|行|好"
    r"|[没不无未已在是有能会要望]|肯定|马上|回来"
)
_ADDRESSED_OR_AGENT = lazy_compile(r"[您亲请我咱]|麻烦|这边|小妹")


def _short_order(draft: Draft) -> Request | None:
    norm = draft.norm
    pos, end = _head(norm, 0), _content_end(norm, 0, len(norm))
    if end - pos > _SHORT or end - pos < 2 or _ADDRESSED_OR_AGENT.search(norm, pos, end):
        return None
    if norm[pos] not in _HANDING + _ASKING or draft.clause_at(pos) != draft.clause_at(end - 1):
        return None  # cheap first: no verb of handing over or saying at its head, or more than one clause
    if _NOT_ASKED.match(norm, pos):
        return None
    tagged = draft.tagged_words_in(pos, end)
    if not tagged or len(tagged) > 2 or tagged[0][1] != "v":
        return None
    if len(tagged) == 1:
        word = tagged[0][0].word  # 发图: the verb and what is handed over as one word
        handed = word[0] in _HANDING and _HANDED_OVER.fullmatch(word, 1) is not None
        return Request(pos, end, "请") if handed else None
    obj, flag = tagged[1]
    if not flag.startswith("n") and not _HANDED_OVER.fullmatch(obj.word):
        return None  # 发截图: 截图 is tagged a verb
    return Request(pos, end, "请")


_HANDING = "发传寄拍填"
_ASKING = "说讲写报截"


def _request_in(draft: Draft, cs: int, ce: int, opening: int) -> Request | None:
    """The request the clause makes, if its shape is one and nothing around it says otherwise
    (the shape first: it is a few anchored matches; the checks around it come next, and the
    segmenter, the dearest, only for a clause that passed them)."""
    verdict: list[bool] = []

    def cleared() -> bool:
        if not verdict:
            verdict.append(not _not_an_order(draft, cs, ce, opening))
        return verdict[0]

    found = _shape(draft, cs, ce, opening, cleared)
    return found if found is not None and cleared() else None


def _not_an_order(draft: Draft, cs: int, ce: int, opening: int) -> bool:
    norm = draft.norm
    clause = norm[cs:ce]
    if _CONDITION.search(clause) or _QUESTION.search(clause) or _CARE.search(clause) or _REVIEW.search(clause):
        return True
    ss = draft.sentence_at(cs)[0]
    before = draft.clause_at(cs - 1)[0] if cs > ss else cs
    if _CARE.search(norm, before, cs):
        return True  # 带回去加热两分钟，记得把小孔打开: still the care of the goods
    if _PARTICLE_END.search(clause) and _WARM_ADDRESS.search(norm, 0, ce):
        return True  # 着急的宝贝下单前先问一下哈: a tip to someone addressed warmly
    if _HEADS_UP.match(norm, opening) and _DONE.search(norm, ss, cs):
        return True
    if _TRY.search(clause):
        return True  # 您先按图挂回去试试: a suggestion to try
    if norm[cs - 1 : cs] == "、":
        return True  # the last item of a list the clause before began
    if not _TIME_LEAD.match(norm, cs) and _OFFER_LATER.search(norm, ce, draft.sentence_at(cs)[1]):
        return True  # 您把照片发我，我们给您补偿: one step of a service offered, not an order
    if "记得" in clause and _PARTICLE_END.search(clause):
        return True  # 记得…哟: a friendly reminder
    if _PLEA_END.search(clause):
        return True  # 给个好评呗: a plea, not an order
    if _AT_AGENT.search(clause) or _RHETORIC.search(clause):
        return True  # 别给我瞎搞, 不要烦我: a rebuke (curt's); 你还去骗别人啊: an exclamation
    if _SHOP_STEP.search(clause) or _INVITE.search(clause):
        return True  # 先付款再发货: the order of a procedure; 快来抢购: an invitation to buy
    if _FRAME_ONLY.search(norm, cs, _content_end(norm, cs, ce)):
        return True  # 付款并确认尺寸后: the whole clause is the time frame of the next one
    if _how_to(draft, cs, ce):
        return True
    return _softened(draft, cs, ce)


# A prohibition about the agent (别给我瞎搞, 不要妨碍我工作): a rebuke, not a service step.
# Handing something to the agent (先别发给我) is still a request.
_AT_AGENT = lazy_compile(
    r"(?:不要|别|唔好)(?:再)?(?:给我(?![发寄传])|[^，,。！？!?；;]{0,4}?(?<![发给传寄交递俾畀])我(?![们的]))"
    # 你给我出去, 给我闭嘴: 给我 before the customer's own conduct scolds, nothing is handed over
    r"|给我(?=出去|出来|滚|闭嘴|站住|听着|听好|小心|记住|安静|老实|住手|走开)"
)
_RHETORIC = lazy_compile(r"还[^，,。！？!?；;]{1,10}?(?:啊|呀)[!！?？]*$")
# 先付款再发货: the customer's step, then the shop's.
_SHOP_STEP = lazy_compile(r"先[^，,。！？!?；;]{1,8}?再(?:发货|发出|寄出|出货|安排|处理|退款|制作|生产|配送)")
# A call to buy or claim something (赶紧来下单, 点击链接领取福利): marketing, not a task set.
_INVITE = lazy_compile(
    r"(?:赶紧|赶快|快来|速来|点击|戳)[^，,。！？!?；;]{0,12}?(?:下单|抢|领取|购买|选购|入手|参与|报名)"
    r"|领取[^，,。！？!?；;]{0,6}?(?:福利|优惠|红包|礼|券)"
)


# Steps of a how-to (打开后盖，取出电池后重新装上，等十秒后，再按电源键): guidance the customer
# asked for, walked through; not an order.  Handing something to the agent is still a request.
_STEP = lazy_compile(r"然后|接着|之后|(?<![售最然背午今日以])后|再")
_TO_AGENT = lazy_compile(r"(?:发|给|传|寄|交)(?:我|过来|回来)|提供|[您你妳]|" + _DIR)  # or addressed
_HOW_TO_CLAUSES = 3


def _how_to(draft: Draft, cs: int, ce: int) -> bool:
    norm = draft.norm
    ss, se = draft.sentence_at(cs)
    if _TO_AGENT.search(norm, cs, ce) or _STEP.search(norm, ss, se) is None:
        return False
    clauses, pos = 0, ss
    while pos < se and clauses < _HOW_TO_CLAUSES:
        pos = max(draft.clause_at(pos)[1], pos + 1)
        clauses += 1
    return clauses >= _HOW_TO_CLAUSES


def _shape(draft: Draft, cs: int, ce: int, opening: int, cleared: Callable[[], bool]) -> Request | None:
    norm = draft.norm
    pos = opening
    vocative = _VOCATIVE.match(norm, pos, ce)
    if vocative:
        if _PARTICLE_END.search(norm, pos, ce):
            return None  # 亲…哦: softened enough
        pos = vocative.end()
    wait = _WAIT.match(norm, pos, ce) if norm.startswith("稍等", pos) else None
    if wait:
        # 稍等 alone; with 亲/您 near it, or an offer after it (稍等，帮您查一下), it is a polite hold.
        # Only its own bubble counts (unpunctuated chat bubbles): 稍等 这个不可以哦亲 is still bare.
        ss, _ = draft.sentence_at(cs)
        bubble = norm[wait.end() : ce].split(maxsplit=1)
        own = bubble[0] if bubble and not norm[wait.end() : wait.end() + 1].isspace() else ""
        if vocative or _ADDRESSED.search(norm, ss, wait.start()) or _ADDRESSED.search(own):
            return None
        if own and _PARTICLE_END.match(own):
            return None
        if _OFFER_NEXT.match(norm, wait.end()):
            return None
        return Request(wait.end() - len(wait.group().lstrip()), wait.end(), "请您")  # 请您稍等
    end = _content_end(norm, cs, ce)
    lead = _TIME_LEAD.match(norm, pos, ce)
    if lead is not None and lead.end() < end:
        pos = lead.end()  # 下次您备注好 -> 下次麻烦您备注好
    stop = _NO_ORDER.search(norm, pos, ce)
    if stop is not None and stop.group() == "将" and _REQUEST_AT_HEAD.match(norm, stop.start(), ce):
        stop = _NO_ORDER.search(norm, stop.end(), ce)  # 将单号发过来: the written 把, not "will"
    if stop is not None:
        # A statement (了, 会, 已 …) or the agent acting: no request, except a step after a done
        # one in an unpunctuated bubble (地址改好了截个图发过来).
        m = _REQUEST_AT_HEAD.match(norm, stop.end(), ce) if stop.group() == "了" else None
        if m is not None and m.lastgroup in _AFTER_DONE and _is_request(draft, m, stop.end(), ce):
            return Request(stop.end(), end, "麻烦您")
        return None
    subject = _SUBJECT.match(norm, pos, ce)
    head = subject.end() if subject else pos
    frame = _ARRIVAL.match(norm, head, ce) or _FRAME.match(norm, head, ce)
    for after_frame in (frame.end(), head) if frame else (head,):
        # 先 is a request's first step (先…再…) or an adverb before its verb (先别…).
        m = _REQUEST_AT_HEAD.match(norm, after_frame, ce)
        if m is None or not _is_request(draft, m, cs, ce):
            m = _REQUEST_AT_HEAD.match(norm, _past_adverbs(norm, after_frame, ce), ce)
            if m is None or not _is_request(draft, m, cs, ce):
                continue
        if subject and m.lastgroup == "must":
            return Request(subject.start(), end, "请您", drop=m.end() - subject.start())  # 您要先… -> 请您先…
        if subject:
            return Request(subject.start(), end, "麻烦")  # 您这边核实下 -> 麻烦您这边核实下
        if m.lastgroup == "must":
            if after_frame == head:
                continue  # 要 at the head is a wish (要换只能…); after a time frame it is an order
            return Request(m.start(), end, "请", drop=1)  # 收到后要拍下 -> 收到后请拍下
        at = after_frame if after_frame > pos else pos
        if m.lastgroup in ("neg", "seq", "remind"):
            return Request(at, end, "请")
        if m.lastgroup is None and _HANDED_OVER.match(norm, m.start()):
            return Request(at, end, "麻烦您把")  # 单号发我: what is handed over, then the verb
        return Request(at, end, "麻烦您")
    starts = [frame.end()] if frame else []
    if subject:
        # 您这边留意物流, 您自行寄出: the customer told what to do, with no request mark but the
        # instruction's own adverb (自行, 先, 直接 …) or 这边 after 您.
        if norm.startswith("要", head):
            # 您要尽快确认收货 -> 请您尽快确认收货: 要 + a manner adverb + a verb is an order
            verb = _past_adverbs(norm, head + 1, ce)
            if _ADDRESSED.search(norm, head + 1, ce) or _NOT_ACTION.match(norm, verb):
                return None  # 你要开专票你早说: 要 is "want", a condition; 你要明白: a lecture
            if (
                verb > head + 1
                and not WELLBEING.match(norm, verb)
                and cleared()
                and _verb_first(draft, verb, ce, after_adverb=True)
            ):
                return Request(subject.start(), end, "请您", drop=head + 1 - subject.start())
            return None
        verb = _past_adverbs(norm, head, ce)
        told = verb > head or norm.startswith("这边", subject.end() - 2) or _DONE_WELL.match(norm, verb, end)
        if _SOOTHED.match(norm, verb) or _CALM_DOWN.match(norm, verb):
            return None  # 您先别生气, 您先冷静一下: reassurance (or, hushing, curt's), no task set
        if told and cleared() and _verb_first(draft, verb, ce, after_adverb=verb > head):
            return Request(subject.start(), end, "麻烦")
        return None
    for at in (*starts, head) if _TOPIC_MARK.search(norm, head, ce) else ():
        # A topic, then the request: 视频发过来, (退回来的时候)吊牌不要剪, 包裹里写上….
        verb = _past_adverbs(norm, at, ce)
        t = _REQUEST_AFTER_TOPIC.search(norm, verb + 1, ce)
        if t is None:
            continue
        mark = t.start() - (t.lastgroup in _AFTER_ITS_VERB)  # where the request's verb begins
        while mark > verb and norm[mark - 1].isascii() and norm[mark - 1].isalpha():
            mark -= 1  # a verb in Latin letters (send过嚟)
        if norm[mark - 1] in "不没唔别未冇勿":
            continue  # 唔记得带银包: the verb negated, nothing asked
        if mark <= verb or not _is_request(draft, t, cs, ce, mark):
            continue
        if norm[verb:mark] in _DEMONSTRATIVES or not cleared():
            continue
        if t.lastgroup == "remind":
            return Request(mark, end, "请")  # 下次下单记得备注 -> 下次下单请记得备注
        if _noun_phrase(draft, verb, mark):
            if t.lastgroup == "neg":
                return Request(mark, end, "请")  # 吊牌请不要剪
            if _LOCATIVE.search(norm, verb, mark):  # 包裹里写上… -> 麻烦您在包裹里写上…
                return Request(verb, end, "麻烦您" if norm.startswith("在", verb) else "麻烦您在")
            return Request(verb, end, "麻烦您" if norm.startswith("把", verb) else "麻烦您把")
    first = _past_adverbs(norm, frame.end(), ce) if frame else 0
    arrival = frame is not None and _ARRIVAL.fullmatch(frame.group()) is not None
    if (
        frame
        and (frame.group().endswith("时") or arrival)
        and not _THIRD.search(frame.group())  # 回复客人时应…: guidance for agents
        and cleared()
        # after the goods arrive, the clause head is the predicate whatever the tagger says (检查: vn)
        and _verb_first(draft, first, ce, after_adverb=first > frame.end() or arrival)
    ):
        # 收到货先验货 -> 收到货麻烦您先验货
        # 下单时备注颜色 -> 下单时麻烦您备注颜色; 寄回时包裹里写上… -> 寄回时麻烦您在包裹里写上…
        place = _PLACE.match(norm, frame.end(), ce) is not None
        return Request(frame.end(), end, "麻烦您在" if place else "麻烦您")
    return None


def _verb_first(draft: Draft, start: int, end: int, *, after_adverb: bool = False) -> bool:
    """Whether the words from start open with a verb the customer can carry out (segmenter tags),
    not a state, and the clause is no statement (了/过/会 …).  After a manner adverb (早点,
    先, 直接) the word is a verb by its place, whatever the tagger says (早点下单: 下单 tagged n)."""
    norm = draft.norm
    if not re.match(_VERB, norm[start : start + 1]) or _NOT_ACTION.match(norm, start):
        return False
    if _STATEMENT.search(norm, start, end) or _AGENT_AFTER.search(norm, start, end):
        return False
    tagged = draft.tagged_words_in(start, end)
    if tagged is None or not tagged:
        return False
    if len(tagged) > 1 and tagged[1][0].word == "的":
        return False  # 预订时提供的交付日期: the verb modifies a noun, nobody is asked
    flag = tagged[0][1]
    return (flag.startswith("v") and flag != "vn") or (after_adverb and flag in ("n", "vn"))


def _content_end(norm: str, cs: int, ce: int) -> int:
    """The clause's end before its punctuation and final particles."""
    end = ce
    while end > cs and norm[end - 1] in _TAIL_CHARS:
        end -= 1
    return end


def _past_adverbs(norm: str, pos: int, end: int) -> int:
    """Where the verb begins after the adverbs at pos (先, 直接, 重新 …)."""
    m = _ADVERBS.match(norm, pos, end)
    return m.end() if m else pos


def _head(norm: str, cs: int) -> int:
    """The clause's first character after spaces and fillers (``opening`` in the functions a
    clause's readings go through: found once per clause)."""
    if cs < len(norm) and norm[cs] not in _LEAD_FIRSTS and not norm[cs].isspace():
        return cs  # no filler or space to pass over (str.isspace is re's \s)
    m = _LEAD.match(norm, cs)
    return m.end() if m else cs


def _softened(draft: Draft, cs: int, ce: int) -> bool:
    """A softener in this clause or the one before it in the sentence (亲，提供一下… / 麻烦您，…)."""
    ss, _ = draft.sentence_at(cs)
    ps = draft.clause_at(cs - 1)[0] if cs > ss else cs
    return _SOFTENER.search(draft.norm, max(ps, ss), ce) is not None


def _is_request(draft: Draft, m: re.Match[str], cs: int, ce: int, start: int | None = None) -> bool:
    """``start``: where the request's verb begins, when the match begins after it (视频发|过来)."""
    norm = draft.norm
    start = m.start() if start is None else start
    before = norm[cs:start]
    if _AGENT.search(before) or _THIRD.search(before) or _STATEMENT.search(before):
        return False
    after = norm[m.end() : ce]
    if _STATEMENT.search(after) or _AGENT_AFTER.search(after):
        return False
    verb = norm[start : m.end()].removesuffix("们").removesuffix("我")  # 发我: the agent receives
    if _AGENT.search(verb) or _AGENT_WILL.search(norm, draft.sentence_at(cs)[0], cs):
        return False
    if norm.startswith("的", m.end()):
        return False  # 点一下的事: a noun phrase, not an order
    if m.lastgroup == "dir" and _SOON.fullmatch(norm, start, m.start("dir")):
        return False  # 马上回来: the agent coming back
    if m.lastgroup == "dir" and not _SENT.search(norm, start, m.start("dir")):
        return False  # 看到老朋友回来: someone coming back, nothing sent
    group = m.lastgroup
    if group == "neg":
        if norm.endswith("也", 0, m.start()):
            return False  # 宁愿…也不要…: a wish set against another, a rebuke (curt's reading)
        if _HUSH.match(norm, m.end()):
            return False  # 别再问了, 唔好催, 别激动: the customer hushed (curt's reading), no task set
        return not _CALM.match(norm, m.end()) and not norm.startswith(("了", "的", "意思"), m.end())
    if group == "seq":
        # 先…再…: the second step in this clause or at the head of the next one.
        _, se = draft.sentence_at(cs)
        return re.search(r"再|然后", norm[m.end() : se]) is not None
    if group == "remind":
        return not _PARTICLE_END.search(norm, m.end(), ce)  # 记得多喝水哟: care, not an order
    if group == "must":
        # 您要注意保暖哦: a wish for the customer; 你要明白: a lecture; 你要开专票你早说: 要 is
        # "want", the condition of what follows
        if WELLBEING.match(norm, m.end()) or _NOT_ACTION.match(norm, m.end()):
            return False
        return _ADDRESSED.search(norm, m.end(), ce) is None
    if group == "ba":
        return True
    if group == "result" and norm.startswith("看", start):
        return True  # 看清楚: a result the customer is to reach
    return not _NOT_ACTION.match(norm, start)


def _noun_phrase(draft: Draft, start: int, end: int) -> bool:
    """Whether draft.norm[start:end] reads as a noun phrase (the segmenter's tags): the topic of
    a request (视频发过来) and not a clause of its own (地址改好了截个图)."""
    if end - start > 12:
        return False
    tagged = draft.tagged_words_in(start, end)
    if not tagged:
        return False
    # A verb before 的 modifies the noun (破损的地方), and so does a two-character one before a
    # noun (快递单号, 退货地址); any other verb makes a clause.
    return all(
        flag.startswith(_NOUN_TAGS)
        or (i + 1 < len(tagged) and tagged[i + 1][0].word == "的")
        or (len(tok.word) == 2 and tok.word not in _MODALS and i + 1 < len(tagged) and tagged[i + 1][1].startswith("n"))
        for i, (tok, flag) in enumerate(tagged)
    )
