"""praise-cancel: 但是/可是/不过 right after praise, a yes or an offer takes it back."""

from __future__ import annotations

from replykit.builtin.but.connective import TRAILING, outlives_the_edit
from replykit.draft import MASK
from replykit.rules import Example, rule
from replykit.scan import lazy_compile

PRAISE_CANCEL = rule(
    "praise-cancel",
    severity="warning",
    fix="safe",
    description=(
        "但是/可是/不过 after praise, a yes, thanks, an offer or a promise, leading to a clause that takes "
        "it back: refuses or limits it, leaves it uncertain, puts it off, excuses the shop or blames the customer."
    ),
    description_zh="在称赞、答应、感谢、提议或承诺之后用“但是/可是/不过”引出拒绝、限制、不确定、推迟或指责，等于把前面的话收回。",
    zh="「{word}」会抵消前面的肯定，顾客只记得后半句；去掉它，后面的说明照样清楚",
    en="'{word}' takes back the positive clause before it; drop it, the condition still reads clearly",
    examples=[
        Example("这款很好看，但是有点贵", "这款很好看，有点贵"),
        Example("这边可以为您申请换货，但是商品寄回后要先检测", "这边可以为您申请换货，商品寄回后要先检测"),
        Example("是的哦，亲，不过这款只能连一部手机哦", "是的哦，亲，这款只能连一部手机哦"),
        Example("可以为您催促，但不能保证今天送到", "可以为您催促，但不能保证今天送到"),
        Example("好的呢 但是 要等仓库确认哦", "好的呢 要等仓库确认哦"),
        Example("这款很好看但是有点贵", "这款很好看，有点贵"),
        Example("這款很好看，不過有點貴", "這款很好看，有點貴"),
        Example("您这个建议很好，可是我们目前做不到", "您这个建议很好，我们目前做不到"),
        Example("这款卖得特别火，不过特价款不退不换哦", "这款卖得特别火，特价款不退不换哦"),
        # Advice only: after a promise, or before a caveat or condition, the connective carries the
        # logic; a person rewrites the sentence.
        Example("我们将协助您重新发货，但不提供退款", "我们将协助您重新发货，但不提供退款"),
        Example(
            "我们决不推卸责任，但是如果没有质量问题，运费由您承担",
            "我们决不推卸责任，但是如果没有质量问题，运费由您承担",
        ),
        Example("您的留言我已经收到，不过现在有点忙", "您的留言我已经收到，不过现在有点忙"),
        Example("可以为您换货，但是按规定要扣除运费", "可以为您换货，但是按规定要扣除运费"),
        Example("我们会尽力满足，但不一定能完全一样", "我们会尽力满足，但不一定能完全一样"),
        # Help or willingness offered, then withdrawn.
        Example("我们会帮忙联系厂家，但不保证能修好", "我们会帮忙联系厂家，但不保证能修好"),
        Example("我们十分愿意配合，但这次实在做不到", "我们十分愿意配合，但这次实在做不到"),
        Example("我们会全程跟进！【但是】预售商品除外", "我们会全程跟进！【但是】预售商品除外"),
        # An offer made only to be withdrawn.
        Example("您是老会员，按理应该给您包邮，可是这单不满额", "您是老会员，按理应该给您包邮，可是这单不满额"),
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
        # After a yes or an offer, a mild requirement, a duration, a consequence to know, a
        # positive point or a next step takes nothing back.
        "是的哦，亲，不过需要您另外购买支架哦",
        "好的呢 但是 审核需要一点时间哦",
        "可以为您解除，但是需要一个工作日哦",
        "可以为您修改地址，但是发货后就无法再修改了",
        "是的呢，不过这款还支持快充哦",
        "可以退款，但是请您先把商品寄回",
        "这个颜色很好看，但是黑色更百搭",
        "可以的，但是不会影响您正常使用",
        "也可以的，不过还是建议您电话联系，更快一些",
        # An instruction to the customer, then a warning in their interest.
        "您可以联系快递员，但记得不要签收哦",
        # A neutral fact before the connective: nothing to take back.
        "商品已经发出，但是物流可能会慢一些",
    ],
)

