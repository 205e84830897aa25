"""The literal prefilter: scan cheaply for what every match must have, then confirm with the pattern.

``Prefiltered`` is the one helper rules and ``protect`` use for it; ``jump_finditer`` is its
"try the pattern only where a match can start" half, ``literal_starts`` builds that start class,
``literal_trie`` a fast scan for many literals. A scan shared by several patterns (the politeness
phrases: one literal scan finds the candidates of all of them) confirms each candidate with
``Prefiltered.match_at``. ``lazy_compile`` is ``re.compile`` deferred to the pattern's first use.

re tries every alternative of an alternation at every position of the text unless it can see
one set of first characters (a literal alternation like ``抱歉|对不起`` is fine; one whose
branches start with groups or repeats is not). ``jump_finditer`` searches for a possible first
character (a scan re runs in C) and tries the pattern only there.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterable, Iterator
from typing import Any, Generic, Protocol, TypeVar, cast

M = TypeVar("M")
M_co = TypeVar("M_co", covariant=True)


class Finder(Protocol[M_co]):
    """A compiled pattern of ``re`` or of the ``regex`` module."""

    def finditer(self, string: str) -> Iterator[M_co]: ...


_PATTERN_ATTRIBUTES = (
    "search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split", "scanner",
    "flags", "groups", "groupindex",
)  # fmt: skip


class LazyPattern:
    """A ``re`` pattern compiled on its first use (see ``lazy_compile``)."""

    __slots__ = ("pattern", "_flags", "_compiled", "_namespace", *_PATTERN_ATTRIBUTES)

    def __init__(self, pattern: str, flags: int = 0, namespace: dict[str, Any] | None = None) -> None:
        self.pattern = pattern
        self._flags = flags
        self._compiled: re.Pattern[str] | None = None
        self._namespace = namespace

    def compiled(self) -> re.Pattern[str]:
        """The compiled pattern (compiled now if it was not)."""
        if self._compiled is None:
            self._compiled = re.compile(self.pattern, self._flags)
            # The module's own names for this stand-in now name the compiled pattern: a use
            # through the stand-in costs an attribute lookup more than one of the pattern.
            namespace, self._namespace = self._namespace, None
            for name, value in list((namespace or {}).items()):
                if value is self:
                    namespace[name] = self._compiled  # type: ignore[index]
        return self._compiled

    def __getattr__(self, name: str) -> Any:
        # Reached only while the attribute's slot is empty: compile once and fill every slot,
        # so each later use is one slot read and the compiled pattern's own method.
        if name not in _PATTERN_ATTRIBUTES:
            raise AttributeError(name)
        compiled = self.compiled()
        for attribute in _PATTERN_ATTRIBUTES:
            setattr(self, attribute, getattr(compiled, attribute))
        return getattr(compiled, name)

    def __repr__(self) -> str:
        return f"lazy_compile({self.pattern!r}, {self._flags})"


def lazy_compile(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, compiled when the pattern is first used.

    re compiles a character class with a range such as ``[\\u4e00-\\u9fff]`` by setting each of
    its characters in Python, and the rule modules hold a few hundred patterns: compiled at
    import, they were most of the start-up of a process that checks a few drafts. A rule
    module writes its patterns with this. ``pattern.pattern`` (the source) is there before the
    first use, so a pattern built from another's source does not compile it.

    On the first use the calling module's names for the stand-in are pointed at the compiled
    pattern, and ``Prefiltered`` keeps the compiled one: later uses cost what a compiled
    pattern's do. A pattern other modules import, or one kept in a tuple or a dict, stays
    behind the stand-in (an attribute lookup more per use): one that most drafts reach is
    written with ``re.compile``. A mistake in a pattern shows on its first use:
    ``tests/test_scan.py`` compiles every one the built-in plugins hold.
    """
    return cast(re.Pattern[str], LazyPattern(pattern, flags, sys._getframe(1).f_globals))


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


