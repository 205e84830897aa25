"""The engine: analyse a draft once, run every plugin, merge edits, protect spans.

Merge priority (documented in docs/engine.md): when two fixes overlap, the one that sorts
first by (rule priority desc, severity desc, span length desc, start asc, rule id) is applied
and the other stays as a finding with ``applied=False``.  An insertion (empty span) conflicts
with another insertion at the same point and with any edit that covers its point.
"""

from __future__ import annotations

import bisect
import os
import re
import threading
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from pydantic import ValidationError

from replykit.config import Config
from replykit.draft import Draft, Segmenter
from replykit.errors import PluginFailure, PluginOutputError, ReplykitError, validation_problems
from replykit.models import (
    LONE_SURROGATE,
    SEVERITY_RANK,
    Annotation,
    Context,
    FixLevel,
    PluginError,
    Severity,
    Suggestion,
)
from replykit.plugins import call_each, make_plugin_manager, positional_callers, positional_impls, trace, wrapped
from replykit.protect import PatternBudgetExceeded, Protection, contained, inside, overlaps, touching
from replykit.registry import RuleRegistry
from replykit.rules import Rule

_FIX_LEVELS = {"none": (), "safe": ("safe",), "unsafe": ("safe", "unsafe")}
_PUA_BASE = 0xF0000  # supplementary private use area: masks protected spans during finalize
_PUA = re.compile("[\U000f0000-\U0010ffff]")  # where the marks come from


_DECLARED = object()  # report(fix=...) not given: the rule's declared applicability
_APPLICABILITY = (None, "safe", "unsafe")

_NO_RULES: Mapping[str | Rule, Rule] = {}


class _Collector:
    """Receives one draft's findings. One object per draft whose ``plugin`` is switched before
    each plugin runs: cheaper than a closure per plugin, and this runs for every reply."""

    __slots__ = ("enabled", "findings", "length", "own", "plugin", "protected")

    def __init__(self, enabled: frozenset[str], draft: Draft, findings: list[tuple[str, _Finding]]) -> None:
        self.enabled = enabled
        self.findings = findings
        self.length = len(draft.text)
        self.protected = draft.protected
        self.plugin = ""
        self.own: Mapping[str | Rule, Rule] = _NO_RULES

    def report(
        self,
        rule: Rule | str,
        start: int,
        end: int,
        replacements: Sequence[str] = (),
        *,
        fix: str | object | None = _DECLARED,
        args: dict[str, Any] | None = None,
        deferred: bool | None = None,
    ) -> None:
        # Everything a plugin hands over is checked here, inside its own hook call: a bad value
        # is that plugin's error, and cannot reach the merge where it would cost every plugin's
        # findings.
        plugin = self.plugin
        try:
            r = self.own.get(rule)
        except TypeError:  # unhashable
            r = None
        if r is None:
            raise PluginOutputError(f"plugin {plugin!r} reported an undeclared rule {rule!r}")
        if r.id not in self.enabled:
            return
        if type(start) is not int or type(end) is not int:
            raise PluginOutputError(f"{r.id}: offsets must be int, not {type(start).__name__}..{type(end).__name__}")
        if not (0 <= start <= end <= self.length):
            raise PluginOutputError(f"{r.id}: span {start}..{end} is outside the draft (length {self.length})")
        if start < end and inside(self.protected, start, end):
            return  # wholly inside a placeholder, mask, URL or number
        applicability = r.fix if fix is _DECLARED else fix
        if applicability not in _APPLICABILITY:
            raise PluginOutputError(f"{r.id}: fix must be 'safe', 'unsafe' or None, not {applicability!r}")
        later = r.deferred if deferred is None else deferred
        if args is not None and not isinstance(args, dict):
            raise PluginOutputError(f"{r.id}: args must be a dict, not {type(args).__name__}")
        finding = _Finding(r, start, end, _replacements(r, replacements), applicability, args, bool(later))
        self.findings.append((plugin, finding))


def _replacements(r: Rule, replacements: Sequence[str]) -> list[str]:
    """The replacements as a list of str, or PluginOutputError ('abc' is not ['a', 'b', 'c'])."""
    if type(replacements) is list or type(replacements) is tuple:
        out = list(replacements)
    elif isinstance(replacements, (str, bytes)) or not hasattr(replacements, "__iter__"):
        raise PluginOutputError(
            f"{r.id}: replacements must be a list of str, not {type(replacements).__name__} {replacements!r:.40}"
        )
    else:
        out = list(replacements)
    for item in out:
        if type(item) is not str:
            raise PluginOutputError(f"{r.id}: a replacement must be a str, not {type(item).__name__} {item!r:.40}")
        if LONE_SURROGATE.search(item):
            raise PluginOutputError(f"{r.id}: a replacement contains a lone surrogate")
    return out


