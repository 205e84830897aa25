"""bare-request: 提供一下订单号 without 请/麻烦/您/亲/…吗 -> 麻烦您… (unsafe)."""

from __future__ import annotations

import re

from replykit.builtin.politeness.you_honorific import honorific
from replykit.convert import in_draft_script
from replykit.draft import Draft
from replykit.hookspecs import Report
from replykit.rules import Example, rule
from replykit.scan import Prefiltered

BARE = rule(
    "bare-request",
    severity="warning",
    fix="unsafe",
    description="A request to the customer without 请/麻烦您 sounds like an order.",
    description_zh="请顾客做事却不带“请/麻烦您”，听起来像命令。",
    zh="向顾客提要求时加上“麻烦您”或“请”，语气更客气",
    en="Soften requests to the customer with 麻烦您 or 请",
    examples=[
        Example("提供一下订单号", "麻烦您提供一下订单号"),
        Example("订单号和地址发一下哦", "麻烦您把订单号和地址发一下哦"),
        Example("订单号", "麻烦您提供一下订单号"),
        Example("你们公司的开票信息发我一下", "麻烦您把贵公司的开票信息发我一下"),
        Example("迷你风扇的订单号发一下", "麻烦您把迷你风扇的订单号发一下"),
        Example("把地址改一下", "麻烦您把地址改一下"),
        Example("填一下收货地址", "麻烦您填一下收货地址"),
        Example("留个电话", "麻烦您留个电话"),
        Example("发个照片", "麻烦您发个照片"),
        Example("把收货信息核对下", "麻烦您把收货信息核对下"),
    ],
    clean=[
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
    ],
)


_REQUEST = re.compile(
    r"(?=[提上填告发留拍截改修寄核])"  # first-character filter: keeps the scan cheap
    r"(?:(?:提供|上传|填写|告知|告诉我)(?:一下|下)?|填(?:一下|下)|留(?:个|一个)(?=电话|手机|号码|联系方式|微信)|(?:发|留)(?:一下|下|过来|给我|我)(?!来|去|单|货|们)|发(?:个|张)(?=照|图|视频|截图)"
    r"|拍(?:一下|个|张)(?=照|图|视频)|截(?:个|一下|下)?图"
    r"|(?P<ba>改|修改|寄|核对)(?:一下|下|过来|回来))"
)
# A plain character-class search is cheaper than _REQUEST's look-ahead filter, and most
# replies hold none of these characters.
_REQUESTS = Prefiltered(_REQUEST, contains=re.compile("[提上填告发留拍截改修寄核]"))
_INFO = re.compile(
    "订单|单号|编号|号码|手机号|电话|地址|名称|税号|抬头|截图|照片|图片|视频|信息|资料|验证码|账号|ID|id|姓名|联系方式|凭证|发票|运单|金额|型号|链接|资质|图|照"
)
# A softener in the request's clause or the one before makes it polite; 时候/之后/然后 make it a
# step of instructions (选择开票的时候，填写地址), not a request.
_SOFTENER = re.compile(
    "(?:您|(?<!迷)你)(?!们)|请|麻烦|辛苦|劳烦|烦请|劳驾|亲|方便|建议|最好|记得|是否|是不是|有没有|时候|之后|以后|然后|可以|可否|能否|能不能|能|好吗|好嘛|行吗|吗|么|嘛|帮我|帮忙|帮个忙|即可|就可以|就行|需要|要|得|一起"
)
_GREETING = re.compile("[您你妳]好")  # a greeting does not soften the request after it
_ASKS = re.compile(r"[吗么嘛][^\u4e00-\u9fff]*$")
# Before the verb, these mean the agent (not the customer) acts: 这边提供一下, 会告知, 短信告知.
_AGENT = re.compile("[不没无我会已将为给帮让再如若后时在被都也]|这边|小妹|妹子|妹纸|小二|客服|短信|邮件|电话")
_DONE = re.compile("[过了]")  # 上传过, 提供了: reports, not requests
_FILLER = re.compile(r"(?:好的|嗯嗯|嗯|恩|好|那么|那|OK|ok)+[，,\s]*")
_WHOLE_NOUN = re.compile(r"\s*(订单号|订单编号|手机号|手机号码|联系电话|收货地址|联系方式)\s*([?？]?)\s*")


def check_bare(draft: Draft, report: Report) -> None:
    norm = draft.norm
    whole = _WHOLE_NOUN.fullmatch(norm)
    if whole:
        s, e = whole.start(1), whole.end(2)
        report(BARE, s, e, [in_draft_script("麻烦您提供一下", draft.is_traditional) + draft.text[s : whole.end(1)]])
        return
    for m in _REQUESTS.finditer(norm):
        cs, ce = draft.clause_at(m.start())
        ss, _ = draft.sentence_at(m.start())
        start = cs + len(norm[cs : m.start()]) - len(norm[cs : m.start()].lstrip())
        lead = _FILLER.match(norm, start, m.start())
        if lead:
            start = lead.end()
        noun = norm[start : m.start()]
        if m.group("ba") and not noun.startswith("把"):
            continue  # 改一下/寄回来 ask the customer only with 把 + what (把地址改一下)
        if _AGENT.search(noun) or _DONE.match(norm, m.end()):
            continue
        if not _INFO.search(norm[start:ce]):
            continue
        # Softeners count from the previous clause of the sentence (亲，提供一下… / …可以吗).
        ps = max(draft.clause_at(cs - 1)[0], ss) if cs > ss else cs
        if _ASKS.search(norm, ps, cs):
            ps = cs  # unpunctuated bubbles: a clause ending in 吗 was a question of its own
        if _SOFTENER.search(_GREETING.sub("", norm[ps:ce])):
            continue
        # The finding covers the request (object and verb) so it is visible; the original text stays.
        polite = "麻烦您把" if noun and not noun.startswith("把") else "麻烦您"
        request = honorific(draft, start, m.end())  # 你们公司的… -> 贵公司的…
        report(BARE, start, m.end(), [in_draft_script(polite, draft.is_traditional) + request])
        return  # one request per reply is enough to make the point
