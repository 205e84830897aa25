"""What the three but rules share: finding a contrastive connective, the clauses around it, and
what the clauses after it do (take back, warn, move on, or neither).

After "但是" the customer hears only what follows.  A connective counts only at the start of a
clause (or 但是 inside one: "好看但是贵"); idioms with the same characters (不但是, 再好不过,
不过分, 不过半天, 只不过, 忙不过来, 认可是, 这款可是爆款) never match.
"""

from __future__ import annotations

from replykit.draft import MASK
from replykit.scan import lazy_compile

SEP = "，,。！？!?；;：:~～、…\n\t  "
SENTENCE_END = "。！？!?\n"
# How far around a connective the rules look. A reply is a few dozen characters; an
# unpunctuated 100,000-character paste must not make every candidate scan the whole of it.
WINDOW = 80
NON_SPACE = lazy_compile(r"\S")
# 但 alone only before a clause start; 但是 also inside a clause ("好看但是贵").
CANDIDATE = lazy_compile(r"但是|可是|不过|但(?![愿凡])")
_PARTICLE_AFTER = lazy_compile(r"(?:呢|啊|呀)?[，,：:\s]*")
# 不过 + amount or idiom: 不过半天, 不过[数字x]天, 不过如此, 不过分, 不过来, 不过关, 不过期.
NOT_CONTRAST_AFTER_BUGUO = lazy_compile(
    r"(?:如此|尔尔|而已|罢了|[\d几一两二三四五六七八九十百千万半俩来去关期时分瘾节年])"
)
AMOUNT_MASK = lazy_compile(r"\[(?:数字|金额|时间|日期)|[¥￥$]?\d")
# 同情归同情，但是…: X归X is a concession too.
CONCESSION = lazy_compile(r"虽然|虽说|虽|尽管|([\u4e00-\u9fff]{1,2})归\1")
# Clauses that carry no content of their own: address terms, acknowledgements, masks.
# One character per repeat (亲, not 亲亲?; 嗯, not 嗯+): a repeat inside a repeat can split a run
# in 2^n ways, and a clause that fails at its end tried them all. Brackets alone (【但是】) carry
# no content.
_FILLER = lazy_compile(r"^(?:亲爱的|亲|小主|客官|嗯|恩|哈|呢|哦|[【】\[\]（）()]|" + MASK + ")*$")
TRAILING = "的哦呢哈呀哟啦滴噢喔了啊嘛~～!！" + MASK
# A limitation or refusal before the contrast: then what follows compensates, which is good.
NEGATIVE = lazy_compile(
    "不能|不可以|不行|无法|没办法|没法|没有|不支持|不会|不是|不了|不到|不参与|不包|不知道|"
    "缺货|售罄|送完|卖完|贵|慢|延迟|延误|自行|只能|暂时|遗憾|可惜"
)
# The customer's fault or burden: 您当时也该…, 是您自己…, 运费您自己承担.
BLAMES = lazy_compile(
    "(?:您|你)(?:当时|本人)|(?:您|你)自己(?:承担|负责|出|付|的问题|的原因|操作|弄|搞|没|不)"
    "|(?:您|你)[^，,。！？!?]{0,8}?也(?:该|应该|得|没)"
    "|是(?:您|你)(?:自己|的问题|的原因)|(?:您|你)(?:没有|没)(?:注意|看|检查|仔细|及时|提前)"
)
# The shop excusing itself: 太忙, 快递本来就慢, 也正常.
EXCUSES = lazy_compile("(?<!帮)忙|本来就|也正常|很正常|也是这样")
# A rule named as what stands after the connective (不过规定就是这样, 但公司有公司的规定): a
# take-back that hides behind the rule; dropping the connective leaves the wall standing.
_RULE_AS_REASON = lazy_compile("规定|制度|政策|规矩|条例|规则")


def outlives_the_edit(following: str) -> bool:
    """Whether the clause after a take-back blames the customer, excuses the shop or hides behind
    a rule: dropping the connective would leave that standing, so a person rewrites the sentence."""
    return bool(BLAMES.search(following) or EXCUSES.search(following) or _RULE_AS_REASON.search(following))