class _Finding:
    """A reported finding before it becomes an Annotation (plain class: this is the hot path)."""

    __slots__ = ("args", "deferred", "end", "fix", "replacements", "rule", "start")

    def __init__(
        self,
        rule: Rule,
        start: int,
        end: int,
        replacements: list[str],
        fix: str | None,
        args: dict[str, Any] | None,
        deferred: bool,
    ) -> None:
        self.rule = rule
        self.start = start
        self.end = end
        self.replacements = replacements
        self.fix = fix
        self.args = args
        self.deferred = deferred


class Assistant:
    """A configured pipeline: build once, call ``suggest`` from any number of threads."""

    def __init__(
        self,
        config: Config | None = None,
        *,
        plugins: Sequence[object | tuple[str, object]] | None = None,
        defaults: bool = True,
        entry_points: bool = True,
        strict: bool | None = None,
    ) -> None:
        self.config = config or Config()
        self.strict = self.config.strict if strict is None else strict
        self.plugin_manager = make_plugin_manager(plugins, defaults=defaults, entry_points_=entry_points)
        pm = self._pm = self.plugin_manager
        if self.config.trace and not os.environ.get("REPLYKIT_TRACE"):
            trace(pm)
        self.registry = RuleRegistry(pm, self.config)
        """Which rules exist, which are on, severity, fixable, options: ask it."""
        self.rules: dict[str, Rule] = self.registry.rules
        self.enabled = self.registry.enabled
        self.options = self.registry.options
        # What Draft.enabled accepts: an id, a plugin's declaration or the registered rule.
        self._enabled_keys: frozenset[str | Rule] = self.enabled.union(
            key for rid in self.enabled for key in (self.rules[rid], self.rules[rid].declared) if key is not None
        )
        self._severity = self.registry.severities
        self._fixable = self.registry.fixables
        active = {self.rules[rid].plugin for rid in self.enabled}
        # Per plugin, everything its check needs that does not change from draft to draft: the
        # fast path (the functions themselves) and the same through pluggy (per-plugin hook
        # callers), taken while a wrapper or a hook-call monitor is present.
        by_plugin = self.registry.by_plugin
        self._checkers = [
            (name, fn, self.options.get(name), by_plugin.get(name, _NO_RULES))
            for name, fn in positional_impls(pm, "replykit_check")
            if name in active
        ]
        self._hooked_checkers = [
            (name, fn, self.options.get(name), by_plugin.get(name, _NO_RULES))
            for name, fn in positional_callers(pm, "replykit_check")
            if name in active
        ]
        self._fast_finalizers: dict[str, Callable[..., Any]] = dict(positional_impls(pm, "replykit_finalize"))
        self._hooked_finalizers: dict[str, Callable[..., Any]] = {
            name: _first_result(fn) for name, fn in positional_callers(pm, "replykit_finalize")
        }
        self._wrapped = wrapped(pm, "replykit_check") or wrapped(pm, "replykit_finalize")
        self._protection = Protection(call_each(pm, "replykit_protected_patterns"))
        self._segment: Segmenter | None = None
        self._segment_lock = threading.Lock()
        pm.freeze()

    # -- building -------------------------------------------------------------------------

    @property
    def _through_pluggy(self) -> bool:
        """Whether per-draft hooks go through pluggy (a wrapper or a monitor would miss the
        fast path)."""
        return self._wrapped or self.plugin_manager.monitors > 0

    def severity(self, rule_id: str) -> Severity:
        """A rule's severity after the config's overrides (``registry.severity``)."""
        return self.registry.severity(rule_id)

    def fixable(self, rule_id: str) -> bool:
        """Whether the config lets this rule's fixes be applied (``registry.fixable``)."""
        return self.registry.fixable(rule_id)

    def segmenter(self) -> Segmenter:
        """The word segmenter, created on first use (jieba's dictionary loads only then)."""
        seg = self._segment
        if seg is None:
            with self._segment_lock:
                seg = self._segment
                if seg is None:
                    seg = self.plugin_manager.hook.replykit_segmenter()
                    if seg is None:
                        raise ReplykitError("no plugin provides a word segmenter")
                    self._segment = seg
        return seg

    # -- checking -------------------------------------------------------------------------

    def suggest(
        self,
        text: str,
        context: Context | dict[str, Any] | None = None,
        *,
        fixes: FixLevel = "unsafe",
    ) -> Suggestion:
        """Check a draft and return the suggested reply with every finding.

        :param fixes: ``"safe"`` applies only safe fixes (a bot sending on its own),
            ``"unsafe"`` also unsafe ones (a person reviews), ``"none"`` applies nothing.
        :raises TypeError: text is not a str.
        :raises ReplykitError: bad context or fixes value, or lone surrogates in text.
        """
        if not isinstance(text, str):
            raise TypeError(f"replykit: the draft must be a str, not {type(text).__name__}")
        if fixes not in _FIX_LEVELS:
            raise ReplykitError(f"fixes must be 'safe', 'unsafe' or 'none', not {fixes!r}")
        ctx = _EMPTY_CONTEXT if context is None else _context(context)
        bad = LONE_SURROGATE.search(text)
        if bad:
            raise ReplykitError(
                f"the draft contains a lone surrogate (U+{ord(bad.group()):04X}) at offset "
                f"{bad.start()}; decode the text properly before checking it"
            )
        if not text.strip():
            return Suggestion.unchanged(text)
        try:
            return self._suggest(text, ctx, fixes)
        except PluginFailure:
            raise
        except Exception as exc:  # an engine bug must not take the bot down
            if self.strict:
                raise
            error = PluginError(plugin="replykit", hook="engine", error=type(exc).__name__, message=str(exc))
            return Suggestion(original=text, text=text, changed=False, errors=[error])

    def _suggest(self, text: str, ctx: Context, fixes: str) -> Suggestion:
        if ctx.target_script is None and self.config.target_script is not None:
            ctx = ctx.model_copy(update={"target_script": self.config.target_script})
        try:
            protected = self._protection.spans(text)
        except PatternBudgetExceeded as exc:
            if self.strict:
                raise
            error = PluginError(
                plugin=exc.plugin, hook="replykit_protected_patterns", error=type(exc).__name__, message=str(exc)
            )
            return Suggestion(original=text, text=text, changed=False, errors=[error])
        draft = Draft(text, ctx, protected, self.segmenter, self._enabled_keys)
        findings: list[tuple[str, _Finding]] = []
        errors: list[PluginError] = []
        collector = _Collector(self.enabled, draft, findings)
        report = collector.report
        hooked = self._wrapped or self._pm.monitors > 0  # then through pluggy (see _through_pluggy)
        finalizers = self._hooked_finalizers if hooked else self._fast_finalizers
        for name, fn, options, own in self._hooked_checkers if hooked else self._checkers:
            collector.plugin = name
            collector.own = own
            try:
                fn(draft, options, report)
            except Exception as exc:
                if self.strict:
                    raise PluginFailure(name, "replykit_check", exc) from exc
                errors.append(
                    PluginError(plugin=name, hook="replykit_check", error=type(exc).__name__, message=str(exc))
                )
        if not findings:  # most replies: nothing to merge, apply or finalize
            if errors:
                return Suggestion(original=text, text=text, changed=False, errors=errors)
            return Suggestion.unchanged(text)
        levels = _FIX_LEVELS[fixes]
        held_by_sentence = _held_by_sentence(draft, findings)
        applied, carried = self._choose_edits(draft, findings, levels, held_by_sentence)
        new_text = _splice(text, [findings[i][1] for i in sorted(applied, key=lambda i: findings[i][1].start)])
        applied |= carried
        deferred: dict[str, list[int]] = {}
        for i, (name, f) in enumerate(findings):
            if f.deferred and f.fix in levels and self._fixable[f.rule.id]:
                deferred.setdefault(name, []).append(i)
        annotations = [
            self._annotation(name, f, draft, i in applied, held=i in held_by_sentence)
            for i, (name, f) in enumerate(findings)
        ]
        if new_text != text:
            # Words other plugins inserted must be finalized too (converted to the target
            # script), even where the original needed nothing.
            for name in finalizers:
                if name not in deferred and self._may_finalize(name, levels):
                    deferred[name] = []
        for name, indices in deferred.items():
            finalize = finalizers.get(name)
            if finalize is None:
                continue
            try:
                result = self._finalize(
                    finalize, new_text, draft, self.options.get(name), [annotations[i] for i in indices]
                )
            except Exception as exc:
                if self.strict:
                    raise PluginFailure(name, "replykit_finalize", exc) from exc
                errors.append(
                    PluginError(plugin=name, hook="replykit_finalize", error=type(exc).__name__, message=str(exc))
                )
                continue
            if result is not None and result != new_text:
                new_text = result
                for i in indices:
                    annotations[i] = annotations[i].model_copy(update={"applied": True})
                self._finalize_replacements(finalize, name, draft, annotations)
        annotations.sort(key=lambda a: (a.start, a.end, a.rule))
        return Suggestion(
            original=text, text=new_text, changed=new_text != text, annotations=annotations, errors=errors
        )

    def _finalize_replacements(
        self, finalize: Callable[..., str | None], plugin: str, draft: Draft, annotations: list[Annotation]
    ) -> None:
        """Other plugins' replacements, finalized like the text (a zh-TW reply's suggested
        wording is shown in traditional characters, as it appears in ``Suggestion.text``)."""
        options = self.options.get(plugin)
        for i, a in enumerate(annotations):
            if a.plugin == plugin or not any(a.replacements):
                continue
            try:
                done = [(self._finalize(finalize, r, draft, options, []) or r) if r else r for r in a.replacements]
            except Exception as exc:
                if self.strict:
                    raise PluginFailure(plugin, "replykit_finalize", exc) from exc
                continue  # the replacements stay as their plugin wrote them; the text is final
            if done != a.replacements:
                annotations[i] = a.model_copy(update={"replacements": done})

    def _may_finalize(self, plugin: str, levels: tuple[str, ...]) -> bool:
        """Whether some enabled, fixable rule of the plugin has a fix tier being applied."""
        return any(
            r.deferred and r.id in self.enabled and self._fixable[r.id] and r.fix in levels
            for r in self.registry.plugin_rules(plugin)
        )

    def _choose_edits(
        self, draft: Draft, findings: list[tuple[str, _Finding]], levels: tuple[str, ...], held_by_sentence: set[int]
    ) -> tuple[set[int], set[int]]:
        """The edits to apply, and the safe fixes carried into a larger applied edit."""
        candidates = []
        for i, (_, f) in enumerate(findings):
            if f.deferred or not f.replacements or f.fix not in levels or not self._fixable[f.rule.id]:
                continue
            if not _keeps_protected(draft, f):
                continue
            if i in held_by_sentence:
                continue
            candidates.append(i)
        sev = self._severity

        def priority(i: int) -> tuple[int, int, int, int, str]:
            f = findings[i][1]
            return (-f.rule.priority, -SEVERITY_RANK[sev[f.rule.id]], -(f.end - f.start), f.start, f.rule.id)

        chosen = _ChosenEdits()
        applied: set[int] = set()
        for i in sorted(candidates, key=priority):
            f = findings[i][1]
            if chosen.conflicts(f):
                continue
            chosen.add(f)
            applied.add(i)
        # A held fix: its rule's fixes are safe, but the plugin reported this one as advice
        # (a 你 -> 您 inside a rebuke). Never applied alone; carried into a rewrite covering it.
        held = [
            i
            for i, (_, f) in enumerate(findings)
            if f.fix is None
            and f.rule.fix == "safe"
            and f.replacements
            and "safe" in levels
            and self._fixable[f.rule.id]
            and _keeps_protected(draft, f)
        ]
        return applied, _carry_nested_safe_fixes(draft.text, findings, candidates, applied, held)

    def _annotation(self, plugin: str, f: _Finding, draft: Draft, applied: bool, held: bool) -> Annotation:
        rid = f.rule.id
        return Annotation(
            plugin=plugin,
            rule=rid,
            severity=self._severity[rid],
            message=f.rule.message(self.config.locale, **(f.args or {})),
            start=f.start,
            end=f.end,
            text=draft.text[f.start : f.end],
            replacements=f.replacements,
            fix=None if held else f.fix,  # type: ignore[arg-type]
            applied=applied,
        )

    def _finalize(
        self, fn: Callable[..., str | None], text: str, draft: Draft, options: Any, anns: list[Annotation]
    ) -> str | None:
        spans = self._protection.spans(text)
        marks = _free_marks(text, len(spans))
        pieces, kept, pos = [], [], 0
        for mark, (s, e) in zip(marks, spans):
            pieces.append(text[pos:s])
            pieces.append(mark)
            kept.append(text[s:e])
            pos = e
        pieces.append(text[pos:])
        result = fn("".join(pieces), draft, options, anns)
        if result is None:
            return None
        if type(result) is not str:
            raise PluginOutputError(f"finalize returned {type(result).__name__} {result!r:.40}, not a str")
        if LONE_SURROGATE.search(result):
            raise PluginOutputError("finalize returned a text with a lone surrogate")
        if not marks:
            return result
        # One pass each, not one per span: a long draft can hold thousands of protected spans.
        wanted = set(marks)
        found = [c for c in _PUA.findall(result) if c in wanted]
        if len(found) != len(marks) or len(set(found)) != len(marks):
            raise ReplykitError("finalize lost or duplicated a protected span")
        return result.translate({ord(mark): original for mark, original in zip(marks, kept)})


