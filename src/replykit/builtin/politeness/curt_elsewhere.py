"""curt-elsewhere: sending the customer away or telling them to take it or leave it:
上别家买, 请到专柜购买, 可接受者再下单, 介意慎拍, 请绕行, 请谨慎考虑后再下单 (advice)."""

from __future__ import annotations

import re

from replykit.builtin.politeness.phrases import CLAUSE_END, END, PARTICLES, phrase
from replykit.draft import Draft
from replykit.rules import Example, rule
from replykit.scan import lazy_compile

ELSEWHERE = rule(
    "curt-elsewhere",
    severity="warning",
    fix=None,
    holds_sentence=True,
    description="Sending the customer elsewhere or saying take it or leave it (上别家买, 可接受者再下单, 介意慎拍).",
    description_zh="把顾客往外推或让顾客“能接受再买”：上别家买、可接受者再下单、介意慎拍。",
    zh="把顾客往外推（去别家/能接受再买/介意勿拍）显得不欢迎；说明商品的情况和我们能提供的帮助，让顾客自己判断",
    en="Pushing the customer away (buy elsewhere / only order if you accept) sounds unwelcoming; "
    "state the facts and the help we offer instead",
    examples=[
        Example("嫌贵的话建议上别家购买"),
        Example("如果您追求完美请到专柜购买。"),
        Example("预售商品约20天发货，可接受者再下单。"),
        Example("手工制作，有色差，介意者慎拍"),
        Example("故意挑刺者请绕行"),
        Example("接受不了的买家请慎重考虑"),
        Example("請買家三思後再下單"),
        Example("嫌贵可以去别家"),
        Example("不想等就去其他店铺买吧"),
        Example("觉得不值的话您找别家"),
        Example("不想要可以去別家"),
        Example("质量问题找厂家去"),
        Example("这种问题去问平台客服，不是问我们"),
        Example("物流的事直接问快递公司"),
        Example("你找别人吧"),
        Example("有意见你可以找消协"),
        Example("以后也不用再来了"),
        Example("不同意的话请勿下单"),
        Example("有这类要求的请勿下单"),
        Example("急件请勿下"),
        # Sent to someone else, bare: 你找售后组, 你打售后热线.
        Example("我只管售前，你找售后组。"),
        Example("你打售后热线"),
        Example("有问题你自己跟物业沟通"),
        Example("有不满可以打市场监管热线"),
        Example("想投诉就去找消协吧"),
        # The customer's own want or complaint turned into "then do not buy / go elsewhere / cancel".
        Example("着急的话就别拍预售款"),
        Example("趕時間的話就不要在網上訂"),
        Example("急就唔好訂"),
        Example("不想等就取消吧"),
        Example("不要的话直接取消"),
        Example("急用的話就去文具店買現成的"),
        Example("住不惯可以去别家"),
        Example("对做工有要求的别拍特价款"),
        Example("要全新的就去买新"),
        Example("嫌慢可以去别家问问"),
        Example("想要包邮的请绕行"),
        Example("赶时间就别在网上买嘛"),
        Example("怕麻烦就别退了"),
        Example("不想排队就取消订单"),
        Example("覺得做工差，可以去找做工好的"),
        Example("没钱就别买了"),
        Example("住不起就别订"),
        Example("吃不起就别点菜"),
        Example("嫌贵就另请高明"),
        Example("爱计较的话就去别家"),
        Example("讲究温度的话，下次到门店消费"),
        Example("您找经理去"),
        Example("不爽就别来"),
        Example("不会用就不要买"),
        Example("用不惯就去买别家"),
        Example("去别的店买吧"),
        Example("要不考虑一下其他商家"),
        Example("您可以选择不来"),
        Example("本店不欢迎这种客人"),
        Example("不喜欢可以离开", None),
        Example("不服气你可以去告", None),
        Example("不好用你可以别买", None),
        Example("有意见就别来", None),
        Example("小店不欢迎讲价的买家", None),
        Example("口味就这样，不习惯请不要勉强", None),
        Example("用唔起就唔好用", None),
        Example("住不惯就离开吧", None),
        Example("不会用就别用", None),
        Example("不能配合者请勿下单", None),
        Example("不认同规则请勿参加团购", None),
        Example("后悔了请自行转卖", None),
    ],
    clean=[
        "订单完成后帮助你联系财务修改的呢",  # 你 is helped: the object of 帮助
        "您可以到专柜验货，我们支持专柜验证哦",
        "这款和别家的区别在于面料更厚实哦",
        "其他店铺的活动我们这边不太清楚呢",
        "可以接受的话我这边马上为您下单",
        "您放心购买，不满意可以七天无理由退换",
        "专柜同款，支持验货",
        "专柜同价，您也可以到专柜购买哦",
        "建议您慎重考虑尺码，不确定的话可以问我哦",
        "别家的价格我们不清楚，这款在我们店有赠品哦",
        "您也可以去其他店铺比较一下，我们支持保价",
        "我去问一下快递，稍后回复您",
        "这边帮您去问一下仓库",
        "您可以联系快递公司，也可以找我们帮您催",
        "建议您咨询一下品牌官方客服哦",
        "我找快递去问问，您稍等",
        "我找别人帮您问问",
        "有意见可以随时找我们反映",
        "不用来店里了，我们上门取件",
        "不同意的话我们再商量，您看怎么方便",
        "你找我就可以，我帮你改",
        "你找一下包装里的说明卡",
        "您找售后客服也可以，我这边也能处理",
        "你问的那款还有货",
        "你和家人商量一下再决定",
        "有什么不满您可以直接告诉我，我来处理",
        "急的话可以选顺丰，我们当天发出",
        "着急的话我帮您催一下仓库",
        "不想等的话，我们先给您退定金",
        "怕冷的话建议选加厚款哦",
        "要包邮的话满99就可以哦",
        "您不想等的话可以取消哦，款项原路退回",
        "急用的话请勿选择平邮，平邮要七天左右",
        "不喜欢的话可以退",
        "我们急着发货，取消了夜班休息",
        "怕麻烦就别寄回了，我们直接补一件给您",
        "怕晒的话不要在阳光下用",
        "如果之前用过（包括在其他店铺），这次就按原价了哦",
        "讲究温度的话，推荐您到门店用餐，我们送您甜品",
        "我去找经理，马上给您答复",
        "本店不接待宠物，请见谅",
        "谢绝议价",
        "不会用的话可以问我，视频教程也有",
        "去专柜验货也可以的哦",
        "到实体店试穿的话，报我们店名有优惠哦",
        "您可以选择不要发票，我们帮您备注",
        "对不起，那就取消吧，我马上为您退款",
        "预售款约十五天发货，介意者请勿下单，谢谢配合",
        "优惠券可自行转让",
        "不好用的话可以联系我们换货",
        "有意见可以随时找我们",
        "本店不欢迎宠物入内",
        "如要求取消订单，请在发货前联系我们",
        "卖家不接受取消时，费用照付",
        "您问这款质量怎么样？我给您详细说说",
        "不想离开的话可以在店里休息",
    ],
)

