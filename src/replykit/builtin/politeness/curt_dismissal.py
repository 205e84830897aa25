"""curt-dismissal: brushing the customer's words aside: futility (催也没用), 说了您也不懂, flat
contradiction (不可能, 你说的不对), lecturing (投诉不是解决问题的办法), "it was stated"
(页面已说明), refusing to discuss, telling them not to chase us (请勿催促) (advice)."""

from __future__ import annotations

import re

from replykit.builtin.politeness.phrases import CLAUSE_END, CUSTOMER, END, OFFER, PARTICLES, not_question, phrase
from replykit.draft import Draft
from replykit.rules import Example, rule
from replykit.scan import lazy_compile

DISMISSAL = rule(
    "curt-dismissal",
    severity="warning",
    fix=None,
    holds_sentence=True,
    description="Brushing the customer aside: 催也没用, 说了您也不懂, 不可能, 页面已说明, 请勿催促, 投诉不是办法.",
    description_zh="打发顾客的说法：催也没用、说了您也不懂、不可能、页面已说明、请勿催促、投诉不是办法。",
    zh="这样说是在打发或否定顾客，会让顾客觉得不被尊重；先接住顾客的问题，再说明能怎么处理",
    en="This brushes the customer aside; acknowledge their point first, then say what can be done",
    examples=[
        Example("您催也没用，仓库按顺序发货"),
        Example("跟您说了您也不懂"),
        Example("这不可能！"),
        Example("你说的不对"),
        Example("您记错了，是上周三下的单"),
        Example("差评并不是解决问题的办法哦"),
        Example("详情页已经写明了，不退不换"),
        Example("订单较多，请勿催促"),
        Example("此类问题恕不回复"),
        Example("催了也没用"),
        Example("你再问多少次都没用"),
        Example("找客服也没用的"),
        Example("說了你也聽不懂"),
        Example("解释了您也不会明白"),
        Example("别老问我们，到了自然会通知"),
        Example("不要一直发消息，看到会回"),
        Example("唔好催啦"),
        Example("点一下就好，有什么好问的"),
        Example("这有啥好纠结的"),
        Example("规定如此，没什么好解释的"),
        Example("没人逼您买"),
        Example("就别浪费大家时间了"),
        Example("这个不归我管"),
        Example("你填错单号关我什么事"),
        Example("那是快递公司的事"),
        Example("想清楚了再来问"),
        Example("想好了再来退"),
        Example("售后是你自己的事"),
        Example("这个我们不管的"),
        Example("懒得解释"),
        Example("我没空陪你耗"),
        Example("你给差评我们也不在乎"),
        Example("我们拒绝任何催单"),
        Example("请注意您的措辞"),
        Example("这个不归我们部门"),
        Example("这种差评我们不会理"),
        Example("跟你讲不通"),
        Example("说了也白说"),
        Example("自己填好了再交"),
        Example("您先凑合用着吧"),
        Example("催单也不能让快递变快"),
        Example("你跟我讲也没用"),
        Example("说了您也理解不了"),
        Example("上面写着，不退不换"),
        Example("请勿重复咨询"),
        # Telling the customer to stop contacting us, or where not to ask.
        Example("别在这儿问"),
        Example("别在评论区问，走私信"),
        Example("唔好再催"),
        Example("别再发了"),
        Example("别给我们打电话"),
        Example("请不要反复投诉"),
        Example("别老来问我们进度"),
        Example("这点小事不用找客服"),
        Example("哪天补货我们也不清楚"),
        Example("哪家物流发我们也不清楚"),
        Example("挑剔者勿扰"),
        # Futility without 也, or of another act of the customer's.
        Example("这事跟客服讲没用"),
        Example("投诉没用的"),
        Example("留差评也没用啦"),
        Example("催多了也没用"),
        Example("一直催也不会更快"),
        # Put off to later with nothing offered.
        Example("有事周一说"),
        Example("有问题周一再说"),
        Example("有啥事说吧"),
        Example("有什么问题收到再讲"),
        Example("不管你说几遍都没用", None),
        Example("无论您怎么投诉，结果都一样", None),
        Example("你找领导也没用", None),
        Example("告到哪都一样", None),
        Example("同我讲都冇用", None),
        Example("没有为什么，就是不行", None),
        Example("你别再嚷嚷了", None),
        Example("不要再叫唤了", None),
        Example("我懒得跟你解释", None),
        Example("我不想和你吵", None),
        Example("不准跟店员讨价还价", None),
        Example("唔关我哋事", None),
        Example("这是顾客自己的决定", None),
    ],
    clean=[
        "您放心，这种情况不可能出现的，我们都有质检",
        "不可能的哦，这款是纯棉的",
        "不可能让您白跑一趟的，我们马上处理",
        "详情页已写明尺寸，您可以参考一下哦",
        "着急的心情我们理解，已经帮您催促仓库了",
        "这款面霜用了也没有油腻感哦",
        "如果投诉能解决您的问题，我们也支持您",
        "您说的不对的地方我们马上改正",
        "是我们看错了，非常抱歉",
        "这款用了也没用完的话可以退哦",
        "洗了也没用的话，您联系我们换货",
        "有什么好推荐的吗",
        "有什么好的建议都可以告诉我们",
        "不会浪费您的时间，两分钟就填好",
        "这是我们的事，您放心交给我们",
        "没什么好担心的，七天无理由退换",
        "别担心，我们一直在",
        "质量绝不凑合，您放心",
        "不要一直按着电源键，长按3秒就可以",
        "您想清楚了再来找我下单也可以的，不着急哈",
        "请您准备好材料再来办理，我们随时欢迎",
        "建议想好了再下单",
        "不管您什么时候来，我们都在",
        "这件事我们来管，您放心",
        "您用哪个颜色都没关系",
        "我们不会不理您的，放心",
        "电话里跟你说不清楚，我发图片给你看",
        "收到差评我们也不怕改进，谢谢您指出，马上为您处理",
        "请勿重复下单，以免重复扣款",
        "催单我们已经帮您加急了",
        "上面写着尺码，您可以对照一下",
        "不要在这里输入密码哦",
        "不用问客服，页面上直接就能改，您试一下哦",
        "有问题随时说哦",
        "有什么事您直接说，我都在",
        "有事明天说也可以的，我们一直在哦",
        "不好意思，今天值班结束了，有事明天再讲",
        "跟我说没关系的，我来帮您处理",
        "这款洗了也没用坏，质量很好",
        "您先收到货再说，不合适可以七天无理由退",
        "请勿打扰模式下收不到通知，请关闭一下",
        "不要传错照片哦",
        "什么时候到货我也不清楚，我帮您问一下仓库",
        "不管您什么时候下单，我们都当天发",
        "无论您选哪款，我们都包邮",
        "没有为什么不能退的，都可以",
        "投诉我们会认真处理",
        "找我们也一样可以办理",
        "别着急了，我们马上处理",
        "我们不想和您产生误会",
        "请勿与陌生人发生争执",
        "这是您自己的选择，我们尊重",
    ],
)

