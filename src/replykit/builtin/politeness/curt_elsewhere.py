"""curt-elsewhere: sending the customer away or telling them to take it or leave it:
上别家买, 请到专柜购买, 可接受者再下单, 介意慎拍, 请绕行, 请谨慎考虑后再下单 (advice)."""

from __future__ import annotations

import re

from replykit.builtin.politeness.phrases import CLAUSE_END, phrase
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
    ],
    clean=[
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
    ],
)

_AWAY = r"(?:别家|别的(?:店|家|商家|地方)|其[他它](?:店铺?|商家|家|渠道|地方|平台)|专柜|实体店|别处)"
_BUY = r"(?:进货|入货|购买|买|下单|选购|看看|拍)"
_PICKY = r"(?:介意|在意|挑剔|追求完美|完美主义|较真|挑刺|发难|找茬)"

# Sent elsewhere because of what the customer wants or dislikes (嫌贵的话, 如果您追求完美), or told
# to go (建议/请…): "您也可以到专柜购买" offers a channel.
_DISSATISFIED = lazy_compile("如果|假如|若|要是|嫌|的话|者|介意|觉得|优惠|便宜|完美|满意|不想|不要|不喜欢|等不及|不愿")
_TOLD = lazy_compile("建议|请|就")


def _pushed_away(draft: Draft, m: re.Match[str]) -> bool:
    s, e = draft.sentence_at(m.start())
    sentence = draft.norm[s:e]
    if "也可以" in sentence or "也能" in sentence:
        return False
    return bool(_DISSATISFIED.search(sentence) or _TOLD.search(draft.norm, draft.clause_at(m.start())[0], m.start()))


# Someone else the customer is told to take it to.
_THIRD_PARTY = r"(?:[^，。！？,!?\s]{0,6}?(?:快递|物流|平台|厂家|官方|品牌方?|售后|客服|银行|运营商|商场|专柜|门店))"
_AGENT_OR_SOFT = lazy_compile("我|这边|小妹|帮您|为您|给您|替您|可以|建议|请|麻烦|方便|也可|您也|辛苦")


def _sent_away(draft: Draft, m: re.Match[str]) -> bool:
    """找快递去 / 去问平台客服: said to the customer with no softener; 我去问一下快递 is the agent's
    errand, 您可以联系快递 an option offered."""
    s, e = draft.clause_at(m.start())
    return _AGENT_OR_SOFT.search(draft.norm, s, max(e, m.end())) is None


ELSEWHERE_PHRASES = (
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
        3,
        r"(?:上|去|到|找|选择|从|在|换)" + _AWAY + r"(?:" + _BUY + r"|" + CLAUSE_END + r")",
        check=_pushed_away,
    ),
    phrase(
        ELSEWHERE,
        "接受",
        2,
        r"(?:可|能)?接受(?:者|的(?:买家|亲|顾客|朋友)?)?(?:再|才|方可|请)(?:下单|拍|拍下|购买|付款|下手|入手)"
        r"|(?:不能|无法|不)接受(?:者|的(?:买家|亲|顾客)?)?(?:请)?(?:勿|慎|不要|别)(?:拍|购|下单|买|入)"
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