# What the clause after a connective does.  It *takes back* what came before when the shop
# refuses or limits it (不能/无法/不提供/只能/仅限/除外, 缺货), leaves it uncertain (不一定, 不能保证,
# 可能, 要看/以…为准, 先检测/检修), puts it off (要等财务…, 再说, 下周, 会晚两天), charges or
# deducts (要扣除运费, 收取手续费), excuses itself (太忙, 本来就慢, 也正常) or insists (其实/还是/
# 本身…), blames or warns the customer (您当时也该…, 您自己承担, 请不要…, 否则视为…) or, after
# praise, names a drawback (有点贵, 偏小).  It *moves on* when it
# reassures, offers help or an alternative (为您/帮您, 您可以, 建议您, 补偿, 免费, 不用), brings good
# news (已经到站点了, 马上发出), or asks a next step of the customer politely (请您, 麻烦您,
# 需要您提供…).  A mild condition, a duration (需要一个工作日) or a product fact does neither.
_TAKE_BACK = lazy_compile(
    # refuses or limits: 不 + a verb (不能, 不支持, 做不了, 我们说了不算), not the words that only
    # share the character (不过, 不错, 不少, 不同, 不但, 不用, 不必, 不客气, 不如, 不管, 不好意思,
    # 不到/不超过 + an amount …) and not
    # 不要/不得 (warnings, below); also 无法, 没有, 缺货, 只能, 仅限, 除外, 已经是最低…, 活动已经结束
    "不(?![过错少仅断同但然妨论管如光止久住禁知要用必客得]|好意|到[\\d一二两三几半\\[]|超过)[\u4e00-\u9fff]|"
    "无法|没办法|没法|办不到|做不到|恕不|概不|冇|唔(?:可以|得|能|会|支持|接受|提供|退|换|系)|"
    "没有|没货|缺货|售罄|卖完|送完|断货|已经?(?:结束|截止|过期|过了|失效|停止|下架)|"
    "只能|只可以|只限|仅限|仅支持|仅能|仅可|仅适用|只有|除外|已经是最|"
    # uncertain
    "未必|说不准|(?<![尽不])可能|估计|(?:[要得还]|需要)?看(?:情况|审核|检测|检修|结果|具体)|[要得]看|"
    "取决于|以.{1,12}?为准|视.{1,8}?而定|因人而异|检修|检测|鉴定|"
    # put off
    "(?:要|得|需要|需)等(?![待候]|\\s*[\\d一二两三几半\\[]|一下|一会|片刻)|再说|下周|改天|以后再|"
    "延迟|延误|推迟|晚[一两几]|慢[一些点]|"
    # charges, deducts, or moves the cost onto the customer
    "扣除|扣[掉钱费]|收取|手续费|(?<![免不])收费|加钱|补差价|"
    "(?:由|需要|要|得)(?:您|你|亲)(?:这边|自己)?来?(?:承担|负担|支付)|"
    # insists, excuses, blames
    "(?<![您你])(?:还是|仍然|依然|其实|本身|毕竟)(?!建议|推荐)|" + EXCUSES.pattern + "|" + BLAMES.pattern + "|"
    # a drawback after praise
    "有点|有些|稍微|略(?:微|有|显|大|小|贵|长|短|厚|薄)|偏[大小贵厚薄硬软重长短紧松]|缺点|"
    "(?<![宝珍])贵(?![店司方公宾])"
)
# A prohibition or a threat to the customer (请不要给差评, 否则视为放弃): it takes back an offer of
# the shop's, but after an instruction to the customer (您可以联系我们…) it is part of the advice.
_WARNS = lazy_compile("不要|请勿|不得|否则|视为")
# An instruction to the customer: what they can or should do.
INSTRUCTION = lazy_compile("(?:您|你|亲)(?:这边|那边)?(?:可以|也可以|能|需要|要)|请")
# Negations that are not a refusal: a consequence to know about (取消后无法恢复, 一年后无法再次开通)
# and good news (不会影响, 不用, 不收取).
_NOT_REFUSAL = lazy_compile(
    "(?:后|以后|之后|一旦|否则)[^，,。！？!?]{0,10}?(?:无法|不能|不可以|不可)[^，,。！？!?]{0,4}?"
    "(?:再|恢复|撤销|撤回|找回|更改|修改)"
    "|(?:不会|不用|不要|别|无需|不需要|不必|没有|没|不)"
    "(?:影响|耽误|额外|多收|收取|收费|扣|延迟|延误|推迟|产生|担心|着急|问题|关系)"
)
_MOVES_ON = lazy_compile(
    "放心|不用担心|别担心|不必担心|不用着急|别着急|不要着急|"
    "(?:为|帮|给|替|送)(?:您|你|亲)(?!带来|造成|添)|(?:您|你|亲)(?:可以|也可以|能)|建议|推荐|"
    "(?<![不])(?:可以|还能|也能)|补偿|补发|赠送|优惠券|免费|包邮|退款|换货|"
    "请您|麻烦您|辛苦您|需要您(?:提供|确认|核实|告知|拍|发|填)|您看|"
    "已(?:经)?(?:为您|给您|帮您)?(?:到|发|寄|送|处理|安排|退|补|申请|登记|加急|在路上)"
    "|在路上|派送中|配送中|运输中|马上|立即|尽快|很快"
)
_LEADING = lazy_compile("^(?:但是|可是|不过|但)+[呢啊呀]?")
CONFIRMING = lazy_compile("(?:是吗|对吗|是不是|对不对|是么)[?？]?\\s*$")


