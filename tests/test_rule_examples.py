"""Every declared rule example runs here, through replykit.testing (what a third-party plugin
uses too): bad drafts are flagged and fixed as declared, must-not-fire drafts are left alone,
and every rule has examples of both kinds."""

from __future__ import annotations

import pytest

from replykit.testing import ExampleCase, FakeReport, example_cases, make_draft

CASES = example_cases()


@pytest.mark.parametrize("case", CASES, ids=str)
def test_declared_example(case: ExampleCase) -> None:
    case.check()


def test_every_builtin_rule_has_cases() -> None:
    rules = {case.rule.id for case in CASES}
    assert {"negative.cannot", "politeness.curt", "but.opening", "script.convert"} <= rules
    assert all(any(c.kind == "flags" for c in CASES if c.rule.id == rid) for rid in rules)


def test_a_case_fails_when_its_example_does_not_hold() -> None:
    from dataclasses import replace

    from replykit.rules import Example

    case = next(c for c in CASES if c.kind == "flags" and c.rule.id == "negative.cannot")
    wrong = replace(case, example=Example("您好，已为您登记"))
    with pytest.raises(AssertionError, match="did not flag"):
        wrong.check()


def test_fake_report_and_make_draft_run_a_hook_directly() -> None:
    from replykit.builtin import but

    draft = make_draft("但是这个需要您确认一下", {"customer_message": "好的"})
    report = FakeReport()
    but.replykit_check(draft, None, report)
    assert report.rule_names == ["opening"]
    assert report.spans(draft.text) == ["但是"]
    with pytest.raises(TypeError):
        report("opening", 0, 2, "abc")