def _first_result(call: Callable[..., list[Any]]) -> Callable[..., Any]:
    """A finalize hook caller returning its first non-None result, as the fast path's function
    returns its one result."""

    def first(*args: Any) -> Any:
        return next((r for r in call(*args) if r is not None), None)

    return first


def _free_marks(text: str, count: int) -> list[str]:
    """Private-use characters absent from text, one per protected span."""
    used = {c for c in text if c >= "\U000f0000"}
    marks: list[str] = []
    code = _PUA_BASE
    while len(marks) < count:
        mark = chr(code)
        if mark not in used:
            marks.append(mark)
        code += 1
    return marks


def _held_by_sentence(draft: Draft, findings: list[tuple[str, _Finding]]) -> set[int]:
    """The unsafe rewrites in a sentence that advice of a ``holds_sentence`` rule marks (a
    rebuke or blame a person must rewrite): reported as advice, never applied."""
    sentences = {draft.sentence_at(f.start) for _, f in findings if f.fix is None and f.rule.holds_sentence}
    if not sentences:
        return set()
    return {
        i
        for i, (_, f) in enumerate(findings)
        if f.fix == "unsafe"
        and (draft.sentence_at(f.start) in sentences or draft.sentence_at(max(f.start, f.end - 1)) in sentences)
    }


