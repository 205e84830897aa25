"""How a text converts to a target script, change by change and tier by tier.

The text is cut into pieces between punctuation, and each piece's script is known before
anything converts it: per character, *traditional* (OpenCC's t2s changes it), *simplified*
(s2tw and s2hk both change it, in context) or neither.  Then:

- a traditional character only goes through the target region's variant step (t2tw, t2hk;
  nothing for zh-Hant), never through a simplified->traditional table: 天後 stays 天後;
- a simplified character goes through the character-level config (s2t, s2tw, s2hk).  When it
  has more than one traditional form (发 -> 發/髮, see ``ambiguous``), the choice is certain
  only if (1) the dictionary word the segmenter puts around it (a known word, not a guess of
  its unknown-word model: 干看 and 工作天后 are guesses) converts to the same choice on its own:
  OpenCC's longest match crosses word boundaries (被|发明 read as 被发|明 -> 被髮明), the
  segmenter does not; a one-character word is evidence only for the characters whose other
  forms live inside longer words (``BOUND_ALTERNATIVES``); and (2) no phrase of OpenCC's table
  that lists several readings covers it (冷面 -> 冷麪 or 冷面): the segmenter and OpenCC may agree
  on the word and still not know its sense.  Otherwise the change is ``ambiguous``: left for a
  person, with the word's reading first;
- regional vocabulary (软件 -> 軟體, s2twp / s2hkp over the character-level result) is a
  separate ``vocabulary`` change, one per word, so a person decides;
- quotation marks “” -> 「」 are ``quotes`` changes (Taiwan and Hong Kong).

Every change keeps offsets: characters convert one for one, a vocabulary change replaces a
whole word.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Hashable, Iterable
from typing import NamedTuple

from replykit.builtin.script.ambiguous import AMBIGUOUS, BOUND_ALTERNATIVES, COMPETING_READINGS
from replykit.convert import changes
from replykit.convert import convert as _convert
from replykit.scan import lazy_compile

Segment = Callable[[str], list[tuple[str, int, int]]]

CHAR, UNSURE, VOCABULARY, QUOTE = "char", "ambiguous", "vocabulary", "quotes"

# "fold-trad" folds a mixed draft's simplified characters into traditional ones (Taiwan
# character forms) and leaves its traditional characters as they are.
CHARACTER_CONFIGS = {"zh-Hant": "s2t", "zh-TW": "s2tw", "zh-HK": "s2hk", "fold-trad": "s2tw"}
PHRASE_CONFIGS = {"zh-TW": "s2twp", "zh-HK": "s2hkp"}
VARIANT_CONFIGS = {"zh-TW": "t2tw", "zh-HK": "t2hk"}
QUOTE_MARKS = {"“": "「", "”": "」", "‘": "『", "’": "』"}
_QUOTE = lazy_compile("[“”‘’]")
# Pieces between punctuation and spaces (bounded, so every OpenCC call stays short).
_PIECE = lazy_compile(r"[^\s。！？!?，,、；;：:…~～\"'“”‘’「」『』（）()【】]{1,120}")
_AMBIGUOUS = lazy_compile("[" + "".join(sorted(AMBIGUOUS)) + "]")
# Every start of a phrase with several readings (a lookahead finds overlapping ones; longest first).
_COMPETING = lazy_compile("(?=(" + "|".join(sorted(COMPETING_READINGS, key=lambda k: (-len(k), k))) + "))")
CJK_RUN = lazy_compile(r"[\u3400-\u9fff]{2}")
_COMPAT = lazy_compile("[\uf900-\ufaff]")  # compatibility ideographs: OpenCC normalises them, we keep them


# Pieces are short and repeat (the check and the finalize of one draft convert the same
# pieces; replies share phrases): a bounded cache of OpenCC results, safe across threads.
# Sized by measurement on the target-script path (docs/performance.md): most hits are the
# finalize finding its own draft's pieces, which a small cache keeps; a larger one mostly
# holds memory.
convert = functools.lru_cache(maxsize=2048)(_convert)
# The changes of a piece, relative to its start, are cached the same way (keyed on the piece, the
# target and the segmenter object, so two segmenters never share words): the finalize of a draft
# finds the pieces its check planned, and replies repeat their greetings and closings.
_PIECE_CACHE = 1024


class Change(NamedTuple):
    """Replace text[start:end] with replacement; ``kind`` is its tier."""

    start: int
    end: int
    replacement: str
    kind: str
    choices: tuple[str, ...] = ()


def _same_length(text: str, config: str) -> str:
    out = convert(text, config)
    if len(out) == len(text):
        return out
    parts = []
    for ch in text:  # a phrase changed length: character by character keeps the offsets
        c = convert(ch, config)
        parts.append(c if len(c) == 1 else ch)
    return "".join(parts)


class _Scan(NamedTuple):
    """A piece's script per character, and the conversions that told it."""

    trad: tuple[bool, ...]
    simp: tuple[bool, ...]
    folded: str  # t2s
    tw: str | None  # s2tw, when s2t changes something
    hk: str | None  # s2hk, likewise


