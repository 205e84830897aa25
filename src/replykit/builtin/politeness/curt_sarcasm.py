"""curt-sarcasm: sarcasm and rhetorical questions aimed at the customer: 又不是…, 难道您…吗,
你倒不耐烦了, 您就不能…吗 (advice)."""

from __future__ import annotations

import re

from replykit.builtin.politeness.phrases import CLAUSE_END, CUSTOMER, OFFER, phrase
from replykit.draft import Draft
from replykit.rules import Example, rule

SARCASM = rule(
    "curt-sarcasm",
    severity="warning",
    fix=None,
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
    ],
    clean=[
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
    ],
)

_RHETORIC_END = re.compile(r"[^。！？!?\n]{0,30}?(?:吗|么|嘛)?[？?]|[^。！？!?\n]{0,30}?(?:吗|么|嘛)")
_OWNING = re.compile(r"(?:您|你|妳|买家|顾客)的(?:错|问题|责任)")


_MADE_YOU = re.compile(r"我们?(?:让|叫|逼|求|要)")


def _not_owning(draft: Draft, m: re.Match[str]) -> bool:
    """这又不是您的错: taking the blame off the customer, kind; 又不是给您一个人用的: sarcasm."""
    _s, e = draft.clause_at(m.start())
    if _OWNING.search(draft.norm, m.end(), e) or OFFER.search(draft.norm, e):
        return False  # 又不是很麻烦的事，我帮您弄: a reassurance the next clause backs with help
    # 又不是我的错 denies fault (blame's to judge); 又不是我让你买的 mocks the customer's choice.
    return not draft.norm.startswith("我", m.end()) or _MADE_YOU.match(draft.norm, m.end()) is not None


_ANSWERED = re.compile(r"[^。！!？?\n]{0,20}[？?]\s*(?:因为|是因为|就凭|凭|由于)")


def _not_self_answered(draft: Draft, m: re.Match[str]) -> bool:
    """凭什么给您退 challenges the customer; 凭什么这么便宜？因为… asks in order to answer."""
    return _ANSWERED.match(draft.norm, m.end()) is None


def _at_head(draft: Draft, m: re.Match[str]) -> bool:
    """自己不会看吗 opens its clause (after 你/那 at most); 我们这边不会查吗 is something else."""
    s, _ = draft.clause_at(m.start())
    return draft.norm[s : m.start()].strip() in ("", "那", "你", "妳", "难道", "难道你", "那你")


def _no_help_after(draft: Draft, m: re.Match[str]) -> bool:
    """…不就行了 mocks; 不就行了吗？我帮您改一下 is a suggestion that comes with help."""
    return not OFFER.search(draft.norm, m.end())


def _asks_the_customer(draft: Draft, m: re.Match[str]) -> bool:
    """难道 + the customer + a question: 难道您不检查吗; 难道是快递送错了 wonders about a cause."""
    _, e = draft.sentence_at(m.start())
    tail = draft.norm[m.end() : e]
    return re.match(CUSTOMER, tail) is not None and _RHETORIC_END.match(draft.norm, m.end()) is not None


def _not_ours(draft: Draft, m: re.Match[str]) -> bool:
    """这么简单都不会 is said of the customer; 我们都不知道 is the agent's own admission."""
    s, _ = draft.clause_at(m.start())
    return re.search("我|这边|小妹|客服", draft.norm[s : m.start()]) is None


def _alone_in_clause(draft: Draft, m: re.Match[str]) -> bool:
    """不然呢 / 又来了 as a clause of its own at the head of a sentence."""
    s, e = draft.clause_at(m.start())
    return not draft.norm[s : m.start()].strip() and not draft.norm[m.end() : e].strip("，,。.!！?？~～ ")


_CARELESS_END = re.compile(r"[^，。！？,!?\n]{0,12}?(?:的)?(?:吗|么|嘛|[？?])")


def _careless_customer(draft: Draft, m: re.Match[str]) -> bool:
    """您买之前不看…的吗 / 下单时都不看…吗: a rhetorical question about the customer's care; 您不看一下吗
    and 您没看到短信吗？我帮您… are real questions."""
    if draft.norm.startswith(("一下", "下", "到", "见"), m.end()):
        return False
    if OFFER.search(draft.norm, m.end()):
        return False
    return _CARELESS_END.match(draft.norm, m.end()) is not None


SARCASM_PHRASES = (
    # 这么简单的操作都不会 / 这都不懂吗 / 咁都唔明: "you cannot even do this".
    phrase(
        SARCASM,
        "都不会|都不懂|都不明白|都不知道|都唔|都看不|都搞不|都弄不",
        12,
        r"(?:这么|这|那么|咁|连)[^，。！？,!?\n]{0,10}?都(?:不|唔|看不|搞不|弄不)(?:会|懂|明白|明|知道|清楚|识)"
        r"(?=[吗么嘛啊呀？?]|\s*$|[，,。！!])",
        check=_not_ours,
    ),
    # 您买之前不看评价的吗 / 下单时都不看尺码表吗: the customer's care questioned.
    phrase(
        SARCASM,
        "不看|没看|不检查|没检查|不注意|没注意|不核对|没核对",
        12,
        r"(?:(?:之前|前|时|的时候)(?:都|就|也)?|都|也)(?:不|没有?)(?:看|检查|注意|核对)",
        check=_careless_customer,
    ),
    phrase(SARCASM, "还怪|还赖|还埋怨", 0, r"还(?:怪|赖|埋怨)(?:我|我们|客服|商家|卖家|店家)"),
    phrase(SARCASM, "了吧", 6, r"(?:这下|这回|现在)?(?:您|你)?(?:满意|高兴|开心|称心)了吧"),
    phrase(SARCASM, "不然呢", 2, r"(?:要)?不然呢", check=_alone_in_clause),
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
        r"|(?<![您会])不会(?:自己)?(?:看|查|读|搜|问|找)[^，。！？,!?]{0,10}?(?:吗|么|嘛)",
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
        r"(?:你|您|妳)(?:们)?(?:还|又|在|瞎)?(?:急|慌|催|吵|闹|嚷|吼|凶)(?:个)?什么(?=[呢啊呀嘛吗]*(?:[，,。！!？?~～\s]|$))",
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
)
