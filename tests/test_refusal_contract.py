"""The rewrite contract, checked over real lines and generated drafts with every plugin:

* ``Suggestion.text`` never gains a slot marker, at any fix level;
* a refusal's rewrite keeps its decision (the negation words survive) and the draft's masks;
* a rewrite never outputs what a rule flags again: no applied negative rewrite fires on its own
  output, and no 你 survives inside a rewritten clause;
* inserted words follow the draft's script.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator

import pytest
from conftest import SHARED_DATA, shared_lines
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import replykit
from replykit.convert import changes, convert
from replykit.models import Suggestion
from replykit.protect import compile_protection, protected_spans

ASSISTANT = replykit.Assistant(entry_points=False)
SLOTS = ("……", "XX", "[填写]", "xxx")
NEGATION = re.compile(
    r"不能|无法|不可以|不行|没办法|没有办法|没法|不支持|不接受|不提供|不予|不得|不允许|不设|不退|不换|恕不|概不"
)
MASK = re.compile(r"\[[^\[\]\n]{1,12}\]|\{\{[^{}\n]{0,100}\}\}")
INSERTED_SIMPLIFIED = "能为您做的是"
INSERTED_TRADITIONAL = "能為您做的是"


def check_contract(text: str) -> None:
    for level in ("safe", "unsafe"):
        s = ASSISTANT.suggest(text, fixes=level)  # type: ignore[arg-type]
        for marker in SLOTS:
            assert marker in text or marker not in s.text, (level, text, s.text)
        assert MASK.findall(s.text) == MASK.findall(text), (text, s.text)
    s = ASSISTANT.suggest(text)
    for a in s.annotations:
        if a.plugin != "negative" or not a.applied or a.rule == "negative.not-my-job":
            continue
        kept = NEGATION.findall(convert(a.text, "t2s"))
        assert NEGATION.findall(convert(a.replacements[0], "t2s")) == kept, (a.text, a.replacements[0])
        # Every 你 that you-honorific flagged inside the rewritten span is carried as 您.
        flagged = sum(
            1 for b in s.annotations if b.rule == "politeness.you-honorific" and a.start <= b.start and b.end <= a.end
        )
        assert a.replacements[0].count("你") <= a.text.count("你") - flagged, (a.text, a.replacements[0])
    _no_second_rewrite(text, s)
    _inserted_in_draft_script(text, s)


def _no_second_rewrite(text: str, s: Suggestion) -> None:
    if not s.changed:
        return
    again = ASSISTANT.suggest(s.text)
    advice_before = sum(1 for a in s.annotations if a.plugin == "negative" and not a.applied)
    rewritten_again = [a for a in again.annotations if a.plugin == "negative" and a.applied]
    assert len(rewritten_again) <= advice_before, (text, s.text, rewritten_again)


def _inserted_in_draft_script(text: str, s: Suggestion) -> None:
    """Inserted wording agrees with the script of the reply around it (a mixed draft is
    folded into its majority script by script.mixed, so the final text is the judge)."""
    if not any(a.plugin == "negative" and a.applied for a in s.annotations):
        return
    spans = protected_spans(s.text, compile_protection([]))
    rest = "".join(s.text[a:b] for a, b in zip([0, *(e for _, e in spans)], [*(b for b, _ in spans), len(s.text)]))
    if INSERTED_SIMPLIFIED in rest:
        assert not changes(rest.replace(INSERTED_SIMPLIFIED, ""), "t2s"), (text, s.text)
    if INSERTED_TRADITIONAL in rest:
        assert not changes(rest.replace(INSERTED_TRADITIONAL, ""), "s2t"), (text, s.text)


def _agent_lines() -> Iterator[str]:
    for name in ("agent_replies.jsonl", "agent_replies_with_negation.jsonl", "agent_replies_ecd_taobao.jsonl"):
        for _, text in shared_lines(name):
            yield text
    sessions = SHARED_DATA / "jddc_chat_sessions.tsv"
    if sessions.exists():
        with sessions.open(encoding="utf-8") as fh:
            for number, line in enumerate(fh):
                parts = line.rstrip("\n").split("\t")
                # Every fifth agent line of the sessions: the other files already hold most of them.
                if len(parts) >= 7 and parts[2] == "1" and number % 5 == 0:
                    yield parts[6]


@pytest.mark.shared
def test_contract_on_real_agent_lines() -> None:
    seen: set[str] = set()
    for text in _agent_lines():
        if text in seen:
            continue
        seen.add(text)
        check_contract(text)
    assert len(seen) > 3000


@pytest.mark.shared
def test_contract_on_the_public_dev_split() -> None:
    path = SHARED_DATA / "public_replies_eval.jsonl"
    if not path.exists():
        pytest.skip(f"{path} is absent (evaluation data lives outside the repo)")
    count = 0
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = json.loads(raw)
        if line["split"] == "dev":  # the test split is read only by the final evaluation
            check_contract(line["text"])
            count += 1
    assert count > 200


FRAGMENTS = [
    "你",
    "您",
    "我们",
    "小妹这边",
    "本店",
    "亲，",
    "因为缺货，",
    "订单已发货，",
    "不能",
    "无法",
    "不支持",
    "不接受",
    "恕不",
    "概不",
    "没办法",
    "不可以的哦",
    "给您退款",
    "给你退款",
    "修改地址",
    "退换货",
    "议价",
    "开发票",
    "确定到货时间",
    "，可以为您换货",
    "，建议您联系快递",
    "[订单x]",
    "{{name}}",
    "的呢",
    "。",
    "訂單",
    "無法",
    "退貨",
    "這邊",
    # Newer refusal and request constructions (拒收, 不符合…条件, 冇得, 保证不了, Cantonese marks)
    "一律拒收",
    "不符合退货条件",
    "没有上门服务",
    "冇得退",
    "我哋",
    "保证不了",
    "已经帮您加急了，不过",
    "下次您",
    "把单号发过来",
    "过嚟",
    "咪同你講咗囉",
    "“不能退”",
]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(FRAGMENTS), min_size=1, max_size=8))
def test_contract_on_generated_drafts(parts: list[str]) -> None:
    check_contract("".join(parts))


@pytest.mark.parametrize(
    "draft",
    [
        "你的订单无法取消",
        "你好，我们不能给你退款",
        "亲，你这个地址是无法修改的哦",
        "因为缺货，我们目前无法按时给你发货",
    ],
)
def test_no_you_survives_inside_a_rewritten_clause(draft: str) -> None:
    s = ASSISTANT.suggest(draft)
    assert s.changed and "你" not in s.text, s.text


def test_a_fold_across_a_sentence_end_is_not_rewritten_again() -> None:
    once = ASSISTANT.suggest("没办法。，可以为您换货")
    assert ASSISTANT.suggest(once.text).text == once.text
