"""curt-sarcasm: sarcasm and rhetorical questions aimed at the customer: 又不是…, 难道您…吗,
你倒不耐烦了, 您就不能…吗 (advice)."""

from __future__ import annotations

import re

from replykit.builtin.politeness.phrases import ASKED, CLAUSE_END, CUSTOMER, OFFER, phrase
from replykit.draft import Draft
from replykit.rules import Example, rule
from replykit.scan import lazy_compile

SARCASM = rule(
    "curt-sarcasm",
    severity="warning",
    fix=None,
    holds_sentence=True,
    description="Sarcasm or a rhetorical question aimed at the customer (又不是…, 难道您…吗, 你倒…了).",
    description_zh="对顾客冷嘲热讽或反问（又不是……、难道您……吗、你倒……了）。",
    zh="反问和讽刺会让顾客觉得被嘲笑；直接、平和地说明情况",
    en="Sarcasm and rhetorical questions make the customer feel mocked; state the facts calmly",
    examples=[
        Example("没办法，又不是给您一个人用的。"),
        Example("难道您收货前不检查吗？"),
        Example("我还没着急，你倒不耐烦了。"),
        Example("您就不能等两天吗"),
        Example("您倒是挺会挑的啊"),
        Example("你们自己不看详情页的吗？"),
        Example("自己不会看订单吗"),
        Example("您自己不会查一下吗？"),
        Example("等两天不就行了"),
        Example("重新拍一单不就好了嘛"),
        Example("往下翻一翻不就看到了"),
        Example("凭什么给您退"),
        Example("还不是因为您没看清楚"),
        Example("有本事你去投诉"),
        Example("有本事别买"),
        Example("又不是我让你买的"),
        Example("難道你不會看說明嗎"),
        Example("这么简单的操作都不会？"),
        Example("这都不懂吗"),
        Example("您买之前不看评价的吗？"),
        Example("下单时都不看尺码表吗"),
        Example("自己选错了还怪我们？"),
        Example("这下满意了吧"),
        Example("不然呢？"),
        Example("又来了，还是那个问题"),
        Example("用热水洗不变形才怪"),
        Example("我们又不是神仙"),
        Example("排队的又不止您一个"),
        # A reproach put to the customer as a question: why so agitated, why not earlier,
        # don't you understand.
        Example("你慌什么，包裹明天就到了"),
        Example("您催什么呀，都在排队发"),
        Example("您怎么不早点说要开发票呢"),
        Example("你为什么没提前备注颜色"),
        Example("你不懂吗？详情页写得很清楚"),
        # Rhetorical questions: 不是…吗, 还用…吗, 没看到…吗, 这种…也要…？, 这都…, 连…都…
        Example("那不是很容易吗"),
        Example("唔系写咗喺上面咩？"),
        Example("这还用我说吗"),
        Example("你没看到我们在排队发货吗"),
        Example("这么一点色差也要退？"),
        Example("这都要催？"),
        Example("连快递单号都不会查？"),
        Example("连电话号码都能写错？"),
        Example("這麼簡單的設定都不會喔？"),
        Example("这么明显都看不出来吗"),
        Example("连付款按钮都不会点吗"),
        Example("難道我們會騙您嗎"),
        Example("您难道不知道要先付款吗"),
        Example("您不会先看看评价吗"),
        Example("这样还不够清楚吗？"),
        Example("你是故意的吧"),
        Example("这也要我教？"),
        Example("所以呢？"),
        Example("你懂不懂啊"),
        Example("聽沒聽懂？"),
        Example("你要我怎么办？"),
        Example("你怎么这么多问题"),
        Example("有没有搞错！"),
        Example("有冇搞錯呀"),
        Example("你刚才没听清楚吗"),
        Example("您不会自己看物流吗"),
        Example("坏了怪谁？"),
        Example("您付款前怎么不看清楚"),
        Example("别人都没反映过这个问题"),
        Example("都签收了还来问干嘛"),
        Example("又催？"),
        Example("到时候可别怪我们"),
        # What the customer expects set against what they paid, asked back at them.
        Example("几十块的包您还指望是真皮？"),
        Example("這點錢還要寄順豐啊？"),
        Example("都打五折了还要包邮？"),
        Example("用过的东西还指望全新的效果吗"),
        Example("这个价位还要啥自行车"),
        # The customer set apart from everyone else.
        Example("大家用着都好好的，就您说不灵"),
        Example("全店就您一个人嫌薄"),
        Example("卖了上万件，只有你说有问题"),
        Example("您也太挑剔了吧"),
        Example("你也太精明了吧"),
        Example("谁叫你不先量尺寸"),
        Example("现在才来问，早干什么去了"),
        Example("呵呵，您觉得呢"),
        Example("拆封后坏了就别来找我们"),
        Example("超过时间就不要来找"),
        Example("到时候别再来扯皮"),
        Example("摔坏了可别说我们没告诉你"),
        Example("又是你？"),
        Example("能不能自己翻翻记录"),
        Example("退货之前能不能先看看说明？"),
        Example("好东西不便宜，这个道理您应该明白"),
        Example("节假日会延迟，谁都知道吧"),
        Example("你说少发了？监控明明拍到了"),
        Example("你确定你真的量对了吗？"),
        Example("你确定你没装反吗？"),
        Example("全小区就您家说不好用"),
        Example("这个道理大家都懂吧"),
        Example("验收时好好的，现在来赖我们？"),
        Example("谁跟你说可以包邮的？"),
        Example("卖了三年从没人投诉过，你是第一个"),
        Example("你是不是不会装？"),
        Example("你非要说是假货，那我也没办法"),
        Example("你以为是整套啊？"),
        Example("怎么可能是我们的错？"),
        Example("你这种态度我们没法沟通"),
        Example("你还要我们怎样？"),
        Example("问这么多干嘛，下单就行"),
        Example("这么简单都不会装？"),
        Example("这都不懂还玩无人机"),
        Example("这样都嫌贵？"),
        Example("这还要说？"),
        Example("有物流信息系统会推送的好吗"),
        Example("客服也要吃饭好吗"),
        # Reproach and scorn put as questions (our own wording).
        Example("急什么？排着呢"),
        Example("怎么搞的，又填错了"),
        Example("怎么又来了？"),
        Example("你怎么这么烦"),
        Example("我们还会蒙你不成"),
        Example("您可真厉害，竟然把它拆了"),
        Example("不要乱讲知道吗？"),
        Example("你是来捣乱的吗？"),
        Example("你是不是没看清楚规格？"),
        Example("那不是挺合适的吗"),
        Example("怎么不提前预约"),
        Example("你清楚还是我清楚"),
        Example("给差评干什么"),
        Example("想要好的，又不想花钱"),
        Example("怎么能这样"),
        Example("你以为你是谁"),
        Example("你说的都对"),
        Example("喊什么"),
        Example("换货不是你想换就换的"),
        Example("便宜没好货"),
        Example("要问什么？"),
        Example("这么点钱也好意思投诉"),
        Example("这都几点了还来"),
        Example("你系咪玩嘢"),
        Example("不要以为给差评就了不起"),
        Example("干嘛一直问"),
        Example("你是同行派来的吧"),
        Example("你用过几个牌子？"),
        Example("下单前怎么不问清楚"),
        Example("不会自己百度吗"),
        Example("这不就是标准码吗？", None),
        Example("这不一试就知道了嘛", None),
        Example("这点色差也算问题？", None),
        Example("这也叫破损吗？", None),
        Example("我没写过吗？", None),
        Example("我们之前没告诉你吗？", None),
        Example("别人家都能自己拼好，为什么你不能？", None),
        Example("大家都看得懂，凭什么就你看不懂", None),
        Example("你怎么老是这么马虎？", None),
        Example("您怎么这么多问题", None),
        Example("我们会不清楚自家产品吗？", None),
        Example("我还能不懂这个吗？", None),
        Example("是我把它摔坏的吗？", None),
        Example("那是我们叫你买的是不是", None),
        Example("你专业还是我专业？", None),
        Example("信我的还是信你的", None),
        Example("你懂电脑还是我懂电脑？", None),
        Example("你叫我替你吃？", None),
        Example("那你自己的素质呢？", None),
        Example("都下班了还打电话", None),
        Example("你真的来过我们店吗？", None),
        Example("您该不会是走错门了吧？", None),
        Example("那你为什么不自己修", None),
        Example("您最好先反省一下自己", None),
        Example("您是来买东西还是来捣乱的？", None),
        Example("我们修了二十年车，还用你来教？", None),
        Example("所以是要我帮你把饭喂到嘴里吗？", None),
        Example("其他客户都能按时寄回，怎么就你不行？", None),
        Example("没看到我在忙吗", None),
    ],
    clean=[
        "订单号提供一下好吗？这边为您查询",  # 一下 before the tag: a request
        "这又不是您的错，是我们没有提前说明，非常抱歉",
        "您倒是可以先试用几天，不合适再退",
        "难道是快递送错了？我马上帮您查一下",
        "您能等两天吗？到货后第一时间给您发出",
        "您自己没收到短信吗？我帮您重新发送一次",
        "又快又好的物流是我们的优势哦",
        "您不会用吗？我教您",
        "您选这个款不就行了吗？我帮您改一下",
        "有本事的师傅都在我们店哦",
        "凭什么？凭我们的品质",
        "凭什么这么便宜？因为是厂家直销哦",
        "又不是很麻烦的事，我帮您弄",
        "这款一点都不会褪色",
        "洗了几次都不会变形哦",
        "我们都不知道快递为什么延误，马上帮您催",
        "您没看到短信吗？我帮您重新发送",
        "您不看一下吗？这款很适合您",
        "还怪不好意思的，谢谢您的理解",
        "不然的话，您也可以选择退款",
        "又来了一批新货，欢迎选购",
        "您之前没看过这款的话，可以先看看评价",
        "您需要什么颜色呢？我帮您看看库存",
        "请问您叫什么名字？方便登记",
        "您最近在忙什么呀，好久没来逛了",
        "您怎么不早点休息呀，注意身体哦",
        "您不明白吗？我再给您解释一遍",
        "您不懂的地方可以随时问我",
        "是不是已经收到货了呢？",
        "这不是您要的尺码吗？我帮您换一下",
        "请问不是本人签收吗？",
        "您没看到取件码吗？我帮您重新发一次",
        "您还用这个地址吗？",
        "这种情况也可以申请退款哦",
        "这点小事交给我们就好",
        "这款连小朋友都会用",
        "我们连节假日都正常发货",
        "宝宝连续用三天都不会过敏",
        "难道是地址填错了？我帮您查一下",
        "您是故意选大一码的吗？需要的话可以换",
        "您还不清楚吗？我再给您解释一遍",
        "还有不清楚的吗？",
        "所以呢，我们给您多发了一个赠品",
        "然后呢，您再点确认收货就可以了",
        "请问您知不知道订单号呢",
        "您看没看到我们发的优惠券呢？我再发一次",
        "您要我们怎么处理呢？退换都可以",
        "怎么这么多人买，因为好用呀",
        "有没有搞错地址？我帮您查一下",
        "您没听清楚吗？我再说一遍",
        "这都是我们应该做的",
        "这个我也不知道呢，我去问一下",
        "不知道找谁的话，直接联系我就好",
        "其他买家都反映很好用哦",
        "别客气，有事随时找我",
        "您为什么没收到呢？我帮您查一下",
        "您还要别的颜色吗？",
        "这个价格还要加运费吗？不用的，包邮哦",
        "就您说的那款，现在还有货",
        "只有您本人可以修改收货地址",
        "就你一个人用的话，选小号就够了",
        "您也太客气了",
        "谁让您等这么久，实在抱歉",
        "特价商品还要退的话，我帮您申请",
        "有问题别客气，随时来找我们",
        "不要找快递了，我们来处理",
        "又是您来买，太感谢了！",
        "您能不能先发一下订单号呢？",
        "请问能不能先发货？",
        "这个道理我们懂，这就给您处理",
        "您说没收到？我马上帮您查一下物流",
        "您确定门牌号对吗？我帮您再核对",
        "您确定一下收货地址对吗？",
        "谁跟您讲的？我帮您问问",
        "您是第一个买到这款的顾客哦",
        "您以为是一对吗？我帮您换成一对的",
        "这个问题怎么会发生，我们马上查清楚",
        "您这样的态度让我们很感动",
        "我帮您换一个新的好吗？",
        "您看这样处理好吗？",
        "明天给您发顺丰好不好？",
        "好吗？",
        "请问您要办理什么业务呢？",
        "为什么不能用优惠券？因为活动已结束",
        "请问是怎么回事呢？我帮您查",
        "我们也不知道是怎么搞的，马上帮您查",
        "怎么又出问题了，真抱歉，马上给您换",
        "您怎么这么客气",
        "我们怎么会骗您呢，放心购买",
        "您真聪明，一下就找到了",
        "您知道吗？这款是今年新款",
        "您是来取件的吗？",
        "您是不是没收到短信？我再发一次",
        "这不是您要的颜色吗？我帮您换",
        "为什么不提前发货？因为要等工厂排期",
        "如果您想快点收到又不想多花钱，可以选这个快递，我帮您备注",
        "怎么可以这样对待您，真的很抱歉",
        "这个颜色您觉得好还是我推荐的那款好呢",
        "您说得对，是我们疏忽了",
        "当您收到货后，请检查一下",
        "您想问什么呢？",
        "不好意思投诉的话，也可以直接找我",
        "您是不是搞错了尺码？我帮您换",
        "不要以为小店就不专业，我们有质检",
        "您用过几次之后就会习惯的，有问题随时找我",
        "下单前为什么没收到提醒？我帮您查一下",
        "不是您想的那样，我给您解释一下",
        "请问这不就是您要的那款吗？我帮您确认一下",
        "这不就是我们的错吗，马上给您补发",
        "这也算是我们的一点心意",
        "我没说清楚，再给您讲一遍",
        "是我们发错的吗？我马上帮您查",
        "请问是我给您打的电话吗？",
        "别人都说好用，您也可以试试",
        "您怎么这么懂行",
        "我们还不清楚原因，马上帮您查",
        "您寄还是我们上门取都可以",
        "你要我帮你查一下物流吗？",
        "您的问题呢，我们已经记录了",
        "您是自取还是来店里吃？",
        "请问您之前来过我们店吗？我们有老客优惠",
        "您可以先看看自己的订单详情",
        "您来过的话一定记得我们的招牌菜",
        "您让我帮您改地址是吗？好的马上改",
        "我们在忙，稍后回复您",
    ],
)

