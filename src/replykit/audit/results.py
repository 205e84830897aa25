"""Audit results as plain data: one ``ConversationResult`` per conversation, and a
``Summary`` that adds them up.

Summaries merge by addition (``a.merge(b)``): a log split into partitions of whole
conversations, each audited on its own and merged in partition order, gives the same summary
as one pass.  Every output sorts its rows, so nothing depends on dict order.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from typing import Any

from replykit.audit.config import Thresholds
from replykit.audit.rules.auto_reply import AutoReplyCounter

# Response-time buckets (upper bounds, seconds): the golden 6 s, then what a lead reads.
WAIT_BUCKETS: tuple[float, ...] = (6, 15, 30, 60, 120, 300, 600, float("inf"))
WAIT_LABELS: tuple[str, ...] = ("≤6s", "6–15s", "15–30s", "30–60s", "1–2min", "2–5min", "5–10min", ">10min")
SCORE_BUCKETS = 10  # 0–9, 10–19, … 90–100
SAMPLE = 200  # promises and complaints kept in the summary for the report (all go to the tables)
WORST = 20


@dataclass
class Finding:
    """One finding in a conversation; ``kind`` is "conversation" (a conversation rule) or
    "draft" (a per-reply rule run on an agent message, with its span in that message)."""

    rule: str
    severity: str
    message: str
    message_index: int
    role: str
    agent: str | None
    kind: str = "conversation"
    bonus: bool = False
    start: int | None = None
    end: int | None = None
    text: str | None = None
    replacements: list[str] = field(default_factory=list)


@dataclass
class PromiseItem:
    """A line of the promise checklist (日清检查单)."""

    conversation: str
    message_index: int
    agent: str | None
    what: str
    due: str
    due_date: str | None
    status: str  # "open": nobody wrote after it or it falls due later; "answered": a later agent message


@dataclass
class RoutingItem:
    """A customer complaint routed to a department."""

    conversation: str
    message_index: int
    agent: str | None
    category: str
    department: str
    text: str


@dataclass
class PluginErrorItem:
    plugin: str
    hook: str
    error: str
    message: str


@dataclass
class ConversationResult:
    """Everything the audit found in one conversation."""

    id: str
    channel: str | None
    day: str | None
    agents: list[str]
    messages: int
    customer_messages: int
    agent_messages: int
    score: float
    critical: bool
    findings: list[Finding]
    first_response_seconds: float | None
    response_seconds: list[tuple[str, float]]  # (agent, seconds) per agent reply with timestamps
    promises: list[PromiseItem]
    routing: list[RoutingItem]
    errors: list[PluginErrorItem] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    def row(self) -> dict[str, Any]:
        """The conversation's line in the conversations table."""
        counts = Counter(f.rule for f in self.findings if not f.bonus)
        return {
            "conversation": self.id,
            "channel": self.channel,
            "day": self.day,
            "agents": ",".join(self.agents),
            "messages": self.messages,
            "score": self.score,
            "critical": self.critical,
            "findings": sum(counts.values()),
            "rules": ",".join(sorted(counts)),
            "first_response_seconds": self.first_response_seconds,
            "promises_open": sum(p.status == "open" for p in self.promises),
            "complaints": len(self.routing),
        }


def finding_rows(result: ConversationResult) -> list[dict[str, Any]]:
    return [{"conversation": result.id, **asdict(f), "replacements": "|".join(f.replacements)} for f in result.findings]


@dataclass
class AgentStats:
    """Per agent: conversations, score, findings per rule, response-time distribution."""

    conversations: int = 0
    messages: int = 0
    score_sum: float = 0.0
    score_min: float | None = None
    critical: int = 0
    rules: Counter[str] = field(default_factory=Counter)
    waits: list[int] = field(default_factory=lambda: [0] * len(WAIT_BUCKETS))
    wait_sum: float = 0.0
    first_sum: float = 0.0
    first_count: int = 0
    promises_open: int = 0
    complaints: int = 0

    def merge(self, other: AgentStats) -> None:
        self.conversations += other.conversations
        self.messages += other.messages
        self.score_sum += other.score_sum
        if other.score_min is not None:
            self.score_min = other.score_min if self.score_min is None else min(self.score_min, other.score_min)
        self.critical += other.critical
        self.rules.update(other.rules)
        self.waits = [a + b for a, b in zip(self.waits, other.waits)]
        self.wait_sum += other.wait_sum
        self.first_sum += other.first_sum
        self.first_count += other.first_count
        self.promises_open += other.promises_open
        self.complaints += other.complaints

    def wait_quantile(self, q: float) -> str | None:
        """The response-time bucket holding quantile q (buckets merge exactly; raw times don't)."""
        total = sum(self.waits)
        if not total:
            return None
        seen = 0
        for label, n in zip(WAIT_LABELS, self.waits):
            seen += n
            if seen >= q * total:
                return label
        return WAIT_LABELS[-1]