_AWAY = r"(?:别家|别的(?:店|家|商家|地方)|其[他它](?:店铺?|商家|家|渠道|地方|平台)|专柜|实体店|别处)"
_BUY = r"(?:进货|入货|购买|买|下单|选购|看看|拍)"
_PICKY = r"(?:介意|在意|挑剔|追求完美|完美主义|较真|挑刺|发难|找茬|斤斤计较|计较)"

# Sent elsewhere because of what the customer wants or dislikes (嫌贵的话, 如果您追求完美), or told
# to go (建议/请…): "您也可以到专柜购买" offers a channel.
_DISSATISFIED = lazy_compile("如果|假如|若|要是|嫌|的话|者|介意|觉得|优惠|便宜|完美|满意|不想|不要|不喜欢|等不及|不愿")
_TOLD = lazy_compile("建议|请|就")


def _pushed_away(draft: Draft, m: re.Match[str]) -> bool:
    s, e = draft.sentence_at(m.start())
    sentence = draft.norm[s:e]
    if "也可以" in sentence or "也能" in sentence:
        return False
    cs = draft.clause_at(m.start())[0]
    if draft.norm[cs : m.start()].strip() in ("", "你", "妳", "那", "那你", "你就", "那就", "要不", "要不您", "要不你"):
        return not _WARM_TAIL.search(sentence)  # 去别家买吧 said bare: an order to go
    return bool(_DISSATISFIED.search(sentence) or _TOLD.search(draft.norm, cs, m.start()))