# Characters that are simplified forms in one use and the written form of both scripts in
# another: Cantonese writes the aspect particle "all" as 晒 in traditional text too (唔該晒,
# 多謝晒, 賣晒啦), while 晒 the verb (晒太陽, 晒單) is the simplified form of 曬.  The particle
# follows its verb and ends the phrase (punctuation, an emoji, the end) or comes before a
# pronoun or a sentence particle; the verb takes an object (晒太陽).  Likewise 吓, the
# "have a go" aspect after a verb (睇吓, 搵吓啦, 試吓呢件), is how Hong Kong writes it, while
# 吓 the verb "scare" is the simplified form of 嚇: that one opens the phrase or follows a
# copula, an adverb or a passive marker (係吓死人, 唔好吓我, 被吓) and takes a result (吓死,
# 吓到, 吓一跳, 吓人, 吓得; Mandarin 吓了 and 吓唬).
_SHARED_IN_CONTEXT = lazy_compile(
    "(?<=[\u3400-\u9fff])(?<![被俾驚惊恐係系好別别])吓(?!死|到|親|亲|壞|坏|一跳|倒|人|了|得|着|著|唬)"
    "|晒(?=$|[^\u3400-\u9fff]|[您你佢我哋啦喇呀啊嘞咯喎囉嘅咗])"
)


@functools.lru_cache(maxsize=_PIECE_CACHE)
def _scan(piece: str) -> _Scan:
    folded = _same_length(piece, "t2s")
    trad = tuple(a != b for a, b in zip(piece, folded))
    if not changes(piece, "s2t"):
        return _Scan(trad, (False,) * len(piece), folded, None, None)
    tw = _same_length(piece, "s2tw")
    hk = _same_length(piece, "s2hk")
    simp = [not t and a != b and a != c for t, a, b, c in zip(trad, piece, tw, hk)]
    for m in _SHARED_IN_CONTEXT.finditer(piece):
        simp[m.start()] = False
    return _Scan(trad, tuple(simp), folded, tw, hk)


def _same_length_each(texts: list[str], config: str) -> list[str]:
    """_same_length of each text, in one OpenCC call: no table entry holds a newline, so the
    texts convert as they would one by one."""
    joined = convert("\n".join(texts), config).split("\n")
    if len(joined) != len(texts):  # pragma: no cover - a text held a newline
        return [_same_length(t, config) for t in texts]
    return [out if len(out) == len(t) else _same_length(t, config) for t, out in zip(texts, joined)]


def marks(piece: str) -> tuple[tuple[bool, ...], tuple[bool, ...]]:
    """Per character of a piece: (traditional, simplified)."""
    scan = _scan(piece)
    return scan.trad, scan.simp


def _needs_work(piece: str) -> bool:
    # An ambiguous character may need a look even where OpenCC keeps it (放松管制 stays 放松).
    return changes(piece, "t2s") or changes(piece, "s2t") or _AMBIGUOUS.search(piece) is not None


