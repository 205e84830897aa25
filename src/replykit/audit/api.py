"""``replykit.audit(conversations, config=...)``: audit in memory, for notebooks and scripts."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import asdict
from pathlib import Path
from typing import Any

from replykit.audit.engine import Auditor
from replykit.audit.model import Conversation
from replykit.audit.readers import read_logs
from replykit.audit.results import ConversationResult, Summary, finding_rows
from replykit.config import Config

TABLES = ("conversations", "findings", "agents", "days", "rules", "promises", "routing", "auto_replies")


class AuditResult:
    """Every conversation's result, in input order, and their summary.

    ``to_frame(table)`` gives a pandas DataFrame of one table; ``rows(table)`` the same as
    plain dicts.  ``merge`` adds the result of the next partition of a log.
    """

    def __init__(self, conversations: list[ConversationResult], summary: Summary) -> None:
        self.conversations = conversations
        self.summary = summary

    def __len__(self) -> int:
        return len(self.conversations)

    def __repr__(self) -> str:
        t = self.summary.totals()
        return f"<AuditResult {t['conversations']} conversations, score {t['score']}, {t['findings']} findings>"

    def merge(self, other: AuditResult) -> AuditResult:
        """This result followed by another partition's (which must hold other conversations)."""
        self.conversations.extend(other.conversations)
        self.summary.merge(other.summary)
        return self

    def rows(self, table: str = "conversations") -> list[dict[str, Any]]:
        s = self.summary
        if table == "conversations":
            return [r.row() for r in self.conversations]
        if table == "findings":
            return [row for r in self.conversations for row in finding_rows(r)]
        if table == "promises":
            return [asdict(p) for r in self.conversations for p in r.promises]
        if table == "routing":
            return [asdict(c) for r in self.conversations for c in r.routing]
        if table == "agents":
            return s.agent_rows()
        if table == "days":
            return s.day_rows()
        if table == "rules":
            return s.rule_rows()
        if table == "auto_replies":
            return s.auto_reply_rows()
        raise ValueError(f"unknown table {table!r}; one of {', '.join(TABLES)}")

    def to_frame(self, table: str = "conversations") -> Any:
        """One table as a pandas DataFrame (needs pandas: the ``notebook`` extra)."""
        try:
            import pandas as pd
        except ImportError:
            raise ImportError('to_frame needs pandas: pip install "replykit[notebook]"') from None
        rows = self.rows(table)
        frame = pd.DataFrame(rows)
        if table == "agents" and not frame.empty:
            frame = frame.drop(columns=["rules", "response_buckets"])
        return frame

    def _repr_html_(self) -> str:
        from replykit.audit.report.html import notebook_html

        return notebook_html(self.summary)


def _conversations(source: Any, columns: Mapping[str, str] | None) -> Iterable[Conversation]:
    if isinstance(source, (str, Path)):
        return read_logs([source], columns=columns)
    items = list(source) if not isinstance(source, Iterable) else source
    if isinstance(items, (list, tuple)) and items and all(isinstance(p, (str, Path)) for p in items):
        return read_logs(items, columns=columns)
    return (c if isinstance(c, Conversation) else Conversation.model_validate(c) for c in items)


def audit(
    conversations: Any,
    config: Config | Mapping[str, Any] | None = None,
    *,
    columns: Mapping[str, str] | None = None,
    auditor: Auditor | None = None,
) -> AuditResult:
    """Audit conversations and return every result with the summary.

    :param conversations: Conversations (or dicts of their fields), a log path, or a list of
        log paths (read as ``replykit audit`` reads them).
    :param config: a replykit Config, or the ``audit`` table as a dict
        (``{"thresholds": {"first-response-seconds": 10}}``).
    """
    if auditor is None:
        if isinstance(config, Mapping):
            config = Config(audit=dict(config))
        auditor = Auditor(config)
    summary = auditor.new_summary()
    results = list(auditor.run(_conversations(conversations, columns), summary))
    return AuditResult(results, summary)
