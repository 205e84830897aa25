"""Judgement on replies nobody tuned for: the public set, labelled blind to the rules.

``../shared/data/public_replies_eval.jsonl`` holds real replies from public sources (not the
JD/Taobao logs), each labelled by a reader who did not know the rules: the problem families it
has (``you``, ``refusal``, ``curt`` …), the spans, an acceptable rewrite.  It is split into
``dev`` (tune on it) and ``test`` (run it when a change is finished).

A family counts as found on a line when any rule of the family fires there (``info`` findings
are ignored, as an agent's UI shows them only on request).  A finding is right when its line
has the finding's family.  Run ``python -m replykit.eval.public --split dev``.

Where the lines carry a second blind labelling (``problems_second``), recall is also given over
the lines both labellers marked with the family.  ``--file`` scores any JSON-lines file of the
same shape (``text`` and ``problems``; ``split`` optional), such as a further labelled sample.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from replykit.eval import default_data_dir

FILE_NAME = "public_replies_eval.jsonl"

# Problem family -> the rule-id prefixes that address it.  A rule outside every family
# (emoji, script.convert, first-person advice) is scored only by the clean-lines measure.
FAMILIES: dict[str, tuple[str, ...]] = {
    "you": ("politeness.you",),
    "refusal": ("negative.",),
    "but-cancel": ("but.",),
    "cold": ("politeness.cold",),
    "curt": ("politeness.curt",),
    "blame": ("politeness.blame", "negative.not-my-job"),
    "bare-request": ("politeness.bare",),
    "mixed-script": ("script.mixed",),
}
TARGET_FAMILIES = ("you", "refusal", "but-cancel", "cold", "curt", "blame", "bare-request")
# What a rule may claim: a refusal rule firing on a line labelled "blame" is not right.
RULE_FAMILIES: dict[str, tuple[str, ...]] = {"negative.not-my-job": ("refusal", "blame")}
CLEAN_LABELS: tuple[set[str], ...] = ({"refusal-with-alternative"}, set())
SLOT_MARKERS = ("……", "XX", "[填写]", "xxx")


@dataclass(frozen=True)
class Line:
    """One labelled reply of the public set."""

    id: int | str
    text: str
    script: str
    problems: frozenset[str]
    split: str
    second: frozenset[str] | None = None


@dataclass
class Report:
    """The scores of one run over a split."""

    lines: int = 0
    found: Counter[str] = field(default_factory=Counter)
    labelled: Counter[str] = field(default_factory=Counter)
    agreed_found: Counter[str] = field(default_factory=Counter)
    agreed_labelled: Counter[str] = field(default_factory=Counter)
    rule_right: Counter[str] = field(default_factory=Counter)
    rule_fired: Counter[str] = field(default_factory=Counter)
    clean: int = 0
    clean_flagged: int = 0
    slots: int = 0
    changed: int = 0
    misses: list[tuple[int | str, str]] = field(default_factory=list)
    wrong: list[tuple[int | str, str]] = field(default_factory=list)

    @property
    def recall(self) -> float:
        return _recall(self.found, self.labelled)

    @property
    def agreed_recall(self) -> float:
        return _recall(self.agreed_found, self.agreed_labelled)


def _recall(found: Counter[str], labelled: Counter[str]) -> float:
    total = sum(labelled[f] for f in TARGET_FAMILIES)
    return sum(found[f] for f in TARGET_FAMILIES) / total if total else 1.0


def families_of(rule_id: str) -> tuple[str, ...]:
    """The families a rule's finding may be right for."""
    if rule_id in RULE_FAMILIES:
        return RULE_FAMILIES[rule_id]
    return tuple(f for f, prefixes in FAMILIES.items() if rule_id.startswith(prefixes))


def load(path: Path, split: str) -> list[Line]:
    out: list[Line] = []
    for raw in path.read_text(encoding="utf-8").splitlines():
        if not raw.strip():
            continue
        d = json.loads(raw)
        if split != "all" and d.get("split", split) != split:
            continue
        second = d.get("problems_second")
        out.append(
            Line(
                d.get("id", len(out)),
                d["text"],
                d.get("script", ""),
                frozenset(d["problems"]),
                d.get("split", split),
                None if second is None else frozenset(second),
            )
        )
    return out