def script_counts(text: str) -> tuple[int, int]:
    """(traditional, simplified) character counts of a text."""
    trad = simp = 0
    for m in _PIECE.finditer(text):
        piece = m.group()
        if not _needs_work(piece):
            continue
        t, s = marks(piece)
        trad += sum(t)
        simp += sum(s)
    return trad, simp


def piece_scripts(text: str) -> Iterable[tuple[int, int, str]]:
    """(start, end, script) of each piece: 'zh-Hans', 'zh-Hant', 'mixed' or 'neither'."""
    for m in _PIECE.finditer(text):
        piece = m.group()
        t, s = marks(piece) if _needs_work(piece) else ((), ())
        kind = {(True, True): "mixed", (True, False): "zh-Hant", (False, True): "zh-Hans"}.get(
            (any(t), any(s)), "neither"
        )
        yield m.start(), m.end(), kind


def plan(text: str, target: str, segmenter: Callable[[], Segment] | None) -> list[Change]:
    """Every change converting text to target, sorted by start ('zh-Hans', 'zh-Hant',
    'zh-TW', 'zh-HK' or 'fold-trad').  ``segmenter`` gives the word segmenter, called when a
    piece first needs words; its ``known_words`` (dictionary words only, no unknown-word
    guesses), when it has that method, are the evidence for an ambiguous character."""
    out: list[Change] = []
    if target == "zh-Hans":
        for m in _PIECE.finditer(text):
            piece = m.group()
            if changes(piece, "t2s"):
                out += _shifted(_fold(piece), m.start())
        return out
    seg: Segment | None = None
    loaded = segmenter is None
    majority_trad: bool | None = None
    for m in _PIECE.finditer(text):
        piece = m.group()
        if not (_needs_work(piece) or (target in VARIANT_CONFIGS and changes(piece, VARIANT_CONFIGS[target]))):
            if target in PHRASE_CONFIGS and CJK_RUN.search(piece):  # 信息 -> 資訊: no character changes
                if majority_trad is None:
                    t, s = script_counts(text)
                    majority_trad = t > s
                if majority_trad:
                    continue  # a traditional draft's words are the writer's: no vocabulary churn
                if not loaded:
                    seg, loaded = segmenter() if segmenter else None, True
                out += _shifted(_cached(_piece_vocabulary, piece, target, seg), m.start())
            continue
        trad, simp = marks(piece)
        has_t, has_s = any(trad), any(simp)
        if not has_t and not has_s and majority_trad is None:
            t, s = script_counts(text)
            majority_trad = t > s
        if not loaded:
            seg, loaded = segmenter() if segmenter else None, True
        traditional_context = has_t or (not has_s and bool(majority_trad))
        out += _shifted(_cached(_convert_piece, piece, target, traditional_context, seg), m.start())
    if target in ("zh-TW", "zh-HK"):
        out += [Change(m.start(), m.end(), QUOTE_MARKS[m.group()], QUOTE) for m in _QUOTE.finditer(text)]
        out.sort(key=lambda c: (c.start, c.end))
    return out


def _cached(fn: Callable[..., tuple[Change, ...]], piece: str, target: str, *rest: object) -> tuple[Change, ...]:
    """fn's result from its bounded cache (computed directly for a segmenter that cannot be a
    key)."""
    if isinstance(rest[-1], Hashable):
        return _CACHED[fn](piece, target, *rest)
    return fn(piece, target, *rest)


def _shifted(changes: tuple[Change, ...], base: int) -> list[Change]:
    if not base:
        return list(changes)
    return [Change(base + c.start, base + c.end, c.replacement, c.kind, c.choices) for c in changes]


def _fold(piece: str) -> tuple[Change, ...]:
    """Traditional to simplified.  Where the Taiwan reading differs (看著 -> 看着 with tw2s,
    看著 with t2s; but 土著 stays 土著) the choice is left for a person."""
    folded = _same_length(piece, "t2s")
    taiwan = _same_length(piece, "tw2s")
    out = []
    for i, (a, b, c) in enumerate(zip(piece, folded, taiwan)):
        if _COMPAT.match(a):
            continue
        if b != c:
            out.append(Change(i, i + 1, c, UNSURE, (c, b)))
        elif a != b:
            out.append(Change(i, i + 1, b, CHAR))
    return tuple(out)