def cut_end(norm: str, end: int) -> int:
    """End of the text to drop: the word, a particle and comma after it, and any stacked connective."""
    while True:
        cut = _PARTICLE_AFTER.match(norm, end)
        end = cut.end() if cut else end
        more = CANDIDATE.match(norm, end)
        if more is None or (more.group() == "不过" and NOT_CONTRAST_AFTER_BUGUO.match(norm, more.end())):
            return end
        end = more.end()


def previous_clause(norm: str, start: int) -> str | None:
    """The nearest clause before start with content (skipping 亲, 嗯嗯 and masks)."""
    pos = start
    limit = max(0, start - WINDOW)
    while pos > limit:
        end = pos
        while end > limit and norm[end - 1] in SEP:
            end -= 1
        begin = end
        while begin > limit and norm[begin - 1] not in SEP:
            begin -= 1
        clause = _LEADING.sub("", norm[begin:end])  # "但是可以" is a yes once its 但是 goes
        if clause and not _FILLER.match(clause.rstrip(TRAILING)):
            return clause
        pos = begin
    return None


def clause_end(norm: str, pos: int) -> int:
    i, limit = pos, min(len(norm), pos + WINDOW)
    while i < limit and norm[i] in " ，,：:呢啊呀":
        i += 1  # 但是，您放心: the clause is the one after the comma
    while i < limit and norm[i] not in SEP:
        i += 1
    return i


def after_clauses(norm: str, end: int, sent_end: int) -> list[str]:
    """The clauses after a connective in its sentence, at most three (a condition or a lead-in
    such as 要提醒您 comes before what the sentence says)."""
    out: list[str] = []
    pos = end
    limit = min(sent_end, end + WINDOW)
    while pos < limit and len(out) < 3:
        stop = clause_end(norm, pos)
        clause = norm[pos:stop].strip(SEP)
        if clause:
            out.append(clause)
        pos = stop + 1
    return out


# A polite request opening the clause (但也希望您先…): the next step, asked kindly.
_ASKS_KINDLY = lazy_compile("^(?:也|还)?(?:希望您|请您|麻烦您|烦请您)")
# The shop's own reason or rule opening the clause (但是由于仓库搬迁…, 但按规则…): an excuse.
_EXCUSE_LEAD = lazy_compile("^(?:由于|因为|按照?[^，,。！？!?]{0,6}?(?:规定|规则|政策|制度))")


def what_follows(clauses: list[str]) -> str:
    """'take-back', 'warns', 'moves-on' or 'neutral': what the first clause after the
    connective that says one of them does (see ``_TAKE_BACK``)."""
    for clause in clauses:
        plain = _NOT_REFUSAL.sub(lambda m: "，" * len(m.group()), clause)
        if _ASKS_KINDLY.match(clause) and not _WARNS.search(plain):
            return "moves-on"
        if _EXCUSE_LEAD.match(clause) and not _MOVES_ON.search(clause):
            return "take-back"
        if _TAKE_BACK.search(plain):
            return "take-back"
        if _WARNS.search(plain):
            return "warns"
        if _MOVES_ON.search(clause):
            return "moves-on"
    return "neutral"
