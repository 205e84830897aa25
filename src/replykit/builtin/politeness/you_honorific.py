"""you-honorific: 你/妳 addressing the customer -> 您 (safe); 你们 + an organisation -> 贵 (unsafe);
any other 你们 is advice (您 for one customer, 各位 for a group: the draft alone cannot tell).

Whether 你 is the pronoun is read from the words around it: plain contexts (start of a clause,
after 请/给/为/帮…, before 好/们/的/可以…) need no segmenter; anywhere else the clause is
segmented, and 你 counts unless its word is a loanword or a you-and-me idiom (迷你裙, 你追我赶,
你来我往) or it sits inside a person's name (surname + 你 + given name + 先生/女士, from the
part-of-speech tags). An idiom that addresses someone (如你所愿 -> 如您所愿) is still flagged."""

from __future__ import annotations

from collections.abc import Set as AbstractSet

from replykit.builtin.politeness.common import Quoted
from replykit.builtin.politeness.reproach import reproach_at
from replykit.draft import Draft
from replykit.hookspecs import Report
from replykit.register import cantonese
from replykit.rules import Example, rule
from replykit.scan import lazy_compile

YOU = rule(
    "you-honorific",
    severity="warning",
    fix="safe",
    description="你 addressing the customer; a service reply uses the honorific 您.",
    description_zh="用“你”称呼顾客；客服回复应使用敬称“您”。",
    zh="称呼顾客请用“您”，“你”显得随意、不够尊重",
    en="Address the customer as 您 (polite you); 你 sounds casual",
    examples=[
        Example("退费请联系你们学校老师", None),
        Example("你们几位的订单都已经发出了", None),  # a group: 您 would make it one person
        Example("你好，你的订单已经发出啦", "您好，您的订单已经发出啦"),
        Example("妳好，妳的訂單已經寄出囉", "您好，您的訂單已經寄出囉"),
        Example("{{contact.name}}你好，请问有什么可以帮您？", "{{contact.name}}您好，请问有什么可以帮您？"),
        Example("你们单位的资质需要上传哦", "贵单位的资质需要上传哦"),
        # 你们 alone: one customer (您) or a group (各位, a public apology to regulars), and 您 in
        # front of a noun (您会计) is not said: advice, never a rewrite.
        Example("你们可以先下单哦", None),
        Example("希望能弥补你们的损失", None),
        Example("祝新的一年如你所愿", "祝新的一年如您所愿"),
        # A rebuke keeps its 你 (advice): 您 alone would read as mockery.
        Example("你慌什么，包裹明天就到了", "你慌什么，包裹明天就到了"),
        Example("你不懂吗？详情页写得很清楚", "你不懂吗？详情页写得很清楚"),
        Example("你又没留言要发顺丰，我哪知道", "你又没留言要发顺丰，我哪知道"),
        Example("你怎么不早一点下单呢", "你怎么不早一点下单呢"),
        Example("你早说要发票就好了", "你早说要发票就好了"),
        Example("是你自己填错了门牌号", "是你自己填错了门牌号"),
        # Cantonese rebukes, 你 often their object: "I told you already", 咪…啰, 唔/冇.
        Example("咪同你講咗囉", "咪同你講咗囉"),
        Example("都話咗你知要等三日", "都話咗你知要等三日"),
        Example("講咗好多次㗎喇，你睇清楚啲", "講咗好多次㗎喇，你睇清楚啲"),
        Example("你唔識睇咩？上面寫住", "你唔識睇咩？上面寫住"),
        Example("點解你唔早啲講？", "點解你唔早啲講？"),
        Example("你又唔早啲話我知", "你又唔早啲話我知"),
        # Look-alikes that are neutral or friendly: fixed.
        Example("你想要什么尺码？我帮您找找", "您想要什么尺码？我帮您找找"),
        Example("如果你填错了地址，可以在订单页修改哦", "如果您填错了地址，可以在订单页修改哦"),
        Example("你不会被重复扣款的，请放心", "您不会被重复扣款的，请放心"),
        Example("你不明白的地方可以随时问我", "您不明白的地方可以随时问我"),
        Example("你还没收到吗？我帮您催一下", "您还没收到吗？我帮您催一下"),
        Example("你早上几点方便接电话", "您早上几点方便接电话"),
        Example("你没有看错，这款确实在打折", "您没有看错，这款确实在打折"),
        Example("欢迎你又来光顾小店", "欢迎您又来光顾小店"),
        # Written Cantonese has no 您: advice there, friendly or not.
        Example("你唔明白可以再問我", "你唔明白可以再問我"),
        Example("我哋講咗會幫你跟進，請放心", "我哋講咗會幫你跟進，請放心"),
        Example("你自己揀啦，兩款都好靚", "你自己揀啦，兩款都好靚"),
        Example("多謝你耐心等候", "多謝您耐心等候"),
        Example("係呀，呢款真係好用o架，不如妳都試下", None),  # o架 and 係呀 mark Cantonese
    ],
    clean=[
        "您好，这款迷你风扇很受欢迎哦",
        "亲，您说的“你们怎么还不发货”我们已经反馈给仓库了",
        "这本《你好，旧时光》目前有现货哦",
        "大家你追我赶抢购中，您也可以看看哦",
        "让热情把你我的距离拉近一点",
        "快递员说：你好，包裹放门口了。",
        "这条迷你裙是今年的新款",
        "大家你来我往聊得很开心",
        "李你华先生，您的包裹已签收",
        "歌曲《你的名字》已上架",
    ],
)

