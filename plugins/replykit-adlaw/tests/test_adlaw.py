"""The plugin's own tests, with replykit.testing: run from the plugin folder after
`pip install .` (or `pip install -e .`): `pytest`."""

from __future__ import annotations

import pytest
import replykit_adlaw

import replykit
from replykit.testing import ExampleCase, FakeReport, example_cases, make_draft


@pytest.mark.parametrize("case", example_cases(replykit_adlaw, name="adlaw"), ids=str)
def test_declared_examples(case: ExampleCase) -> None:
    case.check()


def test_check_reports_the_term_found() -> None:
    report = FakeReport()
    draft = make_draft("这款是全网最低价哦")
    replykit_adlaw.replykit_check(draft, replykit_adlaw.Options(), report)
    assert report.rule_names == ["absolute-claim"]
    assert report.spans(draft.text) == ["全网最低"]


def test_extra_terms_option() -> None:
    report = FakeReport()
    replykit_adlaw.replykit_check(make_draft("这个最划算"), replykit_adlaw.Options(extra_terms=["最划算"]), report)
    assert report.spans("这个最划算") == ["最划算"]


def test_entry_point_loads_and_flags() -> None:
    s = replykit.Assistant().suggest("这款是全网最低价哦")
    assert [a.rule for a in s.annotations if a.plugin == "adlaw"] == ["adlaw.absolute-claim"]