def _carry_nested_safe_fixes(
    text: str, findings: list[tuple[str, _Finding]], candidates: list[int], applied: set[int], held: list[int]
) -> set[int]:
    """Carry safe fixes that lost to a larger edit covering them into its replacement.

    A rewritten clause keeps the draft's own words; a 你 inside it would survive the rewrite
    although a safe fix turns it into 您.  When the replacement holds the covered span
    verbatim once, each nested fix is applied at its own place in that copy; otherwise a fix
    is carried when each occurrence of its text maps to exactly one place in the replacement.
    A host that keeps a flagged token it cannot place is not applied, and the nested safe
    fixes are applied instead: a rewrite never brings back a token a safe fix removes.
    ``held`` fixes are carried the same way but never applied alone: a host that cannot place
    one is dropped and the held token stays as the draft has it.
    Returns the carried findings; ``applied`` and the hosts' replacements are updated in place.
    """
    chosen = sorted((findings[i][1].start, findings[i][1].end, i) for i in applied)
    if not chosen:
        return set()
    starts = [c[0] for c in chosen]
    nested: dict[int, list[int]] = {}
    for i in (*candidates, *held):
        f = findings[i][1]
        if i in applied or (f.fix != "safe" and f.fix is not None) or f.start == f.end:
            continue
        j = bisect.bisect_right(starts, f.start) - 1
        if j < 0 or f.end > chosen[j][1]:
            continue
        nested.setdefault(chosen[j][2], []).append(i)
    carried: set[int] = set()
    for host, members in nested.items():
        h = findings[host][1]
        surviving = [i for i in members if text[findings[i][1].start : findings[i][1].end] in h.replacements[0]]
        if not surviving:
            continue  # the rewrite does not keep the flagged words: nothing to carry
        done = _carry_into(text, h, [findings[i][1] for i in surviving])
        if done is not None:
            h.replacements = [done, *h.replacements[1:]]
            carried.update(surviving)
            continue
        applied.discard(host)  # keep the safe fixes rather than a rewrite that undoes them
        taken = _ChosenEdits()
        for i in sorted(members, key=lambda i: (findings[i][1].start, findings[i][1].end)):
            if findings[i][1].fix == "safe" and not taken.conflicts(findings[i][1]):
                taken.add(findings[i][1])
                applied.add(i)
    return carried


