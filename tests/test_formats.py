"""Phrase-file formats: every fixture reads, renders byte-identically, and a fix changes only
its own field.  Fixtures in tests/data/phrase_files are written for these tests."""

from __future__ import annotations

import difflib
import json
from pathlib import Path

import pytest

from replykit.lint.formats import LintOptions, PhraseDocument, PhraseFormat
from replykit.lint.formats.detect import decode
from replykit.plugins import make_plugin_manager

DATA = Path(__file__).parent / "data" / "phrase_files"
TEXT_FIXTURES = sorted(p.name for p in DATA.iterdir() if p.suffix != ".xlsx")


def formats() -> dict[str, PhraseFormat]:
    """Suffix -> format, from the ``replykit_phrase_formats`` hook (later plugins win)."""
    pm = make_plugin_manager(entry_points_=False)
    table: dict[str, PhraseFormat] = {}
    for result in reversed(pm.hook.replykit_phrase_formats()):
        for fmt in result:
            for suffix in fmt.suffixes:
                table[suffix] = fmt
    return table


def read(path: Path, data: bytes | None = None, options: LintOptions | None = None) -> PhraseDocument:
    data = path.read_bytes() if data is None else data
    return formats()[path.suffix.lower()].read(path, data, options or LintOptions())


def offset_of(text: str, line: int, col: int) -> int:
    """Offset of a 1-based line:column (CRLF, CR, LF end lines)."""
    import re

    starts = [0] + [m.end() for m in re.finditer(r"\r\n|\r|\n", text)]
    return starts[line - 1] + col - 1


def fixed(text: str) -> str:
    """A change touching the start, middle and end of a phrase."""
    body = text.rstrip("\n")
    mid = len(body) // 2
    return "您" + body[1:mid] + "，真的" + body[mid:] + "。" + text[len(body) :]


EXPECTED = {
    "fastword_gbk.csv": ("csv", "gbk", ["1", "2", "row 3", "kf"]),
    "fastword_open_quote.csv": ("csv", "gbk", ["1", "2"]),
    "generic_bom.csv": ("csv", "utf-8-sig", ["开场", "拒绝", "row 3"]),
    "phrases.tsv": ("tsv", "utf-8", ["hello", "wait"]),
    "phrases.txt": ("txt", "utf-8", ["line 2", "line 5", "line 7"]),
    "chatwoot.json": ("chatwoot", "utf-8", ["hi", "refund", "no"]),
    "chatwoot_ascii.json": ("chatwoot", "utf-8", ["hi", "bye"]),
    "zendesk.json": ("zendesk", "utf-8", ["Refund::已受理", "Shipping", "Channel"]),
    "zendesk_single.json": ("zendesk", "utf-8", ["Hello"]),
    "freshdesk.json": ("freshdesk", "utf-8", ["Greeting", "Plain"]),
    "mapping.json": ("json", "utf-8", ["hi", "thanks"]),
    "phrases.yaml": ("yaml", "utf-8", ["hi", "no", "ship", "long", "fold", "row 6"]),
    "mapping.yml": ("yaml", "utf-8", ["hi", "bye"]),
}


def test_every_fixture_is_described() -> None:
    assert sorted(EXPECTED) == TEXT_FIXTURES


@pytest.mark.parametrize("name", TEXT_FIXTURES)
def test_read_and_round_trip(name: str) -> None:
    path = DATA / name
    data = path.read_bytes()
    doc = read(path, data)
    fmt, encoding, ids = EXPECTED[name]
    assert (doc.format, doc.encoding, [p.id for p in doc.phrases]) == (fmt, encoding, ids)
    assert [p.index for p in doc.phrases] == list(range(len(doc.phrases)))
    assert doc.render({}) == data
    # unchanged texts count as no change
    assert doc.render({p.index: p.text for p in doc.phrases}) == data


