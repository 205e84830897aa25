"""Phrase.position: the exact 1-based line:column in the file of each character of a phrase."""

from __future__ import annotations

import pytest
from test_formats import DATA, TEXT_FIXTURES, offset_of, read

from replykit.lint.formats.detect import decode

# a text character's source starts with itself, or with the escape that spells it
ESCAPE_STARTS = "\\&<"


@pytest.mark.parametrize("name", TEXT_FIXTURES)
def test_every_character_points_at_its_source(name: str) -> None:
    path = DATA / name
    doc = read(path)
    source = decode(path.read_bytes(), name).text
    for phrase in doc.phrases:
        if phrase.id == "fold":  # folded YAML scalars point at the scalar as a whole
            assert {phrase.position(i) for i in range(len(phrase.text) + 1)} == {phrase.position(0)}
            continue
        last = -1
        for i, char in enumerate(phrase.text):
            at = offset_of(source, *phrase.position(i))
            assert at > last, (phrase.id, i)  # strictly increasing, except markup line breaks
            raw = source[at]
            assert raw == char or raw in ESCAPE_STARTS, (name, phrase.id, i, char, raw)
            last = at if raw != "<" else at - 1
        end = offset_of(source, *phrase.position(len(phrase.text)))
        assert end >= last


def test_csv_positions_with_escapes_multiline_and_doubled_quotes() -> None:
    doc = read(DATA / "fastword_gbk.csv")
    escaped, quoted = doc.phrases[1], doc.phrases[2]
    # 2,亲&#44;这款...  : 亲 at column 3, the comma's escape at 4, 这 after the 5-character escape
    assert [escaped.position(i) for i in range(3)] == [(3, 3), (3, 4), (3, 9)]
    cr = escaped.text.index("\r")
    assert escaped.position(cr) == (3, 3 + cr + 2 * 4)  # two comma escapes before it
    assert escaped.position(cr + 1) == (3, 3 + cr + 2 * 4 + 5)
    # ,"亲，退换货请注意：\r\n1)商品保持完好，""吊牌""...
    assert quoted.position(0) == (4, 3)
    assert quoted.position(quoted.text.index("1)")) == (5, 1)
    q = quoted.text.index('"')
    assert quoted.position(q) == (5, 10) and quoted.position(q + 1) == (5, 12)
    assert quoted.position(quoted.text.index("2)")) == (6, 1)
    assert quoted.position(len(quoted.text)) == (6, 1 + len("2)在备注里写明原因,我们会尽快处理。"))


def test_json_positions_with_escapes() -> None:
    doc = read(DATA / "chatwoot_ascii.json")
    hi = doc.phrases[0]
    line = 4  # '        "content": "\u60a8\u597d\t...'
    start = len('        "content": "') + 1
    assert hi.position(0) == (line, start)
    assert hi.position(1) == (line, start + 6)
    assert hi.position(2) == (line, start + 12)  # the \t escape
    assert hi.position(3) == (line, start + 14)
    slash = hi.text.index("/")
    assert hi.position(slash + 1)[1] - hi.position(slash)[1] == 2  # \/
    emoji = hi.text.index("\U0001f60a")
    assert hi.position(emoji + 1)[1] - hi.position(emoji)[1] == 12  # a surrogate pair


def test_html_positions() -> None:
    doc = read(DATA / "zendesk.json")
    source = (DATA / "zendesk.json").read_text(encoding="utf-8")
    shipping = doc.phrases[1]
    amp = shipping.text.index("&")
    line, col = shipping.position(amp)
    assert source.splitlines()[line - 1][col - 1 : col + 4] == "&amp;"
    brk = shipping.text.index("\n")
    line, col = shipping.position(brk)
    assert source.splitlines()[line - 1][col - 1 : col + 3] == "</p>"


def test_yaml_positions() -> None:
    doc = read(DATA / "phrases.yaml")
    by_id = {p.id: p for p in doc.phrases}
    assert by_id["hi"].position(0) == (4, 11)
    assert by_id["no"].position(2) == (7, 14)  # the first ''
    assert by_id["no"].position(3) == (7, 16)
    ship = by_id["ship"]
    assert ship.position(ship.text.index("\n")) == (9, 17)
    assert ship.position(ship.text.index("\n") + 1) == (9, 19)
    long = by_id["long"]
    assert long.position(0) == (12, 7)
    assert long.position(long.text.index("第二")) == (13, 7)
    assert by_id["row 6"].position(0) == (18, 5)


def test_txt_positions_skip_indentation() -> None:
    doc = read(DATA / "phrases.txt")
    assert doc.phrases[1].position(0) == (5, 3)
    assert doc.phrases[2].position(1) == (7, 2)  # the line after a bare CR


def test_excel_position_is_the_cell(tmp_path: pytest.TempPathFactory) -> None:
    openpyxl = pytest.importorskip("openpyxl")
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["说明：第一行是标题"])
    ws.append(["问题", "解释"])
    ws.append(["怎么退货", "您好，在订单页点击退货即可"])
    path = tmp_path / "faq.xlsx"  # type: ignore[operator]
    wb.save(path)
    doc = read(path)
    (phrase,) = doc.phrases
    assert (phrase.id, phrase.position(0), phrase.position(5)) == ("怎么退货", (3, 2), (3, 2))
