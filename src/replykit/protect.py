"""Protected spans: text no rule may rewrite and no conversion may touch.

Placeholders (``{{contact.name}}``, ``${name}``), anonymisation masks and platform codes
(``[订单x]``, ``[微笑]``, ``#E-s[数字x]``), URLs, e-mail addresses, and every number (phone, order
and tracking numbers, amounts, dates, times): its digits, not the unit or measure word after it.
Plugins may add patterns through the ``replykit_protected_patterns`` hook (``Protection``).

A plugin's patterns are compiled with ``regex`` (Python ``re`` syntax) and run with a budget:
``PLUGIN_PATTERN_BUDGET`` seconds per text.  A pattern that backtracks past it on some input
raises ``PatternBudgetExceeded`` naming the plugin; the engine records it as that plugin's
error and leaves the draft as written (a text whose protected spans are unknown is never
rewritten).
"""

from __future__ import annotations

import bisect
import re
import sys
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from replykit.errors import PluginLoadError, ReplykitError
from replykit.scan import Prefiltered

if TYPE_CHECKING:
    import regex  # imported where used: only a plugin with protected patterns of its own needs it

# Each alternative is anchored on a cheap first character so the combined scan stays linear.
BUILTIN_PATTERNS: tuple[str, ...] = (
    r"\{\{[^{}\n]{0,100}\}\}",  # {{contact.name}} (Chatwoot, Liquid, Handlebars)
    r"\$\{[^{}\n]{0,100}\}",  # ${name}
    r"\{[A-Za-z_][A-Za-z0-9_.]{0,40}\}",  # {name} (str.format style)
    r"%\([A-Za-z_]\w{0,40}\)[sd]|%[sd]",  # %(name)s, %s
    r"#E-[A-Za-z]{1,3}(?:\[[^\[\]\n]{1,12}\]|\d{1,4})",  # JD emoticon codes: #E-s[数字x], #E-s12
    r"\[[^\[\]\n]{1,12}\]",  # masks and emoticon codes: [订单x] [金额x] [微笑]
    # URLs: ASCII only, so Chinese text right after a URL is not swallowed.
    r"(?:https?|ftp)://[A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=%]+",
    r"www\.[A-Za-z0-9\-._~:/?#@!$&'()*+,;=%]+",
    # e-mail; the parts are bounded (RFC 5321: 64 and 255) so a long run of letters costs a
    # fixed amount per position instead of a scan to the end of the run.
    r"[A-Za-z0-9._%+\-]{1,64}@[A-Za-z0-9.\-]{1,252}\.[A-Za-z]{2,63}",
    # Numbers with their separators: phone, order/tracking numbers, amounts, dates, times.  The
    # digits only: a unit or measure word next to them (3个, 5天) is text, converted like any other.
    r"[¥￥$]\s?\d[\d,]*(?:\.\d+)?"
    r"|[A-Za-z]{0,4}\d[\d\-\s:./,]*\d(?:\s?[%％])?"
    r"|[A-Za-z]{0,4}\d(?:\s?[%％])?",
)


PLUGIN_PATTERN_BUDGET = 0.1
"""Seconds one plugin's protected patterns may spend on one text."""


class PatternBudgetExceeded(ReplykitError):
    """A plugin's protected pattern ran past ``PLUGIN_PATTERN_BUDGET`` on a text."""

    def __init__(self, plugin: str) -> None:
        super().__init__(
            f'plugin "{plugin}": a protected pattern took longer than {PLUGIN_PATTERN_BUDGET} s on this '
            "text (catastrophic backtracking?); the draft was left as written"
        )
        self.plugin = plugin


class Protection:
    """The built-in patterns plus each plugin's (``replykit_protected_patterns``).

    :raises PluginLoadError: a plugin returned something that is not a valid pattern.
    """

    def __init__(self, plugin_patterns: Iterable[tuple[str, Sequence[Sequence[str] | None]]] = ()) -> None:
        """:param plugin_patterns: (plugin, what each of its implementations returned)."""
        self.plugins: list[tuple[str, regex.Pattern[str]]] = []
        for plugin, returned in plugin_patterns:
            checked = []
            for patterns in returned:
                if patterns is None:
                    continue
                if isinstance(patterns, (str, bytes)) or not isinstance(patterns, Iterable):
                    raise PluginLoadError(
                        plugin, f"replykit_protected_patterns must return a list of str, not {patterns!r:.40}"
                    )
                checked.extend(_checked(plugin, patterns))
            if checked:
                import regex

                self.plugins.append((plugin, regex.compile("|".join(checked))))

    def spans(self, text: str) -> list[tuple[int, int]]:
        """Sorted, non-overlapping protected spans of text.

        :raises PatternBudgetExceeded: a plugin's pattern ran past its budget.
        """
        spans = protected_spans(text, _BUILTIN)
        if not self.plugins:
            return spans
        found = list(spans)
        for plugin, pattern in self.plugins:
            try:
                found.extend(
                    m.span() for m in pattern.finditer(text, timeout=PLUGIN_PATTERN_BUDGET) if m.end() > m.start()
                )
            except TimeoutError:
                raise PatternBudgetExceeded(plugin) from None
        return merge_spans(sorted(found))


