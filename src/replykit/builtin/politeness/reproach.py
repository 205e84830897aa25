"""Whether a 你 is the subject of a reproach: then 您 alone would read as sarcasm.

you-honorific's fix (你 -> 您) is safe only in a sentence that is neutral or friendly.  In a
rebuke (你急什么, 你不懂吗, 你又没说，我怎么知道, 你怎么不早说, 是你自己选错的) the honorific
makes the scolding sound mocking: the sentence has to be rewritten as a whole, so the fix is
held (advice).  The decision is read from the clause that holds 你, starting at 你 (你 as the
subject), and from its words:

* a rhetorical question: 你 + 怎么/为什么 + 不/没/还/又/就/这么… (你怎么不早说), 你…干嘛,
  凭什么, 难道, 你哪有/哪来, or 你 + verb + 什么 ending the clause (你急什么; not 你需要什么颜色,
  where 什么 asks about a thing, nor 你想要什么, an offer of help);
* a negated cognition or ability predicate about the customer: 你不懂/不明白/不会用/没看到/
  看不懂 (not 你不会被扣费, a reassurance; not 你没看错, 你不清楚的地方…, 如果你不明白…, or
  你不明白可以再问我, which goes on to offer help);
* a reproach adverb: 你又没…/你又不… (not 欢迎你又来…), 你还不…？, 你早(说/知道/干嘛/就/该…), 你自己 + a fault or
  a negation (你自己没看清楚; not 你自己决定就好);
* the customer's own fault: 是你/都是你/你自己 … + verb + 错/误 (是你选错了), or a plain
  statement 你选错了 (not 如果你选错了…, 你是不是填错了？, 你可能写错了: a hedge or a condition
  is no rebuke).

Cantonese (HK) builds the same rebukes its own way, and 你 is often their object, so these are
read over the whole sentence: "I told you already" (咪同你讲咗啰, 都话咗你知, 讲咗好多次, 讲咗
俾你听啰), 咪…啰 (isn't it obvious: 咪叫你睇清楚先落单啰), an order to do it yourself (你自己睇啦;
not 你自己拣啦, a choice left to the customer), and per 你 the negators 唔/冇 in the forms above
(你唔识睇咩？, 你睇唔明咩, 你又唔早啲讲, 你仲唔明？, 点解你唔…, 做乜你又…; not 你唔明白可以再问我,
where help follows, nor 我哋讲咗会帮你跟进, a promise recalled).
"""

from __future__ import annotations

from replykit.draft import Draft
from replykit.scan import lazy_compile