@pytest.mark.parametrize("name", TEXT_FIXTURES)
def test_fix_changes_only_its_field(name: str) -> None:
    path = DATA / name
    data = path.read_bytes()
    doc = read(path, data)
    before = decode(data, name).text
    for phrase in doc.phrases:
        new = fixed(phrase.text)
        out = doc.render({phrase.index: new})
        again = read(path, out)
        assert again.phrases[phrase.index].text == new
        others = [(p.id, p.text) for p in again.phrases if p.index != phrase.index]
        assert others == [(p.id, p.text) for p in doc.phrases if p.index != phrase.index]
        assert again.encoding == doc.encoding
        # every changed character lies inside the phrase's field (quotes may be added around it)
        after = decode(out, name).text
        start = offset_of(before, *phrase.position(0))
        end = offset_of(before, *phrase.position(len(phrase.text)))
        if (doc.format, phrase.id) in (("yaml", "fold"), ("freshdesk", "Greeting")):
            continue  # a folded scalar is rewritten whole; Freshdesk's plain copy follows the HTML
        for tag, i1, i2, _, _ in difflib.SequenceMatcher(None, before, after, autojunk=False).get_opcodes():
            if tag != "equal":
                assert start - 1 <= i1 and i2 <= end + 1, (tag, i1, i2, start, end, before[i1:i2])


def test_fastword_escapes_and_quotes() -> None:
    doc = read(DATA / "fastword_gbk.csv")
    texts = [p.text for p in doc.phrases]
    assert texts[1] == "亲,这款今天下单,明天就能发出哦\r有问题随时找我"
    assert texts[2] == '亲，退换货请注意：\r\n1)商品保持完好，"吊牌"不要拆；\r\n2)在备注里写明原因,我们会尽快处理。'
    # a comma in a new text is written with the exporter's escape in an unquoted field
    out = doc.render({0: "您好,欢迎光临"})
    assert "1,您好&#44;欢迎光临,问候\r\n".encode("gbk") in out
    # and doubled in a quoted one
    out = doc.render({2: texts[2].replace("吊牌", '"标签"')})
    assert '""标签""'.encode("gbk") in out
    # the exporter decodes these: they cannot be written as text
    with pytest.raises(Exception, match="&#44;"):
        doc.render({0: "写 &#44; 字面"})


def test_open_quote_in_last_line_is_read_to_the_end_of_the_line() -> None:
    doc = read(DATA / "fastword_open_quote.csv")
    assert doc.phrases[1].text == "亲,发票会随包裹寄出,请查收；如有疑问请联系我们"
    out = doc.render({1: "亲,发票随包裹寄出"})
    assert out.endswith('2,"亲,发票随包裹寄出\r\n'.encode("gbk"))
    # a new line break would swallow the rest: the field gets its closing quote
    out = doc.render({1: "亲\n发票随包裹寄出"})
    assert read(DATA / "fastword_open_quote.csv", out).phrases[1].text == "亲\n发票随包裹寄出"


def test_directives() -> None:
    csv = read(DATA / "generic_bom.csv").phrases
    assert [p.suppress for p in csv] == [None, frozenset({"negative"}), frozenset()]
    assert [p.suppress_line for p in csv] == [None, 3, 4]
    txt = read(DATA / "phrases.txt").phrases
    assert [(p.suppress, p.suppress_line) for p in txt] == [
        (None, None),
        (frozenset({"negative.cannot"}), 4),
        (None, None),
    ]
    yml = read(DATA / "phrases.yaml").phrases
    assert [p.suppress for p in yml][:3] == [None, frozenset({"negative"}), None]
    assert yml[1].suppress_line == 5


def test_ignore_column_option_and_json_key(tmp_path: Path) -> None:
    path = tmp_path / "p.csv"
    path.write_text('text,lint\n我们不能退款,"replykit: ignore[negative.cannot, but]"\n', encoding="utf-8")
    (phrase,) = read(path, options=LintOptions(ignore_column="lint")).phrases
    assert phrase.suppress == frozenset({"negative.cannot", "but"})
    path = tmp_path / "c.json"
    path.write_text(json.dumps([{"short_code": "a", "content": "不能", "replykit": "replykit: ignore"}]))
    assert read(path).phrases[0].suppress == frozenset()