def _checked(plugin: str, patterns: Iterable[object]) -> list[str]:
    """Each pattern as a group of the plugin's alternation; PluginLoadError naming the plugin."""
    import regex

    out = []
    for pattern in patterns:
        if not isinstance(pattern, str):
            raise PluginLoadError(plugin, f"protected pattern {pattern!r} is not a str")
        try:
            regex.compile(pattern)
        except (regex.error, ValueError, OverflowError) as exc:
            raise PluginLoadError(plugin, f"invalid protected pattern {pattern!r}: {exc}") from None
        out.append(f"(?:{pattern})")
    return out


def compile_protection(extra: Iterable[str] = ()) -> re.Pattern[str]:
    """One alternation over the built-in and plugin patterns, compiled once per Assistant."""
    extra = tuple(extra)
    if not extra:
        return _BUILTIN
    return re.compile("|".join(f"(?:{p})" for p in (*BUILTIN_PATTERNS, *extra)))


_BUILTIN = re.compile("|".join(f"(?:{p})" for p in BUILTIN_PATTERNS))
# Every match of a built-in pattern contains one of the `contains` characters (\d: any Unicode
# digit, as the number patterns use it): most replies contain none. Every match starts with one
# of the `starts` characters: the eleven alternatives are tried only there (cheaper on Chinese
# replies, where these characters are rare) until six tries failed (then the text is
# letter-heavy, English, and the plain scan is cheaper).
_BUILTIN_PREFILTERED = Prefiltered(
    _BUILTIN,
    contains=re.compile(r"[{$%#\[A-Za-z\d¥￥]"),
    starts=re.compile(r"[{$%#\[A-Za-z\d._+\-¥￥]"),
    misses=6,
)


def protected_spans(text: str, pattern: re.Pattern[str]) -> list[tuple[int, int]]:
    """Sorted, non-overlapping (start, end) spans of protected text."""
    matches = _BUILTIN_PREFILTERED.finditer(text) if pattern is _BUILTIN else pattern.finditer(text)
    spans = []
    for m in matches:  # a loop: a comprehension costs a call even when nothing matched (most drafts)
        if m.end() > m.start():
            spans.append(m.span())
    return merge_spans(spans) if spans else spans


def merge_spans(spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans sorted by start, with overlapping and touching ones merged: the form every lookup
    below (a bisection) expects."""
    merged: list[tuple[int, int]] = []
    for s, e in spans:
        if merged and s <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(e, merged[-1][1]))
        else:
            merged.append((s, e))
    return merged


def overlaps(spans: Sequence[tuple[int, int]], start: int, end: int) -> bool:
    """True when [start, end) shares a character with a protected span.

    An insertion (start == end) overlaps only when it falls strictly inside a span.
    """
    i = bisect.bisect_right(spans, (start, sys.maxsize))
    # The span starting at or before `start`, and the first one after it, are the only candidates.
    for s, e in spans[max(i - 1, 0) : i + 1]:
        if start == end:
            if s < start < e:
                return True
        elif start < e and s < end:
            return True
    return False


def contained(spans: Sequence[tuple[int, int]], start: int, end: int) -> list[tuple[int, int]]:
    """Protected spans lying wholly inside [start, end)."""
    return [(s, e) for s, e in touching(spans, start, end) if start <= s and e <= end]


def touching(spans: Sequence[tuple[int, int]], start: int, end: int) -> list[tuple[int, int]]:
    """Protected spans sharing a character with [start, end)."""
    i = bisect.bisect_right(spans, (start, sys.maxsize))
    out = []
    for s, e in spans[max(i - 1, 0) :]:
        if s >= end:
            break
        if start < e:
            out.append((s, e))
    return out


def inside(spans: Sequence[tuple[int, int]], start: int, end: int) -> bool:
    """True when [start, end) lies wholly inside one protected span."""
    i = bisect.bisect_right(spans, (start, sys.maxsize))
    return i > 0 and spans[i - 1][0] <= start and end <= spans[i - 1][1]
