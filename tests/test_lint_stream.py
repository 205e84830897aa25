"""`replykit lint` streams one large phrase file: pieces of whole records, findings passed on as
they are found, fixes written piece by piece.  Nothing here measures time: streaming is shown
by what was read when the first finding arrived, by memory that does not grow with the file,
and by pieces giving exactly what the whole file gives.
"""

from __future__ import annotations

import json
import os
import tracemalloc
import weakref
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

import pytest

from replykit import plugins
from replykit.cli import main
from replykit.lint.files import TEMP_SUFFIX
from replykit.lint.formats import LintOptions, Phrase, PhraseDocument, detect
from replykit.lint.formats.table import TableFormat
from replykit.lint.formats.txt import TxtFormat
from replykit.lint.results import Finding
from replykit.lint.runner import Linter


@pytest.fixture(autouse=True)
def lint_plugins(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Only the fake rules (tests/lint_fake_plugin.py), the script plugin and the built-in formats."""
    keep = [(n, m) for n, m in plugins.DEFAULT_PLUGINS if n in ("script", "segmenter", "formats", "replykit")]
    monkeypatch.setattr(plugins, "DEFAULT_PLUGINS", (*keep, ("fake", "lint_fake_plugin")))
    monkeypatch.chdir(tmp_path)


def small_pieces(monkeypatch: pytest.MonkeyPatch, size: int) -> None:
    monkeypatch.setattr(detect, "BLOCK", size)


TXT = (
    "# replykit: ignore[fake.you]\n"
    "你好，请稍等\r\n"
    "\n"
    "这边不能退款\r\n"
    "# replykit: ignore\n"
    "# a comment between the directive and its phrase\n"
    "亲，帐号已解锁\n"
    "# replykit: ignore[fake.dear]\n"
    "您好，这是没有问题的回复\n"
    + "".join(f"第{i}条：你的帐号{'不能' if i % 3 == 0 else ''}登录\n" for i in range(40))
    + "最后一行没有换行，你好"
)


def _csv_row(i: int) -> str:
    if i % 2 == 0:
        return f"{i},亲，你的帐号可以登录,\r\n"
    cannot = "不能" if i % 4 == 1 else ""
    directive = "replykit: ignore[fake.dear]" if i % 5 == 0 else ""
    return f'{i},"第{i}条：""你""的帐号\n第二行{cannot}退款",{directive}\r\n'  # a quoted field over two lines


CSV = "导出时间,2026-11-28\n编码,回复内容,replykit\r\n" + "".join(_csv_row(i) for i in range(120))  # a title row first
FASTWORD = "快捷编码,快捷短语,快捷短语分组\n" + "".join(f"k{i},亲&#44;你的帐号&#13;已解锁{i},售后\n" for i in range(80))
CASES = {
    "lines.txt": (TXT, "utf-8"),
    "gbk.txt": (TXT.replace("\r\n", "\n"), "gbk"),
    "bom.txt": ("\ufeff" + TXT, "utf-8"),
    "cr.txt": (TXT.replace("\r\n", "\n").replace("\n", "\r"), "utf-8"),
    "table.csv": (CSV, "utf-8"),
    "table-gb.csv": (CSV, "gb18030"),
    "sheet.tsv": (CSV.replace(",", "\t"), "utf-8"),
    "fastword.csv": (FASTWORD, "utf-8"),
}


def _write(name: str) -> Path:
    text, encoding = CASES[name]
    path = Path(name)
    path.write_bytes(text.encode(encoding))
    return path


def _pieces(path: Path) -> list[PhraseDocument]:
    fmt = TableFormat() if path.suffix != ".txt" else TxtFormat()
    with path.open("rb") as fh:
        pieces = fmt.stream(path, fh, LintOptions())
        assert pieces is not None
        return list(pieces)


@pytest.mark.parametrize("block", [16, 70, 300])
@pytest.mark.parametrize("name", sorted(CASES))
def test_pieces_find_what_the_whole_file_finds(monkeypatch: pytest.MonkeyPatch, name: str, block: int) -> None:
    small_pieces(monkeypatch, block)
    path = _write(name)
    assert len(_pieces(path)) > 2  # the file really is read in pieces
    streamed = Linter().lint_file(path)
    whole = Linter().lint_file(path, data=path.read_bytes(), display=streamed.display)
    assert streamed.error is None and whole.error is None
    assert streamed.document is None and whole.document is not None  # one was streamed, one was not
    assert streamed.phrases == whole.phrases > 10
    assert streamed.findings == whole.findings
    assert any(f.rule == "replykit.unused-suppression" for f in whole.findings) == (name != "fastword.csv")


@pytest.mark.parametrize("name", sorted(CASES))
def test_fixes_written_piece_by_piece_are_the_whole_file_fixed(monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    small_pieces(monkeypatch, 70)
    path = _write(name)
    original = path.read_bytes()
    whole = Linter(fixes="unsafe").lint_file(path, data=original, display=str(path))
    assert whole.new is not None and whole.new != original
    streamed = Linter(fixes="unsafe", write=True).lint_file(path)
    assert streamed.error is None and streamed.changed
    assert path.read_bytes() == whole.new  # encoding, BOM, line endings and every row kept
    assert streamed.findings == whole.findings
    assert streamed.fixed == whole.fixed > 0
    assert not list(Path().glob(f".*{TEMP_SUFFIX}"))


def test_a_file_without_fixes_is_not_rewritten(monkeypatch: pytest.MonkeyPatch) -> None:
    small_pieces(monkeypatch, 70)
    path = Path("clean.txt")
    path.write_text("您好，请稍等\n" * 50, encoding="utf-8")
    before = path.stat()
    result = Linter(fixes="safe", write=True).lint_file(path)
    assert not result.changed and result.findings == []
    after = path.stat()
    assert (after.st_ino, after.st_mtime_ns) == (before.st_ino, before.st_mtime_ns)
    assert not list(Path().glob(f".*{TEMP_SUFFIX}"))


def test_a_fix_in_a_later_piece_keeps_the_pieces_before_it(monkeypatch: pytest.MonkeyPatch) -> None:
    small_pieces(monkeypatch, 64)
    clean = "".join(f"您好，第{i}条\r\n" for i in range(40))
    path = Path("late.txt")
    path.write_bytes((clean + "你好\r\n" + clean).encode("gb18030"))
    result = Linter(fixes="safe", write=True).lint_file(path)
    assert result.error is None and result.fixed == 1
    assert path.read_bytes() == (clean + "您好\r\n" + clean).encode("gb18030")


def test_a_hard_linked_file_without_fixes_is_not_an_error(monkeypatch: pytest.MonkeyPatch) -> None:
    small_pieces(monkeypatch, 64)
    path = Path("linked.txt")
    path.write_text("您好，请稍等\n" * 20, encoding="utf-8")
    os.link(path, "other.txt")
    assert Linter(fixes="safe", write=True).lint_file(path).error is None
    path.write_text("您好，请稍等\n" * 20 + "你好\n", encoding="utf-8")
    error = Linter(fixes="safe", write=True).lint_file(path).error
    assert error is not None and "hard links" in error


def test_a_bad_record_in_a_later_piece_leaves_the_file_unfixed(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    small_pieces(monkeypatch, 64)
    good = "".join(f"{i},你好\n" for i in range(30))
    path = Path("bad.csv")
    path.write_text("编码,回复内容\n" + good + '99,"未结束\n' + good, encoding="utf-8")
    before = path.read_bytes()
    code = main(["lint", "bad.csv", "--fix"])
    _, err = capsys.readouterr()
    assert code == 2
    assert "bad.csv" in err and "unterminated quoted field" in err
    assert path.read_bytes() == before
    assert not list(Path().glob(f".*{TEMP_SUFFIX}"))


class LazyFormat:
    """A streaming format over a generator: records how many pieces it had made when asked."""

    name = "lazy"
    suffixes = (".lazy",)

    def __init__(self, pieces: int) -> None:
        self.pieces = pieces
        self.made = 0

    def read(self, path: Path, data: bytes, options: LintOptions) -> PhraseDocument:
        raise AssertionError("a streaming format is never read whole by replykit lint")

    def stream(self, path: Path, fh: BinaryIO, options: LintOptions) -> Iterator[PhraseDocument]:
        for n in range(self.pieces):
            self.made += 1
            phrase = Phrase(index=0, id=f"row {n + 1}", text="你好", row=n + 1)
            yield PhraseDocument(path=path, format="lazy", encoding="utf-8", phrases=[phrase])


def test_findings_are_passed_on_before_the_rest_of_the_file_is_read() -> None:
    Path("big.lazy").write_text("", encoding="utf-8")
    fmt = LazyFormat(pieces=50)
    seen: list[tuple[int, Finding]] = []
    linter = Linter(formats=[fmt], sink=lambda f: seen.append((fmt.made, f)))
    report = linter.lint(["big.lazy"])
    assert [made for made, _ in seen] == list(range(1, 51))  # each finding as soon as its piece was read
    assert [f.row for _, f in seen] == list(range(1, 51))
    assert report.findings == []  # passed on, not kept
    assert report.tally.count == 50 and report.tally.by_rule == {"fake.you": 50}


def _rows(path: Path, rows: int) -> Path:
    lines = (f"第{i}条：你的帐号{'不能' if i % 7 == 0 else ''}登录了" for i in range(rows))
    if path.suffix == ".csv":
        path.write_text("编码,回复内容\n" + "".join(f"{i},{line}\n" for i, line in enumerate(lines)), encoding="utf-8")
    else:
        path.write_text("".join(f"{line}\n" for line in lines), encoding="utf-8")
    return path


@pytest.mark.parametrize("fmt", [TxtFormat(), TableFormat()], ids=["txt", "csv"])
def test_reading_memory_does_not_grow_with_the_file(monkeypatch: pytest.MonkeyPatch, fmt: TxtFormat) -> None:
    small_pieces(monkeypatch, 8 * 1024)
    peaks = []
    for rows in (1_000, 10_000):
        path = _rows(Path(f"p{rows}{fmt.suffixes[0]}"), rows)
        count = 0
        tracemalloc.start()
        try:
            with path.open("rb") as fh:
                pieces = fmt.stream(path, fh, LintOptions())
                assert pieces is not None
                for piece in pieces:
                    count += len(piece.phrases)
            _, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
        assert count == rows
        peaks.append(peak)
    assert peaks[1] < 1.5 * peaks[0], peaks  # ten times the rows, about the same memory


class Watched:
    """A streaming format, remembering each piece it made (weakly) and how far it had read."""

    def __init__(self, fmt: TxtFormat | TableFormat) -> None:
        self.fmt = fmt
        self.name, self.suffixes = fmt.name, fmt.suffixes
        self.pieces: list[weakref.ref[PhraseDocument]] = []
        self.read: list[int] = []
        self.size = 0

    def read(self, path: Path, data: bytes, options: LintOptions) -> PhraseDocument:
        return self.fmt.read(path, data, options)

    def stream(self, path: Path, fh: BinaryIO, options: LintOptions) -> Iterator[PhraseDocument] | None:
        pieces = self.fmt.stream(path, fh, options)
        assert pieces is not None
        self.size = path.stat().st_size
        for piece in pieces:
            self.pieces.append(weakref.ref(piece))
            self.read.append(fh.tell())
            yield piece


@pytest.mark.parametrize("fixes", [False, True])
@pytest.mark.parametrize("inner", [TxtFormat(), TableFormat()], ids=["txt", "csv"])
def test_lint_holds_one_piece_at_a_time(
    monkeypatch: pytest.MonkeyPatch, inner: TxtFormat | TableFormat, fixes: bool
) -> None:
    small_pieces(monkeypatch, 2048)
    path = _rows(Path(f"many{inner.suffixes[0]}"), 3_000)
    fmt = Watched(inner)
    held: list[int] = []
    read: list[int] = []

    def sink(finding: Finding) -> None:
        held.append(sum(ref() is not None for ref in fmt.pieces))
        read.append(fmt.read[-1])

    linter = Linter(formats=[fmt], sink=sink, fixes="safe" if fixes else "none", write=fixes)
    result = linter.lint_file(path)
    assert result.error is None and result.phrases == 3_000 and result.changed == fixes
    assert len(fmt.pieces) > 50
    assert max(held) <= 2  # the piece being checked (and the one before, until it is replaced)
    assert read[0] < fmt.size / 10  # the first findings came out before most of the file was read
    assert result.tally.count == len(held) > 400


def test_json_written_as_it_goes_is_the_document_json_dumps_writes(capsys: pytest.CaptureFixture[str]) -> None:
    Path("a.txt").write_text("你好\n亲，帐号不能改\n", encoding="utf-8")
    Path("b.csv").write_text('编码,回复内容\n1,"你好\n换行"\n', encoding="utf-8")
    Path("empty.txt").write_text("您好\n", encoding="utf-8")
    for paths in (["a.txt", "b.csv", "missing.txt"], ["empty.txt"]):
        main(["lint", *paths, "--format", "json", "-q"])
        out, _ = capsys.readouterr()
        assert out == json.dumps(json.loads(out), ensure_ascii=False, indent=2) + "\n"
    main(["lint", "a.txt", "b.csv", "--format", "json", "-q", "-o", "report.json"])
    document = json.loads(Path("report.json").read_text(encoding="utf-8"))
    assert document["summary"]["findings"] == len(document["findings"]) == 5


def test_statistics_and_exit_code_count_findings_that_were_not_kept(capsys: pytest.CaptureFixture[str]) -> None:
    Path("a.txt").write_text("你好\n亲，帐号不能改\n你们好\n", encoding="utf-8")
    code = main(["lint", "a.txt", "--statistics"])
    out, _ = capsys.readouterr()
    assert code == 1
    counts = {line.split()[1]: int(line.split()[0]) for line in out.splitlines()}
    assert counts == {"fake.you": 2, "fake.account": 1, "fake.cannot": 1, "fake.dear": 1}
    assert main(["lint", "a.txt", "--statistics", "--fail-on", "error"]) == 1  # fake.account is an error
    capsys.readouterr()
