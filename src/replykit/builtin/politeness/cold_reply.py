"""cold-reply: a short reply with no address and no softener: one cold word (嗯, 好, 知道了 -> a warm
form, safe), a bare status or answer (已处理, 好的收到, 没有, 行吧: advice), a bare 请耐心等待 at the
end of a reply (-> 请您耐心等待哦, unsafe)."""

from __future__ import annotations

import re

from replykit.convert import in_draft_script
from replykit.draft import Draft
from replykit.hookspecs import Report
from replykit.rules import Example, rule
from replykit.scan import Prefiltered, lazy_compile

COLD = rule(
    "cold-reply",
    severity="warning",
    fix="safe",
    description="A short unaddressed, unsoftened reply (嗯, 好, 已处理, 好的收到, 没有, 请耐心等待) sounds impatient.",
    description_zh="简短、没有称呼也没有语气词的回复（嗯、好、已处理、好的收到、没有、请耐心等待），显得不耐烦。",
    zh="简短又没有称呼和语气词的回复显得冷淡敷衍，换成更热情的说法",
    en="A short reply with no address and no softening sounds cold and dismissive; use a warmer form",
    examples=[
        Example("嗯", "嗯嗯"),
        Example("好。", "好的呢。"),
        Example("哦！", "好的呀！"),
        Example("知道了", "好的，了解啦"),
        Example("對", "對的呢"),
        Example("已处理"),
        Example("好的收到。"),
        Example("没有"),
        Example("行吧"),
        Example("已记录，已反馈"),
        Example("处理了"),
        Example("发货了。"),
        Example("在处理"),
        Example("没货了"),
        Example("没有了"),
        Example("没了"),
        Example("收到，等通知"),
        Example("已发"),
        Example("改不了。"),
        Example("不一定"),
        Example("是的 不会"),
        Example("哦，好"),
        Example("冇"),
        Example("冇喎"),
        Example("拍吧"),
        Example("取消吧。"),
        Example("已登记"),
        Example("=="),
        Example("。。。"),
        Example("退货申请已驳回"),
        Example("审核未通过。"),
        Example("不包邮"),
        Example("没空"),
        Example("冇货"),
        Example("没收到"),
        Example("稍等"),
        Example("等着。"),
        Example("明天"),
        Example("发截图"),
        Example("又有问题？"),
        Example("已转给技术部。"),
        Example("收到，会处理。"),
        Example("优惠券已过期，具体规则请参阅活动页。"),
        Example("审核没通过，原因见短信通知。"),
        Example("按公司规定处理。"),
        Example("工单已建，依程序办理，等候通知。"),
        Example("嗯，收到，会注意。"),
        Example("以后会改正"),
        Example("您好，您的意见我们已收到。"),
        Example("收到你的留言了，会考虑的"),
        Example("已发出，请自行跟踪物流。"),
        Example("参数校验失败"),
        Example("提交失败"),
        Example("抱歉，暂时查不到，请换别的渠道。"),
        Example("请去客服中心查找答案"),
        Example("包裹中转滞留，请您谅解"),
        Example("具体颜色差异请您参考详情页。"),
        Example("按规定走。"),
        Example("已记下，会尽快回复"),
        Example("我们也没办法"),
        Example("尽力而为"),
        Example("已上报，等答复"),
        Example("没法了"),
        Example("请自助处理。"),
        Example("线路繁忙，请稍等"),
        Example("下雨了，改天再来吧"),
        Example("请耐心等待", "请您耐心等待哦"),
        Example("您的订单已提交成功，请耐心等待。", "您的订单已提交成功，请您耐心等待哦。"),
    ],
    clean=[
        "嗯嗯",
        "好的",
        "好的呢",
        "嗯，这边马上为您处理",
        "哦哦",
        "已为您处理好啦",
        "没有的呢亲",
        "好的收到~",
        "已经给您退款了，请耐心等待到账哦",
        "非常抱歉让您久等了，请耐心等待",
        "已发货，单号[订单x]",
        "不客气",
        "处理好了哦",
        "已经发货了，您注意查收",
        "有货的，亲",
        "在处理了，请您稍等哦",
        "嗯嗯好的",
        "不客气",
        "没关系的",
        "没问题，马上安排",
        "不好意思",
        "已经介入处理了，稍后给您回复",
        "好好好的呢",
        "可以的亲",
        "退货申请已通过，请您留意退款哦",
        "已为您取消订单",
        "订单已进入配送环节，明天送达",
        "~~",
        "不要紧的",
        "这边暂时没有的呐",
        "现在暂时没活动",
        "没收到的话联系我",
        "不用的",
        "么么哒",
        "嗯嗯好滴",
        "好不好用",
        "一组两包的",
        "要换货吗",
        "我帮您换",
        "放心哦",
        "感谢支持",
        "欢迎下次再来",
        "已转给技术部，晚上八点前给您答复",
        "会处理的，您放心",
        "这款停产了，给您推荐新款",
        "没有了，因为是限量款",
        "不能退",
        "不客气，应该的",
        "没事，不要紧",
        "今天不发的话，明天一早发",
        "没问题，马上安排",
        "今天约满了，明天可以吗？",
        "不会掉色",
        "具体规则请参阅活动页，有疑问随时问我哦",
        "工单已建，依程序办理，今晚前回电话给您。",
        "非常抱歉，原因见短信，我帮您再确认一下",
        "没有异味",
        "随便看看！",
        "欢迎随便逛逛",
        "已核对，地址没有错误",
        "提交失败的话请您截图给我，我帮您看看",
        "抱歉没有找到答案，我为您转人工客服",
        "包裹中转滞留，给您带来不便，请您谅解",
        "非常抱歉，配送延误了，请您谅解",
        "本店不接待宠物，请见谅",
        "您好，您的意见我们已收到，马上为您处理",
        "收到您的反馈了，谢谢您哦",
        "已发出，请自行跟踪物流哦",
        "已发出，单号发您了，有问题随时找我",
        "具体颜色差异请您参考详情页哦",
        "不一定包邮，具体看距离可以再谈。",
        "具体价格请查看活动页。",
        "打包的同事出错",
        "是的，按照行业规定执行。",
        "马上发货",
        "非常抱歉，客服忙碌中，请您稍候哦",
        "抱歉今天停电了，明天再为您办理",
        "立即补寄",
        "没办法的话我们帮您换一个",
        "我们会尽力帮您争取的呢",
        "已收到您的咨询，马上为您处理",
        "不方便的话可以先自助查询，也可以找我帮您",
    ],
)