# What a customer does that an agent may call useless: chasing, complaining, asking.
_CUSTOMER_ACT = (
    r"(?:催|催促|投诉|申诉|问|找|急|着急|闹|吵|生气|发火|打电话|打|(?:给|留)?(?:差评|负评)|骂|说|讲|申请|反馈)"
)
# What follows "页面已写明" when it is a rebuke: a refusal, or nothing.
_STATED_THEN = "(?=" + PARTICLES + r"(?:不|无|概|一律|\s|$|[，,。.!！?？~～;；…、)）]))"
_SILENCE = lazy_compile("恕|不予|不作|不做|不再")
_SOFT_TAIL = lazy_compile("[哦呢哈呀啦~～]")


def _alone(draft: Draft, m: re.Match[str]) -> bool:
    """不可能 as the whole clause (这不可能！), not 不可能让您… or 这种情况不可能出现."""
    s, e = draft.clause_at(m.start())
    tail = draft.norm[m.end() : e]
    if _SOFT_TAIL.search(tail):
        return False  # 不可能的哦: a reassurance (will it fade? - no way), not a contradiction
    rest = tail.strip("的啊了吧!！。. ")
    head = draft.norm[s : m.start()].strip()
    return not rest and head in ("", "这", "那", "这是", "那是", "这个", "那个", "这绝对", "这根本")