# Fixed phrases where 你 addresses nobody or is part of a word; (phrase, offset of 你) pairs.
_FIXED_YOU = ("你我", "迷你", "你追我赶", "你来我往", "你争我夺", "你死我活", "你一言我一语", "你侬我侬")
_FIXED_AT = tuple((p, i) for p in _FIXED_YOU for i, c in enumerate(p) if c == "你")
_YOU = lazy_compile("[你妳](们|們)?")
_PLURAL_ORG = lazy_compile("公司|单位|企业|店|厂|学校|机构")
_GROUP = lazy_compile(r"这些|那些|这种|那种|这帮|那帮|这群|那群|几位|几个|俩|两位|两个|大家|各位|都|一起")


def _is_fixed(folded: str, pos: int) -> bool:
    """folded: the draft's norm with 妳 as 你 (folded once per draft, not once per hit)."""
    return any(folded.startswith(p, pos - i) for p, i in _FIXED_AT if pos - i >= 0)


# Neighbours that make 你 plainly the pronoun addressing someone: no segmentation needed.
_PLAIN_BEFORE = frozenset(
    "你妳请祝谢给为帮助让跟和向对问告诉通知提醒联系麻烦辛苦打扰感谢，,。！？!?：:；; ~～\n\t“”亲的吧呢哦啊"
)
_PLAIN_AFTER = frozenset(
    "你妳好们的可是要能在也就还先直接放这需如说看收申提填选点查配送修备联耐发随升打稍预重哪取赔去核确退换下"
    "，,。！？!?~～ "
)
_PRONOUN_WORDS = frozenset(("你", "妳", "你们", "你們", "妳們", "妳们", "你好", "妳好", "你们好"))
_TITLES = ("先生", "女士", "小姐", "同学", "老师", "经理", "总")


def _addresses(draft: Draft, pos: int) -> bool:
    """Whether the 你 at pos is the pronoun, not part of a word or a name."""
    norm = draft.norm
    before = norm[pos - 1] if pos else "\n"
    after = norm[pos + 1 : pos + 2] or "\n"
    # One plain side is enough: the words that hold 你 (迷你, 你追我赶 …) are caught by the fixed
    # list before this; the segmenter is for the rest (a name: 李你华先生).
    if before in _PLAIN_BEFORE or after in _PLAIN_AFTER or not ("\u4e00" <= after <= "\u9fff"):
        return True
    cs, ce = draft.clause_at(pos)
    # A few characters around 你 settle which word it belongs to (a four-character idiom, a
    # surname + given name + title): segmenting the window, not the clause, keeps pure jieba cheap.
    words = draft.words_in(max(cs, pos - 4), min(ce, pos + 6))
    i = next((k for k, w in enumerate(words) if w.start <= pos < w.end), -1)
    word = words[i].word.replace("妳", "你") if i >= 0 else ""
    if not word or (word not in _PRONOUN_WORDS and ("迷你" in word or "我" in word)):
        return False  # 迷你裙 (a loanword), 你追我赶 (you-and-me: nobody addressed)
    if i > 0 and len(words[i - 1].word) == 1 and i + 2 < len(words) and words[i + 2].word.startswith(_TITLES):
        # 李你华先生: surname + 你 + given name + title, when the tagger reads the first as a name
        tagged = draft.tagged_words_in(words[i - 1].start, words[i + 2].end)
        return not (tagged and tagged[0][1] == "nr")
    return True


