"""Faces in a draft (emoji, kaomoji, platform codes), shared by the rules about faces."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from typing import TYPE_CHECKING, Literal, NamedTuple

from replykit.draft import Draft
from replykit.hookspecs import Report
from replykit.rules import Rule
from replykit.scan import Prefiltered, lazy_compile

if TYPE_CHECKING:
    import regex


class Face(NamedTuple):
    """An emoji, kaomoji or platform code found in the draft."""

    start: int
    end: int
    kind: Literal["unicode", "kaomoji", "code"]
    cheerful: bool


# Emoji as Unicode defines them (the `regex` module knows Extended_Pictographic, skin-tone
# modifiers and regional-indicator flags), so a ZWJ family or a flag is one face and new emoji
# count without a code-point table to maintain. `regex` costs more than `re` per scan and 3 MiB
# to load, so a cheap `re` probe for the emoji blocks runs first: most replies (and every JD
# reply in the evaluation data) never reach it, and a process that never sees an emoji never
# imports it.
_EMOJI_PROBE = re.compile("[\u2600-\u27bf\u2b00-\u2bff\U0001f000-\U0001faff]")
# A gender sign right after a person (🙇♂️ pasted without its joiner) still belongs to it:
# counted apart, a fix would cut the sign off and leave a different face behind.
_EMOJI_PATTERN = (
    "\\p{RI}\\p{RI}"
    "|\\p{Extended_Pictographic}(?:\ufe0f|\\p{Emoji_Modifier})?"
    "(?:\u200d?[\u2640\u2642]\ufe0f?)?"
    "(?:\u200d\\p{Extended_Pictographic}(?:\ufe0f|\\p{Emoji_Modifier})?)*"
)


def _emoji() -> regex.Pattern[str]:
    import regex

    return regex.compile(_EMOJI_PATTERN)


_EMOJI = Prefiltered(_emoji, contains=_EMOJI_PROBE)


_NOT_FACES = frozenset("★☆✓✔✕✖✗✘☐☑☒✂✉✏✒")  # list bullets and check marks, not faces
# Unicode gives emoji names, not moods: a face is cheerful when its name says it smiles,
# laughs, kisses, celebrates or shows love or approval. A bow (🙇), folded hands, a parcel or a
# truck is not, so an apology may keep them.
_CHEERFUL_NAME = lazy_compile(
    "SMIL|GRIN|LAUGH|JOY|KISS|HEART|PARTY|CONFETTI|BALLOON|THUMBS UP|OK HAND|VICTORY|CLAPPING|"
    "SPARKL|STAR|HUGGING|WINK|TONGUE|SAVOURING|SUNGLASSES|BLOSSOM|ROSE|TULIP|HIBISCUS|SUNFLOWER|"
    "BOUQUET|RAISED HANDS|MUSICAL|PRESENT|GIFT|HUNDRED|FIRE|FLEXED|DANC"
)
_SAD_NAME = lazy_compile("BROKEN|CRYING|WEARY|PENSIVE|DISAPPOINTED|FROWN|WORRIED|PERSEVER|ANGUISH")
# A run of stars after 五星好评 is one rating, not five faces.
_STARS = frozenset("\u2b50\U0001f31f")


def _cheerful(emoji: str) -> bool:
    name = unicodedata.name(emoji[0], "")
    return _CHEERFUL_NAME.search(name) is not None and _SAD_NAME.search(name) is None


_KAOMOJI = lazy_compile(
    r"[~～]?[Oo]\(∩_∩\)[Oo](?:/~|~)?"
    r"|\(\*?\^[_\-oO▽ω]*\^\*?\)|\^[_\-oO▽ω]{0,3}\^"
    r"|[（(][^()（）\n]{0,4}[≧＾^][▽ωー_][≦＾^][^()（）\n]{0,4}[)）]"
    r"|o\(\*?[￣^][▽ω][￣^]\*?\)[oO/]"
)
_KAOMOJI_HINT = re.compile("[∩^＾≧▽ω￣]")  # every kaomoji above has one: a cheap first pass
_KAOMOJI_FOUND = Prefiltered(_KAOMOJI, contains=_KAOMOJI_HINT)
# Every face has a character of one of the three probes: an emoji, a kaomoji hint, or the
# "[" / "#" a platform code starts with.
_FACE_PROBE = lazy_compile(f"[{_EMOJI_PROBE.pattern[1:-1]}{_KAOMOJI_HINT.pattern[1:-1]}\\[#]")
# Platform emoticon codes (Taobao/Qianniu, WeChat); [流泪] and [抱拳] are not cheerful.
_CHEERFUL_CODES = (
    "微笑 呲牙 偷笑 愉快 可爱 调皮 得意 憨笑 大笑 哈哈 嘿哈 奸笑 机智 笑脸 耶 胜利 强 赞 鼓掌 玫瑰 "
    "爱心 心 花 太阳 亲亲 飞吻 色 害羞 开心 爱你 OK ok 好的 庆祝 礼物 红包 转圈 跳跳 坏笑"
)
_CODE_NAMES_CHEERFUL = frozenset(_CHEERFUL_CODES.split())
_OTHER_CODES = "流泪 大哭 难过 委屈 抱抱 拥抱 抱拳 握手 合十 擦汗 尴尬 再见 加油 奋斗 咖啡 "
_CODE_NAMES_OTHER = frozenset(_OTHER_CODES.split())
_CODE = lazy_compile(r"\[([^\[\]\n]{1,4})\]|#E-[A-Za-z]{1,3}(?:\[[^\[\]\n]{1,12}\]|\d{1,4})")
_CODE_FOUND = Prefiltered(_CODE, contains=lazy_compile(r"\[|#E-"))


def find_faces(draft: Draft) -> list[Face]:
    """Every emoji, kaomoji and platform emoticon code in the draft, in order."""
    text = draft.text
    faces: list[Face] = []
    if not _FACE_PROBE.search(text):
        return faces  # most replies: one scan instead of three
    for e in _EMOJI.finditer(text):
        if e.group() in _NOT_FACES or e.group() < "\u2600":
            continue  # bullets and check marks; ©, ®, ™, ‼ and arrows are pictographic, not faces
        last = faces[-1] if faces else None
        if last and last.end == e.start() and e.group() in _STARS and text[last.start] in _STARS:
            faces[-1] = last._replace(end=e.end())
            continue
        faces.append(Face(e.start(), e.end(), "unicode", _cheerful(e.group())))
    for m in _KAOMOJI_FOUND.finditer(text):
        faces.append(Face(m.start(), m.end(), "kaomoji", True))
    for m in _CODE_FOUND.finditer(text):
        name = m.group(1)
        if name is None:
            faces.append(Face(m.start(), m.end(), "code", False))  # JD codes: meaning unknown
        elif name in _CODE_NAMES_CHEERFUL:
            faces.append(Face(m.start(), m.end(), "code", True))
        elif name in _CODE_NAMES_OTHER:
            faces.append(Face(m.start(), m.end(), "code", False))
    faces.sort()
    return faces


def report_face(
    draft: Draft, face: Face, report: Report, target: Rule, fix: str, args: Mapping[str, object] | None
) -> None:
    if face.kind != "code" and not draft.protected_overlap(face.start, face.end):
        report(target, face.start, face.end, [""], fix=fix, args=args)
        return
    # A platform code is protected text: no fix may delete it, so point at its clause instead
    # (at most 40 characters back: a long unpunctuated paste must not be walked per face).
    clause_start, limit = face.start, max(0, face.start - 40)
    while clause_start > limit and draft.text[clause_start - 1] not in "，,。！？!?\n ":
        clause_start -= 1
    if clause_start < face.start:
        report(target, clause_start, face.end, fix=None, args=args)
