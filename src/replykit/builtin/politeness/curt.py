"""curt: 自己看, 听不懂吗, 听懂了吧, 说过了, 等着吧, 爱买不买, insults ... (unsafe or advice)."""

from __future__ import annotations

import re

from replykit.builtin.politeness.phrases import CLAUSE_END, Check, Phrase, not_question
from replykit.draft import Draft
from replykit.rules import Example, rule

CURT = rule(
    "curt",
    severity="warning",
    fix="unsafe",
    description="Curt or rude wording (自己看, 听不懂吗, 说过了, 等着吧, 爱买不买, 啰嗦 ...).",
    description_zh="生硬或不礼貌的说法（自己看、听不懂吗、说过了、等着吧、爱买不买、啰嗦……）。",
    zh="{why}，容易让顾客觉得被敷衍或冒犯；换成耐心、主动帮忙的说法",
    en="{why_en}; the customer may feel brushed off or offended. Say it patiently and offer help",
    examples=[
        Example("自己看吧", "您可以查看一下哦"),
        Example("等着吧，到了会通知", "请您耐心等待一下哦，到了会通知"),
        Example("你真啰嗦", None),
        Example("喂，听懂了吧？", None),
        Example("刚才不是告诉你了吗", None),
        Example("按我说的做就行", None),
        Example("跟你讲了多少遍了，定制款不退", None),
        Example("库存很充足，放心好了。", None),
        Example("听不懂吗？退款已经退了", None),
        Example("爱买不买", None),
        Example("按我说的去做就可以了", None),
        Example("照我们教的操作就行", None),
        Example("自己去查物流", None),
        Example("你去问客服", None),
        Example("我已经说过很多遍了", None),
        Example("早就告诉过你了", None),
        Example("我說過了", None),
        Example("你就等著吧", None),
        Example("照着我发的步骤做就行了", None),
        Example("你自己去订单里看", None),
        Example("我都解释三遍了", None),
        Example("上面不是写着吗", None),
        Example("按照我给的链接操作就行了", None),
        Example("同样的问题回答你两次了", None),
        Example("你自个儿看说明书", None),
        Example("我不是已经回复你了吗", None),
        Example("已经跟您说了，现在查不到", None),
        Example("这个问题我已经回答第三遍了。", None),
        Example("您今天第几次问这个了？", None),
        Example("不是说过预售要等十天吗？", None),
        Example("行行行，给您改", None),
        Example("我哪知道您买的是哪件", None),
        Example("下次买东西长点心", None),
        Example("下次看清楚再拍", None),
        Example("请自己看清楚再下单好吗？", None),
        Example("上面写了，自己睇返啦", None),
        Example("你想怎么样嘛", None),
        Example("随便您，想退就退", None),
    ],
    clean=[
        "您可以自己申请售后的",
        "请问您看明白了吗？有不清楚的地方随时问我哦",
        "给您添麻烦了，这边马上为您处理",
        "这款吵闹环境下也能听清",
        "您自己也可以在订单页查看哦",
        "我自己看了一下，是我们发错了",
        "按您说的做，马上给您改地址",
        "我们说了会补发就一定补发",
        "自己去专柜看的话可以试穿哦",
        "这款洗了很多次都不会褪色",
        "已经提醒过您两次了吗？抱歉打扰了",
        "详情页不是写着包邮的，是满99包邮哦",
        "我已经跟仓库说了，马上为您补发",
        "刚才给您说了一下退款的进度，您看还有什么疑问吗",
        "这是您第二次在本店购买了，感谢支持",
        "好好休息，祝您早日康复",
        "下次购买可以直接使用这张优惠券哦",
        "下次您需要的话，直接联系我就可以",
        "我们也不知道快递为什么延误，马上帮您问",
        "随便您挑，喜欢哪个颜色都可以",
        "建议您看清楚尺码表再下单哦",
        "您可以先问清楚再购买，不着急",
    ],
)

_SOFT = re.compile("可以|能|方便|建议|请|麻烦|辛苦|也可")