def _carry_into(text: str, host: _Finding, fixes: list[_Finding]) -> str | None:
    """The host's replacement with the nested fixes applied, or None when they cannot be placed."""
    replacement, covered = host.replacements[0], text[host.start : host.end]
    at = replacement.find(covered)
    if at >= 0 and replacement.find(covered, at + 1) < 0:
        edits, last = [], host.start
        for f in sorted(fixes, key=lambda f: f.start):
            if f.start < last:
                return None  # overlapping nested fixes: no single reading to carry
            edits.append(f)
            last = f.end
        inner = _splice(covered, [_shifted(f, -host.start) for f in edits])
        return replacement[:at] + inner + replacement[at + len(covered) :]
    out = replacement
    for f in fixes:
        old, new = text[f.start : f.end], f.replacements[0]
        same = [g for g in fixes if text[g.start : g.end] == old]
        if not (text.count(old, host.start, host.end) == len(same) == replacement.count(old)):
            return None
        if any(g.replacements[0] != new for g in same):
            return None
        out = out.replace(old, new)
    return out


def _shifted(f: _Finding, by: int) -> _Finding:
    return _Finding(f.rule, f.start + by, f.end + by, f.replacements, f.fix, f.args, f.deferred)


def _keeps_protected(draft: Draft, f: _Finding) -> bool:
    """A fix may cover protected text only if its replacement keeps that text, in order."""
    if not overlaps(draft.protected, f.start, f.end):
        return True
    inside = contained(draft.protected, f.start, f.end)
    if len(inside) != len(touching(draft.protected, f.start, f.end)):
        return False  # cuts through a protected span
    replacement, pos = f.replacements[0], 0
    for s, e in inside:
        pos = replacement.find(draft.text[s:e], pos)
        if pos < 0:
            return False
        pos += e - s
    return True