def literal_trie(words: Iterable[str], *, grouped: bool = True) -> str:
    """A pattern matching any of ``words``, longest first, with shared prefixes factored out
    (``不是|不是我|不要`` -> ``不(?:是(?:我)?|要)``). re tries a flat alternation of many literals
    branch by branch at each candidate position; the factored form decides one character at a
    time, so a scan for a hundred phrases costs about what one for a few dozen does.

    ``grouped=False``: the top-level alternatives without the group around them, for a pattern
    that adds alternatives of its own (``literal_trie(words, grouped=False) + "|下(?!单)"``). re
    skips ahead to the characters a match can begin with only when every top-level alternative
    begins with a literal; a group as the first alternative hides them, and then re tries the
    whole pattern at every position.

    With more than 96 first characters (and ``grouped``), the top-level alternatives are split
    into groups behind a class of their first characters (see below): the same matches, with a
    candidate position no longer walking every alternative."""
    root: dict[str, Any] = {}
    for word in words:
        if not word:
            raise ValueError("literal_trie: an empty word would match everywhere")
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def branches(node: dict[str, Any]) -> list[str]:
        return [re.escape(ch) + emit(child) for ch, child in sorted(node.items()) if ch]

    def emit(node: dict[str, Any]) -> str:
        found = branches(node)
        if not found:
            return ""
        body = found[0] if len(found) == 1 else "(?:" + "|".join(found) + ")"
        return f"(?:{body})?" if "" in node else body

    if not grouped:
        return "|".join(branches(root))
    if len(root) <= _FLAT_FIRSTS:
        return emit(root)
    # Many first characters: re tries the alternatives at a position one after another (tens of
    # instructions each, even for one whose first character differs), so a few hundred of them
    # cost more than the rest of the match. A class of the first characters, then groups of
    # branches each behind a class of their own: a position is ruled out by one class test, and
    # a candidate walks a few classes and one shorter list. The groups split the first
    # characters, so at most one can match, with the same longest literal.
    # The class in front also reads the second character: a literal of one character, or a
    # first character and a second one of some literal (most candidates fail there).
    firsts = sorted(root)
    seconds = sorted({ch for child in root.values() for ch in child if ch})
    ahead = _char_class(firsts) + (_char_class(seconds) if seconds else "")
    singles = [ch for ch in firsts if "" in root[ch]]
    if singles and seconds:
        ahead = _char_class(singles) + "|" + ahead
    count = -(-len(firsts) // _FLAT_FIRSTS)
    groups = [firsts[i * len(firsts) // count : (i + 1) * len(firsts) // count] for i in range(count)]
    return (
        "(?="
        + ahead
        + ")(?:"
        + "|".join(
            "(?=" + _char_class(group) + ")(?:" + "|".join(re.escape(ch) + emit(root[ch]) for ch in group) + ")"
            for group in groups
        )
        + ")"
    )


# literal_trie: up to this many first characters the alternation stays flat, and each group of
# the split form holds at most this many. Counted with callgrind on the politeness phrase cores
# (382 first characters): 4 groups of ~96 run 40 % fewer instructions per text than the flat
# alternation, and about as few as 2 levels of groups of 32, whose 21 classes cost ~30 M
# instructions more to compile (re builds a 64K-entry map per class). Reading the second
# character in front: a further 10 % fewer (14 candidate positions per reply, 9.6 pass it).
_FLAT_FIRSTS = 96


def _char_class(chars: list[str]) -> str:
    return "[" + "".join(re.escape(ch) for ch in chars) + "]"


# Prefiltered(firsts=True): the starts, read from the pattern when it is first used.
_FIRSTS_OF_THE_PATTERN = re.compile("")

# How much text after the first start in reach ``Prefiltered.match_at`` searches instead of
# trying each start (a reply is a few dozen characters).
_SEARCH_REST = 80


class Prefiltered(Generic[M]):
    """A pattern behind a literal prefilter: cheap scans rule a text out (or narrow where to
    look) before the pattern runs; ``finditer`` yields what ``pattern.finditer`` would.

    ``contains``: a cheap pattern (a character class, a literal) that finds something inside
    every match; a text without it has no match, and the pattern never runs on it.
    ``starts``: a cheap pattern that matches where every match begins (``literal_starts``, or a
    literal alternation); the pattern (a ``re`` one) is tried only there, and after ``misses``
    failed tries the rest of the text is scanned plainly (see ``jump_finditer``).
    ``reach``: with ``starts``, a match may begin up to ``reach`` characters before the place
    ``starts`` matches (a literal every match holds near its start, such as 不是 in 这又不是…).
    ``overlapping``: with ``starts``, ``finditer`` yields the pattern's match at every place
    ``starts`` matches, also inside an earlier match; what the plain scan of every position
    (``all_matches``) yields. For a caller that decides itself which candidates to skip.
    ``firsts``: the starts are the characters a match can begin with, read from the pattern on
    its first use (``first_characters``): for a pattern re cannot skip ahead in itself (one that
    opens with an optional group, ``(?:请)?(?:等待|等候)通知``), which ``search`` would otherwise
    try at every position. The pattern must not match the empty string.
    ``pattern`` may be a function that builds it, called on the first text that passes
    ``contains``: a costly pattern, or the module that compiles it, loads only when needed
    (a ``lazy_compile`` pattern is built the same way; with ``starts``, on the first text).
    A property test per user checks the prefiltered matches against the plain scan.
    """

    __slots__ = (
        "_build",
        "_firsts",
        "_pattern",
        "_skips",
        "contains",
        "finditer",
        "misses",
        "overlapping",
        "reach",
        "starts",
    )

    def __init__(
        self,
        pattern: Finder[M] | Callable[[], Finder[M]],
        *,
        contains: re.Pattern[str] | None = None,
        starts: re.Pattern[str] | None = None,
        misses: int | None = None,
        reach: int = 0,
        overlapping: bool = False,
        firsts: bool = False,
    ) -> None:
        if firsts:
            if starts is not None:
                raise ValueError("firsts reads the starts from the pattern: no starts with it")
            starts = _FIRSTS_OF_THE_PATTERN
        if starts is not None and not isinstance(pattern, (re.Pattern, LazyPattern)):
            raise TypeError("starts jumps with re: the pattern must be a compiled re pattern")
        if starts is None and (misses is not None or reach or overlapping):
            raise ValueError("misses, reach and overlapping say where to try the pattern: they need starts")
        if sum((misses is not None, reach > 0, overlapping)) > 1:
            raise ValueError("misses, reach and overlapping do not combine")
        if isinstance(pattern, LazyPattern):
            # Built like a pattern given as a function, so that every use goes to the compiled
            # pattern itself, not through the stand-in.
            pattern = cast(Callable[[], Finder[M]], pattern.compiled)
        self._pattern: Finder[M] | None = None if callable(pattern) else pattern
        self._build = pattern if callable(pattern) else None
        self._skips: bool | None = None  # match_at: can re skip ahead in the pattern? (read on first use)
        # match_at, for a pattern re cannot skip ahead in: the characters a match can begin with
        self._firsts: frozenset[str] | None = None
        self.contains, self.starts, self.misses = contains, starts, misses
        self.reach, self.overlapping = reach, overlapping
        # What pattern.finditer(text) yields, found with the prefilter. A function made for
        # this prefilter: every draft goes through it, most stop at the first scan. With
        # starts, a lazily compiled pattern is compiled on the first text, then the function
        # is made with it.
        lazy = starts is not None and (self._pattern is None or isinstance(starts, LazyPattern) or firsts)
        self.finditer: Callable[[str], Iterable[M]] = self._first_finditer if lazy else self._finder()

    @property
    def pattern(self) -> Finder[M]:
        if self._pattern is None:
            assert self._build is not None
            self._pattern = self._build()
        return self._pattern

    def match_at(self, text: str, pos: int) -> re.Match[str] | None:
        """The pattern's match that begins at most ``reach`` characters before ``pos`` (the
        leftmost such start first) and runs past ``pos``: the confirm step for a candidate that
        a scan shared with other patterns found at ``pos``."""
        pattern: Any = self._pattern
        if pattern is None:
            pattern = self.pattern  # a re pattern: reach needs starts
        first = pos - self.reach  # conditions, not max(): every phrase confirm runs this
        if first < 0:
            first = 0
        m: re.Match[str] | None
        skips = self._skips
        if skips is None:
            skips, members = _read(pattern)
            self._skips = skips
            self._firsts = None if skips else _literals(members)
        if skips and len(text) - first <= _SEARCH_REST:
            # One search instead of a match per start: re skips in C to where a match can begin,
            # and its match at each start is match()'s. Only on a short rest of the text: a
            # failing search reads to the end, once per candidate. A pattern re cannot skip
            # ahead in (one that opens with an optional group) is tried at every position of
            # that rest: for it the loop below, over the starts in reach only, is cheaper.
            search: Callable[[str, int], re.Match[str] | None] = pattern.search
            start = first
            while start <= pos:
                m = search(text, start)
                if m is None:
                    return None
                begin = m.start()
                if begin > pos:
                    return None
                if m.end() > pos:
                    return m
                start = begin + 1
            return None
        match = pattern.match
        firsts = self._firsts
        if firsts is None:
            for start in range(first, pos + 1):
                m = match(text, start)
                if m is not None and m.end() > pos:
                    return m
            return None
        # Only the starts whose character can begin a match (a match that runs past pos
        # consumes its first character at its start): a set lookup instead of a match.
        for start in range(first, min(pos + 1, len(text))):  # a match from the end ends at pos
            if text[start] in firsts:
                m = match(text, start)
                if m is not None and m.end() > pos:
                    return m
        return None

    def search(self, text: str) -> M | None:
        """The first match ``finditer`` yields: what ``pattern.search(text)`` returns."""
        return next(iter(self.finditer(text)), None)

    def _first_finditer(self, text: str) -> Iterable[M]:
        self._pattern = self.pattern  # builds it
        if self.starts is _FIRSTS_OF_THE_PATTERN:
            pattern = cast(re.Pattern[str], self._pattern)
            firsts = first_characters(pattern)
            if firsts is None or pattern.fullmatch("") is not None:
                raise ValueError(f"firsts: cannot read where a match of {pattern!r} begins")
            self.starts = firsts
        elif isinstance(self.starts, LazyPattern):
            self.starts = self.starts.compiled()
        self.finditer = self._finder()
        return self.finditer(text)

    def _finder(self) -> Callable[[str], Iterable[M]]:
        search = self.contains.search if self.contains is not None else None
        starts = self.starts
        if starts is not None:
            # A re pattern (checked in __init__), so M is re.Match[str]: one cast of the finder,
            # none per text.
            return cast(Callable[[str], Iterable[M]], self._jumper(search, starts))
        if self._pattern is not None:
            finditer = self._pattern.finditer
            if search is None:
                return finditer

            def probing(text: str) -> Iterable[M]:
                if search(text) is None:
                    return ()
                return finditer(text)

            return probing

        def probing_lazily(text: str) -> Iterable[M]:
            if search is not None and search(text) is None:
                return ()
            pattern = self._pattern = self.pattern
            self.finditer = self._finder()  # built now: later texts go straight to it
            return pattern.finditer(text)

        return probing_lazily

    def _jumper(
        self, search: Callable[[str], re.Match[str] | None] | None, starts: re.Pattern[str]
    ) -> Callable[[str], Iterable[re.Match[str]]]:
        jump = cast(re.Pattern[str], self._pattern)
        misses = self.misses
        if self.overlapping:
            first = starts.search

            def overlapping(text: str) -> Iterable[re.Match[str]]:
                if search is not None and search(text) is None:
                    return ()
                candidate = first(text)  # most texts have none: no generator for them
                if candidate is None:
                    return ()
                return _every_start(starts, jump, text, candidate.start())

            return overlapping
        if self.reach:
            reach = self.reach

            def reaching(text: str) -> Iterable[re.Match[str]]:
                if search is not None and search(text) is None:
                    return ()
                return _reaching(starts, jump, reach, text)

            return reaching

        def jumping(text: str) -> Iterable[re.Match[str]]:
            if search is not None and search(text) is None:
                return ()
            return jump_finditer(starts, jump, text, misses)

        return jumping


def skips_ahead(pattern: re.Pattern[str]) -> bool:
    """Whether ``pattern.search`` jumps to where a match can begin (a literal prefix, or a set of
    first characters, as re reads them from the pattern) instead of trying every position.
    The answer only chooses between two ways to the same match (``Prefiltered.match_at``); it
    is True when it cannot tell (the reader is re's own, not a public interface)."""
    return _read(pattern)[0]


def first_characters(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """A class of the characters that a match of ``pattern`` which consumes anything can begin
    with, read with re's own parser (look-arounds are passed over, optional parts add the
    characters of what may follow them); None when the pattern has a part it cannot read that
    way (any character, a negated class, a back reference, case folding, local flags).

    ``Prefiltered(firsts=True)`` searches for it and tries the pattern only there."""
    members = _read(pattern)[1]
    if not members:
        return None
    escaped = (re.escape(m) if len(m) == 1 else m for m in dict.fromkeys(members))
    return re.compile("[" + "".join(escaped) + "]", pattern.flags & re.ASCII)


def _literals(members: list[str] | None) -> frozenset[str] | None:
    """The first characters as a set when they are plain characters (no range, no category):
    no class to compile; else None."""
    if not members or any(len(m) != 1 for m in members):
        return None
    return frozenset(members)


def _read(pattern: re.Pattern[str]) -> tuple[bool, list[str] | None]:
    """One reading of the pattern with re's parser: whether re skips ahead in it (``skips_ahead``)
    and the members of the class of its first characters (a plain character, a range ``a-z`` or
    a category ``\\d``), None when they cannot be read (see ``first_characters``)."""
    try:
        from re import _compiler, _parser  # type: ignore[attr-defined]

        tree = _parser.parse(pattern.pattern, pattern.flags)
        flags = tree.state.flags | pattern.flags
        # re keeps no prefix for a pattern that can match the empty string
        skips = tree.getwidth()[0] > 0 and (
            bool(_compiler._get_literal_prefix(tree, flags)[0]) or bool(_compiler._get_charset_prefix(tree, flags))
        )
    except Exception:  # another Python's re: keep the search, read nothing
        return True, None
    if flags & (re.IGNORECASE | re.LOCALE):
        return skips, None
    try:
        return skips, _first_members(tree) or None
    except ValueError:
        return skips, None


def _first_members(tree: Any) -> list[str]:
    from re import _constants as sre  # type: ignore[attr-defined]

    members: list[str] = []
    categories = {
        sre.CATEGORY_DIGIT: r"\d", sre.CATEGORY_NOT_DIGIT: r"\D", sre.CATEGORY_SPACE: r"\s",
        sre.CATEGORY_NOT_SPACE: r"\S", sre.CATEGORY_WORD: r"\w", sre.CATEGORY_NOT_WORD: r"\W",
    }  # fmt: skip

    def sequence(items: Any) -> bool:  # whether the sequence can match the empty string
        return all(nullable(op, av) for op, av in items)

    def nullable(op: Any, av: Any) -> bool:  # adds the item's first characters to members
        if op is sre.LITERAL:
            members.append(chr(av))
            return False
        if op is sre.IN:
            for kind, value in av:
                if kind is sre.LITERAL:
                    members.append(chr(value))
                elif kind is sre.RANGE:
                    members.append(re.escape(chr(value[0])) + "-" + re.escape(chr(value[1])))
                elif kind is sre.CATEGORY and value in categories:
                    members.append(categories[value])
                else:
                    raise ValueError(kind)  # a negated class
            return False
        if op is sre.SUBPATTERN:
            if av[1] or av[2]:
                raise ValueError(op)  # local flags
            return sequence(av[3])
        if op is sre.BRANCH:
            return any([sequence(branch) for branch in av[1]])  # a list: every branch adds
        if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            return sequence(av[2]) or av[0] == 0
        if op is sre.ATOMIC_GROUP:
            return sequence(av)
        if op in (sre.ASSERT, sre.ASSERT_NOT, sre.AT):
            return True  # consumes nothing
        raise ValueError(op)

    sequence(tree)
    return members


def all_matches(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """The pattern's match at every position of the text, overlapping ones included: the plain
    scan an ``overlapping`` prefilter stands for."""
    for pos in range(len(text) + 1):
        m = pattern.match(text, pos)
        if m is not None:
            yield m


def _every_start(starts: re.Pattern[str], pattern: re.Pattern[str], text: str, pos: int) -> Iterator[re.Match[str]]:
    """``pattern.match`` at every place from ``pos`` on where ``starts`` matches (searched from
    each one's next character, so candidates inside a candidate are tried too)."""
    search, match = starts.search, pattern.match
    while True:
        m = match(text, pos)
        if m is not None:
            yield m
        candidate = search(text, pos + 1)
        if candidate is None:
            return
        pos = candidate.start()


def _reaching(starts: re.Pattern[str], pattern: re.Pattern[str], reach: int, text: str) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)``, trying the pattern only up to ``reach`` characters before
    each place ``starts`` matches (every match has one that near its start)."""
    search, match = starts.search, pattern.match
    free = 0  # the first start not yet tried and not inside a match found
    at = 0
    while (hit := search(text, at)) is not None:
        h = hit.start()
        at = h + 1
        for start in range(max(free, h - reach), h + 1):
            m = match(text, start)
            if m is not None:
                yield m
                free = m.end()
                at = max(at, free)
                break
        else:
            free = max(free, h + 1)