# Someone else the customer is told to take it to.
_THIRD_PARTY = (
    r"(?:[^，。！？,!?\s]{0,6}?(?:快递|物流|平台|厂家|官方|品牌方?|售后|客服|银行|运营商|商场|专柜|门店"
    r"|领导|经理|主管|老板|上级|前台|柜台))"
)
_AGENT_OR_SOFT = lazy_compile("我|这边|小妹|帮您|为您|给您|替您|可以|建议|请|麻烦|方便|也可|您也|辛苦")


_NEAR = 40  # how far around a hit the checks look: bounded, so each stays linear in the draft


def _sent_away(draft: Draft, m: re.Match[str]) -> bool:
    """找快递去 / 去问平台客服: said to the customer with no softener; 我去问一下快递 is the agent's
    errand, 您可以联系快递 an option offered."""
    s, e = draft.clause_at(m.start())
    return _AGENT_OR_SOFT.search(draft.norm, max(s, m.start() - _NEAR), min(max(e, m.end()), m.end() + _NEAR)) is None


_ASKED_ABOUT = lazy_compile(r"咋|怎么|怎样|什么|啥|多少|哪|谁|几|吗|[？?]")


def _sent_away_not_asked(draft: Draft, m: re.Match[str]) -> bool:
    """你找售后组 sends the customer off; 你问这款质量咋样啊？ echoes their question."""
    _s, e = draft.clause_at(m.start())
    if _ASKED_ABOUT.search(draft.norm, m.start(), min(max(e, m.end()) + 2, m.end() + _NEAR)):
        return False
    return _sent_away(draft, m)