def _not_softened(draft: Draft, m: re.Match[str]) -> bool:
    """自己看 / 你自己查: curt unless the clause offers it as an option (可以/建议/请 ...)."""
    if draft.norm[m.start() - 1 : m.start()] == "您":
        return False
    s, e = draft.clause_at(m.start())
    around = draft.norm[s : m.start()] + draft.norm[m.end() : max(e, m.end())]  # 就可以了 in the order is no softener
    return not _SOFT.search(around)


def _ordered(draft: Draft, m: re.Match[str]) -> bool:
    """自己去查 / 你去问 at the head of a clause, unsoftened: an order; 我自己查 or 您可以自己查 is not."""
    s, _ = draft.clause_at(m.start())
    head = draft.norm[s : m.start()].strip()
    return head in ("", "那", "那就", "就", "你", "妳", "那你", "你就") and _not_softened(draft, m)


def _not_polite_question(draft: Draft, m: re.Match[str]) -> bool:
    """您没看到吗 may be a real question; a bare 没看到吗 is a rebuke."""
    return draft.norm[m.start() - 1 : m.start()] not in ("您", "是")


_ASKING = re.compile("问|催|说|讲|回答|解释|回复|重复|发消息|找")


def _counts_asking(draft: Draft, m: re.Match[str]) -> bool:
    """第三遍/第几次 with asking or answering in the clause: counting at the customer; 第二次购买 is not."""
    s, e = draft.clause_at(m.start())
    return _ASKING.search(draft.norm, s, e) is not None


def _at_clause_head(draft: Draft, m: re.Match[str]) -> bool:
    """行行行 opens its clause (a reply), not 非常好好好 inside a sentence."""
    s, _ = draft.clause_at(m.start())
    return not draft.norm[s : m.start()].strip()


def _lecturing(draft: Draft, m: re.Match[str]) -> bool:
    """看清楚再下单 with 自己, or with no softener: said at the customer; 建议您看清楚尺码再下单 advises."""
    return "自己" in m.group() or _not_softened(draft, m)


def _curt(
    core: str, reach: int, pattern: str, why: str, why_en: str, replacement: str = "", check: Check | None = None
) -> Phrase:
    return Phrase(core.split("|"), reach, re.compile(pattern), CURT, why, why_en, replacement, check)


