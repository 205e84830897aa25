"""The auditor: every conversation rule and every per-reply check over one conversation,
then the score.  A conversation is audited on its own (no state carries from one to the next),
so any partition of a log audits to the same results; what looks across conversations (the
auto-reply count, the per-agent sums) lives in ``Summary``, which merges by addition.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Iterator
from datetime import timedelta
from typing import Any

from replykit.audit import builtin
from replykit.audit.config import AuditConfig
from replykit.audit.language import clean
from replykit.audit.model import Conversation
from replykit.audit.results import ConversationResult, Finding, PluginErrorItem, PromiseItem, RoutingItem, Summary
from replykit.audit.routing import category, complaint
from replykit.audit.rules import ConversationRule
from replykit.audit.transcript import Transcript
from replykit.config import Config, override, prefix_matches, selects_any, switched_on
from replykit.engine import Assistant
from replykit.errors import ConfigError, PluginFailure, ReplykitError
from replykit.models import SEVERITY_RANK

_DUE_DAYS = {"today": 0, "tomorrow": 1, "in 2 days": 2}


class _Reporter:
    """Receives one plugin's findings on one conversation."""

    def __init__(self, auditor: Auditor, plugin: str, transcript: Transcript, out: list[Finding]) -> None:
        self.auditor = auditor
        self.plugin = plugin
        self.transcript = transcript
        self.out = out

    def enabled(self, rule: ConversationRule | str) -> bool:
        rid = rule if isinstance(rule, str) and "." in rule else f"{self.plugin}.{_name(rule)}"
        return rid in self.auditor.enabled

    def __call__(
        self,
        rule: ConversationRule | str,
        message_index: int,
        *,
        args: dict[str, Any] | None = None,
        agent: str | None = None,
    ) -> None:
        rid = f"{self.plugin}.{_name(rule)}"
        declared = self.auditor.rules.get(rid)
        if declared is None:
            raise ReplykitError(f"plugin {self.plugin!r} reported an undeclared conversation rule {rid!r}")
        if rid not in self.auditor.enabled:
            return
        messages = self.transcript.messages
        if not (0 <= message_index < len(messages)):
            raise ReplykitError(f"{rid}: message index {message_index} is outside the conversation")
        m = messages[message_index]
        who = agent if agent is not None else self.transcript.agent_of(message_index)
        self.out.append(
            Finding(
                rule=rid,
                severity=self.auditor.severity(rid, declared.severity),
                message=declared.message(self.auditor.config.locale, **(args or {})),
                message_index=message_index,
                role=m.role,
                agent=who,
                bonus=declared.kind == "bonus",
            )
        )


def _name(rule: ConversationRule | str) -> str:
    return rule if isinstance(rule, str) else rule.name


