"""Excel workbooks and the real seller-IM / FAQ templates in ../shared/data (skipped when absent)."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pytest
from test_formats import read

from replykit.lint.formats import LintOptions

openpyxl = pytest.importorskip("openpyxl")
SHARED = Path(__file__).resolve().parents[2] / "shared" / "data" / "phrase_files"


def shared(name: str) -> Path:
    path = SHARED / name
    if not path.exists():
        pytest.skip(f"{path} is absent (evaluation data lives outside the repo)")
    return path


def all_cells(data: bytes) -> dict[tuple[str, str], Any]:
    wb = openpyxl.load_workbook(io.BytesIO(data))
    return {(ws.title, c.coordinate): c.value for ws in wb.worksheets for row in ws.iter_rows() for c in row}


def make_workbook(path: Path) -> None:
    wb = openpyxl.Workbook()
    notes = wb.active
    notes.title = "说明"
    notes["A1"] = "本表为快捷短语导入模板"
    sheet = wb.create_sheet("快捷短语")
    sheet.append(["快捷编码", "快捷短语", "快捷短语分组", None, "replykit"])
    sheet.append([1, "您好，欢迎光临", "问候"])
    sheet.append([None, "我们不能提供发票", "发票", None, "replykit: ignore[negative]"])
    sheet.append(["bye", '=CONCATENATE("再","见")', "告别"])  # formulas are not phrases
    sheet.append(["kf", "亲，\n稍等一下哦", "售后"])
    sheet["G1"] = "说明：快捷短语不可为空"
    sheet.column_dimensions["B"].width = 40
    wb.save(path)


def test_xlsx_reads_the_phrase_sheet(tmp_path: Path) -> None:
    path = tmp_path / "fast.xlsx"
    make_workbook(path)
    doc = read(path)
    assert (doc.format, doc.encoding) == ("xlsx", "binary")
    assert [(p.id, p.text, p.row, p.position(0)) for p in doc.phrases] == [
        ("1", "您好，欢迎光临", 1, (2, 2)),
        ("row 2", "我们不能提供发票", 2, (3, 2)),
        ("kf", "亲，\n稍等一下哦", 4, (5, 2)),
    ]
    assert [p.suppress for p in doc.phrases] == [None, frozenset({"negative"}), None]
    assert doc.phrases[1].suppress_line == 3


def test_xlsx_fix_changes_only_the_fixed_cells(tmp_path: Path) -> None:
    path = tmp_path / "fast.xlsx"
    make_workbook(path)
    data = path.read_bytes()
    doc = read(path)
    assert doc.render({}) == data
    out = doc.render({1: "这个暂时无法提供发票，抱歉"})
    before, after = all_cells(data), all_cells(out)
    changed = {k for k in before.keys() | after.keys() if before.get(k) != after.get(k)}
    assert changed == {("快捷短语", "B3")}
    assert after["快捷短语", "B3"] == "这个暂时无法提供发票，抱歉"
    wb = openpyxl.load_workbook(io.BytesIO(out))
    assert wb.sheetnames == ["说明", "快捷短语"]
    assert wb["快捷短语"].column_dimensions["B"].width == 40
    assert [p.text for p in read(path, out).phrases][1] == "这个暂时无法提供发票，抱歉"


def test_xlsx_column_option(tmp_path: Path) -> None:
    path = tmp_path / "fast.xlsx"
    make_workbook(path)
    doc = read(path, options=LintOptions(column="快捷短语分组"))
    assert [p.text for p in doc.phrases][:2] == ["问候", "发票"]
    doc = read(path, options=LintOptions(column="3"))
    assert [p.text for p in doc.phrases][:2] == ["问候", "发票"]


@pytest.mark.shared
def test_real_fastword_csv() -> None:
    path = shared("FastWordCustom.csv")
    data = path.read_bytes()
    doc = read(path)
    assert (doc.format, doc.encoding) == ("csv", "gbk")
    assert [p.id for p in doc.phrases] == [str(i) for i in range(1, 10)]
    assert all(p.text.strip() and "\r" not in p.text and "\n" not in p.text for p in doc.phrases)
    # the last field opens a quote it never closes: read to the end of its line, commas included
    assert "," in doc.phrases[8].text
    assert doc.render({}) == data
    for phrase in doc.phrases:
        new = phrase.text[:4] + "，非常感谢" + phrase.text[4:]
        again = read(path, doc.render({phrase.index: new}))
        assert [p.text for p in again.phrases] == [new if p.index == phrase.index else p.text for p in doc.phrases]


@pytest.mark.shared
def test_real_fastword_xls_matches_the_csv() -> None:
    pytest.importorskip("xlrd")
    xls = read(shared("FastWordCustom.xls"))
    csv = read(shared("FastWordCustom.csv"))
    assert xls.format == "xls"
    assert [p.id for p in xls.phrases] == [p.id for p in csv.phrases]
    assert [p.text for p in xls.phrases][:8] == [p.text for p in csv.phrases][:8]
    assert [p.position(0) for p in xls.phrases] == [(r, 2) for r in range(2, 11)]


@pytest.mark.shared
def test_real_faq_xlsx() -> None:
    path = shared("常见问题导入.xlsx")
    data = path.read_bytes()
    doc = read(path)
    (phrase,) = doc.phrases  # the explanation column is what agents send
    assert phrase.position(0) == (2, 2)
    assert phrase.id.endswith("？")  # the question identifies it
    assert doc.render({}) == data
    out = doc.render({0: phrase.text + "如有疑问请联系我们。"})
    before, after = all_cells(data), all_cells(out)
    assert {k for k in before if before[k] != after.get(k)} == {("模板", "B2")}
