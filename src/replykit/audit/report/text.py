"""The terminal summary of ``replykit audit`` (the default output)."""

from __future__ import annotations

from replykit.audit.readers.common import ReadStats
from replykit.audit.results import Summary


def _safe(text: str) -> str:
    """No terminal control sequences from a log's text."""
    return "".join(c if c.isprintable() else "?" for c in text)


def render_text(summary: Summary, stats: ReadStats | None = None) -> str:
    t = summary.totals()
    lines = [
        f"{t['conversations']} conversations, {t['messages']} messages; mean score {t['score']}, "
        f"{t['critical']} critical, {t['findings']} findings",
        "",
        "rules:",
    ]
    lines += [f"  {r['findings']:>7}  {r['rule']} [{r['severity']}]" for r in summary.rule_rows()]
    lines += ["", "agents:"]
    for a in summary.agent_rows():
        lines.append(
            f"  {_safe(a['agent'])}: {a['conversations']} conversations, score {a['score']} (min {a['score_min']}), "
            f"{a['findings']} findings, response median {a['response_median'] or '—'}, "
            f"{a['promises_open']} open promises"
        )
    lines += ["", f"promise checklist: {t['promises_open']} open of {t['promises']} promises"]
    lines += ["", "feedback routing:"]
    lines += [f"  {r['complaints']:>7}  {r['category']} -> {_safe(r['department'])}" for r in summary.routing_rows()]
    auto = summary.auto_reply_rows()
    if auto:
        lines += ["", "auto-replies:"]
        lines += [f"  {r['conversations']:>7}  {_safe(r['text'][:60])}" for r in auto[:10]]
    if stats is not None and stats.skipped:
        lines += ["", f"skipped {stats.skipped} bad rows:"] + [f"  {_safe(r)}" for r in stats.reasons]
    return "\n".join(lines)