class Auditor:
    """Audit conversations with a configuration: build once, call ``audit_conversation``
    for each conversation (from any thread)."""

    def __init__(
        self,
        config: Config | None = None,
        *,
        plugins: Iterable[object | tuple[str, object]] = (),
        entry_points: bool = True,
        assistant: Assistant | None = None,
    ) -> None:
        self.config = config or Config()
        self.settings = AuditConfig.from_config(self.config)
        extra = [(builtin.PLUGIN_NAME, builtin), *plugins]
        self.assistant = assistant or Assistant(self.config, plugins=extra, entry_points=entry_points)
        pm = self.assistant.plugin_manager
        if not pm.has_plugin(builtin.PLUGIN_NAME):
            pm.register(builtin, name=builtin.PLUGIN_NAME)
        self.rules: dict[str, ConversationRule] = {}
        for impl in reversed(pm.hook.replykit_conversation_rules.get_hookimpls()):
            declared: Iterable[ConversationRule] = impl.function()  # type: ignore[assignment]
            for r in declared:
                owned = r.registered_as(impl.plugin_name)
                if owned.id in self.rules:
                    raise ReplykitError(f"conversation rule {owned.id} is declared twice")
                self.rules[owned.id] = owned
        s = self.settings
        self._check_selectors()
        self.enabled = frozenset(rid for rid in self.rules if switched_on(s.select, s.ignore, rid))
        self._checks = [
            (impl.plugin_name, impl.function, tuple(impl.argnames))
            for impl in reversed(pm.hook.replykit_check_conversation.get_hookimpls())
        ]
        self._segment_lock = threading.Lock()

    def _check_selectors(self) -> None:
        where = f"{self.config.source}: " if self.config.source else ""
        s = self.settings
        for key, prefixes in (("select", s.select), ("ignore", s.ignore), ("severity", list(s.severity))):
            for p in prefixes:
                if not selects_any(p, self.rules):
                    raise ConfigError(f"{where}'audit.{key}': unknown conversation rule or prefix {p!r}")

    def severity(self, rule_id: str, default: str) -> str:
        return override(self.settings.severity, rule_id, default)

    def options_for(self, plugin: str) -> Any:
        if plugin == builtin.PLUGIN_NAME:
            return self.settings.thresholds
        return self.settings.plugins.get(plugin, {})

    # -- one conversation ------------------------------------------------------------------

    def audit_conversation(self, conversation: Conversation) -> ConversationResult:
        """Every finding, the score, promises and complaints of one conversation."""
        transcript = Transcript(conversation, self.assistant.segmenter)
        findings: list[Finding] = []
        errors: list[PluginErrorItem] = []
        for plugin, fn, argnames in self._checks:
            values = {"conversation": transcript, "options": self.options_for(plugin)}
            values["report"] = _Reporter(self, plugin, transcript, findings)
            try:
                fn(*[values[a] for a in argnames])
            except Exception as exc:
                if self.assistant.strict:
                    raise PluginFailure(plugin, "replykit_check_conversation", exc) from exc
                errors.append(PluginErrorItem(plugin, "replykit_check_conversation", type(exc).__name__, str(exc)))
        if self.settings.drafts:
            findings += self._draft_findings(transcript, errors)
        findings.sort(key=lambda f: (f.message_index, f.start if f.start is not None else -1, f.rule))
        score, critical = self.score(findings)
        waits = transcript.waits
        first = next((w.seconds for w in waits if w.first), None)
        response = [
            (conversation.messages[w.answered].agent or "", w.seconds)
            for w in waits
            if conversation.messages[w.answered].role == "agent"
        ]
        return ConversationResult(
            id=conversation.id,
            channel=conversation.channel,
            day=conversation.day(),
            agents=conversation.agents(),
            messages=len(conversation.messages),
            customer_messages=sum(m.role == "customer" for m in conversation.messages),
            agent_messages=sum(m.role == "agent" for m in conversation.messages),
            score=score,
            critical=critical,
            findings=findings,
            first_response_seconds=first,
            response_seconds=response,
            promises=self._promises(transcript),
            routing=self._routing(transcript),
            errors=errors,
        )

    def _draft_findings(self, t: Transcript, errors: list[PluginErrorItem]) -> list[Finding]:
        out: list[Finding] = []
        last_customer: str | None = None
        channel = t.conversation.channel
        for i, m in enumerate(t.messages):
            if m.role == "customer":
                last_customer = m.text
                continue
            if m.role != "agent" or not m.text.strip():
                continue
            context: dict[str, Any] = {"customer_message": last_customer, "channel": channel}
            try:
                s = self.assistant.suggest(m.text, context, fixes="none")
            except ReplykitError as exc:  # text the engine refuses (lone surrogates): recorded, not fatal
                errors.append(PluginErrorItem("replykit", "suggest", type(exc).__name__, str(exc)))
                continue
            for e in s.errors:
                errors.append(PluginErrorItem(e.plugin, e.hook, e.error, e.message))
            for a in s.annotations:
                out.append(
                    Finding(
                        rule=a.rule,
                        severity=a.severity,
                        message=a.message,
                        message_index=i,
                        role=m.role,
                        agent=m.agent or "",
                        kind="draft",
                        start=a.start,
                        end=a.end,
                        text=a.text,
                        replacements=list(a.replacements),
                    )
                )
        return out

    def score(self, findings: list[Finding]) -> tuple[float, bool]:
        """(score, critical) of a conversation under the config's profile."""
        profile = self.settings.score
        lost: dict[str, float] = {}
        gained: dict[str, float] = {}
        critical = False
        for f in findings:
            if any(prefix_matches(p, f.rule) for p in profile.critical):
                critical = True
            points = self._points(f)
            bucket = gained if f.bonus or any(prefix_matches(p, f.rule) for p in profile.bonus) else lost
            bucket[f.rule] = min(profile.max_per_rule, bucket.get(f.rule, 0.0) + points)
        if critical:
            return 0.0, True
        score = profile.start - sum(lost.values()) + sum(gained.values())
        return round(max(0.0, min(profile.start, score)), 2), False

    def _points(self, f: Finding) -> float:
        profile = self.settings.score
        value: float | None = override(profile.points, f.rule, None)  # the most specific prefix wins
        if value is not None:
            return value
        return profile.draft_points.get(f.severity, 0.0)  # type: ignore[call-overload, no-any-return]

    def _promises(self, t: Transcript) -> list[PromiseItem]:
        out = []
        agents = t.indices("agent")
        for i in agents:
            later = any(j > i for j in agents)
            m = t.messages[i]
            for p in t.utterance(i).promises():
                due_date = None
                if m.time is not None and p.due in _DUE_DAYS:
                    due_date = (m.time + timedelta(days=_DUE_DAYS[p.due])).date().isoformat()
                status = "answered" if later and p.due == "soon" else "open"
                out.append(PromiseItem(t.conversation.id, i, m.agent or "", p.what, p.due, due_date, status))
        return out

    def _routing(self, t: Transcript) -> list[RoutingItem]:
        out = []
        departments = self.settings.departments
        for i in t.indices("customer"):
            u = t.utterance(i)
            if not complaint(u):
                continue
            kind = category(u.text)
            department = departments.get(kind, departments.get("other", ""))
            out.append(RoutingItem(t.conversation.id, i, t.agent_of(i), kind, department, clean(u.text).strip()[:200]))
        return out

    # -- many conversations ----------------------------------------------------------------

    def summarize(self, result: ConversationResult, conversation: Conversation, summary: Summary) -> None:
        """Add one conversation's result (and its agent texts, for auto-replies) to a summary."""
        texts = [(i, m.text, m.agent or "") for i, m in enumerate(conversation.messages) if m.role == "agent"]
        if "audit.auto-reply" not in self.enabled:
            texts = []
        summary.add(result, texts)
        per_agent: dict[str, int] = {}
        for m in conversation.messages:
            if m.role == "agent":
                per_agent[m.agent or ""] = per_agent.get(m.agent or "", 0) + 1
        for agent, n in per_agent.items():
            summary.add_messages(agent, n)
        for f in result.findings:
            summary.severity.setdefault(f.rule, f.severity)

    def new_summary(self) -> Summary:
        return Summary(self.settings.thresholds)

    def run(
        self,
        conversations: Iterable[Conversation],
        summary: Summary | None = None,
        progress: Callable[[int, int], None] | None = None,
    ) -> Iterator[ConversationResult]:
        """Audit conversations one at a time, adding each to ``summary``; yields each result."""
        summary = summary if summary is not None else self.new_summary()
        messages = 0
        for n, conversation in enumerate(conversations, 1):
            result = self.audit_conversation(conversation)
            self.summarize(result, conversation, summary)
            messages += len(conversation.messages)
            if progress is not None:
                progress(n, messages)
            yield result


def worst_severity(findings: Iterable[Finding]) -> int:
    return max((SEVERITY_RANK.get(f.severity, 0) for f in findings if not f.bonus), default=0)
