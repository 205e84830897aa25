"""praise-cancel: 但是/可是/不过 right after praise, a yes or an offer takes it back."""

from __future__ import annotations

import re

from replykit.builtin.but.connective import TRAILING
from replykit.draft import MASK
from replykit.rules import Example, rule

PRAISE_CANCEL = rule(
    "praise-cancel",
    severity="warning",
    fix="safe",
    description="但是/可是/不过 right after praise, a yes or an offer takes it back.",
    description_zh="在称赞、答应或提议之后紧跟“但是/可是/不过”，等于把前面的话收回。",
    zh="「{word}」会抵消前面的肯定，顾客只记得后半句；去掉它，后面的说明照样清楚",
    en="'{word}' takes back the positive clause before it; drop it, the condition still reads clearly",
    examples=[
        Example("这款很好看，但是有点贵", "这款很好看，有点贵"),
        Example("这边可以为您申请换货，但是商品寄回后要先检测", "这边可以为您申请换货，商品寄回后要先检测"),
        Example("是的哦，亲，不过需要您另外购买支架哦", "是的哦，亲，需要您另外购买支架哦"),
        Example("可以为您催促，但不能保证今天送到", "可以为您催促，但不能保证今天送到"),
        Example("好的呢 但是 审核需要一点时间哦", "好的呢 审核需要一点时间哦"),
        Example("这款很好看但是有点贵", "这款很好看，有点贵"),
        Example("這款很好看，不過有點貴", "這款很好看，有點貴"),
        # Advice only: after a promise, or before a caveat or condition, the connective carries
        # the logic; a person rewrites the sentence.
        Example("我们将协助您重新发货，但不提供退款", "我们将协助您重新发货，但不提供退款"),
        Example(
            "我们决不推卸责任，但是如果没有质量问题，运费由您承担",
            "我们决不推卸责任，但是如果没有质量问题，运费由您承担",
        ),
        Example("您的留言我已经收到，不过现在有点忙", "您的留言我已经收到，不过现在有点忙"),
        Example("我们会尽力满足，但不一定能完全一样", "我们会尽力满足，但不一定能完全一样"),
        Example("我们会全程跟进！【但是】预售商品除外", "我们会全程跟进！【但是】预售商品除外"),
    ],
    clean=[
        "这款没有赠品，不过价格非常优惠呢",
        "地址无法修改，但是您可以和配送员协商",
        "这款可是我们的爆款哦",
        "您的认可是我们最大的动力",
        "这款质量再好不过了",
        "是的，不过半天就到了",
        "可以的，您放心，不过分的要求我们都会尽量满足",
        "这款不但是正品，而且还包邮",
        "虽然有点贵，但是质量很好",
        "虽然很好看，但是有点贵哦",
        "嗯嗯，不过您也不用着急，明天就能到",
        "好的，您放心，这边马上处理",
        "我们会尽快发货，不过您放心，晚到会有补偿",
        "暂时缺货，但我们会第一时间通知您",
    ],
)

# A clause that is only a yes: 是的 / 可以的 / 也可以的哈 / 没问题 / 支持壁挂.
_YES = re.compile(
    "^(?:亲|嗯|恩|" + MASK + ")*(?:是|对|好|可以|也可以|当然可以|能|行|没问题|有|支持|有货|当然)(?:的|滴|哒)?$"
    "|^支持.{1,6}$"
)
_OFFER = re.compile(
    "(?:为|帮|给|替)(?:您|你|亲|其)[^，,。！？!?\\s]{0,6}?"
    "(?:申请|处理|解除|提交|催促|备注|安排|补发|退款|换货|取消|登记|反馈|加急|跟进|争取|赠送|送)"
    "|(?:可以|能)[^，,。！？!?\\s]{0,3}?"
    "(?:申请|处理|解除|提交|催促|备注|安排|补发|退款|换货|取消|登记|加急|退货|修改)"
)
# A promise or an acknowledgement: 我们将协助…, 我们会尽力…, 决不推卸责任, 您的问题我已经收到.
# Wider than an offer, so dropping the connective after it is left to a person (advice).
_PROMISE = re.compile(
    "协助|尽力|尽量|决不|绝不|(?:我们|这边|小妹|妹子|客服|本店)(?:会|将|一定|马上|立即)"
    "|(?:已经|已)(?:收到|记下|记录|登记|备注)"
)
_CONDITION_NEXT = re.compile(r"[\s，,：:]*(?:如果|若|假如|要是|如)")
# A caveat: the clause after the connective limits what came before (但不能保证…, 但暂不支持…).
_CAVEAT_NEXT = re.compile(r"[\s，,：:]*(?:[也还并暂恕概]?(?:不|无法|没|未))")
_PRAISE = re.compile(
    "好看|漂亮|不错|很好|非常好|挺好|划算|实惠|优惠|便宜|值得|性价比|正品|质量好|好用|耐用|"
    "机智|聪明|有眼光|感动|支持我们|满意|合适|适合您|百搭|显瘦|好评|爆款|热卖|"
    "(?:很|非常|特别|超|挺|真)(?:正|美|棒|赞|舒服|柔软|结实|精致|实用|方便|快|清晰|时尚|大气|轻薄|透气)"
)


def takes_back_praise(previous: str) -> bool:
    """Whether the clause before the connective is a yes, an offer or praise."""
    return _plainly_positive(previous) or _PROMISE.search(previous) is not None


def _plainly_positive(previous: str) -> bool:
    core = previous.rstrip(TRAILING + " ")
    return bool(_YES.match(core) or _OFFER.search(previous) or _PRAISE.search(previous))


def fix_level(previous: str, following: str) -> str | None:
    """Safe after a plain yes, offer or praise; advice only (None) after a promise, or before
    a condition (…，但是如果…) or a caveat (…，但不能保证…): there the connective carries the
    logic, and without it the sentence reads broken or blunt, so a person rewrites it."""
    if _CONDITION_NEXT.match(following) or _CAVEAT_NEXT.match(following) or not _plainly_positive(previous):
        return None
    return "safe"
