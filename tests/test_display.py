"""Suggestion display: HTML for Jupyter and the rich terminal view."""

from __future__ import annotations

import io
import re
import sys

import pytest
from fakes import Insert, Replace

from replykit import Annotation, Assistant, PluginError, Suggestion
from replykit.display import diff_ops, html_page, pieces, print_suggestion, suggestion_html, suggestion_rich


def ann(start: int, end: int, text: str, *, rule: str = "p.r", severity: str = "warning", **kw: object) -> Annotation:
    fields: dict[str, object] = {
        "plugin": rule.split(".")[0],
        "rule": rule,
        "severity": severity,
        "message": f"message of {rule}",
        "start": start,
        "end": end,
        "text": text,
    }
    fields.update(kw)
    return Annotation.model_validate(fields)


def only(*plugins: object) -> Assistant:
    return Assistant(plugins=list(plugins), defaults=False, entry_points=False)  # type: ignore[arg-type]


def visible(markup: str) -> str:
    """Text a reader sees: tags dropped, entities left escaped."""
    return re.sub(r"<[^>]*>", "", markup)


def test_html_highlights_lists_and_diffs_a_real_suggestion() -> None:
    a = only(("p", Replace("p", "你", "您")), ("q", Insert("q", "，祝您生活愉快", fix="unsafe")))
    s = a.suggest("你好，我们不能给你退款")
    out = s._repr_html_()
    assert out == suggestion_html(s)
    assert out.count("p.replace") >= 2 and "q.insert" in out
    assert 'title="p.replace [warning]' in out  # message on hover
    assert "<del" in out and "<ins" in out  # the diff
    assert "✓ applied" in out
    assert "‸" in out  # the insertion point at the end
    # The highlighted draft reads as the original, with finding numbers after each span.
    first_block = out.split("<ol")[0]
    assert "你¹" not in first_block and visible(first_block).endswith("你2退款‸3")


def test_html_escapes_every_text() -> None:
    evil = "<script>alert(1)</script>"
    s = Suggestion(
        original=evil + "你",
        text=evil + "您",
        changed=True,
        annotations=[ann(0, 8, "<script>", message='"><img src=x onerror=alert(1)>', replacements=["<b>"])],
        errors=[PluginError(plugin="<p>", hook="replykit_check", error="E", message="<i>x</i>")],
    )
    out = suggestion_html(s)
    assert "<script" not in out and "<img" not in out and "<b>" not in out and "<i>x" not in out
    assert "&lt;script&gt;" in out
    # No attribute is broken out of: every title value is a single quoted attribute.
    assert '"><img' not in out


def test_overlapping_findings_share_pieces() -> None:
    s = Suggestion(
        original="我们不能给你退款",
        text="我们不能给你退款",
        changed=False,
        annotations=[
            ann(2, 6, "不能给你", rule="a.wide", severity="info"),
            ann(2, 4, "不能", rule="b.cannot", severity="warning"),
            ann(5, 6, "你", rule="c.you", severity="error"),
        ],
    )
    ps = [(p.text, p.covering, p.ending) for p in pieces(s)]
    assert ps == [("我们", [], []), ("不能", [0, 1], [1]), ("给", [0], []), ("你", [0, 2], [0, 2]), ("退款", [], [])]
    out = suggestion_html(s)
    assert "double" in out  # overlaps are marked
    assert "rgba(239,68,68" in out  # the overlap takes the worst severity's colour
    assert "No change" in out


def test_zero_length_findings_render_as_insertion_points() -> None:
    s = Suggestion(
        original="好的",
        text="好的，亲",
        changed=True,
        annotations=[ann(2, 2, "", rule="w.warmth", replacements=["，亲"], fix="unsafe", applied=True), ann(0, 0, "")],
    )
    kinds = [(p.insertion, p.text, p.covering) for p in pieces(s)]
    assert kinds == [(True, "", [1]), (False, "好的", []), (True, "", [0])]
    out = suggestion_html(s)
    assert out.count("‸") == 2 and "insert @2" in out


@pytest.mark.parametrize("text", ["", "   ", "\n"])
def test_empty_and_blank_drafts(text: str) -> None:
    s = Suggestion(original=text, text=text, changed=False)
    out = suggestion_html(s)
    assert "No findings" in out and "<ol" not in out


def test_out_of_range_annotation_does_not_crash() -> None:
    s = Suggestion(original="abc", text="abc", changed=False, annotations=[ann(1, 9, "bc")])
    assert [p.text for p in pieces(s)] == ["a", "bc"]


def test_chinese_labels() -> None:
    s = Suggestion(original="你好", text="您好", changed=True, annotations=[ann(0, 1, "你", fix="safe", applied=True)])
    out = suggestion_html(s, locale="zh")
    assert "原文" in out and "建议" in out and "安全修复" in out


def test_html_page_light_and_dark() -> None:
    s = Suggestion(original="你好", text="您好", changed=True, annotations=[ann(0, 1, "你")])
    light, dark = html_page([s]), html_page([s], dark=True)
    assert light.startswith("<!doctype html>") and "#111" in dark and "#111" not in light


def test_rich_rendering() -> None:
    rich_console = pytest.importorskip("rich.console")
    s = Suggestion(
        original="你好，<b>不能</b>",
        text="您好，<b>暂时无法</b>",
        changed=True,
        annotations=[
            ann(0, 1, "你", rule="p.you", fix="safe", replacements=["您"], applied=True),
            ann(6, 8, "不能", rule="n.cannot", severity="error", replacements=["暂时无法"], applied=True),
            ann(12, 12, "", rule="w.end", severity="info", replacements=["～"]),
        ],
    )
    buf = io.StringIO()
    rich_console.Console(file=buf, width=100, color_system=None).print(s)  # uses __rich__
    out = buf.getvalue()
    assert "p.you" in out and "n.cannot" in out and "w.end" in out
    assert "- 你好，<b>不能</b>" in out and "+ 您好，<b>暂时无法</b>" in out  # markup is not interpreted
    assert "insert @12" in out
    assert suggestion_rich(s) is not None


def test_print_suggestion_without_rich(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "rich.console", None)  # import fails as if rich were absent
    s = Suggestion(original="你好", text="您好", changed=True, annotations=[ann(0, 1, "你", replacements=["您"])])
    buf = io.StringIO()
    print_suggestion(s, file=buf)
    assert "p.r" in buf.getvalue() and "建议: 您好" in buf.getvalue()


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("这个不归我们管，你找快递公司", "很抱歉，这个我们没有相关权限，您可以咨询……看看，您找快递公司"),
        ("你好，你的问题", "您好，您的问题"),
        ("", "好的😊"),
        ("a1b", "x1y"),
        ("same", "same"),
    ],
)
def test_diff_ops_cover_both_texts(old: str, new: str) -> None:
    ops = diff_ops(old, new)
    assert "".join(o for _, o, _ in ops) == old and "".join(n for _, _, n in ops) == new
    assert all(tag != "equal" or o == n for tag, o, n in ops)
    # No one-character equal island between two changes.
    assert not any(t == "equal" and len(o) == 1 for t, o, _ in ops[1:-1])
