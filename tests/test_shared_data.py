"""Every real reply in ../shared/data/*.jsonl, through every built-in plugin: no crash,
offsets valid, protected spans unchanged, safe fixes idempotent. Skips when the data is absent."""

from __future__ import annotations

import pytest
from conftest import SHARED_DATA, shared_lines

import replykit
from replykit.protect import compile_protection, protected_spans

FILES = [
    "agent_replies.jsonl",
    "agent_replies_with_negation.jsonl",
    "agent_replies_ecd_taobao.jsonl",
    "customer_messages.jsonl",
]
ASSISTANT = replykit.Assistant(entry_points=False)
PROTECT = compile_protection()


def keeps_protected(before: str, after: str) -> bool:
    rest = after
    for s, e in protected_spans(before, PROTECT):
        found = rest.find(before[s:e])
        if found < 0:
            return False
        rest = rest[found + e - s :]
    return True


@pytest.mark.shared
@pytest.mark.parametrize("name", FILES)
@pytest.mark.parametrize("context", [None, {"target_script": "zh-TW"}], ids=["plain", "zh-TW"])
def test_every_real_line(name: str, context: dict[str, str] | None) -> None:
    problems: list[str] = []
    for number, text in shared_lines(name):
        where = f"{name}:{number}"
        unsafe = ASSISTANT.suggest(text, context, fixes="unsafe")
        safe = ASSISTANT.suggest(text, context, fixes="safe")
        for s in (unsafe, safe):
            if s.errors:
                problems.append(f"{where}: plugin errors {s.errors}")
            for a in s.annotations:
                if not (0 <= a.start <= a.end <= len(text)) or text[a.start : a.end] != a.text:
                    problems.append(f"{where}: bad offsets {a.rule} {a.start}:{a.end}")
            if not keeps_protected(text, s.text):
                problems.append(f"{where}: a protected span changed ({'safe' if s is safe else 'unsafe'})")
        again = ASSISTANT.suggest(safe.text, context, fixes="safe")
        if again.text != safe.text:
            rules = sorted({a.rule for a in again.annotations if a.applied})
            problems.append(f"{where}: safe fixes not idempotent ({', '.join(rules)})")
    assert not problems, f"{len(problems)} problems:\n" + "\n".join(problems[:40])


def test_data_folder_documented() -> None:
    if not SHARED_DATA.exists():
        pytest.skip("../shared/data absent")
    assert (SHARED_DATA / "README.md").exists()