def test_txt_text_is_stripped_and_one_line() -> None:
    doc = read(DATA / "phrases.txt")
    texts = ["您好，欢迎光临！", "这个颜色暂时没有货了，不好意思", "亲，已经为您备注好了"]
    assert [p.text for p in doc.phrases] == texts
    out = doc.render({1: "这个颜色暂时缺货"})
    assert "\n  这个颜色暂时缺货  \n".encode() in out
    for bad in ("两行\n文字", "# 注释", "", " 前后空格 "):
        with pytest.raises(Exception, match=r"phrases\.txt: row 5: a \.txt phrase|cannot start with '#'"):
            doc.render({1: bad})


def test_json_keeps_escaping_style() -> None:
    doc = read(DATA / "chatwoot_ascii.json")
    out = doc.render({1: "感谢支持/再见"})
    assert b'"\\u611f\\u8c22\\u652f\\u6301\\/\\u518d\\u89c1"' in out
    assert out.isascii()
    doc = read(DATA / "chatwoot.json")
    out = doc.render({2: "我们无法改地址 / 抱歉"})
    assert "我们无法改地址 / 抱歉".encode() in out
    assert json.loads(out)[2]["content"] == "我们无法改地址 / 抱歉"


def test_html_text_and_fix_keeps_markup() -> None:
    zd = read(DATA / "zendesk.json")
    assert zd.phrases[1].text == "亲，您的包裹已发出&正在路上。\n不好意思让您久等了"
    out = zd.render({1: "亲，您的包裹已发出&正在路上。\n抱歉让您久等了<3"})
    value = json.loads(out)["macros"][1]["actions"][0]["value"]
    assert value == "<p>亲，您的包裹已发出&amp;正在路上。</p>\n<p>抱歉让您久等了&lt;3</p>"
    with pytest.raises(Exception, match="line break"):
        zd.render({1: "亲，您的包裹已发出&正在路上。不好意思让您久等了"})
    fd = read(DATA / "freshdesk.json")
    assert fd.phrases[0].text == "您好\n很高兴为您服务"
    out = fd.render({0: "您好\n很高兴为您提供服务"})
    obj = json.loads(out)[0]
    assert obj["content_html"] == "<div>您好</div><div>很高兴为您提供<b>服务</b></div>"
    assert obj["content"] == "您好\n很高兴为您提供服务"  # the derived plain text follows


def test_yaml_styles_are_kept() -> None:
    doc = read(DATA / "phrases.yaml")
    texts = {p.id: p.text for p in doc.phrases}
    assert texts["no"] == "这个'我们'不能改"
    assert texts["ship"] == "亲，已发货\n单号：{{order.tracking}}"
    assert texts["long"] == "第一行，您好\n第二行，感谢支持\n"
    by_id = {p.id: p.index for p in doc.phrases}
    out = doc.render(
        {
            by_id["hi"]: "您好，欢迎光临本店",
            by_id["no"]: "这个'我们'暂时改不了",
            by_id["ship"]: "亲，已发货\n运单号：{{order.tracking}}",
            by_id["long"]: "第一行，您好\n第二行，非常感谢支持\n",
        }
    ).decode()
    assert "    text: 您好，欢迎光临本店\n" in out
    assert "    text: '这个''我们''暂时改不了'\n" in out
    assert '    text: "亲，已发货\\n运单号：{{order.tracking}}"\n' in out
    assert "      第二行，非常感谢支持\n" in out
    # a plain scalar that would stop being a plain string is re-quoted
    out = doc.render({by_id["hi"]: "注意: 这里 #1"}).decode()
    assert '    text: "注意: 这里 #1"\n' in out
