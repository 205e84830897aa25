"""What the three but rules share: finding a contrastive connective and the clauses around it.

After "但是" the customer hears only what follows.  A connective counts only at the start of a
clause (or 但是 inside one: "好看但是贵"); idioms with the same characters (不但是, 再好不过,
不过分, 不过半天, 只不过, 忙不过来, 认可是, 这款可是爆款) never match.
"""

from __future__ import annotations

import re

from replykit.draft import MASK

SEP = "，,。！？!?；;：:~～、…\n\t  "
SENTENCE_END = "。！？!?\n"
# How far around a connective the rules look. A reply is a few dozen characters; an
# unpunctuated 100,000-character paste must not make every candidate scan the whole of it.
WINDOW = 80
NON_SPACE = re.compile(r"\S")
# 但 alone only before a clause start; 但是 also inside a clause ("好看但是贵").
CANDIDATE = re.compile(r"但是|可是|不过|但(?![愿凡])")
_PARTICLE_AFTER = re.compile(r"(?:呢|啊|呀)?[，,：:\s]*")
# 不过 + amount or idiom: 不过半天, 不过[数字x]天, 不过如此, 不过分, 不过来, 不过关, 不过期.
NOT_CONTRAST_AFTER_BUGUO = re.compile(
    r"(?:如此|尔尔|而已|罢了|[\d几一两二三四五六七八九十百千万半俩来去关期时分瘾节年])"
)
AMOUNT_MASK = re.compile(r"\[(?:数字|金额|时间|日期)|[¥￥$]?\d")
CONCESSION = re.compile("虽然|虽说|虽|尽管")
# Clauses that carry no content of their own: address terms, acknowledgements, masks.
# One character per repeat (亲, not 亲亲?; 嗯, not 嗯+): a repeat inside a repeat can split a run
# in 2^n ways, and a clause that fails at its end tried them all. Brackets alone (【但是】) carry
# no content.
_FILLER = re.compile(r"^(?:亲爱的|亲|小主|客官|嗯|恩|哈|呢|哦|[【】\[\]（）()]|" + MASK + ")*$")
TRAILING = "的哦呢哈呀哟啦滴噢喔了啊嘛~～!！" + MASK
# A limitation or refusal before the contrast: then what follows compensates, which is good.
NEGATIVE = re.compile(
    "不能|不可以|不行|无法|没办法|没法|没有|不支持|不会|不是|不了|不到|不参与|不包|不知道|"
    "缺货|售罄|送完|卖完|贵|慢|延迟|延误|自行|只能|暂时|遗憾|可惜"
)
# What follows reassures or gives something: the contrast then leads to good news.
REASSURE = re.compile("放心|不用担心|别担心|不必担心|不用着急|别着急|不要着急")

_LEADING = re.compile("^(?:但是|可是|不过|但)+[呢啊呀]?")
CONFIRMING = re.compile("(?:是吗|对吗|是不是|对不对|是么)[?？]?\\s*$")


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