_WARM = {
    "嗯": "嗯嗯",
    "恩": "嗯嗯",
    "好": "好的呢",
    "好吧": "好的呢",
    "行": "好的呢",
    "哦": "好的呀",
    "噢": "好的呀",
    "喔": "好的呀",
    "知道了": "好的，了解啦",
    "知道": "好的，了解啦",
    "明白": "好的，明白啦",
    "明白了": "好的，明白啦",
    "了解": "好的，了解啦",
    "可以": "可以的呢",
    "是": "是的呢",
    "对": "对的呢",
    "有": "有的呢",
    "在": "在的呢",
    "收到": "收到啦",
    "ok": "好的呢",
}
# Only the Latin words ignore case ((?i:ok)): re.I on a whole pattern makes re fold every
# character of each CJK range when it compiles it, which "import replykit" pays for.
# A leading 但是 is still a one-word answer: the but plugin drops it in the same pass, and a
# second pass must not find a cold reply the first one left (safe fixes are idempotent).
_COLD = lazy_compile(
    r"\s*(?:(?:但是|可是|不过|但(?!是))[，,\s]*)?("
    + "|".join(f"(?i:{w})" if w.isascii() else w for w in sorted(_WARM, key=len, reverse=True))
    + r")\s*[。.!！~～…]*\s*"
)