def _not_pointing_to_help(draft: Draft, m: re.Match[str]) -> bool:
    """页面已写明: a rebuke when a refusal or nothing follows, help when 您可以/请参考 follows."""
    _s, e = draft.sentence_at(m.start())
    after = draft.norm[m.end() : e]
    return not re.search("您可以|可以参考|请参考|请您|麻烦您|可以查看|为您|帮您", after)


def _not_echo(draft: Draft, m: re.Match[str]) -> bool:
    """您说的不对的地方: a concession about what was wrong, not a contradiction."""
    return not draft.norm.startswith("的", m.end())


def _declines_to_answer(draft: Draft, m: re.Match[str]) -> bool:
    """恕不回复 / 不予答复: refusing to talk; a plain 不回复 may be 系统不回复 (a fact)."""
    return _SILENCE.search(m.group()) is not None


_NOT_FROM_US = lazy_compile("我们|我的|本店|咱们")


def _not_owned(draft: Draft, m: re.Match[str]) -> bool:
    """那是快递公司的事 pushes it away; 那是我们的事 takes it on."""
    return _NOT_FROM_US.search(m.group()) is None


def _no_softener(draft: Draft, m: re.Match[str]) -> bool:
    """想清楚了再来问 sends the customer off; …也可以的，不着急哈 invites them back."""
    _s, e = draft.sentence_at(m.start())
    return re.search("可以|欢迎|随时|不着急|不急|哈|哦|呢|~", draft.norm[m.end() : e]) is None


_NEAR = 40  # how far around a hit its checks look: bounded, so each check is linear in the draft


def _come_back_ready(draft: Draft, m: re.Match[str]) -> bool:
    """想好了再来退 / 自己填好了再交: sent off to get it right first; 请/建议 before it, or a softener
    after it (…也可以的，不着急哈), make it advice."""
    cs, _ = draft.clause_at(m.start())
    if re.search("请|建议|麻烦|可以|我们|我", draft.norm[max(cs, m.start() - _NEAR) : m.start()]):
        return False
    return _no_softener(draft, m)


def _nothing_offered(draft: Draft, m: re.Match[str]) -> bool:
    """…我们也不清楚，等着吧 leaves the customer with it; …我们也不清楚，我帮您问问 does not."""
    return (
        OFFER.search(draft.norm, m.end(), m.end() + 40) is None
        and re.search("问一下|问问|确认|核实|查一下|联系", draft.norm[m.end() : m.end() + 40]) is None
    )


# Another party named as the cause: 快递搞错了，不关我们的事 blames (blame-shift's); a bare
# 签收了就不关我们的事 brushes the customer off.
_CULPRIT = lazy_compile("快递|物流|顺丰|邮局|邮政|海关|平台|厂家|厂商|银行|系统|天气|司机|师傅|那边|嗰边")


def _no_culprit_named(draft: Draft, m: re.Match[str]) -> bool:
    if "归" in m.group():
        return True  # 物流不归我们管: not our department, whoever else is named
    s, _ = draft.sentence_at(m.start())
    return _CULPRIT.search(draft.norm, max(s, m.start() - _NEAR), m.start()) is None


def _left_with_it(draft: Draft, m: re.Match[str]) -> bool:
    """这是旅客自己的选择，我不会给意见 leaves them with it; …的选择，我们尊重并支持 does not."""
    return _nothing_offered(draft, m) and re.search("尊重|支持|理解", draft.norm[m.end() : m.end() + _NEAR]) is None


_US_OR_OURS = lazy_compile("我|本店|店家|店员|商家|卖家|客服|团主|主购|老板|员工|工作人员|司机|师傅")


