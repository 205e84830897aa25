"""The literal prefilter finds what finditer finds (jump_finditer, Prefiltered and each of their
users); literal_starts reads an alternation's first characters; literal_trie matches what the
longest-first alternation of its words matches."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from replykit import protect
from replykit.builtin import politeness
from replykit.builtin.emoji import faces
from replykit.builtin.emoji import no_warmth as emoji
from replykit.builtin.negative import clause as negative_clause
from replykit.builtin.politeness import bare_must, bare_request, cold_reply, phrases
from replykit.scan import (
    Prefiltered,
    all_matches,
    first_characters,
    jump_finditer,
    lazy_compile,
    literal_starts,
    literal_trie,
    skips_ahead,
)


def spans(matches: object) -> list[tuple[int, int, str | None]]:
    return [(m.start(), m.end(), m.lastgroup) for m in matches]  # type: ignore[attr-defined]


def test_literal_starts() -> None:
    assert literal_starts("祝您|再见", "还有[^。(|]{0,3}(?:帮|问)|感谢\\|x").pattern == "[再感祝还]"
    assert literal_starts("b[]a]|有").pattern == "[b有]"  # a class hides its "|" and "]"
    for bad in ["您?好", "(?:祝|谢)", "a|", "\\d+", "[祝谢]您", "谢*"]:
        with pytest.raises(ValueError, match="plain character"):
            literal_starts(bad)


PLACE_FRAGMENTS = [
    "祝您生活愉快", "再见", "拜拜", "期待下次", "欢迎再次光临", "随时联系", "欢迎随时咨询", "还有其他可以帮您",
    "请问还有什么问题吗", "不用谢谢", "感谢", "谢谢", "多谢", "很高兴为您服务", "竭诚为您服务",
    "有什么可以帮您", "请问有什么问题", "您好有什么需要", "有", "还", "欢迎", "祝", "期待", "，", "。", "！",
    "订单", "您", "亲", " ", "\n",
]  # fmt: skip


# More first characters than the flat form keeps (96): groups behind classes; the punctuation
# tests the escapes inside the classes.
_MANY_FIRSTS = "".join(chr(0x4E00 + 7 * i) for i in range(200)) + "-]^\\.[ab"


@settings(max_examples=300)
@given(
    st.lists(st.text(alphabet=_MANY_FIRSTS, min_size=1, max_size=3), min_size=1, max_size=300),
    st.text(alphabet=_MANY_FIRSTS + "，", max_size=40),
)
def test_a_trie_of_many_first_characters_finds_what_the_alternation_finds(words: list[str], text: str) -> None:
    flat = re.compile("|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True)))
    trie = re.compile(literal_trie(words))
    assert [m.span() for m in trie.finditer(text)] == [m.span() for m in flat.finditer(text)]
    assert [trie.match(text, i) and trie.match(text, i).span() for i in range(len(text))] == [  # type: ignore[union-attr]
        flat.match(text, i) and flat.match(text, i).span()  # type: ignore[union-attr]
        for i in range(len(text))
    ]


def test_a_trie_of_many_first_characters_is_split() -> None:
    words = [chr(0x4E00 + i) + "是" for i in range(200)]
    pattern = literal_trie(words)
    assert pattern.startswith("(?=[") and pattern.count("(?=[") == 1 + 3 and "[是]" in pattern
    assert re.fullmatch(pattern, chr(0x4E00 + 199) + "是") and not re.search(pattern, chr(0x4E00 + 200) + "是")
    assert not literal_trie(words[:96]).startswith("(?=")


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PLACE_FRAGMENTS), max_size=12).map("".join))
def test_emoji_places_match_the_plain_scan(text: str) -> None:
    plain = spans(emoji._PLACE.finditer(text))
    assert spans(emoji._PLACES.finditer(text)) == plain


WORDS = re.compile(r"(?<!x)ab+|cd|e(?=f)")

COLD_FRAGMENTS = [
    "请", "您", "自行", "查询", "留意", "等待", "等候", "通知", "按照", "公司", "规定", "办理", "详情", "见",
    "具体", "规则", "请您关注", "页面", "尝试", "其他", "方式", "去", "前往", "门店", "寻找", "帮助", "答案",
    "已寄出", "抱歉", "建议", "自助", "解决", "，", "。", "！", " ", "\n",
]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(COLD_FRAGMENTS), max_size=10).map("".join))
def test_cold_reply_searches_match_the_plain_search(text: str) -> None:
    for plain, found in ((cold_reply._POINTER, cold_reply._POINTERS), (cold_reply._DEAD_END, cold_reply._DEAD_ENDS)):
        expected = plain.search(text)
        got = found.search(text)
        assert (got and got.span()) == (expected and expected.span())


@settings(max_examples=300, deadline=None)
@given(
    st.text(alphabet="abcdx中 1", max_size=40),
    st.sampled_from([r"(?:(?<!a)(?:b|x中))?\s?[a中]b|(?:x)*a", r"(?P<x>x+)?(?:a|b\d)", r"(?:c|d)?(?<=x)ab+"]),
)
def test_a_search_from_the_first_characters_is_the_search(text: str, source: str) -> None:
    pattern = re.compile(source)
    found = Prefiltered(pattern, firsts=True)
    assert spans(found.finditer(text)) == spans(pattern.finditer(text))
    expected = pattern.search(text)
    assert (found.search(text) and found.search(text).span()) == (expected and expected.span())  # type: ignore[union-attr]
    with pytest.raises(ValueError, match="cannot read"):
        list(Prefiltered(re.compile("[^a]b"), firsts=True).finditer("xb"))


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="abcdefx中", max_size=30), st.sampled_from([None, 0, 1, 3]))
def test_jump_finditer_is_finditer(text: str, misses: int | None) -> None:
    # Lookbehinds see the text before the candidate; after `misses` failures the plain scan
    # takes over from where the jumps stopped.
    assert spans(jump_finditer(re.compile("[ace]"), WORDS, text, misses)) == spans(WORDS.finditer(text))


def test_literal_trie_factors_prefixes() -> None:
    assert literal_trie(["不是", "不是我", "不要", "a.b"]) == "(?:a\\.b|不(?:是(?:我)?|要))"
    with pytest.raises(ValueError, match="empty"):
        literal_trie(["a", ""])
    assert literal_trie(["不是", "不是我", "不要", "a.b"], grouped=False) == "a\\.b|不(?:是(?:我)?|要)"
    assert literal_trie(["不是"], grouped=False) == literal_trie(["不是"]) == "不是"


def test_an_ungrouped_trie_lets_re_skip_to_its_first_characters() -> None:
    # re looks for the possible first characters only when every top-level alternative begins
    # with a literal: joined with more alternatives, a grouped trie hides them.
    from re import _compiler, _parser  # type: ignore[attr-defined]

    def skips(pattern: str) -> bool:
        return bool(_compiler._get_charset_prefix(_parser.parse(pattern), 0))

    words = ["不是", "不要", "好了"]
    assert skips(literal_trie(words, grouped=False) + "|下(?!单)")
    assert not skips(literal_trie(words) + "|下(?!单)")
    assert skips(politeness.bare_request._MARK.pattern)


@settings(max_examples=300)
@given(
    st.lists(st.text(alphabet="不是我们要好了a.", min_size=1, max_size=4), min_size=1, max_size=8),
    st.text(alphabet="不是我们要好了a.b，", max_size=30),
)
def test_literal_trie_finds_what_the_longest_first_alternation_finds(words: list[str], text: str) -> None:
    flat = re.compile("|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True)))
    trie = re.compile(literal_trie(words))
    assert [m.span() for m in trie.finditer(text)] == [m.span() for m in flat.finditer(text)]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="abcdefx中", max_size=30), st.sampled_from([None, 0, 1, 3]))
def test_prefiltered_is_finditer(text: str, misses: int | None) -> None:
    plain = spans(WORDS.finditer(text))
    assert spans(Prefiltered(WORDS, contains=re.compile("[ace]")).finditer(text)) == plain
    assert spans(Prefiltered(WORDS, starts=re.compile("[ace]"), misses=misses).finditer(text)) == plain
    both = Prefiltered(WORDS, contains=re.compile("[ace]"), starts=re.compile("[ace]"), misses=misses)
    assert spans(both.finditer(text)) == plain


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="abcdefx中", max_size=30), st.sampled_from([1, 2, 4]))
def test_prefiltered_with_reach_is_finditer(text: str, reach: int) -> None:
    # Every match of WORDS holds an "a", "c" or "e" at its start; "b" and "f" are at most one and
    # two characters after one.
    plain = spans(WORDS.finditer(text))
    assert spans(Prefiltered(WORDS, starts=re.compile("[ace]"), reach=reach).finditer(text)) == plain
    if reach >= 1:
        assert spans(Prefiltered(WORDS, starts=re.compile("[bdf]"), reach=reach).finditer(text)) == spans(
            m for m in WORDS.finditer(text) if re.search("[bdf]", text[m.start() : m.start() + reach + 1])
        )


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="abcdefx中", max_size=30))
def test_overlapping_prefiltered_is_every_position(text: str) -> None:
    every = re.compile(r"ab+|b+|cd|c|e(?=f)")
    plain = spans(all_matches(every, text))
    assert spans(Prefiltered(every, starts=re.compile("[abce]"), overlapping=True).finditer(text)) == plain


def test_match_at_covers_the_candidate() -> None:
    # The leftmost start within reach whose match runs past the candidate: "x" ends before it.
    found = Prefiltered(re.compile("xab|x|ab|b"), starts=re.compile("b"), reach=2)
    assert [m.span() if m else None for m in (found.match_at(t, 2) for t in ("xab", "xxb", "yab"))] == [
        (0, 3),
        (2, 3),
        (1, 3),
    ]
    assert Prefiltered(re.compile("x|ab"), starts=re.compile("a"), reach=1).match_at("xab", 1).span() == (1, 3)  # type: ignore[union-attr]


@settings(max_examples=400, deadline=None)
@given(
    st.text(alphabet="abx中 1", max_size=200),
    st.integers(0, 199),
    st.sampled_from([0, 1, 3, 16]),
    st.sampled_from(
        [
            r"(?<=x)ab|a+b*|b(?=a)|x?",
            r"ab+|ba|xa(?=b)|b(?<=ab)",
            r"(?:(?<!a)(?:b|x中))?\s?[a中]b|(?:x)*a",  # an optional group first: a class of first characters
            r"(?P<x>x+)?(?:a|b\d)",
            r"[^b]a|ab",  # a negated class: every start is tried
        ]
    ),
)
def test_match_at_is_the_first_start_in_reach(text: str, pos: int, reach: int, source: str) -> None:
    # The definition, one anchored match per start: what match_at returns on a short text (one
    # search, for a pattern re skips ahead in) and on a long one or for a pattern re cannot skip
    # ahead in (a match per start). Lookarounds and an empty match included.
    pattern = re.compile(source)
    pos = min(pos, len(text))
    expected = next(
        (m for m in (pattern.match(text, s) for s in range(max(0, pos - reach), pos + 1)) if m and m.end() > pos),
        None,
    )
    found = Prefiltered(pattern, starts=re.compile("[ab]"), reach=reach).match_at(text, pos)
    assert (found.span() if found else None) == (expected.span() if expected else None)


def test_first_characters_reads_the_possible_first_characters() -> None:
    firsts = first_characters(re.compile(r"(?P<c>(?:这|那)?(?:是|都是))?(?<![不非])(?:快递|\d)"))
    assert firsts is not None and firsts.pattern == r"[这那是都快\d]"
    assert first_characters(re.compile(r"(?:ab)*|[^x]")) is None  # a negated class
    assert first_characters(re.compile(r"(?i:ok)|a")) is None  # case folding
    assert first_characters(re.compile(r".a")) is None


def test_skips_ahead_reads_what_re_reads() -> None:
    skipping = ("abc", "[ab]c", "(?:ab|cd)", r"ab+|ba|xa(?=b)|b(?<=ab)", "不(?:是|要)")
    trying_each = ("(?:a|b)?c", "(?<!x)ab", "(?=a)b", "a?b", "x?", r"(?<=x)ab|a+b*|b(?=a)|x?")
    assert all(skips_ahead(re.compile(p)) for p in skipping)
    assert not any(skips_ahead(re.compile(p)) for p in trying_each)


def test_prefiltered_builds_its_pattern_only_for_a_text_that_passes() -> None:
    built = []

    def build() -> re.Pattern[str]:
        built.append(1)
        return WORDS

    lazy = Prefiltered(build, contains=re.compile("[ace]"))
    assert list(lazy.finditer("中文 xyz")) == [] and not built
    assert spans(lazy.finditer("abb cd")) == spans(WORDS.finditer("abb cd"))
    assert spans(lazy.finditer("cd")) == [(0, 2, None)] and built == [1]
    for bad in ({"misses": 3}, {"reach": 2}, {"overlapping": True}):
        with pytest.raises(ValueError, match="need starts"):
            Prefiltered(WORDS, **bad)  # type: ignore[arg-type]
    for bad in ({"misses": 3, "reach": 2}, {"reach": 2, "overlapping": True}):
        with pytest.raises(ValueError, match="do not combine"):
            Prefiltered(WORDS, starts=re.compile("a"), **bad)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="compiled re pattern"):
        Prefiltered(build, starts=re.compile("a"))


def test_a_lazy_pattern_compiles_on_first_use_and_then_is_the_compiled_one() -> None:
    lazy = lazy_compile("(?P<w>[\u4e00-\u9fff])好|OK", re.I)
    assert lazy.pattern == "(?P<w>[\u4e00-\u9fff])好|OK"  # the source, before any use
    with pytest.raises(AttributeError):  # not compiled yet: its slots are empty
        object.__getattribute__(lazy, "search")
    plain = re.compile(lazy.pattern, re.I)
    text = "您好，ok，你好"
    assert spans(lazy.finditer(text)) == spans(plain.finditer(text))
    assert object.__getattribute__(lazy, "match") is not None  # one use filled every slot
    assert (lazy.flags, lazy.groups, lazy.groupindex) == (plain.flags, plain.groups, plain.groupindex)
    assert lazy.sub("x", text) == plain.sub("x", text) and lazy.fullmatch("ok") is not None
    with pytest.raises(AttributeError):
        lazy.no_such_attribute  # type: ignore[attr-defined]  # noqa: B018
    late = lazy_compile("ab|b")
    found = Prefiltered(late, starts=re.compile("[ab]"))
    assert spans(found.finditer("xab b")) == [(1, 3, None), (4, 5, None)]
    probed = lazy_compile("c+")
    assert spans(Prefiltered(probed, contains=re.compile("c")).finditer("acc")) == [(1, 3, None)]


_COMPILE_EVERY_LAZY_PATTERN = """
import gc, importlib, pkgutil
import replykit.builtin
from replykit.scan import LazyPattern
for module in pkgutil.walk_packages(replykit.builtin.__path__, "replykit.builtin."):
    importlib.import_module(module.name)