# How far after a rhetorical question an offer of help is looked for: the next sentence or so
# (…吗？我帮您改一下); a bounded window keeps the scan linear in the draft.
_AHEAD = 40


def _help_ahead(norm: str, pos: int) -> bool:
    return OFFER.search(norm, pos, pos + _AHEAD) is not None


_RHETORIC_END = lazy_compile(r"[^。！？!?\n]{0,30}?(?:吗|么|嘛)?[？?]|[^。！？!?\n]{0,30}?(?:吗|么|嘛)")
_OWNING = lazy_compile(r"(?:您|你|妳|买家|顾客)的(?:错|问题|责任)")


_OWN_FAULT = lazy_compile(r"我们?(?:的)?(?:错|问题|责任|过失|原因)|我们?(?:这边)?(?:不|没)")  # or 又不是我们不给您退


def _not_polite_request(draft: Draft, m: re.Match[str]) -> bool:
    """能不能自己翻翻记录 reproaches; 您能不能先发一下订单号呢 and 请问能不能… ask politely."""
    s, e = draft.clause_at(m.start())
    clause = draft.norm[max(s, m.start() - _AHEAD) : min(max(e, m.end()), m.end() + _AHEAD)]
    return re.search("您|请|呢|麻烦|帮", clause) is None


def _not_owning(draft: Draft, m: re.Match[str]) -> bool:
    """这又不是您的错: taking the blame off the customer, kind; 又不是给您一个人用的: sarcasm."""
    _s, e = draft.clause_at(m.start())
    if _OWNING.search(draft.norm, m.end(), e) or _help_ahead(draft.norm, e):
        return False  # 又不是很麻烦的事，我帮您弄: a reassurance the next clause backs with help
    # 又不是我的错 denies fault (blame's to judge); 又不是我让你买的 and 又不是我家的 mock.
    return _OWN_FAULT.match(draft.norm, m.end()) is None