@dataclass
class DayStats:
    conversations: int = 0
    score_sum: float = 0.0
    findings: int = 0
    critical: int = 0

    def merge(self, other: DayStats) -> None:
        self.conversations += other.conversations
        self.score_sum += other.score_sum
        self.findings += other.findings
        self.critical += other.critical


def bucket(seconds: float) -> int:
    for i, bound in enumerate(WAIT_BUCKETS):
        if seconds <= bound:
            return i
    return len(WAIT_BUCKETS) - 1


class Summary:
    """The sums over many conversations; ``add`` one result, ``merge`` another summary."""

    def __init__(self, thresholds: Thresholds | None = None) -> None:
        self.conversations = 0
        self.messages = 0
        self.score_sum = 0.0
        self.critical = 0
        self.scores = [0] * SCORE_BUCKETS
        self.rules: Counter[str] = Counter()
        self.severity: dict[str, str] = {}
        self.agents: dict[str, AgentStats] = {}
        self.days: dict[str, DayStats] = {}
        self.promises_total = 0
        self.promises_open = 0
        self.promises: list[PromiseItem] = []
        self.routing_counts: Counter[tuple[str, str]] = Counter()
        self.routing: list[RoutingItem] = []
        self.worst: list[ConversationResult] = []
        self.bonus: set[str] = set()
        self.errors = 0
        self.auto_replies = AutoReplyCounter(thresholds or Thresholds())

    # -- adding ----------------------------------------------------------------------------

    def add(self, r: ConversationResult, agent_texts: Sequence[tuple[int, str, str]] = ()) -> None:
        """Add a conversation's result; ``agent_texts`` are its (index, text, agent) agent
        messages, counted for the auto-reply rule."""
        self.conversations += 1
        self.messages += r.messages
        self.score_sum += r.score
        self.critical += r.critical
        self.scores[min(int(r.score // 10), SCORE_BUCKETS - 1)] += 1
        self.errors += len(r.errors)
        for f in r.findings:
            self.rules[f.rule] += 1
            self.severity.setdefault(f.rule, f.severity)
            if f.bonus:
                self.bonus.add(f.rule)
        for agent in r.agents or [""]:
            a = self.agents.setdefault(agent, AgentStats())
            a.conversations += 1
            a.score_sum += r.score
            a.score_min = r.score if a.score_min is None else min(a.score_min, r.score)
            a.critical += r.critical
        for f in r.findings:
            if f.agent is not None:
                self.agents.setdefault(f.agent, AgentStats()).rules[f.rule] += 1
        for agent, seconds in r.response_seconds:
            a = self.agents.setdefault(agent, AgentStats())
            a.waits[bucket(seconds)] += 1
            a.wait_sum += seconds
        if r.first_response_seconds is not None and r.agents:
            a = self.agents[r.agents[0]]
            a.first_sum += r.first_response_seconds
            a.first_count += 1
        day = self.days.setdefault(r.day or "", DayStats())
        day.conversations += 1
        day.score_sum += r.score
        day.findings += sum(not f.bonus for f in r.findings)
        day.critical += r.critical
        for p in r.promises:
            self.promises_total += 1
            if p.status == "open":
                self.promises_open += 1
                self.agents.setdefault(p.agent or "", AgentStats()).promises_open += 1
                if len(self.promises) < SAMPLE:
                    self.promises.append(p)
        for c in r.routing:
            self.routing_counts[(c.category, c.department)] += 1
            self.agents.setdefault(c.agent or "", AgentStats()).complaints += 1
            if len(self.routing) < SAMPLE:
                self.routing.append(c)
        self._keep_worst(r)
        seen: set[str] = set()
        for index, text, agent in agent_texts:
            if text not in seen and self.auto_replies.candidate(text):
                seen.add(text)
                self.auto_replies.add(r.id, index, text, agent)

    def add_messages(self, agent: str, count: int) -> None:
        self.agents.setdefault(agent, AgentStats()).messages += count

    def _keep_worst(self, r: ConversationResult) -> None:
        if r.score >= 100 and not r.critical:
            return
        self.worst.append(r)
        if len(self.worst) > 2 * WORST:
            self.worst = sorted(self.worst, key=_worst_first)[:WORST]

    # -- merging ---------------------------------------------------------------------------

    def merge(self, other: Summary) -> Summary:
        """Add another summary (of the conversations after this one's); returns self."""
        self.conversations += other.conversations
        self.messages += other.messages
        self.score_sum += other.score_sum
        self.critical += other.critical
        self.scores = [a + b for a, b in zip(self.scores, other.scores)]
        self.rules.update(other.rules)
        for k, v in other.severity.items():
            self.severity.setdefault(k, v)
        for name, agent in other.agents.items():
            self.agents.setdefault(name, AgentStats()).merge(agent)
        for day, stats in other.days.items():
            self.days.setdefault(day, DayStats()).merge(stats)
        self.promises_total += other.promises_total
        self.promises_open += other.promises_open
        self.promises = (self.promises + other.promises)[:SAMPLE]
        self.routing_counts.update(other.routing_counts)
        self.routing = (self.routing + other.routing)[:SAMPLE]
        for r in other.worst:
            self._keep_worst(r)
        self.bonus |= other.bonus
        self.errors += other.errors
        self.auto_replies.merge(other.auto_replies)
        return self

    # -- reading ---------------------------------------------------------------------------

    @property
    def mean_score(self) -> float | None:
        return round(self.score_sum / self.conversations, 2) if self.conversations else None

    def worst_conversations(self) -> list[ConversationResult]:
        return sorted(self.worst, key=_worst_first)[:WORST]

    def agent_rows(self) -> list[dict[str, Any]]:
        rows = []
        for name in sorted(self.agents):
            a = self.agents[name]
            if not a.conversations:
                continue
            rows.append(
                {
                    "agent": name or "(unknown)",
                    "conversations": a.conversations,
                    "messages": a.messages,
                    "score": round(a.score_sum / a.conversations, 2),
                    "score_min": a.score_min,
                    "critical": a.critical,
                    "findings": sum(n for r, n in a.rules.items() if r not in self.bonus),
                    "rules": dict(sorted(a.rules.items())),
                    "replies_timed": sum(a.waits),
                    "response_mean_seconds": round(a.wait_sum / sum(a.waits), 1) if sum(a.waits) else None,
                    "response_median": a.wait_quantile(0.5),
                    "response_p90": a.wait_quantile(0.9),
                    "response_buckets": dict(zip(WAIT_LABELS, a.waits)),
                    "first_response_mean_seconds": round(a.first_sum / a.first_count, 1) if a.first_count else None,
                    "promises_open": a.promises_open,
                    "complaints": a.complaints,
                }
            )
        return rows

    def day_rows(self) -> list[dict[str, Any]]:
        return [
            {
                "day": day or "(no timestamps)",
                "conversations": d.conversations,
                "score": round(d.score_sum / d.conversations, 2),
                "findings": d.findings,
                "critical": d.critical,
            }
            for day, d in sorted(self.days.items())
        ]

    def rule_rows(self) -> list[dict[str, Any]]:
        return [
            {"rule": rule, "severity": self.severity.get(rule, ""), "findings": n}
            for rule, n in sorted(self.rules.items(), key=lambda kv: (-kv[1], kv[0]))
        ]

    def routing_rows(self) -> list[dict[str, Any]]:
        return [
            {"category": c, "department": d, "complaints": n}
            for (c, d), n in sorted(self.routing_counts.items(), key=lambda kv: (-kv[1], kv[0]))
        ]

    def auto_reply_rows(self) -> list[dict[str, Any]]:
        return [
            {
                "rule": "audit.auto-reply",
                "text": s.text,
                "conversations": s.conversations,
                "agents": ",".join(sorted(s.agents)),
                "examples": ";".join(f"{c}#{i}" for c, i in s.examples),
            }
            for s in self.auto_replies.overused()
        ]

    def totals(self) -> dict[str, Any]:
        return {
            "conversations": self.conversations,
            "messages": self.messages,
            "score": self.mean_score,
            "critical": self.critical,
            "findings": sum(n for r, n in self.rules.items() if r not in self.bonus),
            "promises": self.promises_total,
            "promises_open": self.promises_open,
            "complaints": sum(self.routing_counts.values()),
            "auto_replies": len(self.auto_replies.overused()),
            "plugin_errors": self.errors,
            "score_histogram": list(self.scores),
        }

    def to_dict(self) -> dict[str, Any]:
        return {
            "totals": self.totals(),
            "rules": self.rule_rows(),
            "agents": self.agent_rows(),
            "days": self.day_rows(),
            "routing": self.routing_rows(),
            "auto_replies": self.auto_reply_rows(),
        }


def _worst_first(r: ConversationResult) -> tuple[float, str]:
    return (r.score, r.id)