def score(lines: list[Line], suggest: Any) -> tuple[Report, list[dict[str, Any]]]:
    """Score ``suggest(text)`` on the lines; also return the rewrites (changed lines)."""
    report = Report()
    rewrites: list[dict[str, Any]] = []
    for line in lines:
        s = suggest(line.text)
        report.lines += 1
        rules = {a.rule for a in s.annotations if a.severity != "info"}
        if s.changed:
            report.changed += 1
            rewrites.append({"id": line.id, "before": line.text, "after": s.text})
        if any(m in s.text and m not in line.text for m in SLOT_MARKERS):
            report.slots += 1
        for family in line.problems & set(FAMILIES):
            found = any(family in families_of(r) for r in rules)
            report.labelled[family] += 1
            report.found[family] += found
            if line.second is not None and family in line.second:
                report.agreed_labelled[family] += 1
                report.agreed_found[family] += found
            if not found and family in TARGET_FAMILIES:
                report.misses.append((line.id, family))
        for r in rules:
            report.rule_fired[r] += 1
            if line.problems & set(families_of(r)):
                report.rule_right[r] += 1
            else:
                report.wrong.append((line.id, r))
        if set(line.problems) in CLEAN_LABELS:
            report.clean += 1
            report.clean_flagged += bool(rules)
    return report, rewrites


def render(report: Report, split: str) -> Iterator[str]:
    yield f"public set, split {split}: {report.lines} lines scored"
    yield ""
    agreed = bool(report.agreed_labelled)
    yield "| family | found | labelled | recall |" + (" both labellers: found / labelled |" if agreed else "")
    yield "|---|---:|---:|---:|" + ("---:|" if agreed else "")
    for f in FAMILIES:
        n = report.labelled[f]
        if n:
            both = f" {report.agreed_found[f]} / {report.agreed_labelled[f]} |" if agreed else ""
            yield f"| {f} | {report.found[f]} | {n} | {report.found[f] / n:.2f} |{both}"
    both = f" **{report.agreed_recall:.2f}** |" if agreed else ""
    yield f"| **target families** | | | **{report.recall:.2f}** |{both}"
    yield ""
    yield "| rule | fired | right | precision |"
    yield "|---|---:|---:|---:|"
    for r in sorted(report.rule_fired):
        n = report.rule_fired[r]
        yield f"| {r} | {n} | {report.rule_right[r]} | {report.rule_right[r] / n:.2f} |"
    yield ""
    pct = report.clean_flagged / report.clean if report.clean else 0.0
    yield f"clean lines flagged: {report.clean_flagged}/{report.clean} ({pct:.1%})"
    yield f"slot markers left in .text: {report.slots}; lines rewritten: {report.changed}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m replykit.eval.public", description=__doc__.split("\n\n")[0])
    parser.add_argument("--split", choices=["dev", "test", "all"], default="dev")
    parser.add_argument("--data", type=Path, help="folder holding public_replies_eval.jsonl (default: ../shared/data)")
    parser.add_argument("--file", type=Path, help="score this JSON-lines file instead (text, problems, optional split)")
    parser.add_argument("--fixes", choices=["safe", "unsafe"], default="unsafe")
    parser.add_argument("--errors", action="store_true", help="list misses (id, family) and wrong findings")
    parser.add_argument("--rewrites", type=Path, help="write the before/after pairs as JSON lines here")
    args = parser.parse_args(argv)
    data = args.data or default_data_dir()
    path = args.file or (data / FILE_NAME if data else None)
    if path is None or not path.exists():
        print(f"{path or FILE_NAME} not found (give --data DIR or --file PATH); nothing scored", file=sys.stderr)
        return 2
    from replykit.engine import Assistant

    assistant = Assistant(entry_points=False)
    report, rewrites = score(load(path, args.split), lambda t: assistant.suggest(t, fixes=args.fixes))
    print("\n".join(render(report, args.split)))
    if args.errors:
        print("\nmissed:", " ".join(f"{i}:{f}" for i, f in report.misses))
        print("wrong:", " ".join(f"{i}:{r}" for i, r in report.wrong))
    if args.rewrites:
        with args.rewrites.open("w", encoding="utf-8") as out:
            for item in rewrites:
                out.write(json.dumps(item, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