class _ChosenEdits:
    """The edits chosen so far, indexed so that a conflict check costs O(log n): a draft of
    100,000 characters can hold thousands of findings, and a pairwise check is quadratic.

    Two edits conflict when their spans share a character; an insertion (empty span)
    conflicts with another insertion at the same point and with an edit covering its point.
    Chosen edits never conflict with each other, so their non-empty spans are disjoint and,
    sorted by start, have increasing ends: only the span starting last before a point can
    cover it.
    """

    def __init__(self) -> None:
        self.starts: list[int] = []  # of the non-empty spans, sorted
        self.ends: list[int] = []  # in the same order
        self.points: list[int] = []  # insertion points, sorted

    def conflicts(self, f: _Finding) -> bool:
        s, e = f.start, f.end
        if s == e:
            i = bisect.bisect_left(self.points, s)
            if i < len(self.points) and self.points[i] == s:
                return True
            j = bisect.bisect_left(self.starts, s) - 1  # last span starting before s
            return j >= 0 and self.ends[j] > s
        i = bisect.bisect_right(self.points, s)  # first insertion after s
        if i < len(self.points) and self.points[i] < e:
            return True
        j = bisect.bisect_left(self.starts, e) - 1  # last span starting before e
        return j >= 0 and self.ends[j] > s

    def add(self, f: _Finding) -> None:
        if f.start == f.end:
            bisect.insort(self.points, f.start)
            return
        i = bisect.bisect_left(self.starts, f.start)
        self.starts.insert(i, f.start)
        self.ends.insert(i, f.end)


def _splice(text: str, edits: list[_Finding]) -> str:
    out, pos = [], 0
    for f in edits:
        out.append(text[pos : f.start])
        out.append(f.replacements[0])
        pos = f.end
    out.append(text[pos:])
    return "".join(out)


def _context(context: Context | dict[str, Any] | None) -> Context:
    if context is None:
        return _EMPTY_CONTEXT
    if isinstance(context, Context):
        return context
    if not isinstance(context, dict):
        raise TypeError(f"replykit: context must be a dict or replykit.Context, not {type(context).__name__}")
    try:
        return Context.model_validate(context)
    except ValidationError as exc:
        raise ReplykitError("invalid context: " + "; ".join(validation_problems(exc))) from None


_EMPTY_CONTEXT = Context.model_construct()  # no validation: its validator builds on first real use
_DEFAULT: Assistant | None = None
_DEFAULT_LOCK = threading.Lock()


def default_assistant() -> Assistant:
    """The shared Assistant behind ``replykit.suggest``, built on first use."""
    global _DEFAULT
    if _DEFAULT is None:
        with _DEFAULT_LOCK:
            if _DEFAULT is None:
                _DEFAULT = Assistant()
    return _DEFAULT


def suggest(text: str, context: Context | dict[str, Any] | None = None, *, fixes: FixLevel = "unsafe") -> Suggestion:
    """Check a draft with the default Assistant (all installed plugins, default config)."""
    return default_assistant().suggest(text, context, fixes=fixes)