def honorific(draft: Draft, start: int, end: int) -> str:
    """The draft's text[start:end] with each 你 that addresses the customer as 您 (你们 as 贵
    before an organisation): for rules whose replacement repeats the draft's words, so that a
    rewrite never brings back a 你 this rule would flag."""
    norm = draft.norm
    if cantonese(norm):
        return draft.text[start:end]  # 您 is not Cantonese (check_you holds it there too)
    folded = norm.replace("妳", "你")
    out: list[str] = []
    pos = start
    for m in _YOU.finditer(norm, start, end):
        if _is_fixed(folded, m.start()) or not _addresses(draft, m.start()):
            continue
        out += (draft.text[pos : m.start()], "贵" if m.group(1) and _PLURAL_ORG.match(norm, m.end()) else "您")
        pos = m.end()
    out.append(draft.text[pos:end])
    return "".join(out)


def check_you(draft: Draft, quoted: Quoted, report: Report, held: AbstractSet[tuple[int, int]] = frozenset()) -> None:
    """Report each 你 addressing the customer.  The fix is held (reported as advice) in a
    rebuke: a sentence a curt or blame finding marks (``held``), or one where 你 is the subject
    of a reproach (``reproach``: 你急什么, 你不懂吗, 你怎么不早说).  您 alone in a scolding
    sentence reads as mockery; the sentence needs rewriting as a whole."""
    norm = draft.norm
    # Spoken Cantonese has no 您: "遲咗覆您", "退返去您張卡" read stiff to a Hong Kong customer
    # (two blind readers: neutral at best, harmful at worst), so there 您 is advice.
    spoken_cantonese = cantonese(norm)

    reproached: dict[tuple[int, int], bool] = {}

    def fix_held(pos: int) -> bool:
        if spoken_cantonese:
            return True
        if held and draft.sentence_at(pos) in held:
            return True
        s, e = draft.sentence_at(pos)
        found = reproached.get((s, e))
        if found is None:  # any 你 of the sentence scolded makes the whole sentence a rebuke
            found = any(reproach_at(draft, m.start()) for m in _YOU.finditer(norm, s, e))
            reproached[s, e] = found
        return found

    folded = norm.replace("妳", "你")
    # Adjacent singular 你 make one finding: a run of n costs one report, not n.
    runs: list[tuple[int, int, bool]] = []  # (start, end, plural)
    run_start = run_end = -1
    for m in _YOU.finditer(norm):
        pos = m.start()
        if _is_fixed(folded, pos) or pos in quoted or not _addresses(draft, pos):
            continue
        if m.group(1):
            runs.append((pos, m.end(), True))
        elif pos == run_end:
            run_end += 1
        else:
            if run_end > run_start:
                runs.append((run_start, run_end, False))
            run_start, run_end = pos, pos + 1
    if run_end > run_start:
        runs.append((run_start, run_end, False))
    # One form of address per reply: once one 你 keeps its form (a rebuke, 你们 of a group), a 您
    # elsewhere in the same reply would mix the two (你还想要啥？…您去别家看看), so every fix is held.
    hold_all = any((plural and _GROUP.match(norm, e)) or fix_held(s) for s, e, plural in runs)
    for s, e, plural in runs:
        fix = None if hold_all else "unsafe"
        if not plural:
            if hold_all:
                report(YOU, s, e, ["您" * (e - s)], fix=None)
            else:
                report(YOU, s, e, ["您" * (e - s)])  # the rule's own tier (safe)
        elif norm.startswith("学校", e):
            # 贵学校 is not said, and 贵校 is letter register: a blind reader found it stilted in chat
            report(YOU, s, e + 2, ["贵校", "您学校"], fix=None)
        elif _PLURAL_ORG.match(norm, e):
            report(YOU, s, e, ["贵", "您"], fix=fix)  # 您们 is not standard: 您 (one customer) or 贵 (their company)
        elif _GROUP.match(norm, e):
            report(YOU, s, e, ["各位", "您"], fix=None)  # 你们这些买家, 你们几位: 您 would make one person of a group
        else:
            # Blind readers found 你们 -> 您 harmful where the draft speaks to several people
            # (a public apology, 你们的损失) or to the customer's side (你们会计 -> 您会计).
            report(YOU, s, e, ["您", "各位"], fix=None)