# A short answer judged by its shape: every unit of it (split at punctuation and spaces, or run
# together) is a bare answer, with no 您/亲, no particle, no thanks.  A bare answer is an
# acknowledgement (嗯, 好, 收到, 得), a yes or no (是, 有, 没有, 冇), a negated predicate with
# nothing after it (不能, 不一定, 改不了), a bare status with no subject (已发, 处理了, 在处理,
# 没货了), a bare go-ahead (拍吧).  Not a closed list of replies: the verb in each slot is open.
_CJK = r"[\u4e00-\u9fff]"
_ACK = (
    r"(?:好的?|嗯+|恩+|哦+|噢|喔|行吧?|好吧|得|(?i:ok)|收到了?|了解了?|明白了?|知道了?|可以|是的?|对的?|有的?|在的?"
    r"|冇|无|没有?了?)"
)
# A negated modal or yes/no word with no verb after it (不能, 不行, 不一定, 唔得): 不能退 has its
# verb and is a refusal (negative's); the courtesies (不客气, 没关系) and 不知道 are not here.
_NEGATED = r"(?:不|唔|没|冇)(?:能|行|会|可以|用|要|需要|是|对|一定|确定|得|必要?|准|够|在)|(?:没|冇)(?:空|时间)"
# A bare negated verb phrase as the answer (不开票, 不包邮): no subject, no reason, nothing after;
# the courtesies (不客气, 不好意思, 不要紧, 不谢, 不急) are not answers of this kind.
_BARE_NO = r"(?:不|唔)(?!客气|好意思|要紧|谢|急|着急|辛苦|累|麻烦|会|用|能|行|是|对|可|一|确|必)" + _CJK + r"{1,2}"
_CANNOT = _CJK + r"{1,2}(?:不了|不到|不来)"
_STATUS = (
    r"(?:已经?|都)(?!经)" + _CJK + r"{1,3}?了?"
    r"|(?:正在|在)?" + _CJK + r"{1,2}?(?:好|完)?(?:了|中)"
    r"|(?:正在|在)(?![吗么])" + _CJK + r"{1,2}"
    r"|(?:没有?|缺|有|冇|无)(?:货|库存|现货)了?|等(?:通知|消息|回复|答复|结果)"
    r"|(?:没有?|冇|未)(?:看到|收到|找到|查到|看见|听到|到)"
    # Passed on, with the department and nothing else (已转给技术部, 已上报主管).
    r"|已经?(?:转交|转给|转到|反馈|反馈给|提交|提交给|上报|通知|交给)" + _CJK + r"{1,5}"
    # A promise with no time and no address (会处理, 下次注意, 看到就回).
    r"|(?:(?:下次|以后)(?:会|一定)?|会|看到(?:会|就))(?:尽快)?(?:处理|跟进|安排|注意|考虑|回复|回|改进|改正|改善|反馈)(?:的)?"
    # Procedure, helplessness or effort and nothing else (按流程走, 我也没办法, 我们尽力); a bare
    # 无法处理 is a refusal (the sets label it so), not here.
    r"|(?:按|依|按照|依照)(?:流程|规定|程序|规矩)(?:走|办|办理|处理|来)(?:中)?"
    r"|(?:我|我们)?(?:也)?(?:没有?|冇)(?:办法|法子|法)(?:了)?(?:啊)?"
    r"|(?:我|我们)?(?:会)?尽力(?:而为)?(?:了)?"
    # Sent off till later, or told we are busy (明天再来吧, 改天再说, 正在忙碌，请稍候).
    r"|(?:明天|改天|下次|过两天|晚点|回头)再(?:来|说|问|联系|打)(?:吧)?"
    r"|(?:正在|在)?(?:忙碌|忙线|忙)(?:中)?|(?:请)?稍(?:候|等)"
)
_GO_AHEAD = _CJK + r"{1,2}吧"
_UNIT = r"(?:" + "|".join((_ACK, _CANNOT, _NEGATED, _BARE_NO, _STATUS, _GO_AHEAD)) + r")"
# Units run together only when the next is an acknowledgement (好的收到); 已经介入处理了 is one
# status too long to be bare, not two.
_SHORT = lazy_compile(
    r"\s*" + _UNIT + r"(?:[，,。.、\s]+" + _UNIT + r"|[，,。.、\s]*" + _ACK + r"){0,2}(?:喎|㖞|啰|囉)?\s*[。.!！…]*\s*"
)
# A status with its subject and nothing else (退款申请已驳回, 订单已取消, 审核未通过): a system
# message, not a reply. The subject names a thing (no 您/我/亲), the status is a short verb.
_STATUS_LINE = lazy_compile(
    r"\s*(?![^。.!！]*[您你妳我亲是还])" + _CJK + r"{1,6}?(?:已经?|已被|未|尚未)" + _CJK + r"{1,3}?了?\s*[。.!！]*\s*"
)
# A whole reply of a few characters with no address, no particle, no courtesy and no negation
# (稍等, 等着, 明天, 发截图, 有问题？): too short to be anything but a brush-off. A negation is a
# refusal (negative's), a 的 or 吗/呢 ending softens or asks (不用的, 申请换吗), and a line a curt
# or blame rule has already marked needs no second finding.
_TINY_MOST = 4
_TINY = lazy_compile(r"\s*(?![不无唔冇没別别])(?:[\u4e00-\u9fff]|[A-Za-z]+){1,4}\s*[。.!！?？…]*\s*")
_TINY_NOT = lazy_compile(
    r"[的吗么呢嘛哒滴]\s*[。.!！?？…]*\s*$|谢|客气|关系|抱歉|不好意思|对不起|辛苦|欢迎|再见|拜拜|早安|晚安|好的|放心|没问题|我"
    r"|马上|立刻|立即|这就|尽快"  # 马上退款: an action at once answers
    r"|([\u4e00-\u9fff])[不没]\1"  # 能不能行: an A-not-A question
    r"|(?!等)([\u4e00-\u9fff])\2"  # 随便看看: a doubled verb invites (not 等等, a brush-off)
    r"|^\s*[\u4e00-\u9fff]\s*[?？]"  # 好？ checks the customer agrees
)
# A short notice that ends by pointing elsewhere or at procedure (具体规则请参阅活动页, 原因见
# 短信通知, 按公司规定处理, 依程序办理，等候通知): the customer is handled, not answered.
_POINTER = lazy_compile(
    r"(?:(?:(?:详情|原因|具体(?:原因|规则|说明|情况)?)(?:请)?(?:见|查阅|参见|参阅|详见|以)"
    # a reply that sends the customer to the page for the rest (具体…问题请您关注商品页面)
    r"|具体[^，,。！？!?\n]{0,10}?请您(?:关注|查看|参考|参阅|查阅))[^，,。！？!?\n]{1,14}"
    r"|(?:依|按|按照|依照)[^，,。！？!?\n]{0,6}(?:规定|流程|规则|程序)(?:办理|处理|执行)(?:[，,]\s*(?:请)?(?:等待|等候)通知)?"
    r"|(?:请)?(?:等待|等候)通知"
    # a status, then the customer left to follow it up alone (已寄出，请自行查询)
    r"|(?:请)?自行(?:查询|留意|关注|跟踪|追踪)[^，,。！？!?\n]{0,8})\s*[。.!！]*\s*$"
)
# A yes given first (有的，按国家规定执行): the pointer gives the basis of an answer, not a brush-off.
_ANSWERED_FIRST = lazy_compile(r"\s*(?:有的|是的|对的|可以的|会的|能的|有|是|可以)[，,]")
# Tried only where a match can begin (the optional 请 in front keeps re from skipping ahead).
_POINTERS = Prefiltered(_POINTER, firsts=True)
_POINTER_KIND = lazy_compile(
    "抱歉|不好意思|对不起|感谢|谢谢|多谢|唔该|耐心|为您|帮您|给您|尽快|马上|小时|天内|[呢哦呀啦~～]"
)
# A dead end: the customer told to try something else or to find help themselves (请换别的渠道,
# 请去客服中心查找答案), even after an apology; only an offer (为您, 转人工, a time) exempts it.
_DEAD_END = lazy_compile(
    r"(?:请(?:您)?)?(?:(?:尝试|试试|换|改用)(?:其他|其它|别的)(?:方式|方法|途径|渠道|办法)"
    r"|(?:去|到|前往)[^，,。！？!?\n]{1,8}?(?:寻找|获取|查找)(?:帮助|答案)"
    r"|(?:建议|请)?(?:自助|自行)(?:解决|处理|排查))\s*[。.!！]*\s*$"
)
_DEAD_ENDS = Prefiltered(_DEAD_END, firsts=True)
_DEAD_END_OFFER = lazy_compile("为您|帮您|给您|马上|立即|小时|天内|转人工|[呢哦呀啦~～]")
# A bare system error shown as the reply (参数校验失败 / 提交失败): no address, no request, no
# apology; 没有错误 reassures.
_ERROR = lazy_compile(
    r"\s*(?:[^，,。！？!?\n您你亲请]{1,12}[，,:：]?\s*)?[^，,。！？!?\n您你亲请]{0,8}?(?<![没不无])(?<!没有)"
    r"(?:错误|失败|异常|无效)(?:了)?\s*[。.!！]*\s*"
)
_ERROR_MOST = 20
# A status, then 请您谅解 with no apology, no thanks and no particle (配送延误，请您谅解): the
# customer is asked to accept it, not apologised to.
_EXCUSE = lazy_compile(r"\s*[^，,。！？!?\n不无没未]{2,12}[，,]\s*(?:请|敬请)(?:您)?(?:谅解|理解)\s*[。.!！]*\s*")
_EXCUSE_KIND = lazy_compile("抱歉|歉|不便|不好意思|对不起|感谢|谢谢|辛苦|久等|为您|帮您|给您|[呢哦呀啦~～]")
# A receipt and nothing else (您好，您的问题我们已收到 / 收到你的反馈了，会注意的): told that it
# arrived, with no action, no time and no softener; 已收到，马上为您处理 answers.
_RECEIPT = lazy_compile(
    r"\s*(?:您好[，,：:]?\s*)?(?:(?:您|你|妳)的)?(?:问题|反馈|留言|消息|信息|意见|建议|申请|诉求|咨询)?(?:我们|这边)?"
    r"(?:已经?)?(?:收到|记录|登记)(?:(?:您|你|妳)的(?:问题|反馈|留言|消息|信息|意见|建议|申请|咨询))?(?:了)?"
    r"(?:[，,]\s*(?:会|我们会)(?:注意|考虑|处理)的?)?\s*[。.!！]*\s*"
)
_RECEIPT_MOST = 24
# A busy notice and nothing else (正在忙碌，请稍候 / 坐席繁忙，请稍等): 请 alone does not warm it.
_BUSY = lazy_compile(
    r"\s*(?:客服|人工|坐席|人工坐席|线路|我们)?(?:正在|在|都在)?(?:忙碌|忙线|繁忙|忙)(?:中)?[，,]\s*(?:请)?(?:稍候|稍等)(?:片刻)?"
    r"\s*[。.!！]*\s*"
)
# Punctuation and nothing else (==, 。。。, ?): no words at all; ~ is warm, not here.
_MARKS_ONLY = lazy_compile(r"\s*(?=\S*[=。.…?？])[=。.…?？!！,，、\-_*/]+\s*")
_INTERJECTION = lazy_compile(r"\s*(?:哦+|噢|喔)[，,。.!！\s]+")  # 哦，好: 哦 the interjection, not the particle
_SHORT_MOST = 12
# Alone, these already sound attentive (嗯嗯 and 好的 are warm, 嗯 and 好 are not); a doubled
# acknowledgement (嗯嗯, 好哒) warms the whole reply (嗯嗯好的).
_FINE_ALONE = lazy_compile(r"\s*(?:好的|嗯嗯+|恩恩+|哦哦+|是的|对的|有的|在的|可以的)\s*[。.!！…]*\s*")
_DOUBLED = lazy_compile(r"嗯嗯|恩恩|哦哦|好哒|好滴|好嘞|好咧")
_WARMTH = lazy_compile(
    "您|你|妳|亲|呢|哦|呀|啦|哈|嘛|哟|噢|喔|~|～|感谢|谢谢|多谢|唔该|(?<!申)请|麻烦|为您|给您|帮您|[\U0001f300-\U0001faff]"
)
# 请耐心等待 closing a reply with nothing warm around it (no 呢/哦, no apology, no thanks).
_WAIT = lazy_compile(r"(?<!还)请耐心等待(?:一下)?(?=[。.!！]*\s*$)")
_WAIT_MOST = 40  # a short notice that ends on it; a long explanation has said enough
_KIND = lazy_compile("抱歉|不好意思|对不起|久等|感谢|谢谢|辛苦|理解|呢|哦|呀|啦|~|～|为您|帮您|给您")
_WAIT_WARM = "请您耐心等待哦"