_ANSWERED = lazy_compile(r"[^。！!？?\n]{0,20}[？?]\s*(?:因为|是因为|就凭|凭|由于)")


def _not_self_answered(draft: Draft, m: re.Match[str]) -> bool:
    """凭什么给您退 challenges the customer; 凭什么这么便宜？因为… asks in order to answer."""
    return _ANSWERED.match(draft.norm, m.end()) is None


def _at_head(draft: Draft, m: re.Match[str]) -> bool:
    """自己不会看吗 opens its clause (after 你/那 at most); 我们这边不会查吗 is something else."""
    s, _ = draft.clause_at(m.start())
    return draft.norm[s : m.start()].strip() in ("", "那", "你", "妳", "难道", "难道你", "那你")


def _no_help_after(draft: Draft, m: re.Match[str]) -> bool:
    """…不就行了 mocks; 不就行了吗？我帮您改一下 is a suggestion that comes with help."""
    return not _help_ahead(draft.norm, m.end())


_WE_WOULD = lazy_compile(r"(?:我|我们|本店|商家)(?:还)?(?:会|能|要|敢)")


def _asks_the_customer(draft: Draft, m: re.Match[str]) -> bool:
    """难道 + a question about the customer (难道您不检查吗, 您难道不知道…吗) or about us (难道我们会
    骗您吗); 难道是快递送错了 wonders about a cause."""
    s, e = draft.sentence_at(m.start())
    tail = draft.norm[m.end() : e]
    about = re.match(CUSTOMER, tail) or _WE_WOULD.match(tail) or re.search(CUSTOMER + "$", draft.norm[s : m.start()])
    asked = _RHETORIC_END.match(draft.norm, m.end())
    return about is not None and asked is not None and not _help_ahead(draft.norm, asked.end())


def _not_ours(draft: Draft, m: re.Match[str]) -> bool:
    """这么简单都不会 is said of the customer; 我们都不知道 and 这个我也不知道 are the agent's own
    admission."""
    s, _ = draft.clause_at(m.start())
    return re.search("我|这边|小妹|客服|本店|店家", draft.norm[s : m.end()]) is None


def _alone_in_clause(draft: Draft, m: re.Match[str]) -> bool:
    """不然呢 / 又来了 as a clause of its own at the head of a sentence."""
    s, e = draft.clause_at(m.start())
    return not draft.norm[s : m.start()].strip() and not draft.norm[m.end() : e].strip("，,。.!！?？~～ ")


_CARELESS_END = lazy_compile(r"[^，。！？,!?\n]{0,12}?(?:的)?(?:吗|么|嘛|[？?])")


def _careless_customer(draft: Draft, m: re.Match[str]) -> bool:
    """您买之前不看…的吗 / 下单时都不看…吗: a rhetorical question about the customer's care; 您不看一下吗
    and 您没看到短信吗？我帮您… are real questions."""
    if draft.norm.startswith(("一下", "下", "到", "见"), m.end()):
        return False
    if _help_ahead(draft.norm, m.end()):
        return False
    return _CARELESS_END.match(draft.norm, m.end()) is not None


# What makes 不是…吗 a rebuke rather than a check: it points at something already said, written
# or obvious (这不是写得很清楚了吗, 上面不是有链接吗); 这不是您要的那款吗 checks a fact.
_OBVIOUS = lazy_compile(
    "写|标|说|讲|告诉|通知|提醒|发|贴|有|清楚|明白|明显|明摆|简单|容易|一样|很|挺|都|早|已经|显示|注明|看到|问过"
)
_GENUINE = lazy_compile("请问|是否|确认一下|核实")
_SAID = lazy_compile("(?:已经|都|早就)?(?:跟|和|给)?(?:你|您|妳)?(?:说|讲|告诉|回复|解释)")


def _rhetorical(draft: Draft, m: re.Match[str]) -> bool:
    """不是…吗 that points at the obvious, not 是不是… (A-not-A), not a checking question
    (请问…), not one the next words answer with help (…吗？我帮您改)."""
    norm = draft.norm
    at = norm.find("不是", m.start(), m.end())
    if at < 0:
        at = norm.find("唔系", m.start(), m.end())
    if norm[at - 1 : at] == "是" or _SAID.match(norm, at + 2):
        return False  # 是不是…; 不是说过了吗 is curt's (told before)
    s, _ = draft.clause_at(m.start())
    if _GENUINE.search(norm, s, m.end()):
        return False
    return _OBVIOUS.search(norm, at + 2, m.end()) is not None and not _help_ahead(norm, m.end())


def _not_checking(draft: Draft, m: re.Match[str]) -> bool:
    """没看到我在忙吗 rebukes; 您没看到短信吗？我帮您重新发送 checks, then helps. With 您 it is a
    rebuke only when it points at what we wrote or how busy we are."""
    if _help_ahead(draft.norm, m.end()):
        return False
    s, _ = draft.clause_at(m.start())
    if _GENUINE.search(draft.norm, s, m.end()):
        return False
    if "您" in draft.norm[s : m.start() + 1]:
        return re.search("写|标|忙|公告|通知|说明|页面|上面|详情|图", m.group()) is not None
    return True


def _not_really_asking(draft: Draft, m: re.Match[str]) -> bool:
    """坏了找谁 is rhetorical; 请问您找谁 and 不知道找谁的话… ask or set a condition."""
    s, e = draft.clause_at(m.start())
    if re.search("请问|不知道|不清楚|如果|的话|该|应该", draft.norm[s : max(e, m.end())]):
        return False
    return _no_help_after_sentence(draft, m)


def _no_help_next(draft: Draft, m: re.Match[str]) -> bool:
    """还不清楚吗 with no offer to explain again in what follows (…？我再给您解释一遍 is help)."""
    after = draft.norm[m.end() : m.end() + 20]
    return not OFFER.search(after) and re.search("我再|我来|再给|再跟|再为", after) is None


def _pressing(draft: Draft, m: re.Match[str]) -> bool:
    """你懂不懂啊 presses; 您看没看到我们发的券呢？我再发一次 asks softly (呢) and helps."""
    if re.match(r"[^，,。！？!?\n]{0,14}?呢", draft.norm[m.end() : m.end() + 16]):
        return False
    return _not_really_asking(draft, m) and _no_help_next(draft, m)


def _no_help_after_sentence(draft: Draft, m: re.Match[str]) -> bool:
    """A rhetorical question with no help offered in the rest of its sentence."""
    _s, e = draft.sentence_at(m.start())
    return not OFFER.search(draft.norm, m.end(), max(e, m.end()))


def _obvious_not_checked(draft: Draft, m: re.Match[str]) -> bool:
    """这不就是棉的嘛 scoffs; 请问这不就是您要的那款吗？我帮您确认 checks and helps."""
    s, _ = draft.clause_at(m.start())
    return _GENUINE.search(draft.norm, s, m.end()) is None and _no_help_after_sentence(draft, m)


def _not_asking_to_check(draft: Draft, m: re.Match[str]) -> bool:
    """是我弄坏的吗？ throws it back; 请问是我们发错的吗？我马上帮您查 asks in order to help."""
    s, _ = draft.sentence_at(m.start())
    if _GENUINE.search(draft.norm, s, m.end()) or re.search("请|麻烦", draft.norm[s : m.start()]):
        return False
    return not _help_ahead(draft.norm, m.end())


def _exasperated(draft: Draft, m: re.Match[str]) -> bool:
    """怎么搞的 / 怎么又来了 at the customer; 是怎么搞的 (a question we look into), 请问…, a sorry or
    help in the sentence (怎么又出问题了，真抱歉) are not."""
    norm = draft.norm
    if re.search("是|知道|看看|查|清楚|问问|请问|我们|我", norm[max(0, m.start() - 4) : m.start()]):
        return False
    s, e = draft.sentence_at(m.start())
    if re.search("抱歉|不好意思|对不起|客气", norm[max(s, m.start() - 40) : min(e, m.end() + 40)]):
        return False
    return _no_help_after_sentence(draft, m)


