"""but: 但是 / 可是 / 不过 that cancel what the agent just said well.

Service training's rule (seed 003): after "但是" the customer hears only what follows, so a
contrast right after praise, a yes, an offer, an apology or empathy takes it back.  The rules
fire only there; a contrast after a refusal or a limitation that introduces something good
for the customer ("没有赠品，不过价格很优惠") is the recommended way to compensate and stays.
Idioms with the same characters (不但是, 再好不过, 不过分, 不过半天, 只不过, 忙不过来, 认可是,
这款可是爆款) never match: 可是/不过/但 count only at the start of a clause.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from replykit.draft import MASK, Draft
from replykit.hookspecs import Report, hookimpl
from replykit.rules import Example, Rule, rule

PRAISE_CANCEL = rule(
    "praise-cancel",
    severity="warning",
    fix="safe",
    description="但是/可是/不过 right after praise, a yes or an offer takes it back.",
    zh="「{word}」会抵消前面的肯定，顾客只记得后半句；去掉它，后面的说明照样清楚",
    en="'{word}' takes back the positive clause before it; drop it, the condition still reads clearly",
    examples=[
        Example("这款很好看，但是有点贵", "这款很好看，有点贵"),
        Example("这边可以为您申请换货，但是商品寄回后要先检测", "这边可以为您申请换货，商品寄回后要先检测"),
        Example("是的哦，亲，不过需要您另外购买支架哦", "是的哦，亲，需要您另外购买支架哦"),
        Example("可以为您催促，但不能保证今天送到", "可以为您催促，不能保证今天送到"),
        Example("好的呢 但是 审核需要一点时间哦", "好的呢 审核需要一点时间哦"),
        Example("这款很好看但是有点贵", "这款很好看，有点贵"),
        Example("這款很好看，不過有點貴", "這款很好看，有點貴"),
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
    ],
)

APOLOGY_CANCEL = rule(
    "apology-cancel",
    severity="warning",
    fix="safe",
    description="但是/不过 right after an apology or empathy turns it into an excuse.",
    zh="道歉或体谅之后接「{word}」像在找借口；去掉它，道歉才显得真诚",
    en="'{word}' after an apology or empathy sounds like an excuse; drop it so the apology stands",
    examples=[
        Example("非常抱歉，但是这个我们也没办法", "非常抱歉，这个我们也没办法"),
        Example("非常理解您的心情，不过商品本身是没问题的", "非常理解您的心情，商品本身是没问题的"),
    ],
    clean=[
        "非常抱歉，不过您放心，我们马上为您补发",
        "实在抱歉，不过我们可以为您申请优惠券",
        "非常抱歉给您带来不便，我们马上处理",
    ],
)

OPENING = rule(
    "opening",
    severity="warning",
    fix="safe",
    description="A reply that opens with 但是/可是/不过 contradicts the customer.",
    zh="回复以「{word}」开头，像在反驳顾客；直接说后面的内容",
    en="Opening with '{word}' sounds like contradicting the customer; say the rest directly",
    examples=[
        Example("但是您放心，明天一定送到", "您放心，明天一定送到"),
        Example("不过，这款一次只能连一部手机哦", "这款一次只能连一部手机哦"),
        Example("可是 这个要看银行的处理时间", "这个要看银行的处理时间"),
    ],
    clean=[
        "不过半小时就到了",
        "不过如此的小问题，您放心",
        "您放心，明天一定送到",
        "但愿您用得开心",
    ],
)

RULES = (PRAISE_CANCEL, APOLOGY_CANCEL, OPENING)

_SEP = "，,。！？!?；;：:~～、…\n\t  "
_SENTENCE_END = "。！？!?\n"
# How far around a connective the rules look. A reply is a few dozen characters; an
# unpunctuated 100,000-character paste must not make every candidate scan the whole of it.
_WINDOW = 80
_NON_SPACE = re.compile(r"\S")
# 但 alone only before a clause start; 但是 also inside a clause ("好看但是贵").
_CANDIDATE = re.compile(r"但是|可是|不过|但(?![愿凡])")
_PARTICLE_AFTER = re.compile(r"(?:呢|啊|呀)?[，,：:\s]*")
# 不过 + amount or idiom: 不过半天, 不过[数字x]天, 不过如此, 不过分, 不过来, 不过关, 不过期.
_NOT_CONTRAST_AFTER_BUGUO = re.compile(
    r"(?:如此|尔尔|而已|罢了|[\d几一两二三四五六七八九十百千万半俩来去关期时分瘾节年])"
)
_AMOUNT_MASK = re.compile(r"\[(?:数字|金额|时间|日期)|[¥￥$]?\d")
_CONCESSION = re.compile("虽然|虽说|虽|尽管")
# Clauses that carry no content of their own: address terms, acknowledgements, masks.
_FILLER = re.compile("^(?:亲亲?|亲爱的|小主|客官|嗯+|恩+|哈+|呢|哦|" + MASK + ")*$")
_TRAILING = "的哦呢哈呀哟啦滴噢喔了啊嘛~～!！" + MASK
# A clause that is only a yes: 是的 / 可以的 / 也可以的哈 / 没问题 / 支持壁挂.
_YES = re.compile(
    "^(?:亲亲?|嗯+|恩+|" + MASK + ")*(?:是|对|好|可以|也可以|当然可以|能|行|没问题|有|支持|有货|当然)(?:的|滴|哒)?$"
    "|^支持.{1,6}$"
)
_OFFER = re.compile(
    "(?:为|帮|给|替)(?:您|你|亲|其)[^，,。！？!?\\s]{0,6}?"
    "(?:申请|处理|解除|提交|催促|备注|安排|补发|退款|换货|取消|登记|反馈|加急|跟进|争取|赠送|送)"
    "|(?:可以|能)[^，,。！？!?\\s]{0,3}?"
    "(?:申请|处理|解除|提交|催促|备注|安排|补发|退款|换货|取消|登记|加急|退货|修改)"
)
_PRAISE = re.compile(
    "好看|漂亮|不错|很好|非常好|挺好|划算|实惠|优惠|便宜|值得|性价比|正品|质量好|好用|耐用|"
    "机智|聪明|有眼光|感动|支持我们|满意|合适|适合您|百搭|显瘦|好评|爆款|热卖|"
    "(?:很|非常|特别|超|挺|真)(?:正|美|棒|赞|舒服|柔软|结实|精致|实用|方便|快|清晰|时尚|大气|轻薄|透气)"
)
# A limitation or refusal before the contrast: then what follows compensates, which is good.
_NEGATIVE = re.compile(
    "不能|不可以|不行|无法|没办法|没法|没有|不支持|不会|不是|不了|不到|不参与|不包|不知道|"
    "缺货|售罄|送完|卖完|贵|慢|延迟|延误|自行|只能|暂时|遗憾|可惜"
)
_APOLOGY = re.compile("抱歉|对不起|不好意思|歉意|见谅|添麻烦|理解您|理解的|体谅|明白您|您的心情")
# What follows reassures or gives something: the contrast then leads to good news.
_REASSURE = re.compile("放心|不用担心|别担心|不必担心|不用着急|别着急|不要着急")
_BENEFIT = re.compile("可以为您|为您|帮您|给您|送您|赠送|优惠|补偿|免费|包邮|可以|还能|也能")
_LEADING = re.compile("^(?:但是|可是|不过|但)+[呢啊呀]?")
_STILL = re.compile("还是|仍然|依然|其实|本身|毕竟")
_CONFIRMING = re.compile("(?:是吗|对吗|是不是|对不对|是么)[?？]?\\s*$")


@hookimpl
def replykit_rules() -> Sequence[Rule]:
    return RULES


@hookimpl
def replykit_check(draft: Draft, options: Any, report: Report) -> None:
    norm = draft.norm
    if "但" not in norm and "可是" not in norm and "不过" not in norm:
        return
    done = 0
    for m in _CANDIDATE.finditer(norm):
        word = m.group()
        start, end = m.span()
        if start < done:
            continue  # swallowed by the previous cut ("不过，可是…")
        before = norm[start - 1] if start else ""
        at_boundary = not before or before in _SEP
        if not at_boundary and (word != "但是" or before == "不"):
            continue  # 认可是, 这款可是, 只不过, 再好不过, 不但是
        if word == "不过" and (_NOT_CONTRAST_AFTER_BUGUO.match(norm, end) or _AMOUNT_MASK.match(draft.text, end)):
            continue  # 不过半天就到 / 不过[数字x]块: "only", not "but"
        sent_start, sent_end = draft.sentence_at(start)
        if _CONCESSION.search(norm, sent_start, start):
            continue  # 虽然…但是 is one construction; dropping half of it breaks it
        after_end = _clause_end(norm, end)
        following = norm[end:after_end]
        if not following.strip(" ，,：:呢啊呀"):
            continue
        if _CONFIRMING.search(norm[end:sent_end].rstrip(_SENTENCE_END)):
            continue  # restating the customer's situation to confirm it
        target = _classify(draft, norm, start, following)
        if target is None or not draft.enabled(target):
            continue
        cut_end = _cut_end(norm, end)
        done = cut_end
        if at_boundary:
            # "理解您的心情，商品还是很好的": 还是 keeps the excuse alive; a person rewords it.
            fix = "unsafe" if target is APOLOGY_CANCEL and _STILL.search(following) else "safe"
            report(target, start, cut_end, [""], fix=fix, args={"word": draft.text[start:end]})
        else:
            # 好看但是贵: the clauses need a separator once the word goes; a person checks it.
            report(target, start, cut_end, ["，"], fix="unsafe", args={"word": draft.text[start:end]})


def _cut_end(norm: str, end: int) -> int:
    """End of the text to drop: the word, a particle and comma after it, and any stacked connective."""
    while True:
        cut = _PARTICLE_AFTER.match(norm, end)
        end = cut.end() if cut else end
        more = _CANDIDATE.match(norm, end)
        if more is None or (more.group() == "不过" and _NOT_CONTRAST_AFTER_BUGUO.match(norm, more.end())):
            return end
        end = more.end()


def _classify(draft: Draft, norm: str, start: int, following: str) -> Rule | None:
    prev = _previous_clause(norm, start)
    if prev is None:
        return OPENING if _NON_SPACE.search(norm, 0, start) is None else None
    if _APOLOGY.search(prev):
        # "抱歉，不过您放心…" compensates; "抱歉，但是这个不能退" excuses.
        if _NEGATIVE.search(following) or not (_REASSURE.search(following) or _BENEFIT.search(following)):
            return APOLOGY_CANCEL
        return None
    if _NEGATIVE.search(prev) or _REASSURE.search(following):
        return None
    core = prev.rstrip(_TRAILING + " ")
    if _YES.match(core) or _OFFER.search(prev) or _PRAISE.search(prev):
        return PRAISE_CANCEL
    return None


def _previous_clause(norm: str, start: int) -> str | None:
    """The nearest clause before start with content (skipping 亲, 嗯嗯 and masks)."""
    pos = start
    limit = max(0, start - _WINDOW)
    while pos > limit:
        end = pos
        while end > limit and norm[end - 1] in _SEP:
            end -= 1
        begin = end
        while begin > limit and norm[begin - 1] not in _SEP:
            begin -= 1
        clause = _LEADING.sub("", norm[begin:end])  # "但是可以" is a yes once its 但是 goes
        if clause and not _FILLER.match(clause.rstrip(_TRAILING)):
            return clause
        pos = begin
    return None


def _clause_end(norm: str, pos: int) -> int:
    i, limit = pos, min(len(norm), pos + _WINDOW)
    while i < limit and norm[i] in " ，,：:呢啊呀":
        i += 1  # 但是，您放心: the clause is the one after the comma
    while i < limit and norm[i] not in _SEP:
        i += 1
    return i