# A clause that is only a yes: 是的 / 可以的 / 也可以的哈 / 没问题 / 支持壁挂.
_YES = lazy_compile(
    "^(?:亲|嗯|恩|" + MASK + ")*(?:是|对|好|可以|也可以|当然可以|能|行|没问题|有|支持|有货|当然)"
    "(?:的|滴|哒)?[啊呀哦喔哈]?$"
    "|^支持.{1,6}$"
)
# An offer: the shop acting for the customer (为您/帮您/给您 + a verb, not 给您带来不便), or a
# "can" (可以/能/可) before what the shop does.
_OFFER = lazy_compile(
    "(?:为|帮|给|替)(?:您|你|亲|其)(?!带来|造成|添|的)[\u4e00-\u9fff]"
    "|(?:可以|能|可)(?:尝试|试着|先|马上|立即|尽快|直接|帮)?"
    "(?:申请|处理|解除|提交|催促|备注|安排|补发|退|换|补|发|改|查|送|催|取消|登记|加急|修改|联系|核实|优惠|协商)"
)
# A promise or an acknowledgement: 我们将协助…, 我们会尽力…, 决不推卸责任, 您的问题我已经收到,
# N 天内处理完成.  Wider than an offer, so dropping the connective after it is left to a person.
_PROMISE = lazy_compile(
    "协助|尽力|尽量|决不|绝不|(?:会|将)帮忙|(?:很|十分|非常)?乐意|愿意"
    "|(?:我们|这边|小妹|妹子|客服|本店|我)(?:会|将|一定|马上|立即)"
    "|(?:已经|已)(?:收到|记下|记录|登记|备注)"
    "|(?:天|小时|工作日)内(?:为您|给您|帮您)?(?:处理|完成|发货|发出|寄出|到账|退款|回复|解决|送达)"
)
# "It should be so" said only to be denied: 按理应该给您优惠，可是… always takes the offer back.
_COUNTERFACTUAL = lazy_compile("按理|按说|照理|理应|本来|原本")
# Thanks for what the customer offered (建议, 反馈, or a bare 谢谢); thanks for waiting, support
# or custom is a formula that bad news after it does not withdraw.
_THANKS = lazy_compile(
    "(?:感谢|谢谢|多谢|唔该)(?!.{0,6}?(?:耐心|等待|久等|等候|支持|选择|光临|信任|惠顾|关注|配合))|感动|支持我们"
)
_CONDITION_NEXT = lazy_compile(r"[\s，,：:]*(?:如果|若|假如|要是|如)")
# A caveat: the clause after the connective limits what came before (但不能保证…, 但暂不支持…).
_CAVEAT_NEXT = lazy_compile(r"[\s，,：:]*(?:[也还并暂恕概]?(?:不|无法|没|未))")
_PRAISE = lazy_compile(
    "好看|漂亮|不错|很好|非常好|挺好|划算|实惠|优惠|便宜|值得|性价比|正品|质量好|好用|耐用|"
    "机智|聪明|有眼光|满意|说得对|说的对|没错|有道理|合适|适合您|百搭|显瘦|好评|爆款|热卖|"
    "(?:很|非常|特别|超|挺|真)(?:好|正|美|棒|赞|舒服|柔软|结实|精致|实用|方便|快|清晰|时尚|大气|轻薄|透气)|"
    # the goods' success, the customer's good taste or luck, the agent's pleasure
    "卖得(?:最|很|超|特别|非常)?(?:好|火)|热销|畅销|眼光|恭喜|(?:很|非常|好|超)?(?:开心|高兴|荣幸)"
)


def exception_to_promise(previous: str, following: str) -> bool:
    """决不推卸责任，但是如果…: a condition after a promise carves an exception out of it (after a
    plain yes or offer, a condition is only what the customer should know)."""
    return bool(_CONDITION_NEXT.match(following) and _PROMISE.search(previous)) and not _plainly_positive(previous)


def counterfactual(previous: str) -> bool:
    """按理应该给您优惠: an offer made only to be withdrawn."""
    return _COUNTERFACTUAL.search(previous) is not None and bool(_OFFER.search(previous) or _YES.search(previous))


def takes_back_praise(previous: str) -> bool:
    """Whether the clause before the connective is a yes, an offer, praise, thanks or a promise."""
    return _plainly_positive(previous) or _PROMISE.search(previous) is not None


def _plainly_positive(previous: str) -> bool:
    core = previous.rstrip(TRAILING + " ")
    return bool(_YES.match(core) or _OFFER.search(previous) or _PRAISE.search(previous) or _THANKS.search(previous))


def fix_level(previous: str, following: str) -> str | None:
    """Safe after a plain yes, offer, praise or thanks; advice only (None) after a promise, or
    before a condition (…，但是如果…) or a caveat (…，但不能保证…): there the connective carries
    the logic, and without it the sentence reads broken or blunt, so a person rewrites it; likewise
    before blame or an excuse, which the edit would leave standing."""
    if _CONDITION_NEXT.match(following) or _CAVEAT_NEXT.match(following) or not _plainly_positive(previous):
        return None
    if outlives_the_edit(following):
        return None  # 可以给您退，但运费您自己承担: the blame or the excuse outlives the edit
    if counterfactual(previous):
        return None
    return "safe"