# A condition, a hedge or a question about a possibility: the clause says what may be, no rebuke.
_SOFT = lazy_compile(r"如果|假如|要是|若|万一|的话|如需|是不是|是否|可能|也许|好像|应该是|麻烦|请|可以")
# After 你 (a few adverbs may come between).
_ADV = r"(?:是|都|也|就|真的|到底|根本|究竟|倒是|却)?"
_RHETORICAL = lazy_compile(
    _ADV + r"(?:怎么|为什么|为啥|咋)(?:就|都|也)?(?:不|没|还|又|才|总|老|这么|那么|连|能不|会不)"
    r"|[^，。！？,!?]{0,8}?(?:干嘛|干么|干吗|凭什么)|(?:凭什么|难道)|" + _ADV + r"哪(?:里|儿)?(?:有|来|懂|知道)"
)
_COGNITION = lazy_compile(
    _ADV + r"(?:还|也)?(?:不|没)(?:有)?(?:懂|明白|理解|清楚|知道|认识|注意|仔细|看(?:清|到|见)?|听(?:清|到|见)?)"
    r"|" + _ADV + r"(?:还|也)?不会(?=吗|吧|呀|啊|嘛|[？?！!。，,]|$|用|操作|弄|看|设置|安装|查|算)"
    r"|" + _ADV + r"(?:看|听|搞|弄|读)不(?:懂|明白|清|到|见)"
)
_ADVERB = lazy_compile(r"又(?:没|不)|还不(?=[^，。！？,!?]*[？?！!])|早(?:说|知道|干|就|该|应该|不|没)")
_SELF_FAULT = lazy_compile(r"自己[^，。！？,!?]{0,8}?(?:错|误|没|不(?!用|必|客气)|问题|原因|责任|疏忽|粗心|不小心)")
# The customer's own slip: 选错, 填错, 拍错, 搞错 … (not 没有看错: the customer is right)
_SLIP = lazy_compile(r"[^，。！？,!?]{0,6}?(?<![没不有未])[选挑拣填写拍买下点看搞弄输打按][错误]")
_FAULT_LEAD = lazy_compile(r"(?:是|系|都是|就是|怪)$")
# What helps after a 不懂/不明白: 你不明白可以再问我 is an offer, not a rebuke.
_HELP_AFTER = lazy_compile(r"可以|随时|再(?:问|说|解释|讲)|帮|为您|为你|给您|给你|告诉|联系|咨询|解释")
# Verbs whose 什么 asks what the customer wants (an offer of help), not why they do something.
_ASKING = frozenset(
    (
        "要",
        "需要",
        "想",
        "想要",
        "买",
        "选",
        "喜欢",
        "找",
        "咨询",
        "问",
        "有",
        "用",
        "指",
        "是",
        "看中",
        "看上",
        "订",
        "定",
        "叫",
        "称呼",
        "做",
        "吃",
        "补充",
        "了解",
        "关心",
        "担心",
        "遇到",
        "发生",
    )
)
_QUESTION_MARK = lazy_compile("[？?]")
# Cantonese rebukes, read over the sentence (你 is often the object: 咪同你讲咗啰).  Particles:
# 啰/咯/lor (obviously), 啦/喇/㗎 (impatient).
_TOLD = r"(?:讲|话|讲过|话过|讲咗|话咗|同你讲|同你话|叫你|话你知|讲俾你听|话俾你听)"
_CANTONESE_REBUKE = lazy_compile(
    r"咪[^，。！？,!?]{0,10}?" + _TOLD + r"[^，。！？,!?]{0,12}?(?:啰|咯|lor|囖)"  # 咪同你讲咗啰
    r"|都(?:同你|跟你|俾你|畀你)?(?:讲|话)(?:咗|过)"  # 都话咗你知
    r"|(?:讲|话)(?:咗|过)(?:好多|几多|几|[0-9一二三两\ue000]+)(?:次|遍|回)"  # 讲咗好多次
    r"|(?:讲|话)咗(?:俾|畀)?你(?:知|听)(?:啰|咯|lor|㗎啦|㗎喇|啦|喇)"  # 讲咗俾你听啰
    r"|你自己(?!(?:决定|拣|选|钟意|中意|话事|考虑|睇下|睇吓))[^，。！？,!?]{1,6}?(?:啦|啰|咯|lor)(?=[，。！？,!?\s~～]|$)"
)
# After 你: the Cantonese negators in the cognition and reproach forms (你唔识睇咩, 你又唔…).
_CANTONESE_AT = lazy_compile(
    _ADV + r"(?:都|又|仲)?(?:唔识|唔明|冇睇|睇唔明|睇唔到|听唔明|听唔到|唔睇)[^，。！？,!?]{0,6}?(?:咩|吗|呀|啊|[？?])"
    r"|(?:又|仲)(?:唔|冇)|自己(?:唔|冇)"
)
_CANTONESE_WHY = lazy_compile(r"(?:点解|做乜|做咩|做乜嘢|做咩嘢)(?:你)?(?:都|又|仲|唔|冇|咁)")
_CANTONESE_HELP = lazy_compile(r"可以|随时|再问|问返|搵我|帮你|帮您|话你知|教你|我哋会")
_CLAUSE_END = "，。！？,!?~～ \n…"


def reproach_at(draft: Draft, pos: int) -> bool:
    """Whether the 你 at ``pos`` is the subject of a reproach (the sentence is a rebuke)."""
    norm = draft.norm
    cs, ce = draft.clause_at(pos)
    e = draft.sentence_at(pos)[1]
    after = pos + 1
    lead = norm[cs:pos]
    if norm.startswith("们", after):
        after += 1
    ss = draft.sentence_at(pos)[0]
    if _CANTONESE_REBUKE.search(norm, ss, e) or _CANTONESE_WHY.search(norm, max(ss, pos - 4), ce):
        return True
    if _CANTONESE_AT.match(norm, after, ce) and not _CANTONESE_HELP.search(norm, after, e):
        return True
    if _SOFT.search(norm, cs, ce) and not _RHETORICAL.match(norm, after, ce):
        return False
    if _RHETORICAL.match(norm, after, ce) or _ADVERB.match(norm, after, ce):
        return True
    cognition = _COGNITION.match(norm, after, ce)
    if cognition is not None:
        # 你不清楚的地方 (a modifier), 你没看错 (the customer is right), 你不明白，我再给您解释一下
        # (help follows): no rebuke
        if norm.startswith(("的", "错"), cognition.end()):
            return False
        return not _HELP_AFTER.search(norm, cognition.end(), e)
    if _SELF_FAULT.match(norm, after, ce):
        return True
    if _SLIP.match(norm, after, ce):
        return _FAULT_LEAD.search(lead) is not None or not _QUESTION_MARK.search(norm, pos, e)
    return _what_for(draft, after, ce)


def _what_for(draft: Draft, after: int, ce: int) -> bool:
    """你 + verb + 什么 ending the clause: 你急什么 asks why, not what (你需要什么颜色)."""
    norm = draft.norm
    at = norm.find("什么", after, ce)
    if at < 0 or at - after > 4 or (at + 2 < len(norm) and norm[at + 2] not in _CLAUSE_END + "呢啊呀嘛吗"):
        return False
    words = draft.words_in(after, at)
    if not words:
        return False
    verb = words[-1].word
    adverbs = {"还", "又", "在", "再", "都", "瞎", "乱"}
    return verb not in _ASKING and all(w.word in adverbs for w in words[:-1])
