"""The phrase scan the curt and blame rules share: one literal scan finds the candidates of every
phrase, each phrase's ``Prefiltered.match_at`` and context check decide."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import NamedTuple

from replykit.builtin.politeness.common import Quoted
from replykit.convert import in_draft_script
from replykit.draft import Draft
from replykit.hookspecs import Report
from replykit.register import cantonese
from replykit.rules import Rule
from replykit.scan import Prefiltered, lazy_compile, literal_trie

Check = Callable[[Draft, "re.Match[str]"], bool]


class Phrase(NamedTuple):
    """A curt or blaming phrase: cheap literal cores find candidates, the pattern decides."""

    core: list[str]  # literals, one of which every match contains
    reach: int  # how far before its core a match may start
    pattern: re.Pattern[str]
    rule: Rule
    why: str  # zh reason (curt) shown in the message
    why_en: str
    replacement: str  # "" = advice only
    check: Check | None = None


US = r"(?:我们|我|这边|小妹|妹子|客服|咱们|店铺|商家|小二|本店|小店|本公司|我司|卖家|卖场)"
# The customer as the subject of a clause: 您, 你, 买家, 客人, 亲 ... (亲 not 亲自/亲手/亲身).
CUSTOMER_WORDS = (
    "您",
    "你",
    "妳",
    "买家",
    "客户",
    "顾客",
    "客人",
    "买方",
    "用户",
    "消费者",
    "阁下",
    "订购人",
    "订购者",
    "购买者",
)
CUSTOMER = r"(?:" + "|".join(CUSTOMER_WORDS) + r"|亲(?![自手身眼笔属戚友人生]))"
# Help we offer: with it a sentence about the courier or a rule is an explanation, not a brush-off
# (我们这边不处理 offers nothing).
OFFER = lazy_compile(
    r"[帮为给替](?:您|你|亲)|协助|我们(?:会|将|可以|马上|立即|立刻"
    r"|这边(?!(?:也|都|是)?(?:不|无法|没)|[^，。！？,!?]{0,3}?(?:不到|不了|不清楚|不知道)))"
    r"|(?:这边|小妹|妹子)(?:会|马上|立即)|尽快"
)
PARTICLES = r"[的呢哦啊哈了呀啦诶耶嘛哟滴]*"
END = r"(?=\s|$|[，,。.!！?？~～;；…、)）])"
# Nothing but particles before the end of the clause: 快递的问题。, 规定就是这样哦.
CLAUSE_END = "(?=" + PARTICLES + END + ")"
QUESTION_AFTER = lazy_compile(r"\s*[的了]?(?:吗|么|嘛|呢?[?？])")
# The end of a question within its clause (Cantonese 咩 too; not the 么 of 什么): …吗, …？, …咩.
ASKED = r"[^，,。！？!?\n]{0,12}?(?:(?:吗|么|嘛|咩|呀|啊)?[？?]|吗|(?<![什怎那这多])么|嘛|咩)"


def clause(draft: Draft, m: re.Match[str]) -> str:
    s, e = draft.clause_at(m.start())
    return draft.norm[s : max(e, m.end())]


def not_question(draft: Draft, m: re.Match[str]) -> bool:
    return not QUESTION_AFTER.match(draft.norm, m.end())


class PhraseScan:
    """One scan for the literal cores of all phrases (fast: a factored literal alternation); each hit tries
    only the phrases whose core it contains, anchored at most phrase.reach characters before it.
    Phrases are tried in table order; of each family (the rule name before its first "-": blame,
    curt, cold) the first that matches and passes its check is reported, so one stretch of text
    gets at most one finding per family: 别人都没问题就您有问题？ both blames and mocks."""

    def __init__(self, phrases: Sequence[Phrase]) -> None:
        literals = {c for p in phrases for c in p.core}
        self._core_re = re.compile(literal_trie(literals))  # longest literal at each position
        found = [(p, prefiltered(p, self._core_re), p.rule.name.partition("-")[0]) for p in phrases]
        # The phrases a hit on ``lit`` may be (table order): those with a core inside ``lit``,
        # looked up by each substring of the short literal instead of testing every phrase.
        having: dict[str, set[int]] = {}
        for i, p in enumerate(phrases):
            for c in p.core:
                having.setdefault(c, set()).add(i)
        # Most literals share their list with others (2,000 literals, 700 lists): one tuple each.
        lists: dict[tuple[int, ...], tuple[tuple[Phrase, Prefiltered[re.Match[str]], str], ...]] = {}
        self._by_core = {}
        for lit in literals:
            key = tuple(sorted(_within(lit, having)))
            if key not in lists:
                lists[key] = tuple(found[i] for i in key)
            self._by_core[lit] = lists[key]

    def check(self, draft: Draft, quoted: Quoted, report: Report) -> None:
        norm = draft.norm
        done: dict[str, int] = {}  # family -> end of its last reported phrase
        at = 0
        while (hit := self._core_re.search(norm, at)) is not None:
            pos = hit.start()
            at = pos + 1  # cores may overlap (又不是我的错: 又不是, 不是我): the next search starts here
            for phrase, found, family in self._by_core[hit.group()]:
                if pos < done.get(family, -1):
                    continue
                m = found.match_at(norm, pos)
                if m is None or not draft.enabled(phrase.rule) or m.start() in quoted:
                    continue
                if phrase.check is not None and not phrase.check(draft, m):
                    continue
                _report_phrase(draft, phrase, m, report)
                done[family] = m.end()


def _within(lit: str, having: dict[str, set[int]]) -> set[int]:
    """The union of ``having[c]`` over every substring ``c`` of ``lit``."""
    found: set[int] = set()
    for i in range(len(lit)):
        for j in range(i + 1, len(lit) + 1):
            found |= having.get(lit[i:j], set())
    return found


def prefiltered(phrase: Phrase, cores: re.Pattern[str]) -> Prefiltered[re.Match[str]]:
    """The phrase's pattern behind ``cores``, a scan for its core literals (or the shared scan
    for those of every phrase): every match holds one at most ``phrase.reach`` after its start."""
    return Prefiltered(phrase.pattern, starts=cores, reach=phrase.reach)


def phrase(
    rule: Rule, core: str, reach: int, pattern: str, replacement: str = "", check: Check | None = None
) -> Phrase:
    """A phrase of a rule whose message takes no reason argument."""
    return Phrase(core.split("|"), reach, lazy_compile(pattern), rule, "", "", replacement, check)


def _report_phrase(draft: Draft, phrase: Phrase, m: re.Match[str], report: Report) -> None:
    # Advice carries no replacement: no drop-in text fits every sentence these phrases end up in;
    # the message says what to write instead.
    s, e = m.span()
    args = {"why": phrase.why, "why_en": phrase.why_en} if phrase.why else None
    if phrase.replacement:
        # The replacements are Mandarin: in written Cantonese (自己睇返啦) they are only offered.
        fix = None if cantonese(draft.norm) else phrase.rule.fix
        report(phrase.rule, s, e, [in_draft_script(phrase.replacement, draft.is_traditional)], fix=fix, args=args)
    else:
        report(phrase.rule, s, e, fix=None, args=args)