# The customer's want or complaint as a condition: 急的话, 嫌贵, 不想等, 住不惯, 对…有要求 (a want
# put with 要 alone is the next phrase's, found from its rarer leaving words).
_OBJ = r"(?:(?!的话|就|可以|请)[\u4e00-\u9fff]){1,4}"
_WANT = (
    r"(?:急(?:单|用|件)?|着急|赶时间|赶|没钱|不爽|不会(?:用|弄|装|操作|吃)|(?:斤斤)?计较|(?:没|无)耐心|(?:重视|注重|讲究)"
    + _OBJ
    + r"|(?:吃|买|用|住|玩|消费)(?:不|唔)起|不好[吃用看喝穿玩]|(?:有|如有)(?:意见|不满)|不同意|不接受"
    r"|(?:有|如有)(?:此类|这类|这种)?要求|嫌"
    + _OBJ
    + r"|不想"
    + _OBJ
    + r"|不要|介意|在意|怕(?:"
    + _OBJ
    + r")?|等不及|接受不了|受不了"
    r"|[吃用穿看住][不唔]惯|不习惯|不喜欢|不满意|觉得"
    + _OBJ
    + r"(?:"
    + _OBJ
    + r")?|追求"
    + _OBJ
    + r"|对"
    + _OBJ
    + r"有要求|不懂"
    + _OBJ
    + r")"
)
# What the condition is answered with: do not buy, go to another shop, cancel, go away.
_LEAVE = (
    r"(?:别|不要|唔好|勿|莫|甭)(?:再)?(?:(?:在|来|去|到)[\u4e00-\u9fff]{1,4}?)?(?:网购|买|拍|下单|购买|订|来|入手|退|换|点(?:餐|单|菜)?(?="
    + PARTICLES
    + END
    + r")|下(?="
    + PARTICLES
    + END
    + r"))"
    r"|(?:别|不要|唔好|莫|甭)(?:再)?(?:用|吃|住|玩)(?=" + PARTICLES + END + r")"
    r"|(?:别|不要|勿|莫)(?:再)?勉强(?:自己)?(?=" + PARTICLES + END + r")"
    r"|不用(?:再)?(?:网购|买|拍|下单|购买|订|入手)"
    r"|(?:去|到|找|点|上|另寻|另找)(?:(?:别家|别的|其[他它]|别处|外面|实体店|专柜)"
    r"|[\u4e00-\u9fff]{1,4}?(?:店|卖场|商场|牌子)(?=买|购买|拍|下单|"
    + PARTICLES
    + END
    + r")|[\u4e00-\u9fff]{1,4}?好的)"
    r"|另(?:请|寻|找)高明|(?:下次)?(?:来|到)(?:店里|店内|店|餐厅|门店|实体店)(?:来)?(?:就餐|用餐|吃|消费|购买)|线下(?:就餐|用餐|消费|购买)"
    r"|去(?:吃|买|用|找|看)(?:别的|别家|其他|其它)"
    r"|去(?:买|拿)新|(?<!要求)(?<!接受)(?<!同意)取消(?:订单)?(?:吧|好了|就行|就好|就是了)?"
    + CLAUSE_END
    + r"|绕(?:道|行)"
    r"|(?:离开|走人|出去)(?:吧|就好|就是了)?" + CLAUSE_END
)
_THEN = (
    r"(?:的话|嘅话|者|的(?:买家|亲|顾客|人)?|的)?[，,]?\s?(?:(?:你|您|妳)(?=可以|就|大可|可))?"
    r"(?:那|那就|就|可以|请|还是|大可|直接|可)?(?:你|您|妳)?"
)
_THEN_LEAVE = _THEN + r"(?:" + _LEAVE + r")"
_WARM_TAIL = lazy_compile("[哦呢哈呀~～]|为您|帮您|给您|我们(?:可以|会|帮|为)|我帮|建议|谢谢|感谢|多谢")


def _left_to_go(draft: Draft, m: re.Match[str]) -> bool:
    """着急的话就别拍预售款: the customer's want answered with "then go"; 急的话可以选顺丰，我们当天发出
    answers it with what we do (an offer or a softener in the sentence)."""
    s, e = draft.sentence_at(m.start())
    if _WARM_TAIL.search(draft.norm, max(s, m.start() - _NEAR), min(max(e, m.end()), m.end() + _NEAR)):
        return False
    cs, _ = draft.clause_at(m.start())
    return re.search("我|这边|小妹|客服", draft.norm[max(cs, m.start() - _NEAR) : m.start()]) is None


_US_AS_OBJECT = lazy_compile("我|这边|客服|本店|小店|我们")


def _complaints_sent_away(draft: Draft, m: re.Match[str]) -> bool:
    """有意见你可以找消协 / 有不满可以打监管热线: the customer's grievance sent to someone else, with
    nothing offered; 有意见可以随时找我们 keeps it."""
    return _US_AS_OBJECT.search(m.group(), len(m.group(1))) is None and _sent_or_bare(draft, m)


def _sent_or_bare(draft: Draft, m: re.Match[str]) -> bool:
    s, e = draft.sentence_at(m.start())
    near = draft.norm[max(s, m.start() - _NEAR) : min(e, m.end() + _NEAR)]
    return re.search("帮您|为您|给您|协助|随时|[哦呢哈~～]", near) is None


_REGRET = lazy_compile("后悔|不符|不满意|不喜欢|不合适|不想要|不要了|预期|不适合|用不上")