# What a customer does that an agent may mock as out of proportion (这种小事也要投诉？).
_FUSS = r"(?:投诉|问|催|计较|生气|退|换|差评|中评|闹|较真|介意|在意|纠结|吵|发火|举报|追究|申请|打电话|找)"
_TRIFLE = r"(?:这种|这点|这么点|这么一点|这么小的|一点点?|这么简单的|这种小|这点小|咁小|咁少)"

# What the customer paid or got already: the ground a "还要…？" is mocked from.
_PAID = lazy_compile("块|元|钱|价|二手|优惠|亏本|便宜|特价|折|送|包邮|免费|白|一半")


def _expects_too_much(draft: Draft, m: re.Match[str]) -> bool:
    """这点钱还要寄顺丰？ / 用过的还指望…吗: the expectation set against the price, asked back with
    nothing offered; 您还要别的颜色吗 asks, 还要加运费吗？不用的 answers."""
    s, _ = draft.sentence_at(m.start())
    s = max(s, m.start() - _AHEAD)
    if "指望" not in m.group() and not _PAID.search(draft.norm, max(s, m.start() - 20), m.start()):
        return False
    if re.search("请问|的话", draft.norm[s : m.end()]):
        return False
    return not _help_ahead(draft.norm, m.end()) and not re.match(
        r"\s*(?:不用|不需要|可以|有的|是的)", draft.norm[m.end() :]
    )


# (一下 before the tag makes it a request: 订单号提供一下好吗)
_COURTEOUS = lazy_compile("您|请问|可以|帮|为|给|咱们|一起|我们来|我来|我先|马上|立即|即刻|立刻|尽快|一下")


def _talking_down(draft: Draft, m: re.Match[str]) -> bool:
    """…有物流信息系统会推送的好吗 ends a statement with a tag; 我帮您换一个好吗 offers, 您看这样行不行 asks."""
    s, _ = draft.sentence_at(m.start())
    return m.start() - s >= 4 and _COURTEOUS.search(draft.norm, max(s, m.start() - _AHEAD), m.start()) is None


def _echo_doubted(draft: Draft, m: re.Match[str]) -> bool:
    """你说少发了？监控明明… / 你说坏了？我们都检查过: the customer's claim echoed as a question and
    doubted; 您说坏了？我马上帮您换 echoes it to act on it."""
    return not _help_ahead(draft.norm, m.end()) and _DOUBT.search(draft.norm, m.end(), m.end() + _AHEAD) is not None


_DOUBT = lazy_compile("明明|不可能|冇可能|没可能|肯定|绝对|都有|都check|都检查|系统显示|显示已|证据|记录")

