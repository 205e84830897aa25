"""Rule metadata: every rule is declared once, with its examples.

The registry built from these drives ``replykit rules``, the docs table and the test that
runs every declared example (``tests/test_rule_examples.py``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import Any

from replykit.models import Applicability, Severity

_RULE_NAME = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")


@dataclass(frozen=True)
class Example:
    """A draft the rule must flag, and what the draft becomes with only this rule's fix.

    ``good`` is the expected ``Suggestion.text`` with ``fixes="unsafe"`` and only this rule
    selected; ``None`` means "flags it, text is not checked" (advice-only rules).
    """

    bad: str
    good: str | None = None
    context: dict[str, Any] | None = None
    options: dict[str, Any] | None = None


@dataclass(frozen=True)
class Clean:
    """A draft the rule must not flag (a must-not-fire example)."""

    text: str
    context: dict[str, Any] | None = None
    options: dict[str, Any] | None = None


@dataclass(frozen=True, eq=False)
class Rule:
    """A rule's metadata; messages are templates for str.format.

    A plugin declares a rule with ``rule(name, ...)`` and never names itself: the registry
    (``replykit.registry``) records the plugin whose ``replykit_rules`` returned it and gives
    the registered copy ``plugin`` and the id ``plugin.name``.  A declaration's ``id`` is its
    bare name.  Rules compare and hash by identity: a declaration is one object a plugin
    reports with and the engine looks up.

    ``priority`` breaks ties between overlapping fixes (higher first); ``deferred`` rules are
    fixed by the plugin's ``replykit_finalize`` over the whole text instead of a span edit.
    """

    name: str
    severity: Severity
    fix: Applicability | None
    description: str
    message_zh: str
    message_en: str
    examples: tuple[Example, ...] = ()
    clean: tuple[Clean, ...] = ()
    priority: int = 0
    deferred: bool = False
    holds_sentence: bool = False
    """Advice from this rule (a rebuke, blame) means a person must rewrite its sentence: no
    unsafe rewrite of any rule is applied there, since polish around it reads insincere."""
    tags: tuple[str, ...] = field(default=())
    description_zh: str = ""
    """The description in Simplified Chinese (``replykit rules --locale zh``); falls back to ``description``."""
    plugin: str = ""
    """The registering plugin's name; empty on a declaration, set by the registry."""
    declared: Rule | None = None
    """On a registered rule, the declaration it was made from (the object its plugin reports)."""
    id: str = field(init=False)
    """``plugin.name``; computed once, since the engine looks it up for every finding."""

    def __post_init__(self) -> None:
        if not _RULE_NAME.match(self.name):
            raise ValueError(f"rule name {self.name!r} must be kebab-case")
        object.__setattr__(self, "id", f"{self.plugin}.{self.name}" if self.plugin else self.name)

    def registered_as(self, plugin: str) -> Rule:
        """The copy of this declaration that ``plugin`` owns (what the registry records)."""
        return replace(self, plugin=plugin, declared=self)

    def describe(self, locale: str) -> str:
        """The description in the locale's language."""
        return self.description if locale == "en" or not self.description_zh else self.description_zh

    def message(self, locale: str, **args: Any) -> str:
        return localized_message(self.message_zh, self.message_en, locale, args)


def localized_message(zh: str, en: str, locale: str, args: dict[str, Any]) -> str:
    """A rule's message in the locale's language, filled from ``args``; a template whose
    fields do not match the arguments is shown as it is rather than failing the check."""
    template = en if locale == "en" else zh
    if not args:
        return template
    try:
        return template.format(**args)
    except (KeyError, IndexError, ValueError):
        return template


def rule(
    name: str,
    *,
    severity: Severity,
    fix: Applicability | None,
    description: str,
    description_zh: str = "",
    zh: str,
    en: str,
    examples: list[Example] | tuple[Example, ...] = (),
    clean: list[Clean | str] | tuple[Clean | str, ...] = (),
    priority: int = 0,
    deferred: bool = False,
    holds_sentence: bool = False,
) -> Rule:
    """Declare a rule of the plugin that returns it from ``replykit_rules``; plain strings in
    ``clean`` become ``Clean(text)``."""
    return Rule(
        name=name,
        severity=severity,
        fix=fix,
        description=description,
        description_zh=description_zh,
        message_zh=zh,
        message_en=en,
        examples=tuple(examples),
        clean=tuple(c if isinstance(c, Clean) else Clean(c) for c in clean),
        priority=priority,
        deferred=deferred,
        holds_sentence=holds_sentence,
    )


def rules_markdown(rules: dict[str, Rule]) -> str:
    """docs/rules.md: every rule with its metadata and examples (regenerate with
    ``python -m replykit.docgen``; a test fails when it is stale)."""
    out = [
        "# Rules",
        "",
        "Generated from the rule registry (`python -m replykit.docgen`).",
        "Fix: `safe` — a bot may send the result; `unsafe` — a person reviews it; `-` — advice only.",
        "",
        "Script conversion has both tiers: certain character conversions are safe (`script.convert`:"
        " 预计3个工作日内发货 → 預計3個工作日內發貨); regional vocabulary (`script.regional-vocabulary`:"
        " 软件 → 軟體) and characters the context does not settle (`script.ambiguous-character`:"
        " 被发明, where OpenCC writes 被髮明) are unsafe. See [script.md](script.md).",
        "",
        "| rule | severity | fix | description |",
        "|---|---|---|---|",
    ]
    for rid in sorted(rules):
        r = rules[rid]
        out.append(f"| [`{rid}`](#{rid.replace('.', '')}) | {r.severity} | {r.fix or '-'} | {r.description} |")
    for rid in sorted(rules):
        r = rules[rid]
        out += ["", f"## {rid}", "", r.description, "", f"- severity: `{r.severity}`, fix: `{r.fix or '-'}`"]
        out += [f"- message: {r.message_zh}", f"- message (en): {r.message_en}", "", "Flags:", ""]
        for ex in r.examples:
            ctx = f" (context: `{ex.context}`)" if ex.context else ""
            arrow = f" → `{ex.good}`" if ex.good is not None and ex.good != ex.bad else ""
            out.append(f"- `{ex.bad}`{arrow}{ctx}")
        out += ["", "Leaves alone:", ""]
        for c in r.clean:
            ctx = f" (context: `{c.context}`)" if c.context else ""
            out.append(f"- `{c.text}`{ctx}")
    return "\n".join(out) + "\n"
