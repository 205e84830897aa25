"""OpenCC converters, created once per config and shared across threads."""

from __future__ import annotations

import functools
import re
import threading
from typing import Any

_LOCK = threading.Lock()
_CONVERTERS: dict[str, Any] = {}

# target_script -> OpenCC config
OPENCC_CONFIGS = {"zh-Hans": "t2s", "zh-Hant": "s2t", "zh-TW": "s2twp", "zh-HK": "s2hk"}


def converter(config: str) -> Any:
    """The cached ``opencc.OpenCC(config)``; opencc is imported on first use."""
    conv = _CONVERTERS.get(config)
    if conv is None:
        with _LOCK:
            conv = _CONVERTERS.get(config)
            if conv is None:
                import opencc

                conv = opencc.OpenCC(config)
                _CONVERTERS[config] = conv
    return conv


def convert(text: str, config: str) -> str:
    """Convert text with an OpenCC config ('t2s', 's2t', 's2twp', 's2hk', ...)."""
    conv = converter(config)
    if "\x00" in text:  # OpenCC's C strings end at NUL: convert the pieces around it
        return "\x00".join(conv.convert(part) for part in text.split("\x00"))
    result: str = conv.convert(text)
    # Most text comes back unchanged: return the caller's string, not an equal copy that the
    # script plan's caches would keep beside it.
    return text if result == text else result


@functools.lru_cache(maxsize=64)
def in_draft_script(text: str, traditional: bool) -> str:
    """A rule's own wording (a template, a replacement) in the draft's script: unchanged for a
    simplified draft, Taiwan-standard traditional characters (為, not OpenCC's 爲) for a
    traditional one.  Every built-in rule writes its words through this one function."""
    return convert(text, "s2tw") if traditional else text


def to_simplified_same_length(text: str) -> str:
    """t2s, guaranteed to keep the length so offsets carry over.

    OpenCC's phrase tables may change a phrase's length; then convert character by character.
    """
    out = convert(text, "t2s")
    if len(out) == len(text):
        return out
    parts = []
    for ch in text:
        c = convert(ch, "t2s")
        parts.append(c if len(c) == 1 else ch)
    return "".join(parts)


_CJK_RANGES = (range(0x3400, 0xA000), range(0xF900, 0xFB00))  # ranges: no 28k objects kept alive
_BLOCK = 256  # one 28k-character call leaves ~4 MiB of OpenCC's heap behind; blocks leave none


def changing_chars(config: str) -> frozenset[str]:
    """Characters that the OpenCC config changes on their own (one conversion per call; the
    compiled pattern below is what is kept, the 4,000-string set would cost half a MiB).

    ``changes(text, "t2s")`` uses them to tell that a draft has no traditional character, so
    most drafts never reach OpenCC.
    """
    changing: set[str] = set()
    for block in (r[i : i + _BLOCK] for r in _CJK_RANGES for i in range(0, len(r), _BLOCK)):
        before = [chr(c) for c in block]
        after = convert("\n".join(before), config).split("\n")
        if len(after) != len(before):  # pragma: no cover - OpenCC kept the separators so far
            after = [convert(a, config) for a in before]
        changing.update(a for a, b in zip(before, after) if a != b)
    return frozenset(changing)


@functools.lru_cache(maxsize=8)
def _changing_pattern(config: str) -> re.Pattern[str]:
    return re.compile("[" + "".join(sorted(re.escape(c) for c in changing_chars(config))) + "]")


def changes(text: str, config: str) -> bool:
    """Whether the OpenCC config would change some character of text on its own.

    One regex character-class scan (``frozenset.isdisjoint`` over a str would build a str object
    per CJK character, which costs much more).
    """
    return _changing_pattern(config).search(text) is not None
