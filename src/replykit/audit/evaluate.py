"""Precision and recall of the conversation rules on the labelled dev set.

``replykit/audit/devset.jsonl``: a line is either a dialogue we wrote,
``{"dialogue": "C: …\\nA: …", "expect": {"audit.promise-unkept": [1]}}``, or a reference to a
real JDDC session, ``{"ref": "jddc_chat_sessions.tsv#<session id>", "expect": {...}}`` (the text
stays in ../shared/data; references are skipped when it is absent).  ``split`` is ``dev`` (the
detectors were tuned on it) or ``test`` (labelled before the detectors ever ran on it; run it
only when a change is finished).  ``expect`` maps each rule
that must fire to the message indices where it must; every other rule must stay silent.  A
finding counts at (case, rule, message index).  Run ``python -m replykit.audit.evaluate``.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Iterator
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from replykit.audit.engine import Auditor
from replykit.audit.model import Conversation
from replykit.audit.readers import read_log
from replykit.audit.rules import dialogue
from replykit.config import Config
from replykit.eval import Score, default_data_dir

# The log-wide auto-reply rule has no per-conversation label; the timed rules are scored on
# written dialogues only (the JDDC sessions carry no timestamps).
SCOPE = (
    "audit.anger-no-apology",
    "audit.choice-question",
    "audit.first-response-slow",
    "audit.no-closing",
    "audit.no-greeting",
    "audit.open-question",
    "audit.promise-unkept",
    "audit.question-unanswered",
    "audit.repeated-question",
    "audit.response-slow",
    "audit.wait-no-apology",
)


@dataclass(frozen=True)
class Case:
    source: str  # "jddc_chat_sessions.tsv#<id>" or "written:<line>"
    split: str
    conversation: Conversation
    expect: dict[str, frozenset[int]]


def load_cases(data_dir: Path | None, split: str = "dev") -> Iterator[Case]:
    lines = resources.files("replykit.audit").joinpath("devset.jsonl").read_text(encoding="utf-8").splitlines()
    wanted: dict[str, tuple[int, dict[str, Any]]] = {}
    for number, line in enumerate(lines, 1):
        item = json.loads(line)
        if item["split"] != split:
            continue
        expect = {rule: frozenset(at) for rule, at in item["expect"].items()}
        if "dialogue" in item:
            yield Case(f"written:{number}", split, dialogue(item["dialogue"], cid=f"written-{number}"), expect)
        else:
            wanted[item["ref"]] = (number, expect)
    if not wanted or data_dir is None:
        return
    by_file: dict[str, dict[str, Any]] = {}
    for ref, value in wanted.items():
        name, _, sid = ref.partition("#")
        by_file.setdefault(name, {})[sid] = value
    for name, sessions in by_file.items():
        for conversation in read_log(data_dir / name):
            if conversation.id in sessions:
                _, expect = sessions[conversation.id]
                yield Case(f"{name}#{conversation.id}", split, conversation, expect)


def evaluate(data_dir: Path | None = None, split: str = "dev") -> tuple[dict[str, Score], int, int]:
    """Scores per rule, and the number of written and real cases."""
    auditor = Auditor(Config(audit={"drafts": False}), entry_points=False)
    scores = {rule: Score() for rule in SCOPE}
    written = real = 0
    for case in load_cases(data_dir if data_dir is not None else default_data_dir(), split):
        if case.source.startswith("written:"):
            written += 1
        else:
            real += 1
        result = auditor.audit_conversation(case.conversation)
        found: dict[str, set[int]] = {}
        for f in result.findings:
            found.setdefault(f.rule, set()).add(f.message_index)
        for rule in SCOPE:
            got, want = found.get(rule, set()), case.expect.get(rule, frozenset())
            s = scores[rule]
            s.tp += len(got & want)
            for i in sorted(got - want):
                s.fp += 1
                s.errors.append(("FP", case.source, f"#{i} {case.conversation.messages[i].text[:60]}"))
            for i in sorted(want - got):
                s.fn += 1
                s.errors.append(("FN", case.source, f"#{i} {case.conversation.messages[i].text[:60]}"))
    return scores, written, real


def markdown(scores: dict[str, Score]) -> str:
    rows = ["| rule | TP | FP | FN | precision | recall |", "|---|---:|---:|---:|---:|---:|"]
    for rule, s in scores.items():
        rows.append(f"| `{rule}` | {s.tp} | {s.fp} | {s.fn} | {s.precision:.3f} | {s.recall:.3f} |")
    return "\n".join(rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m replykit.audit.evaluate", description=__doc__)
    parser.add_argument("--errors", action="store_true", help="list every false positive and negative")
    parser.add_argument("--data", type=Path, help="../shared/data (default: found next to the repo)")
    parser.add_argument("--split", choices=["dev", "test"], default="dev", help="which labelled split (default: dev)")
    args = parser.parse_args(argv)
    scores, written, real = evaluate(args.data, args.split)
    print(f"{args.split}: {written + real} dialogues ({real} real references, {written} written)\n")
    print(markdown(scores))
    if args.errors:
        for rule, s in scores.items():
            for kind, source, detail in s.errors:
                print(f"{kind} {rule} {source} {detail}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