CURT_PHRASES: tuple[Phrase, ...] = (
    _curt(
        "自己|自个",
        1,
        r"(?:你|妳)?自(?:己|个儿?)(?:去)?(?:看|睇)(?![着著到过了见])(?:返)?(?:吧|去|啊|呗|啦)?",
        "“自己看”像在打发顾客",
        "'Look it up yourself' brushes the customer off",
        "您可以查看一下哦",
        _not_softened,
    ),
    _curt(
        "自己|自个",
        1,
        r"(?:你|妳)自(?:己|个儿?)(?:去|来)?(?:查|弄|搞|操作|申请|处理|解决|联系|找|想办法|决定)",
        "“你自己…”把事情推给顾客",
        "'Do it yourself' pushes the work onto the customer",
        check=_not_softened,
    ),
    _curt(
        "自己",
        0,
        r"自己(?:去|先)?(?:查|找|问|搜|翻|对照|核对)|自己(?:去|到)[^，。！？,!?]{1,6}?(?:看|查|找)",
        "“自己去查”把事情推给顾客",
        "'Go and look it up yourself' pushes the work onto the customer",
        check=_ordered,
    ),
    _curt(
        "去问|去找|去查|去联系|去咨询",
        2,
        r"(?:你|妳)(?:就)?去(?:问|找|查|联系|咨询)",
        "“你去问”像在打发顾客",
        "'Go and ask' brushes the customer off",
        check=_ordered,
    ),
    _curt(
        "听不|看不|不识字",
        2,
        r"(?:你|妳|您)?(?:是)?(?:听不懂|看不懂|听不明白|看不明白|不识字)(?:吗|么|嘛|啊)?",
        "反问顾客“听不懂吗”有指责意味",
        "Asking 'don't you understand?' blames the customer",
    ),
    _curt(
        "懂了|明白了",
        2,
        r"(?:听|看)?(?:懂|明白)了(?:吧|没|没有)",
        "“听懂了吧”居高临下",
        "'Got it now?' talks down to the customer",
        check=_not_polite_question,
    ),
    _curt(
        "没看",
        2,
        r"(?:你|妳)?(?:是)?(?:没看到|没看见)(?:吗|么|嘛)",
        "反问顾客“没看到吗”有指责意味",
        "Asking 'didn't you see it?' blames the customer",
        check=_not_polite_question,
    ),
    _curt(
        "说了|说过|讲了|讲过|告诉|回复|解释",
        7,
        r"(?:我)?不是(?:已经|都|早就)?(?:跟|和|给)?(?:你|您|妳)?(?:说|讲|告诉|回复|解释)(?:过)?(?:你|您|妳)?了(?:吗|嘛|么)?",
        "“不是说了吗”显得不耐烦",
        "'Didn't I tell you?' sounds impatient",
    ),
    _curt(
        "说了|说过|讲了|讲过|告诉过",
        6,
        r"(?:已经|都|早就|我)(?:跟|和|给)?(?:你|您)?(?:说|讲|告诉(?:你|您|妳)?)过(?:你|您|妳)?"
        r"(?:了|(?:很多|好几|多少|无数|N|几|两|三)(?:次|遍))"
        r"|(?:(?:跟|和|给)(?:你|您|妳))?(?:说|讲|告诉(?:你|您|妳)?)了(?:多少|几|很多|好几|无数)(?:遍|次)",
        "“说过了”显得不耐烦",
        "'I already said so' sounds impatient",
        check=not_question,
    ),
    _curt(
        "好了|就是了|按我|照我|照着我|按着我|照著我|按著我|按照我",
        6,
        r"(?:你|妳)?(?:放心|等[着著]?|拍|买|用|退|看)(?:好了|就是了)(?![吗么嘛])"
        r"|(?:按|照)(?:着|著|照)?(?:我|我们)(?:说|讲|教|写|发|给|告诉(?:你|您|妳)?)的(?:步骤|方法|流程|链接|教程)?(?:去)?(?:做|来|操作|弄|办)?(?:就行|就好|就可以|就是|就对)?了?",
        "“放心好了/按我说的做”是在命令顾客",
        "'Just do as I say' orders the customer around",
        check=_not_softened,
    ),
    # How many times we said it: 我都解释三遍了, 说过很多遍了.
    _curt(
        "遍|次",
        12,
        r"(?:说|讲|告诉|解释|回复|回答|强调|提醒)(?:过|了)?(?:你|您|妳)?(?:好多|很多|好几|多少|无数|N|几|两|三|四|五|[0-9]+)(?:遍|次)(?:了)?",
        "“说过很多遍了”显得不耐烦",
        "'I have said it many times' sounds impatient",
        check=not_question,
    ),
    # 上面不是写着吗: the page as a rebuke.
    _curt(
        "写着|写著|写了|写过|标着|标著|标了|注明|写明|标明",
        4,
        r"不是(?:都|已经)?(?:写[着著]|写了|写过|标[着著]|标了|注明了|写明了|标明了)(?:的)?(?:吗|么|嘛)",
        "“不是写着吗”有指责意味",
        "'Isn't it written there?' blames the customer",
    ),
    _curt(
        "等着|等著|慢慢等|等就是",
        2,
        r"(?:你|妳)?(?:就)?等[着著](?:吧|就行|就好|就是了)|慢慢等吧|等就是了",
        "“等着吧”显得冷淡",
        "'Just wait' sounds cold",
        "请您耐心等待一下哦",
    ),
    # 已经跟您说了 / 刚才都讲过了: the agent's patience running out.
    _curt(
        "说了|讲了|说过|讲过|告诉|解释过|强调过",
        8,
        r"(?:已经|都|早就|刚才|刚刚)(?:跟|和|给|同)?(?:你|您|妳)?(?:说|讲|告诉|解释|强调)(?:过)?(?:你|您|妳)?了"
        + CLAUSE_END,
        "“已经跟您说了”显得不耐烦",
        "'I told you already' sounds impatient",
        check=not_question,
    ),
    # Counting the customer's questions: 回答第三遍了, 第几次问了.
    _curt(
        "第",
        0,
        r"第(?:几|[一二三四五六七八九十两0-9]+)(?:遍|次|回)",
        "数顾客问了几遍显得不耐烦",
        "Counting how often the customer asked sounds impatient",
        check=_counts_asking,
    ),
    # 不是说过…吗: a rhetorical question about what was said before.
    _curt(
        "说过|讲过|告诉过|写过",
        8,
        r"不是(?:已经|都|早就)?(?:跟|和|给)?(?:你|您|妳)?(?:说|讲|告诉|写)过[^。！？!?\n]{0,20}?(?:吗|么|嘛|[？?])",
        "“不是说过…吗”显得不耐烦",
        "'Didn't I say…?' sounds impatient",
    ),
    # 行行行 / 好好好 / 知道了知道了: a repeated yes that means "stop".
    _curt(
        "行行|好好|是是|对对|行，行|好，好|是，是|对，对|知道了知道了|知道了，知道了",
        0,
        r"(行|好|是|对|知道了)(?:，?\1){2,}(?![的看听用玩吃])",
        "连声“行行行”显得不耐烦",
        "A repeated 'fine, fine, fine' sounds impatient",
        check=_at_clause_head,
    ),
    # 我哪知道 / 我哪记得: a rhetorical question pushing the customer's question back.
    _curt(
        "哪知|哪记|哪晓|哪清|哪里|怎么知|怎么记|怎么晓|怎么清",
        2,
        r"(?:我|我们)(?:哪|哪里|怎么)(?:知道|记得|晓得|清楚)",
        "“我哪知道”是在反问顾客",
        "'How would I know?' throws the question back at the customer",
    ),
    # 自己看清楚再下单 / 想清楚了再来问: told to come back when they have done their homework.
    _curt(
        "清楚再|清楚了再|清楚后再",
        4,
        r"(?:自己)?(?:看|想|弄|搞|问)清楚(?:了)?(?:再|后再)(?:来)?(?:下单|拍|买|购买|问|找|咨询)",
        "“自己看清楚再下单”是在教训顾客",
        "'Read it properly before ordering' lectures the customer",
        check=_lecturing,
    ),
    # 下次长点心 / 下次看清楚再拍: lecturing the customer about their next purchase.
    _curt(
        "下次|长点心",
        0,
        r"(?:下次|以后)(?:买东西|购买|下单|拍)?(?:[^，。！？,!?]{0,4}?)(?:长点心|注意点|注意一点|看清楚(?:点|一点)?(?:再)?|仔细点|别再|不要再)"
        r"|长点心",
        "“下次长点心”是在教训顾客",
        "'Be more careful next time' lectures the customer",
        check=_not_softened,
    ),
    _curt(
        "爱买不买|不买|爱要不要|随便你|随便您|随便妳|随你|随您|你爱怎么|想怎样|想怎么样|你到底|你问我我问谁|我怎么知道|烦不烦|有完没完|问了|投诉|看着办|看著办|爱咋咋"
        "|啰嗦|啰唆|罗嗦|烦人|事多|事儿多|矫情|无理取闹|找茬|找碴|胡搅蛮缠|烦我|吵|闹|买不起|打肿脸|嘴巴干净",
        5,
        r"爱买不买|不买拉倒|不买就算了|爱要不要|随便(?:你|您|妳)(?![挑选看])|随(?:你|您)便|随你吧|你爱怎么"
        r"|(?:你|您|妳)(?:到底)?想怎(?:么)?样|你到底(?:想|要)"
        r"|你问我我问谁|我怎么知道|烦不烦|有完没完|别问了|(?:不要|别)再问了|(?:那)?你(?:就)?去投诉(?:吧)?"
        r"|看[着著]办|爱咋咋"
        r"|(?:你|妳|您)(?:真|太|好|很)?(?:啰嗦|啰唆|罗嗦|烦人|事多|事儿多|矫情)|(?:真|太|好)(?:啰嗦|啰唆|罗嗦|烦人|事多|矫情)"
        r"|无理取闹|找茬|找碴|胡搅蛮缠"
        r"|(?:别|不要)(?:啰嗦|罗嗦|啰唆|烦我|吵|闹)|买不起|打肿脸充胖子|嘴巴干净",
        "这是冒犯顾客的说法",
        "This wording offends the customer",
    ),
)