def _past_interjection(norm: str) -> int:
    m = _INTERJECTION.match(norm)
    return m.end() if m else 0


def _text_start(norm: str) -> int:
    """Where the reply's text begins, past leading blanks."""
    return len(norm) - len(norm.lstrip())


def _text_end(norm: str, marks: str) -> int:
    """Where the reply's words end, before trailing blanks and closing marks."""
    return len(norm.rstrip().rstrip(marks))


def check_cold(draft: Draft, report: Report, rebuked: bool = False) -> None:
    """``rebuked``: a curt or blame finding already marks the draft (说重点。 is curt, not cold)."""
    norm = draft.norm
    if len(norm) > _WAIT_MOST:
        return  # every cold form here is a short reply
    m = _COLD.fullmatch(norm)
    if m:
        s, e = m.span(1)
        report(COLD, s, e, [in_draft_script(_WARM[m.group(1).lower()], draft.is_traditional)])
        return
    short = len(norm.strip()) <= _SHORT_MOST
    if short and (_MARKS_ONLY.fullmatch(norm) or _STATUS_LINE.fullmatch(norm)) and not _WARMTH.search(norm):
        s = _text_start(norm)
        e = len(norm.rstrip())
        report(COLD, s, e if _MARKS_ONLY.fullmatch(norm) else _text_end(norm, "。.!！…"), fix=None)
        return
    if (
        short
        and not rebuked
        and _SHORT.fullmatch(norm)
        and not _WARMTH.search(norm, _past_interjection(norm))
        and not _FINE_ALONE.fullmatch(norm)
        and not _DOUBLED.search(norm)
    ):
        s = _text_start(norm)
        e = _text_end(norm, "。.!！…")
        report(COLD, s, e, fix=None)
        return
    if (
        not rebuked
        and len(norm.strip()) <= _TINY_MOST + 2
        and _TINY.fullmatch(norm)
        and not _WARMTH.search(norm)
        and not _TINY_NOT.search(norm)
        and not _FINE_ALONE.fullmatch(norm)
        and not _DOUBLED.search(norm)
    ):
        s = _text_start(norm)
        report(COLD, s, _text_end(norm, "。.!！…?？"), fix=None)
        return
    if (
        len(norm.strip()) <= _RECEIPT_MOST
        and _RECEIPT.fullmatch(norm)
        and not _WARMTH.search(re.sub("[您你妳]", "", norm))  # an address alone warms no receipt
    ):
        s = _text_start(norm)
        report(COLD, s, _text_end(norm, "。.!！"), fix=None)
        return
    if _BUSY.fullmatch(norm) and not _EXCUSE_KIND.search(norm):
        report(COLD, _text_start(norm), _text_end(norm, "。.!！"), fix=None)
        return
    d = _DEAD_ENDS.search(norm)
    if d and not _DEAD_END_OFFER.search(norm):
        report(COLD, d.start(), _text_end(norm, "。.!！"), fix=None)
        return
    if len(norm.strip()) <= _ERROR_MOST and (
        (_ERROR.fullmatch(norm) and not _WARMTH.search(norm))
        or (_EXCUSE.fullmatch(norm) and not _EXCUSE_KIND.search(norm))
    ):
        s = _text_start(norm)
        report(COLD, s, _text_end(norm, "。.!！"), fix=None)
        return
    p = _POINTERS.search(norm)
    if p and not _POINTER_KIND.search(norm) and not _ANSWERED_FIRST.match(norm):
        report(COLD, p.start(), _text_end(norm, "。.!！"), fix=None)
        return
    w = _WAIT.search(norm) if "耐心等待" in norm else None
    if w and not _KIND.search(norm):
        report(COLD, w.start(), w.end(), [in_draft_script(_WAIT_WARM, draft.is_traditional)], fix="unsafe")
