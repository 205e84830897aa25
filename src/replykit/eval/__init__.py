"""Precision and recall of each plugin on the labelled dev set.

The dev set is one JSON-lines file per plugin in ``replykit/eval/devset/``.  A line is either
a reference to a real reply, ``{"ref": "agent_replies.jsonl:123", "expect": [...]}`` (the text
stays in ../shared/data; such lines are skipped when it is absent), or a written case,
``{"text": "...", "expect": [...], "context": {...}}``.  ``expect`` lists the plugin's rule
ids that must fire; an empty list means the plugin must stay silent.

Plugin scores are per draft (did the plugin fire where it should?); rule scores are per rule
id.  Run ``python -m replykit.eval``.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

TARGET_PRECISION = 0.95
TARGET_RECALL = 0.90


@dataclass(frozen=True)
class Case:
    """One labelled draft for one plugin."""

    plugin: str
    source: str  # "agent_replies.jsonl:123" or "written:<devset file>:<line>"
    text: str
    expect: frozenset[str]
    context: dict[str, Any] | None = None


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    errors: list[tuple[str, str, str]] = field(default_factory=list)  # (kind, source, detail)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0


def default_data_dir() -> Path | None:
    """../shared/data next to the repo or the working directory, when present."""
    candidates = [Path.cwd() / ".." / "shared" / "data", Path(__file__).resolve().parents[4] / "shared" / "data"]
    for c in candidates:
        if c.is_dir():
            return c.resolve()
    return None


def devset_files() -> list[Path]:
    folder = resources.files("replykit.eval") / "devset"
    return sorted(Path(str(p)) for p in folder.iterdir() if p.name.endswith(".jsonl"))


def load_cases(data_dir: Path | None, plugins: set[str] | None = None) -> tuple[list[Case], int]:
    """All cases; returns (cases, number of shared references skipped because data is absent)."""
    cache: dict[str, list[str]] = {}
    cases: list[Case] = []
    skipped = 0
    for path in devset_files():
        plugin = path.stem
        if plugins and plugin not in plugins:
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip() or line.lstrip().startswith("//"):
                continue
            item = json.loads(line)
            expect = frozenset(item.get("expect", []))
            context = item.get("context")
            if "ref" in item:
                name, _, lineno = item["ref"].rpartition(":")
                if data_dir is None or not (data_dir / name).exists():
                    skipped += 1
                    continue
                if name not in cache:
                    cache[name] = _texts(data_dir / name)
                text = cache[name][int(lineno) - 1]
                cases.append(Case(plugin, item["ref"], text, expect, context))
            else:
                cases.append(Case(plugin, f"written:{path.name}:{number}", item["text"], expect, context))
    return cases, skipped


def _texts(path: Path) -> list[str]:
    return [json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines()]


def evaluate(cases: list[Case]) -> tuple[dict[str, Score], dict[str, Score]]:
    """(scores per plugin, scores per rule)."""
    from replykit.engine import Assistant

    assistant = Assistant(entry_points=False)
    by_plugin: dict[str, Score] = {}
    by_rule: dict[str, Score] = {}
    for case in cases:
        s = assistant.suggest(case.text, case.context)
        fired = {a.rule for a in s.annotations if a.plugin == case.plugin}
        plugin_score = by_plugin.setdefault(case.plugin, Score())
        if fired and case.expect:
            plugin_score.tp += 1
        elif fired:
            plugin_score.fp += 1
            plugin_score.errors.append(("FP", case.source, ",".join(sorted(fired))))
        elif case.expect:
            plugin_score.fn += 1
            plugin_score.errors.append(("FN", case.source, ",".join(sorted(case.expect))))
        for rid in fired | case.expect:
            score = by_rule.setdefault(rid, Score())
            if rid in fired and rid in case.expect:
                score.tp += 1
            elif rid in fired:
                score.fp += 1
            else:
                score.fn += 1
    return by_plugin, by_rule


def table(by_plugin: dict[str, Score], by_rule: dict[str, Score], counts: dict[str, int]) -> str:
    lines = ["| plugin | cases | TP | FP | FN | precision | recall |", "|---|---:|---:|---:|---:|---:|---:|"]
    for name in sorted(by_plugin):
        s = by_plugin[name]
        lines.append(
            f"| {name} | {counts.get(name, 0)} | {s.tp} | {s.fp} | {s.fn} | {s.precision:.3f} | {s.recall:.3f} |"
        )
    lines += ["", "| rule | TP | FP | FN | precision | recall |", "|---|---:|---:|---:|---:|---:|"]
    for rid in sorted(by_rule):
        s = by_rule[rid]
        lines.append(f"| {rid} | {s.tp} | {s.fp} | {s.fn} | {s.precision:.3f} | {s.recall:.3f} |")
    return "\n".join(lines)


def iter_errors(by_plugin: dict[str, Score]) -> Iterator[str]:
    for name in sorted(by_plugin):
        for kind, source, detail in by_plugin[name].errors:
            yield f"{kind} {name} {source} {detail}"