def _convert_piece(piece: str, target: str, traditional_context: bool, segment: Segment | None) -> tuple[Change, ...]:
    """The changes of one piece, offsets relative to the piece."""
    trad, simp, folded, tw, hk = _scan(piece)
    char_config = CHARACTER_CONFIGS[target]
    view = folded if any(trad) else piece  # the piece in simplified characters
    if view is piece and tw is not None and char_config == "s2tw":
        conv = tw
    elif view is piece and hk is not None and char_config == "s2hk":
        conv = hk
    else:
        conv = _same_length(view, char_config)
    variant_config = VARIANT_CONFIGS.get(target)
    variant = _same_length(piece, variant_config) if variant_config else piece
    compat = _COMPAT.search(piece) is not None
    evidence: list[tuple[str, int, int]] | None = None
    alone: list[str] = []
    contested: dict[int, tuple[str, ...]] | None = None
    out: list[Change] = []
    simplified_positions = False
    for i, c in enumerate(piece):
        if compat and _COMPAT.match(c):
            continue
        if trad[i] or (not simp[i] and traditional_context):
            if variant[i] != c:
                out.append(Change(i, i + 1, variant[i], CHAR))
            continue
        if (c == "晒" or c == "吓") and _SHARED_IN_CONTEXT.match(piece, i):
            continue
        simplified_positions = True
        new = conv[i]
        if view[i] in AMBIGUOUS:
            if evidence is None:
                evidence = _words(view, getattr(segment, "known_words", segment))
                alone = _same_length_each([w for w, _, _ in evidence], char_config)
                contested = _contested(view)
            best, certain = _reading(view, i, evidence, alone, new)
            readings = contested.get(i, ()) if contested else ()
            if readings and variant_config:  # 才能 -> 才能 or 纔能: both 才能 in Taiwan
                readings = tuple(dict.fromkeys(convert(r, variant_config) for r in readings))
            if not certain or len(readings) > 1:
                choices = tuple(dict.fromkeys((best, new, *readings, *_forms(view[i], variant_config))))
                out.append(Change(i, i + 1, best, UNSURE, choices))
                continue
        if new != c:
            out.append(Change(i, i + 1, new, CHAR))
    phrase_config = PHRASE_CONFIGS.get(target)
    if phrase_config and simplified_positions and convert(view, phrase_config) != convert(view, char_config):
        out += _vocabulary(view, _words(view, segment), char_config, phrase_config)
    return tuple(out)


def _piece_vocabulary(piece: str, target: str, segment: Segment | None) -> tuple[Change, ...]:
    """The regional words of a piece no character of which changes."""
    return tuple(_vocabulary(piece, _words(piece, segment), CHARACTER_CONFIGS[target], PHRASE_CONFIGS[target]))


@functools.lru_cache(maxsize=1)
def _traditional_forms() -> dict[str, tuple[str, ...]]:
    """Simplified character -> the traditional characters OpenCC's t2s folds into it (built on
    the first ambiguous finding: one t2s pass over the CJK blocks)."""
    forms: dict[str, list[str]] = {}
    for block in range(0x4E00, 0xA000, 256):
        chars = [chr(c) for c in range(block, min(block + 256, 0xA000))]
        folded = _convert("\n".join(chars), "t2s").split("\n")
        if len(folded) != len(chars):  # pragma: no cover - OpenCC kept the separators so far
            continue
        for t, f in zip(chars, folded):
            if len(f) == 1 and f != t and f in AMBIGUOUS:
                forms.setdefault(f, []).append(t)
    return {k: tuple(v) for k, v in forms.items()}


def _forms(char: str, variant_config: str | None) -> tuple[str, ...]:
    """The traditional forms of an ambiguous character, in the target region's variants."""
    forms = _traditional_forms().get(char, ())
    if variant_config:
        forms = tuple(convert(f, variant_config) for f in forms)
    return tuple(dict.fromkeys(forms))


