"""A faster ``finditer`` for alternations whose matches are rare and start on known characters.

re tries every alternative of an alternation at every position of the text unless it can see
one set of first characters (a literal alternation like ``抱歉|对不起`` is fine; one whose
branches start with groups or repeats is not). ``jump_finditer`` searches for a possible first
character (a scan re runs in C) and tries the pattern only there.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Any


def jump_finditer(
    starts: re.Pattern[str], pattern: re.Pattern[str], text: str, misses: int | None = None
) -> Iterator[re.Match[str]]:
    """The matches of ``pattern.finditer(text)``, found by trying ``pattern`` only where
    ``starts`` matches.

    Every match of ``pattern`` must begin with a character ``starts`` matches, and ``pattern``
    must not match the empty string; a property test per caller checks both against the
    plain scan. After ``misses`` candidates that failed (text full of start characters, such
    as English for a pattern that starts on letters), the rest is scanned plainly.
    """
    pos = 0
    failed = 0
    search, match = starts.search, pattern.match
    while misses is None or failed < misses:
        candidate = search(text, pos)
        if candidate is None:
            return
        start = candidate.start()
        m = match(text, start)  # lookbehinds still see text before start, as in finditer
        if m is None:
            failed += 1
            pos = start + 1
        else:
            yield m
            pos = m.end()
    yield from pattern.finditer(text, pos)


def literal_starts(*alternations: str) -> re.Pattern[str]:
    """A class of the first characters of every top-level alternative in ``alternations``.

    Each alternative must begin with a plain character that is not optional (``祝您|谢谢``,
    not ``(?:祝|谢)`` or ``您?好``); a ValueError says which one does not.
    """
    firsts: set[str] = set()
    for alternation in alternations:
        depth, start, i = 0, 0, 0
        text = f"{alternation}|"
        while i < len(text):
            c = text[i]
            if c == "\\":
                i += 2  # an escaped character is never a paren or a bar
                continue
            if c == "[":  # a class: nothing inside it is a paren or a bar
                i = _class_end(text, i)
            elif c == "(":
                depth += 1
            elif c == ")":
                depth -= 1
            elif c == "|" and depth == 0:
                branch = text[start:i]
                if not branch or branch[0] in "\\()[].^$*+?{|" or branch[1:2] in ("?", "*", "{"):
                    raise ValueError(f"{branch!r} does not begin with a plain character")
                firsts.add(branch[0])
                start = i + 1
            i += 1
    return re.compile("[" + re.escape("".join(sorted(firsts))) + "]")


def _class_end(text: str, i: int) -> int:
    """The index of the "]" closing the class that opens at text[i]."""
    j = i + 1
    if text[j : j + 1] == "^":
        j += 1
    if text[j : j + 1] == "]":
        j += 1  # a leading "]" is a member
    while text[j] != "]":
        j += 2 if text[j] == "\\" else 1
    return j


def literal_trie(words: Iterable[str]) -> str:
    """A pattern matching any of ``words``, longest first, with shared prefixes factored out
    (``不是|不是我|不要`` -> ``不(?:是(?:我)?|要)``). re tries a flat alternation of many literals
    branch by branch at each candidate position; the factored form decides one character at a
    time, so a scan for a hundred phrases costs about what one for a few dozen does."""
    root: dict[str, Any] = {}
    for word in words:
        if not word:
            raise ValueError("literal_trie: an empty word would match everywhere")
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, Any]) -> str:
        branches = [re.escape(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return emit(root)
