"""Bad phrase files give one PhraseFileError naming the file and the line/row, never a traceback."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_formats import read

from replykit.errors import PhraseFileError, ReplykitError
from replykit.lint.formats import LintOptions


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("a.csv", 'text\n"ok"\n"never closed\nsecond line\n', r"a\.csv: line 3: unterminated quoted field"),
        ("a.csv", 'text\n"closed"x\n', r"line 2: unexpected 'x' after a closing quote"),
        ("a.csv", "名称,备注\n一,二\n", r"no phrase column .*'名称', '备注'.*--column"),
        ("a.json", '[{"content": "a"},\n {"content": "b"', r"a\.json: line 2 column 17: expected ',' or '}'"),
        ("a.json", '{"content": "a\\q"}', r"line 1 column 15: invalid escape"),
        ("a.json", '[{"content": 1}] x', r"line 1 column 18: extra data"),
        ("a.json", '{"whatever": {"x": 1}}', r"unrecognised JSON shape.*whatever"),
        ("a.json", "[[1]]", r"unrecognised JSON shape"),
        ("a.json", '"ab\ncd"', r"line 1 column 4: control character"),
        ("a.yaml", "- id: a\n  text: [unclosed\n", r"a\.yaml: line 3 column 1: "),
        ("a.yaml", "just a string\n", r"unrecognised YAML shape"),
        ("a.yaml", "a: 1\n---\nb: 2\n", r"a\.yaml: line 2"),
        ("a.txt", b"\x81\xff\x00", r"cannot decode as UTF-8 or GB18030"),
        ("a.txt", b"\xff\xfe\x00\xd8", r"a\.txt: not valid utf-16"),
        ("a.txt", b"ok \x81\x30", r"a\.txt: cannot decode"),
        ("a.xlsx", b"PK not a zip", r"a\.xlsx: not a readable Excel workbook"),
        ("a.xls", b"\xd0\xcf\x11\xe0 broken", r"a\.xls: not a readable \.xls workbook"),
    ],
)
def test_bad_files(tmp_path: Path, name: str, data: str | bytes, message: str) -> None:
    path = tmp_path / name
    raw = data.encode() if isinstance(data, str) else data
    if name.endswith(".xls"):
        pytest.importorskip("xlrd")
    with pytest.raises(PhraseFileError, match=message) as info:
        read(path, raw)
    assert str(path) in str(info.value)
    assert isinstance(info.value, ReplykitError)


def test_unencodable_fix_names_the_phrase(tmp_path: Path) -> None:
    path = tmp_path / "gbk.txt"
    doc = read(path, "您好\n".encode("gbk") + "谢谢\n".encode("gbk"), LintOptions(encoding="gbk"))
    assert doc.encoding == "gbk"
    with pytest.raises(PhraseFileError, match=r"gbk\.txt: row 2: '😊' cannot be written in the file's encoding gbk"):
        doc.render({1: "谢谢😊"})


def test_gbk_file_refuses_characters_gbk_lacks(tmp_path: Path) -> None:
    doc = read(tmp_path / "p.csv", "text\r\n您好\r\n".encode("gbk"))
    assert doc.encoding == "gbk"
    with pytest.raises(PhraseFileError, match=r"p\.csv: row 1: '😊' cannot be written in the file's encoding gbk"):
        doc.render({0: "您好😊"})


def test_forced_encoding(tmp_path: Path) -> None:
    path = tmp_path / "p.txt"
    with pytest.raises(PhraseFileError, match="unknown encoding"):
        read(path, b"x", LintOptions(encoding="nope"))
    with pytest.raises(PhraseFileError, match="not valid utf-8"):
        read(path, "您好".encode("gbk"), LintOptions(encoding="utf-8"))


def test_detected_encodings(tmp_path: Path) -> None:
    path = tmp_path / "p.txt"
    for raw, name in [
        ("您好".encode(), "utf-8"),
        (b"\xef\xbb\xbf" + "您好".encode(), "utf-8-sig"),
        ("您好".encode("gbk"), "gbk"),
        ("您好𠀀".encode("gb18030"), "gb18030"),  # a 4-byte GB18030 character: not GBK
        ("您好".encode("utf-16"), "utf-16"),
    ]:
        doc = read(path, raw)
        assert (doc.encoding, doc.phrases[0].text[:2], doc.render({})) == (name, "您好", raw)
        assert read(path, doc.render({0: "你好"})).phrases[0].text == "你好"
        assert doc.phrases[0].position(0) == (1, 1)  # a BOM is not a column


def test_xls_is_read_only(tmp_path: Path) -> None:
    xls = Path(__file__).resolve().parents[2] / "shared" / "data" / "phrase_files" / "FastWordCustom.xls"
    if not xls.exists():
        pytest.skip("../shared/data is absent")
    pytest.importorskip("xlrd")
    doc = read(xls)
    assert doc.render({}) == xls.read_bytes()
    with pytest.raises(PhraseFileError, match=r"cannot be written; save the workbook as \.xlsx"):
        doc.render({0: "您好"})


def test_missing_excel_package_is_named(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    for module in ("openpyxl", "xlrd", "yaml"):
        monkeypatch.setitem(sys.modules, module, None)  # makes `import module` fail
    for name, package in (("a.xlsx", "openpyxl"), ("a.xls", "xlrd"), ("a.yaml", "PyYAML")):
        with pytest.raises(PhraseFileError, match=rf"needs the {package} package"):
            read(tmp_path / name, b"x")
