"""jump_finditer finds what finditer finds; literal_starts reads an alternation's first characters;
literal_trie matches what the longest-first alternation of its words matches."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from replykit.builtin.emoji import no_warmth as emoji
from replykit.scan import jump_finditer, literal_starts, literal_trie


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


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PLACE_FRAGMENTS), max_size=12).map("".join))
def test_emoji_places_match_the_plain_scan(text: str) -> None:
    plain = spans(emoji._PLACE.finditer(text))
    assert spans(jump_finditer(emoji._PLACE_STARTS, emoji._PLACE, text)) == plain


WORDS = re.compile(r"(?<!x)ab+|cd|e(?=f)")


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


@settings(max_examples=300)
@given(
    st.lists(st.text(alphabet="不是我们要好了a.", min_size=1, max_size=4), min_size=1, max_size=8),
    st.text(alphabet="不是我们要好了a.b，", max_size=30),
)
def test_literal_trie_finds_what_the_longest_first_alternation_finds(words: list[str], text: str) -> None:
    flat = re.compile("|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True)))
    trie = re.compile(literal_trie(words))
    assert [m.span() for m in trie.finditer(text)] == [m.span() for m in flat.finditer(text)]