def _words(view: str, segment: Segment | None) -> list[tuple[str, int, int]]:
    if segment is None:
        return [(c, i, i + 1) for i, c in enumerate(view)]
    return segment(view)


def _contested(view: str) -> dict[int, tuple[str, ...]]:
    """Positions of view that a phrase with several readings covers, and their readings there."""
    out: dict[int, tuple[str, ...]] = {}
    for m in _COMPETING.finditer(view):
        key = m.group(1)
        readings = COMPETING_READINGS[key]
        for j in range(len(key)):
            chars = tuple(dict.fromkeys(r[j] for r in readings))
            if len(chars) > 1:
                out[m.start() + j] = tuple(dict.fromkeys((*out.get(m.start() + j, ()), *chars)))
    return out


def _reading(
    view: str, i: int, words: list[tuple[str, int, int]], converted: list[str], in_context: str
) -> tuple[str, bool]:
    """How the word around view[i] converts that character on its own (``converted``: each
    word converted alone), and whether that makes the choice certain."""
    for (_, s, e), word in zip(words, converted):
        if s <= i < e:
            alone = word[i - s]
            break
    else:  # pragma: no cover - a segmenter covers every character
        s, e, alone = i, i + 1, in_context
    certain = alone == in_context and (e - s > 1 or view[i] in BOUND_ALTERNATIVES)
    return alone, certain


def _vocabulary(view: str, words: list[tuple[str, int, int]], char_config: str, phrase_config: str) -> list[Change]:
    """Regional words, one word at a time: a phrase table entry that spans two of the
    segmenter's words (改变|量子 read as 变量 -> 變數) is not a word of the text."""
    out: list[Change] = []
    candidates = [(word, s, e) for word, s, e in words if len(word) > 1 or changes(word, "s2t")]
    if not candidates:
        return out
    texts = [word for word, _, _ in candidates]
    plains = convert("\n".join(texts), char_config).split("\n")
    regionals = convert("\n".join(texts), phrase_config).split("\n")
    if len(plains) != len(texts) or len(regionals) != len(texts):  # pragma: no cover - a newline
        plains = [convert(t, char_config) for t in texts]
        regionals = [convert(t, phrase_config) for t in texts]
    for (_, s, e), plain, regional in zip(candidates, plains, regionals):
        if plain == regional:
            continue
        # The regional form must be stable: converting it again changes nothing (演算法 would
        # grow to 演演算法 on every pass).
        if convert(_same_length(regional, "t2s"), phrase_config) != regional:
            continue
        out.append(Change(s, e, regional, VOCABULARY))
    return out


_CACHED: dict[Callable[..., tuple[Change, ...]], Callable[..., tuple[Change, ...]]] = {
    fn: functools.lru_cache(maxsize=_PIECE_CACHE)(fn) for fn in (_convert_piece, _piece_vocabulary)
}


def char_runs(changes: Iterable[Change]) -> list[tuple[int, int, str]]:
    """Adjacent character changes joined: (start, end, replacement), one finding each."""
    runs: list[tuple[int, int, str]] = []
    for c in changes:
        if c.kind != CHAR:
            continue
        if runs and runs[-1][1] == c.start:
            s, _, r = runs[-1]
            runs[-1] = (s, c.end, r + c.replacement)
        else:
            runs.append((c.start, c.end, c.replacement))
    return runs


def apply(text: str, plan_: Iterable[Change], kinds: frozenset[str] | set[str]) -> str:
    """Text with the changes of the given kinds applied (a vocabulary change wins over the
    character changes inside its word)."""
    chosen = sorted((c for c in plan_ if c.kind in kinds), key=lambda c: (c.start, c.kind != VOCABULARY))
    out, pos = [], 0
    for c in chosen:
        if c.start < pos:
            continue
        out.append(text[pos : c.start])
        out.append(c.replacement)
        pos = c.end
    out.append(text[pos:])
    return "".join(out)