lazy = [o for o in gc.get_objects() if isinstance(o, LazyPattern)]
for pattern in lazy:
    pattern.compiled()
print(len(lazy))
"""


def test_every_lazy_pattern_of_the_builtin_plugins_compiles() -> None:
    # A mistake in a lazily compiled pattern would show on its first use, in a user's draft:
    # compile every one the built-in plugins hold, in a fresh process (in this one, patterns
    # other tests used are compiled already and their stand-ins may be gone).
    import subprocess
    import sys

    run = subprocess.run([sys.executable, "-c", _COMPILE_EVERY_LAZY_PATTERN], capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    assert int(run.stdout) > 200


PROTECTED_FRAGMENTS = [
    "{{contact.name}}", "[订单1]", "https://a.cn/x?y=1", "a@b.cn", "¥12.5", "$3", "100%", "#12",
    "13800138000", "ABC-123", "订单", "您好", "，", " ", "x", ".", "-", "+", "_", "１２",
]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PROTECTED_FRAGMENTS), max_size=10).map("".join))
def test_protected_spans_match_the_plain_scan(text: str) -> None:
    plain = protect.merge_spans(m.span() for m in protect._BUILTIN.finditer(text) if m.end() > m.start())
    assert protect.protected_spans(text, protect._BUILTIN) == plain


FACE_FRAGMENTS = [
    "😊", "👍🏻", "👨\u200d👩\u200d👧", "🇨🇳", "★", "^_^", "(≧▽≦)", "o(∩_∩)o", "[微笑]", "[流泪]", "[订单]",
    "#E-s01", "#E-a[笑]", "好的", "，", "[", "#", "^", "▽",
]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(FACE_FRAGMENTS), max_size=10).map("".join))
def test_face_prefilters_match_the_plain_scan(text: str) -> None:
    for found in (faces._EMOJI, faces._KAOMOJI_FOUND, faces._CODE_FOUND):
        assert spans(found.finditer(text)) == spans(found.pattern.finditer(text))


REQUEST_FRAGMENTS = [
    "提供一下", "上传", "填写", "告诉我", "填下", "留个", "电话", "发一下", "发给我", "发个", "照片", "拍张", "截个图",
    "把地址", "改一下", "修改下", "寄回来", "核对", "订单号", "您", "必须", "务必", "一定", "应该", "应当", "买家",
    "用户", "需", "先", "让", "把", "，", "。", "时", "不", "能", "支持", "退", "一律", "恕", "概", "是我", "归我",
    "关我", "跟我们", "没", "无", "法", "办法", "有权拒绝", "做", "处理不了", "会", "再", "在", "范围", "提供", "亲",
    "过来", "记得", "别", "不要", "唔好", "稍等", "清楚", "完整", "写上", "下单时", "收到后", "您这边", "自行", "要",
]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(REQUEST_FRAGMENTS), max_size=12).map("".join))
def test_rule_prefilters_match_the_plain_scan(text: str) -> None:
    for found in (bare_request._MARKS, bare_must._DUTIES):
        assert spans(found.finditer(text)) == spans(found.pattern.finditer(text))
    triggers = negative_clause.TRIGGERS
    assert spans(triggers.finditer(text)) == spans(all_matches(negative_clause.TRIGGER, text))


PHRASE_TABLE = politeness._PHRASE_TABLE
PHRASE_FRAGMENTS = sorted(
    {c for p in PHRASE_TABLE for c in p.core}
    | {"您", "你", "我们", "自己", "的", "了", "吗", "？", "，", "。", "看", "买", "快递", "规定", "问题", "错", "没"}
)


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(PHRASE_FRAGMENTS), max_size=8).map("".join))
def test_phrase_cores_are_within_reach_of_every_match(text: str) -> None:
    # Each phrase is tried only near a hit of its own core literals: every match of its pattern
    # must hold one within its reach, or the phrase scan misses it.
    for phrase in PHRASE_TABLE:
        own = phrases.prefiltered(phrase, re.compile(literal_trie(phrase.core)))
        assert spans(own.finditer(text)) == spans(phrase.pattern.finditer(text)), phrase.core


def test_phrase_cores_cover_the_declared_examples() -> None:
    texts = [e.bad for r in politeness.RULES for e in r.examples] + [c.text for r in politeness.RULES for c in r.clean]
    matched = 0
    for phrase in PHRASE_TABLE:
        own = phrases.prefiltered(phrase, re.compile(literal_trie(phrase.core)))
        for text in texts:
            plain = spans(phrase.pattern.finditer(text))
            assert spans(own.finditer(text)) == plain, (phrase.core, text)
            matched += bool(plain)
    assert matched > len(PHRASE_TABLE)  # the examples exercise the phrases


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="好的。！？!?\n，,、；;：:~～ \t中a", max_size=60))
def test_the_draft_finds_the_runs_of_end_marks_a_repeat_would_find(text: str) -> None:
    # One mark and then any more: the runs `[…]+` finds, written so that re skips to the marks.
    from replykit import draft

    for ends in (draft._SENTENCE_ENDS, draft._CLAUSE_ENDS):
        marks = ends.pattern[: ends.pattern.index("]") + 1]
        assert [m.span() for m in ends.finditer(text)] == [m.span() for m in re.finditer(marks + "+", text)]
