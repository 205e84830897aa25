"""Run from the plugin folder after `pip install .`: pytest tests."""

import replykit


def test_entry_point_loads_and_flags() -> None:
    s = replykit.Assistant().suggest("这款是全网最低价哦")
    assert [a.rule for a in s.annotations if a.plugin == "adlaw"] == ["adlaw.absolute-claim"]
