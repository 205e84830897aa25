"""Feedback routing: a customer's complaint classified as logistics, product or service
(the three kinds of dissatisfaction a service team hears), or other, and sent to the department
that can act on it, so that the cause is fixed and not only the one conversation (the table is
``[tool.replykit.audit.departments]``).

A message is a complaint when it reads as angry (``Utterance.anger``) or evaluates something
negatively: a negated result (没收到, 还没到, 用不了), a degree adverb before a negative quality
(太慢, 很差), a broken or wrong state (坏了, 破损, 发错).  Its category comes from what the
complaint is about.
"""

from __future__ import annotations

import re

from replykit.audit.language import Utterance, clean

Category = str  # "logistics" | "product" | "service" | "other"

_NEGATIVE = re.compile(
    r"(没|未|还没|都没|一直没|怎么还没?)(有)?(收到|到|发|发货|送|派送|动|更新|回复|人理|退|处理|解决|联系)|"
    r"(太|很|好|非常|特别|真|超|这么|那么)(慢|差|烂|贵|小|大|硬|薄|难用|难闻|敷衍|过分|坑|假|久)|"
    r"(坏|破|碎|裂|漏|脏|错|少)(了|的)|破损|损坏|裂缝|裂纹|划痕|磕坏|凹陷|瑕疵|色差|发错|漏发|少发|缺件|不能用|用不了|不好用|不能穿|"
    r"不满意|不满|失望|不合适|货不对板|与描述不符|不一样|不是我买的|假货|质量问题|有问题|故障|异味|过期|"
    r"态度|敷衍|不理人|没人理|推卸|骗|承诺的?.{0,4}(没|不)|说好的?.{0,6}(没|不)"
)
TOPICS: dict[Category, re.Pattern[str]] = {
    "logistics": re.compile(
        r"快递|物流|配送|送货|派送|派件|快递员|配送员|运输|包裹|签收|站点|自提|运单|邮寄|寄到|发货|"
        r"没收到|还没到|没到|到货|送到|丢件|丢了|催件|中转|仓库"
    ),
    "product": re.compile(
        r"质量|坏|破|碎|裂|漏|瑕疵|色差|尺码|大小|尺寸|颜色|味道|异味|做工|材质|划痕|故障|不能用|用不了|不好用|"
        r"假货|正品|过期|缺件|少件|配件|电池|屏幕|开机|充电|功能|效果|描述不符|货不对板|实物|图片"
    ),
    "service": re.compile(
        r"客服|态度|回复|不理|敷衍|承诺|答应|说好|赠品|备注|退款|退货|换货|售后|发票|补偿|推卸|服务|处理|漏发|少发|发错"
    ),
}
# When a complaint names several topics, the more specific wins: a broken item delivered by
# courier is a product complaint; a missing gift in the parcel is service.
PRIORITY: tuple[Category, ...] = ("product", "service", "logistics")


def complaint(u: Utterance) -> bool:
    """Whether a customer's message expresses dissatisfaction."""
    return bool(u.anger()) or _NEGATIVE.search(clean(u.text)) is not None


def category(text: str) -> Category:
    """The kind of dissatisfaction: logistics, product, service or other."""
    body = clean(text)
    hits = {name for name, pattern in TOPICS.items() if pattern.search(body)}
    if "product" in hits and "logistics" in hits and not re.search(r"坏|破|碎|裂|瑕疵|质量|故障|不能用|用不了", body):
        hits.discard("product")
    for name in PRIORITY:
        if name in hits:
            return name
    return "other"