def _resale_pushed(draft: Draft, m: re.Match[str]) -> bool:
    """不满意请自行转卖 / 若后悔请自行转手: the buyer's regret left to them to sell on; 优惠券可自行转让
    is a right, not an answer to a complaint."""
    s, _ = draft.sentence_at(m.start())
    return _REGRET.search(draft.norm, max(s, m.start() - _NEAR), m.start()) is not None and _sent_or_bare(draft, m)


ELSEWHERE_PHRASES = (
    # 不满意请自行转卖 / 后悔请自行转手: the buyer's regret handed back to them.
    phrase(
        ELSEWHERE,
        "自行转|自行出售|自己转|自己出售",
        0,
        r"(?:自行|自己)(?:转让|转卖|转手|转售|出售)",
        check=_resale_pushed,
    ),
    # 有意见你可以找消协 / 有不满可以打监管热线 / 想投诉就去找消协吧.
    phrase(
        ELSEWHERE,
        "意见|不满|投诉|不服",
        8,
        r"((?:有|有什么|有啥)(?:意见|不满)|不满意|不服(?:气)?|要投诉|想投诉)[^，。！？!?\n]{0,6}?"
        r"(?:投诉|找|打|问|联系|反映|告|举报)[^，。！？!?\n]{0,10}",
        check=_complaints_sent_away,
    ),
    # 你找售后组 / 你打售后热线 / 你自己跟物业沟通: the customer sent to someone else, bare.
    phrase(
        ELSEWHERE,
        "|".join(
            y + w for y in "你妳" for w in ("找", "打", "问", "联系", "跟", "和", "去", "直接", "就", "再", "自己")
        ),
        2,
        # (a courier, platform or maker sent to is blame-shift's: 你找物流公司吧)
        r"(?<![帮助为给替陪])(?:你|妳)(?:直接|就|再|自己)?(?:去)?(?:(?:找|打|问|联系)(?!我|这边|客服|小妹|一下|下|找|看|清楚|的|快递|物流|平台|厂|品牌)"
        r"[^，。！？,!?\n]{1,10}?(?:去)?|(?:跟|和)(?!我|这边|客服|小妹)[^，。！？,!?\n]{1,8}?(?:沟通|联系|反应|反映))"
        r"(?:吧|啦)?" + CLAUSE_END,
        check=_sent_away_not_asked,
    ),
    # 你可以选择不来 / 我们不欢迎你这种客人: the customer told they need not come, or are unwelcome.
    phrase(
        ELSEWHERE,
        "选择不|不欢迎|不接待|谢绝",
        4,
        r"(?:可以|大可|完全可以)选择不(?:要)?(?:来|买|吃|消费|下单|光顾)"
        r"|(?:不欢迎|不接待|谢绝)(?:你|妳|您|这种|这类|这样的)(?:这种|这样的?|这类)?(?:人|客人|顾客|客户|买家)?"
        r"|(?:不欢迎|不接待|谢绝)[^，,。！？!?\n]{1,6}?的(?:人|客人|顾客|客户|买家)",
        check=_sent_or_bare,
    ),
    # 以后也不用再来了 / 那就别再来了: the customer told not to come back.
    phrase(
        ELSEWHERE,
        "来了|嚟了",
        6,
        r"(?:下次|以后|那就|就)?(?:不用|不要|别|莫|唔好|唔使)(?:再)?(?:来|嚟)了(?:呗|吧)?" + CLAUSE_END,
    ),
    # 着急的话就别拍预售款 / 不想等就取消吧 / 住不惯可以去别家: take it or leave it, with its condition
    # (found from the condition's word, which is rarer than the verbs of leaving).
    phrase(
        ELSEWHERE,
        "急|赶|嫌|没钱|不爽|不会用|不会弄|不会装|不会操作|不会吃|不起|唔起|不好吃|不好用|不好看|不好喝|不好穿|不好玩|有意见|有不满|计较|耐心|重视|注重|讲究|不想|不要|介意|在意|怕|等不及|接受不了|受不了|不惯|唔惯|不习惯|不喜欢|不满意|觉得|追求|有要求|不懂|不同意|不接受|要求",
        6,
        _WANT + _THEN_LEAVE,
        check=_left_to_go,
    ),
    # 要全新的就去买新 / 想要包邮的请绕行: a want put with 要, found from the rarer leaving words.
    phrase(
        ELSEWHERE,
        "去买新|去拿新|绕道|绕行|取消",
        16,
        r"(?:要|想要)"
        + _OBJ
        + _THEN
        + r"(?:去(?:买|拿)新|(?<!要求)取消(?:订单)?(?:吧|好了|就行|就好|就是了)?"
        + CLAUSE_END
        + r"|绕(?:道|行))",
        check=_left_to_go,
    ),
    # 找快递去 / 找平台去 are blame-shift's (the courier or platform blamed); 找厂家去 is ours.
    phrase(ELSEWHERE, "找", 0, r"找(?!快递|物流|平台)" + _THIRD_PARTY + r"去", check=_sent_away),
    # 你找别人吧 / 问其他客服去: passed to anyone else.
    phrase(
        ELSEWHERE,
        "别人|其他人|其他客服|别的客服|其它客服",
        2,
        r"(?:找|问)(?:别人|其他人|其[他它]客服|别的客服)(?:吧|去|啦|呗)?" + CLAUSE_END,
        check=_sent_away,
    ),
    phrase(
        ELSEWHERE,
        "去问|去找|直接问|去咨询|去联系",
        0,
        r"(?:去|直接)(?:问|找|咨询|联系)" + _THIRD_PARTY,
        check=_sent_away,
    ),
    phrase(
        ELSEWHERE,
        "别家|别的|其他|其它|专柜|实体店|别处",
        5,
        # (在/从 + another shop is where something happened unless a verb of buying follows)
        r"(?:上|去|到|找|选择|换|考虑(?:考虑|一下)?)" + _AWAY + r"(?:" + _BUY + r"|比|问|" + CLAUSE_END + r")"
        r"|(?:从|在)" + _AWAY + _BUY,
        check=_pushed_away,
    ),
    phrase(
        ELSEWHERE,
        "接受|配合|认同|同意|遵守",
        2,
        r"(?:可|能)?接受(?:者|的(?:买家|亲|顾客|朋友)?)?(?:再|才|方可|请)(?:下单|拍|拍下|购买|付款|下手|入手)"
        r"|(?:不能|无法|不)(?:接受|配合|认同|同意|遵守)[^，,。！？!?\n]{0,4}?(?:者|的(?:买家|亲|顾客)?)?[，,]?(?:请)?(?:勿|慎|不要|别)"
        r"(?:拍|购|下单|下标|出价|买|入|参加|参与|跟团|加入|报名)"
        r"|接受不了(?:的)?(?:买家|亲|顾客|朋友)?(?:请)?(?:慎|勿|不要|别)",
    ),
    phrase(
        ELSEWHERE,
        "介意|在意|挑剔|完美|较真|挑刺|发难|找茬",
        0,
        _PICKY
        + r"(?:者|的(?:买家|亲|顾客|朋友)?)?(?:请)?(?:慎拍|勿拍|慎购|勿购|慎重|慎入|勿入|绕行|绕道|别拍|不要拍|莫拍)",
    ),
    phrase(ELSEWHERE, "绕行|绕道", 4, r"(?:者|的人|的亲|的买家)(?:请)?绕(?:行|道)"),
    phrase(
        ELSEWHERE,
        "谨慎|慎重|三思",
        0,
        r"(?:谨慎|慎重)(?:斟酌|考虑)(?:清楚)?(?:[，,]?三思)?(?:后|之后)?再?(?:下单|购买|拍)|三思(?:而后行|后再?(?:下单|拍|购买))?",
    ),
)