SARCASM_PHRASES = (
    # 你说少发了？监控明明拍到了 / 你话唔啱？我哋都检查过: the claim doubted.
    phrase(
        SARCASM,
        "|".join(y + w for y in "你您妳" for w in "说话讲"),
        0,
        r"(?:你|您|妳)(?:说|话|讲)(?![的得])(?:你|您)?(?:(?![哪什谁几吗])[^，。！？!?\n]){1,8}?[？?]",
        check=_echo_doubted,
    ),
    # 你确定你真的量对了吗 / 你是不是不会装？: the customer's competence doubted.
    phrase(
        SARCASM,
        "确定|是不是不会",
        3,
        r"(?:你|妳)确定(?:你|妳)?(?:真的)?(?:有)?[^，。！？!?\n]{1,8}?(?:吗|么|嘛)"
        r"|您确定(?:您)?真的(?:有)?[^，。！？!?\n]{1,8}?(?:吗|么|嘛)"
        r"|(?:你|您|妳)是不是不会(?:用|弄|装|操作|看)",
        check=_no_help_after,
    ),
    # 你非要说是假货 / 你以为是整套啊？: the customer's view mocked.
    phrase(
        SARCASM,
        "非要|非得|硬要|以为|当|说的都对|说得都对",
        3,
        r"(?:你|您|妳)(?:非要|非得|硬要)(?:说|讲|认为|觉得)"
        r"|(?:你|您|妳)(?:以为|真当|当)(?:你|您|妳)?(?:自己)?是(?:谁|上帝|皇帝|大爷|老板)"
        r"|(?:你|您|妳)说(?:的|得)都对"
        r"|(?:你|您|妳)(?:还)?以为[^，。！？!?\n]{1,10}?(?:啊|吗|呀|么)?[？?]",
        check=_no_help_after,
    ),
    # 有物流信息系统会推送的好吗 / 客服也要吃饭好吗: a statement with a tag that talks down.
    phrase(
        SARCASM,
        "好吗|好不好",
        0,
        r"(?:好吗|好不好)(?=[？?!！。.]|\s*$)",
        check=_talking_down,
    ),
    # 怎么可能是我们的错？: a rhetorical denial.
    phrase(
        SARCASM,
        "怎么会|怎会|哪会|怎么可能",
        0,
        r"(?:怎么会|怎会|哪会|怎么可能)是(?:我们|我|本店|我哋|商家|卖家)(?:的)?(?:问题|错|责任)",
    ),
    # 你这种态度 / 你这么讲话就没意思: the customer's manner rebuked.
    phrase(
        SARCASM,
        "态度|没意思",
        6,
        r"(?:你|您|妳)(?:还)?(?:这|这个|什么|这种)态度|(?:你|您|妳)(?:这样|这么)(?:说话|讲话)(?:就)?没意思",
        check=_no_help_after_sentence,
    ),
    # 这点钱还要寄顺丰？ / 用过的东西还指望…吗 / 还要啥: expecting too much for the price.
    phrase(
        SARCASM,
        "还指望|还想|还要|还砍|还讲价|还退|指望",
        3,
        r"(?:你|您|妳)?(?:还)?指望[^，。！？!?\n]{0,14}?(?:吗|么|嘛|啊|呀|咩)?[？?]|(?:你|您|妳)?还指望"
        r"|(?:你|您|妳)?还(?:想要|想|要|砍|讲价|退)(?:啥|什么|咩)?[^，。！？!?\n]{0,10}?(?:吗|么|嘛|啊|呀|咩)?[？?]"
        r"|还要(?:啥|咩)",
        check=_expects_too_much,
    ),
    # 就您说不灵 / 只有你说颜色不对: the customer set apart from everyone else.
    phrase(
        SARCASM,
        "|".join(w + y for w in ("就", "只有", "唯独") for y in "你您妳"),
        0,
        r"(?:就|只有|唯独)(?:你|您|妳)(?:一个人?|一位|一家|家)?"
        r"(?:(?:说|讲|觉得|嫌|反映|投诉)(?![的了过])|有问题|不能用|用不了|不会用|不行|不满意|事多)",
    ),
    # 您也太挑剔了吧 / 你也太精明了吧: "aren't you particular".
    phrase(
        SARCASM,
        "也太|可真",
        2,
        r"(?:你|您|妳)(?:也太|可真)(?:会[算挑想说要]|讲究|挑剔|较真|计较|难伺候|难搞|精明)",
    ),
    # 谁叫你不先量尺寸: the customer's own choice thrown back at them.
    phrase(SARCASM, "谁让|谁叫", 0, r"谁(?:让|叫)(?:你|您|妳)(?:自己)?(?:不|没|非要|偏要|要|投诉|给差评|差评|乱)"),
    # 你清楚还是我清楚 / 给差评干什么 / 想要好的又不想花钱: the customer's competence, act or wants mocked.
    phrase(
        SARCASM,
        "还是我|干什么|干嘛|做什么|又不想|又不愿|还不想|还不愿|却不想|却不愿",
        12,
        r"(?:你|您|妳)(懂|知道|清楚|专业|明白|内行)还是我\1"
        r"|(?:给|打)(?:差评|中评|低分|一星)(?:干嘛|干什么|做什么)"
        r"|想[^，。！？,!?\n]{1,6}?[，,]?(?:又|还|却)不(?:想|愿意?)(?:花钱|出钱|付钱|加钱|多花钱|出运费|付运费|等)",
        check=_no_help_after_sentence,
    ),
    phrase(SARCASM, "早干|早做", 0, r"早(?:干嘛|干什么|干啥|做乜|做咩)(?:去)?了?"),
    # 呵呵 opening a clause: a cold sneer in chat.
    phrase(SARCASM, "呵呵", 0, r"呵呵(?!呵)"),
    # 这样还不够清楚吗: the explanation declared plain enough.
    phrase(
        SARCASM,
        "还不",
        0,
        r"还(?:不够|不)(?:清楚|明白|明显|详细|直白)(?:吗|么|嘛|咩|[？?])",
        check=_no_help_next,
    ),
    # 你是故意的吧: the customer accused of doing it on purpose.
    phrase(
        SARCASM,
        "故意|存心|成心",
        3,
        r"(?:你|您|妳)(?:们)?(?:是)?(?:故意|存心|成心)(?:的)?(?:吧|吗|么|啊|咩|[？?])",
    ),
    # 怪得边个 / 坏了找谁: who else is to blame, asked at the customer.
    phrase(
        SARCASM,
        "谁|边个",
        3,
        r"(?:怪|找|赖|问|怨)(?:得了?)?(?:谁|边个)(?=[呢啊呀嘛吗]*(?:[，,。！!？?~～\s]|$))",
        check=_not_really_asking,
    ),
    # 你买的时候怎么不问清楚 / 为什么没看说明: the customer reproached for not checking.
    phrase(
        SARCASM,
        "|".join(q + n for q in ("怎么", "为什么", "为啥", "咋", "点解") for n in "不没唔冇"),
        14,  # the longest customer word (订购人们) and eight characters before the question word
        CUSTOMER + r"(?:们)?[^，。！？,!?\n]{0,8}?(?:怎么|为什么|为啥|咋|点解)(?:不|没有?|唔|冇)(?:先)?"
        r"(?:问|看|睇|说|检查|确认|核对|注意|留意|想|量|试)(?:清楚|一下|好|下)?",
        check=_no_help_after_sentence,
    ),
    # 别人都没问题就你有问题 / 每个人都这样问: the customer set against everyone else.
    phrase(
        SARCASM,
        "别人|其他|其它|人家|大家|每个人|人人",
        0,
        r"(?:别人|其[他它](?:人|买家|顾客|客户|客人)|人家|大家|每个人|人人)(?:都|也)"
        r"(?:没有?|冇|不)[^，。！？,!?\n]{0,4}?(?:问题|事|反映|反应|投诉|说|问)"
        r"|(?:别人|其[他它](?:人|买家|顾客|客户|客人)|人家|大家|每个人|人人)都(?:这样|这么|咁)(?:问|说|讲)",
        check=_no_help_after_sentence,
    ),
    # 差评都给了还找我干嘛: "what do you want now".
    phrase(
        SARCASM,
        "干嘛|干什么|做什么|做乜|作甚",
        10,
        r"还(?:找|问|来|要|催)[^，。！？,!?\n]{0,4}?(?:干嘛|干什么|做什么|做乜|作甚)",
    ),
    # 又问？: "again?" at the customer.
    phrase(
        SARCASM,
        "又",
        0,
        r"又(?:问|来问|催|来催|问了|催了)(?=[？?]|[吗么嘛啊呀]+[？?]?)"
        r"|又(?:是你|是您|是妳|话|说)[^，。！？!?\n]{0,6}?[？?]",
        check=_no_help_after_sentence,
    ),
    # 能不能自己翻翻记录 / 退货之前能不能先看看说明？: a request put as a reproach.
    phrase(
        SARCASM,
        "能不能",
        0,
        r"能不能(?:先|自己|好好|体谅)[^，。！？!?\n]{0,10}?(?:[？?]|" + CLAUSE_END + r")",
        check=_not_polite_request,
    ),
    # 好东西不便宜，这个道理您应该明白 / 节假日会延迟，谁都知道吧: what everyone knows held up to the customer.
    phrase(
        SARCASM,
        "都知道|都懂|都明白|应该懂|应该知道|应该明白|道理",
        4,
        r"(?:大家|谁|人人)都(?:知道|懂|明白)(?:吧|的吧|啊)|这(?:个)?道理(?:你|您|妳)?(?:应该|都)?(?:懂|知道|明白)"
        r"|(?:你|您|妳)应该(?:懂|知道|明白)(?:吧|的吧)",
    ),
    # 就别怪我们 / 唔好怪我哋: blame declined in advance.
    phrase(
        SARCASM,
        "怪|赖|埋怨|找|扯皮|别说|别讲|要说|要讲|莫说|莫讲|好说|好讲",
        12,
        r"(?:就|那就|到时)?(?:别|不要|唔好|莫)(?:再)?(?:怪|赖|埋怨)(?:我|我们|我哋|商家|客服|本店|店家)"
        r"|(?:别|不要|莫|唔好)(?:说|讲)(?:我|我们|我哋)(?:没有?|冇)(?:提醒|讲|说|告诉)"
        # 拆封后坏了就别来找我们 / 过期就不要来找 / 到时候别再来扯皮: the customer told not to come back to us.
        r"|(?:别|不要|唔好|莫)(?:再)?(?:到时候?)?(?:再)?(?:来|回来|哭着回来|嚟)?"
        r"(?:(?:找|怪|赖)(?:我们|我|我哋|商家|客服|本店|店家|卖家)|找" + CLAUSE_END + r"|扯皮)",
    ),
    # 这不是写得很清楚了吗 / 上面不是有链接吗 / 唔系写晒喺度咩: a negative question pointing at the obvious.
    phrase(SARCASM, "不是|唔系", 8, r"(?:不是|唔系)" + ASKED, check=_rhetorical),
    # 这还用问吗 / 还用我教您吗 / 这还要我说几遍: the question itself made out to be needless.
    phrase(
        SARCASM,
        "还用|还要|仲使|还需要|还轮",
        2,
        r"(?:还用(?:得[着著])?|仲使)(?:我|我们)?(?:来)?(?:问|说|讲|教|想|解释|告诉|提醒|多说)(?![过])"
        + r"(?:"
        + ASKED
        + r"|"
        + CLAUSE_END
        + r")"
        r"|还要(?:我|我们)?(?:说|讲|解释|重复|回答|强调)(?:几|多少)(?:遍|次)|这还要(?:问|说)(?:吗)?[？?]"
        # 还需要你来教？: the customer's advice rejected as presumptuous
        r"|还(?:需要|用得[着著]|用|要|轮得到)(?:你|妳)(?:来)?(?:教|说|讲|提醒|告诉|指点|管)(?:吗|么|嘛|[？?])",
    ),
    # 没看到我在忙吗 / 冇睇到…咩: "didn't you see", asked as a rebuke.
    phrase(
        SARCASM,
        "没看|没有看|冇睇|冇看|没注意|没留意",
        3,
        r"(?:你|您|妳)?(?:是)?(?:没有?|冇)(?:看到|看见|睇到|睇见|注意到|留意到|见到)" + ASKED,
        check=_not_checking,
    ),
    # 这种小事也要投诉？ / 有必要为这点事给差评吗: the customer's fuss made out to be petty.
    phrase(
        SARCASM,
        "这种|这点|这么|一点|咁小|咁少|有必要",
        6,
        _TRIFLE
        + r"[^，,。！？!?\n]{0,6}?(?:也|都|还)(?:要|值得|好意思|来|得|需要|还|至于)?[^，,。！？!?\n]{0,4}?"
        + _FUSS
        + ASKED
        + r"|有必要(?:为|因为)?"
        + _TRIFLE
        + r"[^，,。！？!?\n]{0,8}?"
        + _FUSS
        + ASKED,
        check=_no_help_after_sentence,
    ),
    # 这都要问？ / 这都几点了还催: "even this" at the customer's fuss.
    phrase(
        SARCASM,
        "这都|这也|都几点|都什么时候|都这个点|都下班",
        0,
        r"这(?:都|也)(?:要|还要|还|得)(?:我|我们)?(?:来)?(?:问|催|投诉|计较|纠结|闹|教|解释)"
        r"|这都[^，,。！？!?\n]{1,6}?了?[，,]?还(?:在|要|来)?(?:催|问|闹|吵|投诉|来|打)"
        r"|(?:^|(?<=[，,。.!！?？\s]))都(?:几点|什么时候|这个点|下班)了?[，,]?还(?:在|要|来)?(?:催|问|闹|吵|投诉|来|打)",
        check=_no_help_after_sentence,
    ),
    # 这么简单的操作都不会 / 这都不懂吗 / 咁都唔明: "you cannot even do this".
    phrase(
        SARCASM,
        "都不|都唔|都看不|都搞不|都弄不|都找不|都分不|都没|都冇|也不|也看不|也找不|也分不|都能|都会|都可|也能|也会|都嫌|也嫌|都还|也还",
        12,
        r"(?:(?:这么|这|那么|咁|连)[^，。！？,!?\n]{0,10}?都|连[^，。！？,!?\n]{1,10}?也)(?:不|唔|看不|搞不|弄不|找不|分不|算不|量不)"
        r"(?:会|懂|明白|明|知道|清楚|识|到|出来|出|对|定|认识|认得)"
        r"(?:看|用|量|算|查|操作|选|找|填|写|下单|拍|申请|点|按|弄|搞|安装|装|连接|下载)?(?=[吗么嘛啊呀喔哦？?咩还]|\s*$|[，,。！!])"
        r"|(?:这么|这|那么|咁|这样)(?:都|也)(?:嫌|还要|还嫌)[^，。！？,!?\n]{0,4}?[？?]"
        r"|(?:(?:这么|这|那么|咁|连)[^，。！？,!?\n]{0,10}?都|连[^，。！？,!?\n]{1,10}?也)(?:没有|没|冇)"
        + ASKED
        + r"|连[^，。！？,!?\n]{1,10}?(?:都|也)(?:能|会|可以)[\u4e00-\u9fff]{1,3}?(?:错|漏|忘|丢)(?:了)?"
        + ASKED,
        check=_not_ours,
    ),
    # 您买之前不看评价的吗 / 下单时都不看尺码表吗: the customer's care questioned.
    phrase(
        SARCASM,
        "不看|没看|不检查|没检查|不注意|没注意|不核对|没核对|没有看|没有检查|没有注意|没有核对",
        12,
        r"(?:(?:之前|前|时|的时候)(?:都|就|也)?|都|也)(?:不|没有?)(?:看|检查|注意|核对)",
        check=_careless_customer,
    ),
    phrase(
        SARCASM,
        "怪|赖|埋怨",
        5,
        r"(?:还|现在|现在才|这会儿|才)(?:来)?(?:怪|赖|埋怨)(?:我|我们|客服|商家|卖家|店家)",
    ),
    # 谁跟你说可以包邮的？: the customer's expectation asked back.
    phrase(
        SARCASM,
        "谁跟|谁和|谁给|谁同",
        0,
        r"谁(?:跟|和|给|同)(?:你|您|妳)(?:说|讲|讲过|说过)[^，。！？!?\n]{0,12}?[？?]",
        check=_no_help_after,
    ),
    # 从没人投诉过，你是第一个: the customer set against everyone before.
    phrase(
        SARCASM,
        "没人|没有人|第一个",
        4,
        r"(?:从来|从)?没(?:有)?人(?:这样|这么)?(?:说过|反映过|投诉过|嫌过|抱怨过)[^。！？!?\n]{0,16}?(?:你|您|妳)是第一个",
    ),
    phrase(SARCASM, "了吧", 6, r"(?:这下|这回|现在)?(?:您|你)?(?:满意|高兴|开心|称心)了吧"),
    phrase(SARCASM, "不然呢", 2, r"(?:要)?不然呢", check=_alone_in_clause),
    # 所以呢 / 那又怎样: the customer's point shrugged off, a clause of its own.
    phrase(
        SARCASM,
        "所以呢|又怎样|又怎么样|又如何|然后呢",
        2,
        r"(?:那)?(?:所以呢|又怎样|又怎么样|又如何)(?=[？?！!。.]|\s*$)|然后呢(?=[？?])",
        check=_alone_in_clause,
    ),
    # 你懂不懂 / 听没听懂: an A-not-A question about the customer's understanding.
    phrase(
        SARCASM,
        "懂不懂|明不明白|听没听|看没看|懂没懂|识不识",
        3,
        CUSTOMER + r"?(?:到底)?(?:懂不懂|明不明白|听没听(?:懂|明白|清楚)|看没看(?:懂|明白|清楚|到)|懂没懂|识不识字)",
        check=_pressing,
    ),
    # 你要我怎么办 / 你让我怎么做: the problem thrown back at the customer.
    phrase(
        SARCASM,
        "怎么办|怎么做|怎么弄|怎么处理|点算|怎么样|怎样",
        6,
        r"(?:你|您|妳)?(?:还)?(?:要|让|叫)(?:我|我们)(?:怎么(?:办|做|弄|处理|样)|怎样|点算)(?![呢吧])",
        check=_no_help_after_sentence,
    ),
    # 你怎么这么多问题 / 哪来那么多事: the customer's questions as too many.
    phrase(
        SARCASM,
        "这么多|那么多|咁多",
        6,
        r"(?:怎么|咋|哪来|哪里来|点解)(?:有)?(?:这么|那么|咁)多(?:问题|事|要求|意见|废话)"
        r"|(?:问|讲|说)(?:这么|那么|咁)多(?:干嘛|做咩|做什么|干什么|干啥|有什么用)",
    ),
    # 有没有搞错 / 搞什么: exasperation at the customer.
    phrase(
        SARCASM,
        "搞错|搞什么|搞咩",
        5,
        r"有(?:没有|冇)搞错(?:啊|呀)?(?=[!！?？，,。]|$)|搞(?:什么|咩)(?:鬼|飞机)?(?:啊|呀)?(?=[!！?？，,。]|$)",
        check=_no_help_after_sentence,
    ),
    # 刚才没听清楚吗: the customer's listening questioned.
    phrase(
        SARCASM,
        "没听|冇听",
        3,
        r"(?:你|您|妳)?(?:是)?(?:没有?|冇)听(?:清楚|明白|懂|到|见)(?:吗|么|嘛|咩)",
        check=_not_checking,
    ),
    phrase(SARCASM, "又来了", 0, r"又来了", check=_alone_in_clause),
    phrase(SARCASM, "才怪", 0, r"才怪(?:呢|了)?" + CLAUSE_END),
    phrase(SARCASM, "又不是|又不止|又不只", 0, r"又不(?:是|止|只)", check=_not_owning),
    phrase(SARCASM, "难道", 0, r"难道", check=_asks_the_customer),
    phrase(
        SARCASM,
        "倒",
        1,
        r"(?:你|您|妳)倒(?:是)?(?:先|还|挺|很|蛮)?(?:不耐烦|急|着急|生气|有理|委屈|急上了|嫌|怪|说)[^，。！？,!?]{0,4}(?:了|起来)",
    ),
    phrase(
        SARCASM,
        "倒",
        1,
        r"(?:你|您|妳)倒(?:是)?(?:挺|很|蛮|真|还)?会(?:挑|说|算|找|想|要)",
    ),
    # 你们自己不看详情页的吗: with 自己, a question about not reading is a rebuke.
    phrase(
        SARCASM,
        "自己",
        3,
        r"(?:你|您|妳)(?:们)?自己(?:都|就|也)?(?:不|没|没有)(?:看|读|阅读|注意|检查|核对|留意|问)[^，。！？,!?]{0,10}?(?:吗|么|嘛)",
    ),
    # 自己不会看吗: a question about what the customer cannot do, with 自己 or without 您.
    phrase(
        SARCASM,
        "不会",
        4,
        r"(?:你|妳|您)?(?:们)?自己(?:都|就|也)?不会(?:自己)?(?:看|查|读|搜|问|找|算|量|用)[^，。！？,!?]{0,10}?(?:吗|么|嘛)"
        r"|(?:你|妳|您)(?:们)?(?:都|就|也)?不会(?:自己|先)(?:看|查|读|搜|问|找|算|量|用)[^，。！？,!?]{0,10}?(?:吗|么|嘛|[？?])"
        r"|(?<![您会])不会(?:自己)?(?:看|查|读|搜|问|找|百度|上网查)[^，。！？,!?]{0,10}?(?:吗|么|嘛)",
        check=_at_head,
    ),
    # …不就行了: the customer's problem as trivially solved.
    phrase(
        SARCASM,
        "不就",
        12,
        r"不就(?:行|好|可以|完|得|结|看到|看见|找到|知道|明白|清楚|懂)了(?:吗|嘛|么|呗)?",
        check=_no_help_after,
    ),
    # 你急什么 / 您催什么: why the customer is agitated, asked as a rebuke (a closed set of
    # verbs of agitation; 您需要什么, 您在忙什么 ask what).
    phrase(
        SARCASM,
        "什么",
        6,
        r"(?:你|您|妳)(?:们)?(?:还|又|在|瞎)?(?:嚷嚷|急|慌|催|吵|闹|嚷|吼|喊|叫|凶|磨蹭|磨叽)(?:个)?什么(?=[呢啊呀嘛吗]*(?:[，,。！!？?~～\s]|$))",
    ),
    # 您怎么不早点说 / 你为什么没提前备注: the customer reproached for not acting earlier
    # (not 怎么不早点休息, a kindness).
    phrase(
        SARCASM,
        "不早|没早|不提前|没提前|没有早|没有提前",
        8,
        r"(?:你|您|妳)(?:们)?(?:怎么|为什么|为啥|咋)(?:不|没有?)(?:早|提前)(?:点|些|一点|一些)?"
        r"(?:说|讲|告诉|联系|下单|问|咨询|确认|备注|留言|申请|反馈|拍|付款|看)",
    ),
    # 你不懂吗 / 您不明白吗: a question about the customer's understanding, with no help after.
    phrase(
        SARCASM,
        "不懂|不明白|不理解",
        6,
        r"(?:你|您|妳)(?:们)?(?:是|还|就|都)?(?:不|没)(?:懂|明白|理解)(?:吗|么|嘛)",
        check=_no_help_after,
    ),
    phrase(SARCASM, "凭什么", 0, r"凭什么", check=_not_self_answered),
    phrase(SARCASM, "还不是", 0, r"还不是(?:因为|由于)?" + CUSTOMER),
    phrase(SARCASM, "有本事", 0, r"有本事(?=" + CUSTOMER + r"|就|去|再|别|不要|自己)"),
    phrase(SARCASM, "就不能|就不会|就不", 2, r"(?:你|您|妳)就不(?:能|会|可以)[^，。！？,!?]{1,10}(?:吗|么|嘛)"),
    # 急什么？/ 吵啥 as a clause of its own: the customer's agitation waved off.
    phrase(
        SARCASM,
        "|".join(
            v + q
            for v in ("急", "慌", "催", "吵", "闹", "嚷", "吼", "喊", "叫", "凶", "问", "办")
            for q in ("什么", "啥", "个什么", "个啥")
        ),
        2,
        r"(?:^|(?<=[，,。.!！?？\s]))(?:急|慌|催|吵|闹|嚷|嚷嚷|吼|喊|叫|凶|(?:要|想)?(?:问|办))(?:个)?(?:什么|啥)(?:呀|啊|嘛)?(?=[？?!！，,。]|\s*$)",
        check=_no_help_after_sentence,
    ),
    # 怎么搞的 / 怎么又来了 / 你怎么这么烦: exasperation at the customer (not 是怎么搞的, a question
    # we answer by checking).
    phrase(
        SARCASM,
        "怎么搞|怎么弄|咋搞|咋弄|怎么又|咋又|怎么这么|咋这么|怎么那么|咋那么|怎么可以|咋可以|怎么能|咋能"
        + "|又来|又问|又催|又打|又找|又填错|又弄错|又搞错|又忘",
        8,
        r"(?:怎么|咋)(?:搞|弄)的(?=[啊呀]*(?:[，,。.!！?？\s]|$))"
        r"|(?:怎么|咋)[^，。！？,!?\n]{0,4}?又(?:来|问|催|打|找|填错|弄错|搞错|忘)(?:了)?(?=[啊呀]*(?:[，,。.!！?？\s]|$))"
        r"|(?:你|您|妳)?(?:怎么|咋)(?:这么|那么)(?:烦|啰嗦|啰唆|罗嗦|多事|磨叽|麻烦|笨|难搞|难缠|不讲理)"
        r"|(?:怎么|咋)(?:可以|能)(?:这样|这么样)(?:啊|呀)?(?=[，,。.!！?？\s]|$)",
        check=_exasperated,
    ),
    # 还会蒙你不成 / 您可真厉害，竟然… / 不要乱讲知道吗 / 你是来捣乱的吗 / 那不是挺合适的吗: scorn.
    phrase(
        SARCASM,
        "还能|还会|难道|居然|竟然|知道吗|知道不|懂吗|明白吗|听到没|听见没|来捣|来找|来闹|来搞|来砸|来消|挺|蛮",
        14,
        r"(?:还|难道)(?:能|会)(?:坑|骗|蒙|害|唬|忽悠)(?:你|您|妳)(?:不成|吗|么|嘛|[？?])"
        r"|(?:你|您|妳)(?:真|可真|好|太)(?:聪明|厉害|有才|能干|行|棒)[^。！？!?\n]{0,6}?(?:居然|竟然)"
        r"|(?:不要|别|不准|不许)[^，。！？,!?\n]{1,10}?(?:知道吗|知道不|懂吗|明白吗|听到没|听见没)"
        r"|(?:你|您|妳)(?:们)?(?:是)?来(?:搞笑|捣乱|找茬|找碴|闹事|砸场|找事|消遣)"
        r"|(?:这|那)(?:不|不是)(?:挺|蛮|也挺)[\u4e00-\u9fff]{1,3}?(?:的)?(?:吗|么|嘛|[？?])",
        check=_no_help_after_sentence,
    ),
    # 换货不是你想换就换的 / 便宜没好货: the customer's want or expectation put in its place.
    phrase(
        SARCASM,
        "不是你想|不是您想|不是妳想|没好货|无好货|好意思",
        6,
        r"不是(?:你|您|妳)想([\u4e00-\u9fff]{1,2}?)就(?:能|可以|可)?\1的?|便宜(?:没|无)好货"
        r"|(?<!不)(?:也|还|就)好意思(?:投诉|退|说|要|问|来|砍价|讲价|给差评|差评)",
        check=_no_help_after_sentence,
    ),
    # 你系咪玩嘢 / 不要以为给一星就了不起 / 干嘛一直问: mocking the customer's seriousness or asking.
    phrase(
        SARCASM,
        "系咪|是不是|以为|一直|老是|总是|天天|对手|同行|友商|对家|过几|又问|又催|又打|又找|又发",
        6,
        r"(?:你|妳)(?:系咪|是不是)(?:玩嘢|玩我|耍我|搞笑|来搞笑|讲笑)"
        r"|(?:别|不要|唔好)以为[^，,。！？!?\n]{1,10}?(?:就)?(?:了不起|怎么样|可以为所欲为|大晒)"
        r"|(?:干嘛|干什么|为什么|为啥|做咩)(?:一直|老是|总是|天天|又)(?:问|催|打电话|打来|找|发消息)"
        r"|(?:你|您|妳)(?:是)?(?:竞争对手|同行|友商|对家)(?:派来的)?(?:吧|吗|么|啊|[？?])"
        r"|(?:你|妳)(?:吃|用|买|见|去)过几(?:家|次|个|回|间)[^，,。！？!?\n]{0,8}?(?:吗|么|[？?])",
        check=_no_help_after_sentence,
    ),
    # 下单前怎么不问 / 当初为什么不看: reproached for not checking, with no subject.
    phrase(
        SARCASM,
        "|".join(q + n for q in ("怎么", "为什么", "为啥", "咋") for n in "不没"),
        10,
        r"(?:(?:下单|买|拍|购买|付款)(?:之?前|的时候)|当初)[^，,。！？!?\n]{0,4}?(?:怎么|为什么|为啥|咋)(?:不|没有?)(?:先)?"
        r"(?:问|看|说|检查|确认|核对|注意|咨询|量)",
        check=_no_help_after_sentence,
    ),
    # 你是不是没看清楚规格？: the customer's reading doubted.
    phrase(
        SARCASM,
        "是不是没|是不是没有",
        3,
        r"(?:你|您|妳)是不是(?:没|没有)(?:看|读)(?:清楚|仔细|明白)",
        check=_no_help_after,
    ),
    # 怎么不提前预约 / 怎么不早说: reproached for not acting earlier, with no subject.
    phrase(
        SARCASM,
        "不早|没早|不提前|没提前|没有早|没有提前",
        6,
        r"(?:^|(?<=[，,。.!！?？\s]))(?:怎么|为什么|为啥|咋)(?:不|没有?)(?:早|提前)(?:点|些|一点|一些)?"
        r"(?:说|讲|告诉|联系|问|咨询|确认|备注|准备|填|看|预约|来|到|过来|买|下单|拍|订|排队)",
        check=_no_help_after_sentence,
    ),
    # 这不就是棉的嘛 / 这不一看就知道吗？: the answer called obvious with a negated question.
    phrase(
        SARCASM,
        "不就|不一",
        6,
        r"(?:^|(?<=[，,。.!！?？\s]))(?:你|妳|你们)?(?:这|那|这个|那个|这样|那样)?不(?:就|一(?:看|眼|查|试|听|问|摸)就)"
        r"[^，,。！？!?\n]{0,14}?(?:吗|么|嘛|咩|[？?])",
        check=_obvious_not_checked,
    ),
    # 这也算问题吗 / 这也叫坏了？: the customer's complaint belittled.
    phrase(
        SARCASM,
        "也算|都算|也叫|都叫|也值得|都值得|也能算|也能叫",
        4,
        r"(?:这|这个|这点|这种|那|那个)(?:也|都)(?:能)?(?:算|叫|值得)[^，,。！？!?\n]{0,10}?(?:吗|么|嘛|咩|[？?])",
        check=_no_help_after_sentence,
    ),
    # 我没说过吗 / 我们没写吗？: "did I not tell you?".
    phrase(
        SARCASM,
        "|".join(n + v for n in ("没", "没有") for v in ("说", "讲", "告诉", "提醒", "写", "标", "注明", "在")),
        6,
        r"(?:我|我们)(?:之前|刚才|早就|不是)?(?:没|没有)(?:跟|和|给)?(?:你|您|妳)?(?:在[^，,。！？!?\n]{1,6}?)?"
        r"(?:说|讲|告诉|提醒|写|标|注明)"
        r"(?:过|了)?(?:你|您|妳)?(?:吗|么|嘛|咩|[？?])",
        check=_no_help_after_sentence,
    ),
    # 人家都能放门口，为啥你不能？/ 别人都会用，怎么就你不会？: the customer held up against others.
    phrase(
        SARCASM,
        "为啥|为什么|怎么|凭什么|咋",  # (the question word: rarer than 其他/大家)
        24,
        r"(?:人家|别人|大家|(?:其他|其它|别的)[\u4e00-\u9fff]{0,3}?)(?:都|也)[^。！？!?\n]{1,12}?"
        r"(?:为啥|为什么|怎么|凭什么|咋)(?:就|偏偏|偏)?(?:你|您|妳|你们)(?:就|偏偏|偏)?(?:不|没|要|非)",
        check=_no_help_after_sentence,
    ),
    # 你们怎么这么不仔细？/ 你怎么老是这么粗心: the customer reproached for a fault.
    phrase(
        SARCASM,
        "怎么|为什么|为啥|咋",
        4,
        r"(?:你|您|妳)(?:们)?(?:怎么|为什么|为啥|咋)(?:老是|总是|又|还是|还)?(?:这么|那么|这样|那样|如此)?"
        r"(?:不(?:小心|仔细|注意|讲理|讲道理|懂事|听|看)|粗心|马虎|大意|笨|蠢|烦|麻烦|多事|啰嗦|啰唆|难搞|难缠|计较|小气|多问题|多要求)",
        check=_no_help_after_sentence,
    ),
    # 我会不知道吗？/ 我们还能不懂吗？: our knowledge defended with a scoffing question.
    phrase(
        SARCASM,
        "不知道|不懂|不理解|不明白|不清楚|不了解",
        10,
        r"(?:我|我们|本店)(?:会|能|还会|还能|还用|难道会|难道)不(?:知道|懂|理解|明白|清楚|了解)[^，,。！？!?\n]{0,10}?(?:吗|么|嘛|咩|[？?])",
        check=_no_help_after_sentence,
    ),
    # 是我弄坏的吗？/ 蟑螂是我养的是不是: "was it me who did it?", thrown back.
    phrase(
        SARCASM,
        "是我|系我|係我",
        0,
        r"(?:是|系|係)(?:我|我们|我哋|本店)(?!的问题|的错|的责任|们的问题|们的错)[^，,。！？!?\n]{1,8}?(?:的|嘅)(?:吗|么|咩|嘛|[？?]|是不是)",
        check=_not_asking_to_check,
    ),
    # 听我的还是听你的？/ 你懂还是我懂: who knows better, put as a question.
    phrase(
        SARCASM,
        "的还是|还是我|还是你|还是您|还是妳",
        10,
        r"(?:听|信|按)?(?:我|我们)的还是(?:听|信|按)?(?:你|您|妳)的"
        r"|(?:你|您|妳)((?:懂|清楚|专业|了解|明白|内行|懂行)[\u4e00-\u9fff]{0,2}?)还是(?:我|我们)\1"
        r"|(?:我|我们)((?:懂|清楚|专业|了解|明白|内行|懂行)[\u4e00-\u9fff]{0,2}?)还是(?:你|您|妳)\2",
    ),
    # 你让我给你剥？/ 所以是要我帮你洗头吗？: the customer's wish thrown back as absurd.
    phrase(
        SARCASM,
        "让我|叫我|要我",
        6,
        r"(?:(?:所以|难道)(?:是)?(?:你|妳)?(?:要|让|叫)|(?:你|妳)(?:们)?(?:还|是)?(?:让|叫))我(?:帮|给|替)(?:你|妳)"
        r"[^，,。！？!?\n]{1,10}?(?:吗|么|嘛|咩)?[？?]",
        check=_no_help_after_sentence,
    ),
    # 那您的态度呢？/ 你自己的素质呢: the complaint turned back on the customer.
    phrase(
        SARCASM,
        "态度呢|素质呢|礼貌呢|修养呢|教养呢|问题呢",
        8,
        r"(?:那|那么)?(?:你|您|妳)(?:们)?(?:自己)?(?:的)?(?:态度|素质|礼貌|修养|教养|问题)呢(?=\s*(?:[？?]|$))",
        check=_no_help_after_sentence,
    ),
    # 你是来吃饭还是来闹事的？: the customer's purpose made out to be trouble.
    phrase(
        SARCASM,
        "还是来|还是闹|还是捣|还是找",
        2,
        r"还是(?:来)?(?:闹事|捣乱|找茬|找碴|找事|砸场|搞事)",
    ),
    # 您来过吗？/ 您是不是走错店了？/ 那您怎么不自己做: the reviewer's standing or competence doubted.
    phrase(
        SARCASM,
        "来过|走错|不自己",
        8,
        r"(?:你|您|妳)(?:真的)?(?:有)?(?:来过|光顾过|吃过)(?:本店|我们店|我们家|这里)?(?:吗|么|[？?])"
        r"|(?:你|您|妳)(?:是不是|是否|该不会是)?走错(?:店|地方|门|餐厅)了?(?:吧|吗|么|[？?])"
        r"|(?:那)?(?:你|您|妳)(?:怎么|为什么|为啥|咋)不自己(?:做|开|来|煮|弄|修|写|煮)",
        check=_not_asking_to_check,
    ),
    # 您要不要先看看自己点了什么？: told to examine themselves first.
    phrase(
        SARCASM,
        "要不要先|是不是该先|是不是应该先|最好先",
        4,
        r"(?:你|您|妳)?(?:要不要|是不是该|是不是应该|最好)先(?:看看|看一下|想想|检查一下|检查|反省一下|反省|问问)自己",
        check=_no_help_after_sentence,
    ),
    # 没看我正忙着吗？/ 没见我在忙: our busyness held against the customer.
    phrase(
        SARCASM,
        "没看|没见|没看到|没看见",
        0,
        r"(?:没|没有)(?:看|见|看到|看见|瞧见)(?:我|我们)(?:正|在|正在)*(?:忙|没空)",
    ),
)
