"""A batch's results as notebook tables and charts: to_frame, summarize, chart.

pandas and matplotlib are imported on first use (the ``notebook`` extra).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from types import ModuleType
from typing import Any, Literal

from replykit.batch.drafts import is_failed
from replykit.models import SEVERITY_RANK, Suggestion

NOTEBOOK_EXTRA = "pip install 'replykit[notebook]'"

ANNOTATION_COLUMNS = (
    "draft",
    "plugin",
    "rule",
    "severity",
    "start",
    "end",
    "text",
    "replacements",
    "fix",
    "applied",
    "message",
)
DRAFT_COLUMNS = (
    "draft",
    "original",
    "text",
    "changed",
    "findings",
    "rules",
    "worst",
    "applied",
    "errors",
)


def _pandas() -> ModuleType:
    try:
        import pandas
    except ImportError:
        raise ImportError(f"replykit.to_frame needs pandas: {NOTEBOOK_EXTRA}") from None
    module: ModuleType = pandas
    return module


def to_frame(suggestions: Iterable[Suggestion], *, per: Literal["annotation", "draft"] = "annotation") -> Any:
    """A pandas DataFrame of a batch's results.

    ``per="annotation"`` (default): one row per finding, with ``draft`` the index of its draft
    in the batch, then plugin, rule, severity, start, end, text, replacements (a list), fix,
    applied and message.  Drafts without findings have no rows.
    ``per="draft"``: one row per draft: original, text, changed, number of findings, their rule
    ids, the worst severity, how many fixes were applied, and error messages ("" when none).
    """
    pd = _pandas()
    rows: list[tuple[Any, ...]] = []
    if per == "annotation":
        for i, s in enumerate(suggestions):
            for a in s.annotations:
                rows.append(
                    (
                        i,
                        a.plugin,
                        a.rule,
                        a.severity,
                        a.start,
                        a.end,
                        a.text,
                        list(a.replacements),
                        a.fix,
                        a.applied,
                        a.message,
                    )
                )
        return pd.DataFrame.from_records(rows, columns=list(ANNOTATION_COLUMNS))
    if per == "draft":
        for i, s in enumerate(suggestions):
            sev = max((a.severity for a in s.annotations), key=SEVERITY_RANK.__getitem__, default=None)
            errors = "; ".join(f"{e.plugin}: {e.error}: {e.message}" for e in s.errors)
            rows.append(
                (
                    i,
                    s.original,
                    s.text,
                    s.changed,
                    len(s.annotations),
                    [a.rule for a in s.annotations],
                    sev,
                    sum(a.applied for a in s.annotations),
                    errors,
                )
            )
        return pd.DataFrame.from_records(rows, columns=list(DRAFT_COLUMNS))
    raise ValueError(f"to_frame: per must be 'annotation' or 'draft', not {per!r}")


@dataclass
class Summary:
    """What a team lead reports weekly: how many drafts changed, which rules fire most."""

    drafts: int = 0
    changed: int = 0
    flagged: int = 0
    failed: int = 0
    findings: int = 0
    by_rule: Counter[str] = field(default_factory=Counter)
    drafts_by_rule: Counter[str] = field(default_factory=Counter)
    applied_by_rule: Counter[str] = field(default_factory=Counter)
    by_plugin: Counter[str] = field(default_factory=Counter)
    by_severity: Counter[str] = field(default_factory=Counter)

    @property
    def changed_share(self) -> float:
        """Share of drafts whose suggested text differs from the draft."""
        return self.changed / self.drafts if self.drafts else 0.0

    @property
    def flagged_share(self) -> float:
        """Share of drafts with at least one finding."""
        return self.flagged / self.drafts if self.drafts else 0.0

    def rules_frame(self) -> Any:
        """A DataFrame per rule: hits, drafts hit, share of drafts, fixes applied (needs pandas)."""
        pd = _pandas()
        rows = [
            (
                rule,
                hits,
                self.drafts_by_rule[rule],
                self.drafts_by_rule[rule] / max(self.drafts, 1),
                self.applied_by_rule[rule],
            )
            for rule, hits in self.by_rule.most_common()
        ]
        return pd.DataFrame.from_records(rows, columns=["rule", "hits", "drafts", "share", "applied"])

    def chart(self, ax: Any = None, *, top: int = 15, title: str | None = None) -> Any:
        """A horizontal bar chart of the most frequent rules (needs matplotlib); returns the Axes."""
        return chart(self, ax=ax, top=top, title=title)

    def __str__(self) -> str:
        lines = [
            f"drafts: {self.drafts}   changed: {self.changed} ({self.changed_share:.1%})   "
            f"with findings: {self.flagged} ({self.flagged_share:.1%})   failed: {self.failed}",
            f"findings: {self.findings}   "
            + "   ".join(
                f"{sev}: {n}" for sev, n in sorted(self.by_severity.items(), key=lambda kv: -SEVERITY_RANK[kv[0]])
            ),
        ]
        if self.by_plugin:
            lines.append("by plugin: " + ", ".join(f"{p} {n}" for p, n in self.by_plugin.most_common()))
        width = max((len(r) for r in self.by_rule), default=0)
        for rule, hits in self.by_rule.most_common():
            lines.append(
                f"  {rule:<{width}}  {hits:>6} hits  {self.drafts_by_rule[rule]:>6} drafts  "
                f"{self.applied_by_rule[rule]:>6} fixed"
            )
        return "\n".join(lines)

    def _repr_html_(self) -> str:
        import html

        head = html.escape(str(self).split("\n", 1)[0])
        rows = "".join(
            f"<tr><td><code>{html.escape(rule)}</code></td><td>{hits}</td><td>{self.drafts_by_rule[rule]}</td>"
            f"<td>{self.applied_by_rule[rule]}</td></tr>"
            for rule, hits in self.by_rule.most_common()
        )
        return (
            f"<div><p>{head}</p><table><thead><tr><th>rule</th><th>hits</th><th>drafts</th>"
            f"<th>fixed</th></tr></thead><tbody>{rows}</tbody></table></div>"
        )


def summarize(suggestions: Iterable[Suggestion]) -> Summary:
    """Counts per rule, plugin and severity, and the share of drafts changed (pure Python)."""
    out = Summary()
    for s in suggestions:
        out.drafts += 1
        out.changed += s.changed
        out.flagged += bool(s.annotations)
        out.failed += is_failed(s)
        out.findings += len(s.annotations)
        seen = set()
        for a in s.annotations:
            out.by_rule[a.rule] += 1
            out.by_plugin[a.plugin] += 1
            out.by_severity[a.severity] += 1
            out.applied_by_rule[a.rule] += a.applied
            seen.add(a.rule)
        out.drafts_by_rule.update(seen)
    return out


def chart(summary: Summary | Iterable[Suggestion], ax: Any = None, *, top: int = 15, title: str | None = None) -> Any:
    """Bar chart of rule hits (findings, and how many were fixed), most frequent first; returns the Axes."""
    try:
        import matplotlib.pyplot as plt
    except ImportError:
        raise ImportError(f"replykit.chart needs matplotlib: {NOTEBOOK_EXTRA}") from None
    if not isinstance(summary, Summary):
        summary = summarize(summary)
    rules = [r for r, _ in summary.by_rule.most_common(top)][::-1]
    if ax is None:
        _, ax = plt.subplots(figsize=(7, 0.35 * max(len(rules), 3) + 1.2))
    y = range(len(rules))
    ax.barh([i + 0.2 for i in y], [summary.by_rule[r] for r in rules], height=0.4, label="findings")
    ax.barh([i - 0.2 for i in y], [summary.applied_by_rule[r] for r in rules], height=0.4, label="fixed")
    ax.set_yticks(list(y), rules)
    ax.set_xlabel(f"findings in {summary.drafts} drafts")
    ax.set_title(title or f"replykit: rule hits ({summary.changed_share:.0%} of drafts changed)")
    if rules:
        ax.legend(loc="lower right")
    else:
        ax.text(0.5, 0.5, "no findings", ha="center", va="center", transform=ax.transAxes)
    ax.figure.tight_layout()
    return ax