def _arguing_with_us(draft: Draft, m: re.Match[str]) -> bool:
    """不要和我争论规则 forbids arguing with us; 请勿与陌生人争执 is safety advice."""
    return _US_OR_OURS.search(m.group()) is not None


def _put_off(draft: Draft, m: re.Match[str]) -> bool:
    """有什么问题收到再讲 puts the customer off; 我们收到退件再讲 is our own next step."""
    s, _ = draft.sentence_at(m.start())
    if re.search("不好意思|抱歉|对不起", draft.norm[max(s, m.start() - _NEAR) : m.start()]):
        return False  # an apology first: the shop's hours, not a brush-off
    cs, _ = draft.clause_at(m.start())
    return "我" not in draft.norm[max(cs, m.start() - _NEAR) : m.start()] and _no_softener(draft, m)


DISMISSAL_PHRASES = (
    # 有什么好问的 / 有啥好纠结的: the customer's question or doubt as not worth having.
    phrase(
        DISMISSAL,
        "有什么好|有啥好|有甚么好|有咩好|没什么好|没啥好|冇咩好",
        1,
        r"有(?:什么|啥|甚么|咩)好(?!的)[\u4e00-\u9fff]{1,2}的"
        + CLAUSE_END
        + r"|(?:没|冇)(?:什么|啥|甚么|咩)好(?:说|讲|解释|争|吵|问|谈|商量|辩)的?"
        + CLAUSE_END,
        check=not_question,
    ),
    phrase(DISMISSAL, "没人|没有人", 0, r"没(?:有)?人(?:逼|强迫|求|让|拦着)(?:您|你|妳)"),
    phrase(
        DISMISSAL,
        "浪费",
        2,
        r"(?:别|不要)?浪费(?:彼此|大家|双方|我的|我们的|互相)(?:的)?时间|(?:别|不要)浪费时间",
    ),
    phrase(
        DISMISSAL,
        "不归|不关|关我|唔关|不干|唔干",
        0,
        r"(?:不|唔)(?:归|关|干)(?:我|我们|我哋|本店)(?:店|这边|公司)?(?:的)?(?:管|事)|不归(?:我|我们)(?:这个)?部门(?:管)?|关(?:我|我们|我哋)(?:咩|什么|啥|乜|屁)事",
        check=_no_culprit_named,
    ),
    # 是你自己的事 / 我们不管的: the matter pushed back onto the customer or dropped.
    phrase(
        DISMISSAL,
        "的事|的选择|的决定",
        12,
        r"是(?:你|您|妳)(?:们)?(?:自己)?的事(?:情|儿)?"
        + CLAUSE_END
        + r"|是(?:你|您|妳|客人|旅客|顾客|买家|客户)(?:们)?自己的(?:选择|决定)"
        + CLAUSE_END,
        check=_left_with_it,
    ),
    phrase(DISMISSAL, "不管", 4, r"(?:我|我们|这边)(?:就|也)?不管(?:了|的|啦)?" + CLAUSE_END, check=_nothing_offered),
    phrase(
        DISMISSAL, "那是|那都是", 0, r"那(?:是|都是)[^，。！？,!?]{1,8}?的事(?:情|儿)?" + CLAUSE_END, check=_not_owned
    ),
    phrase(
        DISMISSAL,
        "再来|再办|再取|再退|再存|再交",
        8,
        r"(?:想|弄|搞|看|考虑|整理|整|理|排|准备|填|写)(?:清楚|好|明白)(?:了)?(?:[^，。！？,!?]{0,8}?)再"
        r"(?:来(?:问|找|咨询|说|办|取|退|存|买|排队)?|(?:办|取|退|存|交))",
        check=_come_back_ready,
    ),
    phrase(DISMISSAL, "凑合|将就", 2, r"(?<![不别])(?:先)?(?:凑合|将就)(?:着|一下|下)?(?:用|穿|吃|戴)?"),
    phrase(
        DISMISSAL,
        "没用|没有用|不管用|白搭|冇用",
        10,
        CUSTOMER
        + r"?(?:再|一直|怎么|多)?(?:跟|同|和|对)?(?:我|我们|客服)?"
        + _CUSTOMER_ACT
        + r"(?:了|过|多了|也好|(?:多少|几|很多)(?:次|遍)|(?:我|我们|客服|谁))?(?:我|我们|客服)?"
        + r"(?:也|都)(?:没(?:有)?用|不管用|白搭|冇用)"
        + CLAUSE_END,  # 洗了也没用的话… is a case we handle, not a dismissal
    ),
    phrase(
        DISMISSAL,
        "不懂|不明白|不理解|不会懂|不会明白|不会理解|不了|唔明|唔识",
        8,
        r"(?:说|讲|解释)了?" + CUSTOMER + r"?也(?:听|看|搞)?(?:不懂|不明白|不理解|不会(?:懂|明白|理解)"
        r"|(?:理解|明白|搞懂|弄懂|听懂|看懂)不了|唔明|唔识)",
    ),
    # 催单并不能加快发货: chasing declared useless.
    phrase(
        DISMISSAL,
        "不能加|不会加|无法加|不能让|不会让|无法让|不能使|不会使|无法使|不会快|不能快|无法快|不会比较|不会更|不能比较|不能更|无法比较|无法更",
        8,
        r"(?:催|催单|催促|投诉|问|找(?:我们|客服))(?:了)?(?:也|并|都)?(?:不能|不会|无法)(?:加快|加速|让|使|快|比较快|更快)",
    ),
    phrase(DISMISSAL, "不可能", 4, r"(?:这|那)?(?:是|个|绝对|根本)?不可能", check=_alone),
    phrase(
        DISMISSAL,
        "说的|讲的|说错|讲错|看错|理解错|记错|搞错|弄错|听错",
        4,
        r"(?:你|您|妳)(?:说的|讲的)(?:不对|不是事实|有误|错了|不正确)"
        r"|(?:你|您|妳)(?:自己)?(?:说|讲|看|理解|记|搞|弄|听)错了",
        check=_not_echo,
    ),
    phrase(
        DISMISSAL,
        "不是",
        6,
        r"(?:投诉|差评|中评|催促|催单|生气|发火|吵闹|骂人)(?:并|也|可)?不是(?:解决(?:问题)?的?)?[“\"「‘]?"
        r"(?:办法|方法|方式|途径|手段|万能药)",
    ),
    phrase(
        DISMISSAL,
        "说明|注明|写明|标明|声明|写了|写过|说过|提示过|写晒|写咗|写着|写著",
        8,
        r"(?:页面|详情页?|宝贝详情|商品详情|直播间|公告|首页|描述|说明|主图|上面|下面)(?:里|上|中)?"
        r"(?:(?:早就|已经?|都|有)(?:说明|注明|写明|标明|声明|写了|写过|说过|提示过)|已?(?:写晒|写咗|写着|写著))"
        r"(?:过)?(?:了|的|啦|喇)?" + _STATED_THEN,
        check=_not_pointing_to_help,
    ),
    # 哪天补货我们也不清楚 / 几时到我也不知道: the customer's question thrown back.
    phrase(
        DISMISSAL,
        "不知道|不清楚|唔知|不晓得",
        18,
        r"(?:什么时候|啥时候|几时|哪家|哪个|哪天|多久|为什么|为啥)[^，,。！？!?\n]{0,10}?(?:我|我们|小妹|客服)(?:也|都)"
        r"(?:不知道|不清楚|唔知|不晓得)",
        check=_nothing_offered,
    ),
    # 这点小事不用找客服 / 唔使嚟問我: not worth asking us.
    phrase(
        DISMISSAL,
        "不用|唔使|不需要|没必要",
        0,
        r"(?:不用|唔使|不需要|没必要)(?:再)?(?:来|嚟)?(?:找|问)(?:客服|我们|我|我哋)",
        check=_no_softener,
    ),
    # 奥客勿扰 / 不接受者勿扰: a kind of customer told to keep away.
    phrase(DISMISSAL, "勿扰", 3, r"(?:者|客|的人|买家)(?:请)?勿扰"),
    # 懒得解释 / 不接受任何催促 / 注意你的措辞: the customer's words pushed back ("跟我们没关系" is
    # left to blame: readers call it blame when a cause is named, as it mostly is).
    phrase(
        DISMISSAL,
        "不想回应|不想再|陪妳|和妳|跟妳|理妳|言行|说不清|讲不清|说不明|讲不明|说不通|讲不通|也白说|也白讲|不会理|不想理|不理|不会回应|不回应|懒得|不想解释|跟你|陪你|理你|和你|不在乎|无所谓|不怕|没差|不想多说|不想回答|不接受任何|拒绝任何|措辞|用词|言辞|字眼",
        6,
        r"懒得(?:理|解释|说|回|跟|讲|管)|(?:我|我们)(?:也)?不想(?:再)?(?:解释|多说|回答)"
        r"|(?:没|没有)(?:时间|空|工夫|功夫)(?:跟|陪|理|和)(?:你|妳)"
        r"|(?:跟|和|同)(?:你|妳)(?:说|讲)不(?:清楚|明白|通)|(?:说|讲)了也白(?:说|讲)"
        r"|(?:我|我们)(?:不会|不想|不)(?:理|理会|回应)(?:你|妳)?"
        + CLAUSE_END
        + r"|(?:差评|投诉|负评|一星)[^，,。！？!?\n]{0,6}?(?:我|我们)?(?:也|都)(?:不在乎|无所谓|不怕|没差)"
        r"|(?:不接受|拒绝)任何(?:形式的)?(?:催促|催单|差评威胁|威胁)"
        r"|注意(?:你|您|妳)?(?:的)?(?:措辞|用词|言辞|言行)|情绪性(?:的)?字眼",
        check=_nothing_offered,
    ),
    # 跟我说没用 / 投诉没用的: futility said straight out.
    phrase(
        DISMISSAL,
        "没用|没有用|不管用|白搭|冇用",
        6,
        r"(?:(?:跟|同|和|对)(?:我|我们|客服)(?:说|讲|催|闹|吵|发火)|申诉|投诉|催)(?:了)?(?:没(?:有)?用|不管用|白搭|冇用)"
        + CLAUSE_END,
    ),
    # 有事周一说 / 有什么问题收到再讲: put off to later with nothing offered.
    phrase(
        DISMISSAL,
        "有事|有问题|有什么事|有什么问题|有啥事|有咩事|再说|再讲",
        8,
        r"有(?:事|问题|什么事|什么问题|啥事|咩事)(?:的话)?[，,]?(?:请)?"
        r"(?:(?:明天|听日|周一|下周|改天|晚点|上班|过两天|收到|回来)(?:再)?|再|直接)?(?:说|讲)(?:吧)?"
        + CLAUSE_END
        + r"|(?:收到|有结果)(?:了)?再(?:说|讲)"
        + CLAUSE_END,
        check=_put_off,
    ),
    phrase(
        DISMISSAL,
        "勿|不要|别|唔好",
        4,
        r"(?:请|麻烦)?(?:勿|不要|别|唔好)(?:再|一直|频繁|反复|重复|老|总|总是|天天|成日)?(?:在这里|在这|喺度|在此|来|嚟|在[\u4e00-\u9fff]{1,4}?)?"
        r"(?:催促|催单|催|问了|(?:来)?问(?:我们|我|客服)|打扰(?!模式)|骚扰|刷屏|追问|(?:发|传)(?:消息|信息|讯息)|敲|戳|询问|咨询"
        r"|投诉|(?:给|打给)?(?:我|我们)?打电话|来电|DM|PM|私信|私讯|(?:问|传|发)(?=了?" + PARTICLES + END + r"))"
        r"(?![货发])",
    ),
    phrase(
        DISMISSAL,
        "回复|回答|答复|讨论",
        12,
        r"(?:恕|恕我们|请恕)?(?:对此类?(?:话题|问题)?)?(?:不作|不做|不予|不再|不)(?:回复|回答|答复|讨论)",
        check=_declines_to_answer,
    ),
    # 不是我受理的 / 不是我们负责的: the matter disowned as someone else's job.
    phrase(
        DISMISSAL,
        "不是我",
        0,
        r"不是(?:我|我们|我哋)(?:这边|部门)?(?:受理|管|负责|处理|经手|接|办)的" + CLAUSE_END,
        check=_nothing_offered,
    ),
    # 没有为什么: the customer's "why" refused an answer.
    phrase(DISMISSAL, "没有为什么|没什么为什么|冇点解", 0, r"(?:没有|没什么|冇)(?:为什么|点解)" + CLAUSE_END),
    # 不管你说什么我都不会退 / 无论你怎么闹都没用: what the customer says declared pointless.
    phrase(
        DISMISSAL,
        "不管|无论|不论",
        0,
        r"(?:不管|无论|不论)(?:你|您|妳)(?:们)?(?:再)?(?:说什么|说啥|讲什么|讲咩|怎么(?:说|讲|闹|吵|骂|投诉|催|问|讲)"
        r"|(?:说|讲|闹|吵|投诉|催|问)(?:多少(?:次|遍)|几次|几遍))",
    ),
    # 投诉也一样 / 你去告也没用 / 找谁都一样: going over our heads declared futile.
    phrase(
        DISMISSAL,
        "一样|没用|没有用|冇用|白搭|无济于事|有什么用|有啥用|有咩用",
        12,
        r"(?:投诉|告|举报|闹|吵|找(?:谁|领导|经理|老板|上级|消协|工商|平台))(?:到哪|到哪里|到哪儿|到哪去|去哪)?(?:都|也)"
        r"(?:一样|没用|没有用|白搭|无济于事)"
        + CLAUSE_END
        # 跟我说有什么用 / 同我讲都冇用: telling us declared pointless
        + r"|(?:跟|和|对|同)(?:我|我们|我哋|客服)(?:说|讲|投诉|催|闹|吵)(?:也|都)?"
        r"(?:有什么用|有啥用|有咩用|没用|没有用|冇用)" + CLAUSE_END,
        check=_nothing_offered,
    ),
    # 您不要叫了 / 别再吵了 / 不要再嚷嚷了: the customer told to stop making noise.
    phrase(
        DISMISSAL,
        "|".join(v + p for v in ("叫", "吵", "嘈", "喊", "嚷", "闹", "叫唤", "唠叨", "啰嗦") for p in "了啦喇"),
        6,
        r"(?:你|您|妳)?(?:们)?(?:不要|别|莫|唔好|甭)(?:再)?(?:在这里|在这)?(?:叫|吵|嘈|喊|嚷|闹|嚷嚷|叫唤|唠叨|啰嗦)[了啦喇]"
        + CLAUSE_END,
        check=_nothing_offered,
    ),
    # 我不想跟你说了 / 懒得和你解释: the agent refuses to talk to the customer.
    phrase(
        DISMISSAL,
        "不想|不愿|懒得|没空|没时间|没工夫",
        2,
        r"(?:我|我们)(?:不想|不愿意?|懒得|没空|没时间|没工夫)(?:再)?(?:跟|和|同|与)(?:你|您|妳)(?:们)?(?:再)?"
        r"(?:说|讲|交流|沟通|废话|聊|扯|多说|解释|争|吵|啰嗦|计较)",
    ),
    # 不要和我争论规则 / 别跟店员理论: the customer forbidden to argue.
    phrase(
        DISMISSAL,
        "争论|争辩|争执|理论|讨价还价|纠缠",
        16,
        r"(?:不要|别|勿|请勿|莫|不准|不得|禁止)(?:再)?(?:和|跟|与|同)[^，,。！？!?\n]{1,8}?(?:争论|争辩|争执|理论|讨价还价|纠缠)",
        check=_arguing_with_us,
    ),
)
