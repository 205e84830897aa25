"""`replykit lint`: outputs, exit codes, fixes, suppressions, config — through main(argv).

The checking plugins are replaced by tests/lint_fake_plugin.py (plus the real script plugin),
so the expected findings do not move when the real rules change.
"""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import jsonschema
import pytest

from replykit import plugins
from replykit.cli import main
from replykit.lint.output import github as output
from replykit.lint.progress import Progress
from replykit.lint.results import Finding
from replykit.lint.runner import Linter

SCHEMA = Path(__file__).parent / "data" / "sarif-schema-2.1.0.json"


@pytest.fixture(autouse=True)
def lint_plugins(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Only the fake rules, the script plugin and the built-in formats load; run inside tmp_path."""
    keep = [(n, m) for n, m in plugins.DEFAULT_PLUGINS if n in ("script", "segmenter", "formats", "replykit")]
    monkeypatch.setattr(plugins, "DEFAULT_PLUGINS", (*keep, ("fake", "lint_fake_plugin")))
    monkeypatch.chdir(tmp_path)


def lint(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(["lint", *argv])
    out, err = capsys.readouterr()
    return code, out, err


def write(path: str, text: str, encoding: str = "utf-8", newline: str | None = None) -> Path:
    """Write exact bytes; ``newline`` replaces every "\\n" (None keeps the text as is)."""
    p = Path(path)
    p.parent.mkdir(parents=True, exist_ok=True)
    p.write_bytes((text if newline is None else text.replace("\n", newline)).encode(encoding))
    return p


# -- text output and locations ---------------------------------------------------------------


def test_text_output_names_file_phrase_line_and_column(capsys: pytest.CaptureFixture[str]) -> None:
    write("replies.txt", "# greetings\n  你好，请稍等\n\n好的，这边不能退款\n")
    code, out, _ = lint(capsys, "replies.txt", "--locale", "en")
    assert code == 1
    lines = out.splitlines()
    assert lines[0] == "replies.txt:2:3: fake.you [*] Address the customer as 您 「你」→「您」 [phrase line 2]"
    assert lines[1].startswith("replies.txt:4:6: fake.cannot [~] '不能' sounds blunt")
    assert "「不能」→「暂时无法」" in lines[1]
    # closing summary: counts per rule, then totals and the fix hint
    assert any(line.split() == ["1", "fake.you", "[*]"] for line in lines)
    assert any(line.split() == ["1", "fake.cannot", "[~]"] for line in lines)
    assert "Found 2 findings in 2 phrases of 1 file." in out
    assert "[*] 1 fixable with --fix; [~] 1 more with --fix --unsafe-fixes" in out


def test_csv_positions_inside_quoted_multiline_field(capsys: pytest.CaptureFixture[str]) -> None:
    write("p.csv", 'code,content\nA1,"第一行\n第二行你好"\nA2,亲，已发货\n', newline="\r\n")
    code, out, _ = lint(capsys, "p.csv", "--fail-on", "error")
    assert code == 0  # only warnings and info
    assert "p.csv:3:4: fake.you" in out and "[phrase A1]" in out
    assert "p.csv:4:4: fake.dear" in out and "[phrase A2]" in out


def test_json_output(capsys: pytest.CaptureFixture[str]) -> None:
    write("r.txt", "你好\n")
    code, out, err = lint(capsys, "r.txt", "--format", "json")
    assert code == 1
    data = json.loads(out)
    assert data["schema_version"] == 1
    (f,) = data["findings"]
    assert f == {
        "path": "r.txt",
        "phrase": "line 1",
        "row": 1,
        "line": 1,
        "column": 1,
        "end_line": 1,
        "end_column": 2,
        "rule": "fake.you",
        "plugin": "fake",
        "severity": "warning",
        "message": "称呼客户请用“您”",
        "text": "你",
        "replacements": ["您"],
        "fix": "safe",
    }
    assert data["summary"]["by_rule"] == {"fake.you": 1}
    assert "Found 1 finding" in err  # the summary never pollutes machine output


def test_sarif_validates_against_the_official_schema(capsys: pytest.CaptureFixture[str]) -> None:
    write("dir/回复 1.txt", "你好\n亲，帐号不能改\n")
    write("r.txt", "# replykit: ignore\n好的\n")
    code, out, _ = lint(capsys, ".", "--format", "sarif")
    assert code == 1
    sarif = json.loads(out)
    jsonschema.validate(sarif, json.loads(SCHEMA.read_text(encoding="utf-8")))
    run = sarif["runs"][0]
    assert run["columnKind"] == "unicodeCodePoints"
    rules = [r["id"] for r in run["tool"]["driver"]["rules"]]
    assert rules == ["fake.account", "fake.cannot", "fake.dear", "fake.you", "replykit.unused-suppression"]
    levels = {r["ruleId"]: r["level"] for r in run["results"]}
    assert levels["fake.account"] == "error" and levels["fake.dear"] == "note"
    first = run["results"][0]["locations"][0]
    assert first["physicalLocation"]["artifactLocation"]["uri"] == "dir/%E5%9B%9E%E5%A4%8D%201.txt"
    assert first["physicalLocation"]["region"]["startLine"] == 1
    assert first["logicalLocations"][0]["name"] == "line 1"


def test_sarif_reports_file_errors_as_notifications(capsys: pytest.CaptureFixture[str]) -> None:
    write("bad.csv", 'content\n"unterminated\nx\n')
    code, out, _ = lint(capsys, "bad.csv", "--format", "sarif")
    assert code == 2
    sarif = json.loads(out)
    jsonschema.validate(sarif, json.loads(SCHEMA.read_text(encoding="utf-8")))
    invocation = sarif["runs"][0]["invocations"][0]
    assert invocation["executionSuccessful"] is False
    assert "bad.csv" in invocation["toolExecutionNotifications"][0]["message"]["text"]


# -- github annotations ------------------------------------------------------------------------


def test_github_annotations(capsys: pytest.CaptureFixture[str]) -> None:
    write("r.txt", "亲，你好\n")
    code, out, _ = lint(capsys, "r.txt", "--format", "github", "--locale", "en")
    assert code == 1
    lines = out.splitlines()
    assert lines[0] == (
        "::notice file=r.txt,line=1,endLine=1,col=1,endColumn=2,title=replykit fake.dear::"
        "[phrase line 1] '亲' is casual on some channels 「亲」"
    )
    assert lines[1].startswith("::warning file=r.txt,line=1,endLine=1,col=3,endColumn=4,title=replykit fake.you::")


def test_github_escaping() -> None:
    assert output.escape_data("100% done\r\nnext: a,b") == "100%25 done%0D%0Anext: a,b"
    assert output.escape_property("a:b,c%d\ne\r") == "a%3Ab%2Cc%25d%0Ae%0D"
    f = Finding(
        path="d,1/x:y.txt",
        phrase="A,1",
        row=1,
        line=2,
        column=3,
        end_line=2,
        end_column=4,
        rule="fake.you",
        plugin="fake",
        severity="error",
        message="50% off,\nnow: ok",
        text="你",
        replacements=("您",),
        fix="safe",
    )
    line = output.github_line(f)
    assert line.startswith("::error file=d%2C1/x%3Ay.txt,line=2,endLine=2,col=3,endColumn=4,title=replykit fake.you::")
    assert line.endswith("::[phrase A,1] 50%25 off,%0Anow: ok 「你」→「您」")
    assert "\n" not in line


# -- exit codes and errors ---------------------------------------------------------------------


def test_exit_codes(capsys: pytest.CaptureFixture[str]) -> None:
    write("clean.txt", "您好，请稍等\n")
    write("info.txt", "亲，已发货\n")
    write("error.txt", "请登录帐号\n")
    assert lint(capsys, "clean.txt")[0] == 0
    assert lint(capsys, "info.txt")[0] == 0  # default --fail-on warning
    assert lint(capsys, "info.txt", "--fail-on", "info")[0] == 1
    assert lint(capsys, "error.txt", "--fail-on", "error")[0] == 1
    assert lint(capsys, "error.txt", "--fail-on", "never")[0] == 0


@pytest.mark.parametrize(
    ("files", "argv", "expected"),
    [
        ({}, ["missing.txt"], "missing.txt: no such file or directory"),
        ({"notes.md": "x"}, ["notes.md"], "notes.md: no phrase format reads '.md' files"),
        ({"p.csv": 'content\n"a\nb\n'}, ["p.csv"], "p.csv: line 2"),
        ({"p.csv": "content\n好\n".encode().decode("latin-1")}, ["p.csv", "--encoding", "nope"], "p.csv"),
        ({"r.txt": "x\n", "replykit.toml": "[lint]\ncolum = 'x'\n"}, ["r.txt"], "unknown key 'lint.colum'"),
        ({"r.txt": "x\n", "replykit.toml": "select = ['nope']\n"}, ["r.txt"], "unknown rule or prefix 'nope'"),
        ({"r.txt": "x\n"}, ["r.txt", "--select", "fake,nope"], "unknown rule or prefix 'nope'"),
        ({"r.txt": "x\n", "c.toml": "[lint"}, ["r.txt", "--config", "c.toml"], "c.toml: invalid TOML"),
    ],
)
def test_errors_exit_2_with_one_line_naming_the_file(
    capsys: pytest.CaptureFixture[str], files: dict[str, str], argv: list[str], expected: str
) -> None:
    for name, text in files.items():
        write(name, text)
    code, _, err = lint(capsys, *argv)
    assert code == 2
    assert expected in err
    assert "Traceback" not in err
    assert err.startswith("replykit: error: ")


def test_config_error_names_the_file(capsys: pytest.CaptureFixture[str]) -> None:
    write("replykit.toml", "[lint]\nfail-on = 'sometimes'\n")
    write("r.txt", "x\n")
    code, _, err = lint(capsys, "r.txt")
    assert code == 2
    assert "replykit.toml" in err and "'lint.fail-on'" in err


def test_errors_do_not_hide_other_files_findings(capsys: pytest.CaptureFixture[str]) -> None:
    write("a.txt", "你好\n")
    code, out, err = lint(capsys, "a.txt", "missing.txt")
    assert code == 2
    assert "a.txt:1:1: fake.you" in out
    assert "missing.txt" in err


def test_usage_error_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["lint", "--format", "xml", "a.txt"])
    assert exc.value.code == 2
    assert "invalid choice" in capsys.readouterr().err


# -- fixes -------------------------------------------------------------------------------------


def test_fix_applies_safe_fixes_and_keeps_the_file_format(capsys: pytest.CaptureFixture[str]) -> None:
    original = '编码,回复内容,分组\r\n1,"你好,这边不能退款",售后\r\n2,请登录帐号,账户\r\n3,您好,问候\r\n'
    path = write("p.csv", original, encoding="gb18030")
    code, out, _ = lint(capsys, "p.csv", "--fix")
    assert code == 1  # the unsafe fix is left for a person
    data = path.read_bytes()
    assert data == original.replace("你好", "您好").replace("帐号", "账号").encode("gb18030")
    assert "p.csv:2:9: fake.cannot" in out  # remaining finding, located in the fixed file
    assert "(2 fixed, 1 remaining)" in out


def test_unsafe_fixes(capsys: pytest.CaptureFixture[str]) -> None:
    path = write("r.txt", "你好\n这边不能退款\n")
    code, out, _ = lint(capsys, "r.txt", "--fix", "--unsafe-fixes")
    assert code == 0
    assert path.read_text(encoding="utf-8") == "您好\n这边暂时无法退款\n"
    assert "(2 fixed, 0 remaining)" in out


def test_unsafe_fixes_alone_only_reports(capsys: pytest.CaptureFixture[str]) -> None:
    path = write("r.txt", "这边不能退款\n")
    assert lint(capsys, "r.txt", "--unsafe-fixes")[0] == 1
    assert path.read_text(encoding="utf-8") == "这边不能退款\n"


def test_diff_shows_changes_without_writing(capsys: pytest.CaptureFixture[str]) -> None:
    path = write("r.txt", "你好\n好的\n这边不能退款\n")
    code, out, err = lint(capsys, "r.txt", "--diff")
    assert code == 1
    assert path.read_text(encoding="utf-8") == "你好\n好的\n这边不能退款\n"
    assert out.splitlines()[:5] == ["--- a/r.txt", "+++ b/r.txt", "@@ -1,3 +1,3 @@", "-你好", "+您好"]
    assert "1 file would be changed (1 fix)." in err
    code, out, _ = lint(capsys, "r.txt", "--diff", "--unsafe-fixes")
    assert "+这边暂时无法退款" in out
    write("clean.txt", "好的\n")
    assert lint(capsys, "clean.txt", "--diff") == (0, "", "0 files would be changed (0 fixes).\n")


def test_fix_is_idempotent_and_keeps_permissions(capsys: pytest.CaptureFixture[str]) -> None:
    path = write("r.txt", "你好你好\n")
    os.chmod(path, 0o640)
    lint(capsys, "r.txt", "--fix")
    assert path.read_text(encoding="utf-8") == "您好您好\n"
    assert stat.S_IMODE(path.stat().st_mode) == 0o640
    assert lint(capsys, "r.txt", "--fix")[0] == 0
    assert path.read_text(encoding="utf-8") == "您好您好\n"
    assert [p.name for p in Path().iterdir()] == ["r.txt"]  # no temp file left behind


class _LosingFormat:
    """A broken writer that drops the last phrase: the runner must refuse to write."""

    name = "lossy"
    suffixes = (".txt",)

    def read(self, path: Path, data: bytes, options: object) -> object:
        from replykit.lint.formats.txt import TxtFormat

        doc = TxtFormat().read(path, data, options)  # type: ignore[arg-type]
        good = doc.renderer
        assert good is not None
        doc.renderer = lambda new: b"\n".join(good(new).splitlines()[:-1]) + b"\n"
        return doc


def test_no_phrase_is_ever_lost(tmp_path: Path) -> None:
    path = write("r.txt", "你好\n好的\n")
    linter = Linter(fixes="safe", write=True, formats=[_LosingFormat()], entry_points=False)  # type: ignore[list-item]
    report = linter.lint([str(path)])
    assert report.errors == ["r.txt: refusing to write fixes: the file would have 1 phrases, not 2"]
    assert path.read_text(encoding="utf-8") == "你好\n好的\n"


# -- suppressions ------------------------------------------------------------------------------


def test_inline_suppressions_and_unused_ones(capsys: pytest.CaptureFixture[str]) -> None:
    write(
        "r.txt",
        "# replykit: ignore[fake.you]\n你好，不能退\n"  # you suppressed, cannot reported
        "# replykit: ignore\n你不能\n"  # everything suppressed
        "# replykit: ignore[fake.dear]\n好的\n"  # unused
        "# replykit: ignore[fake.nothing, fake]\n你\n"  # unknown rule, the other prefix is used
        "# replykit: ignore\n好的\n",  # unused
    )
    code, out, _ = lint(capsys, "r.txt", "--locale", "en", "-q")
    assert code == 1
    found = [(line.split(":")[1], line.split()[1]) for line in out.splitlines()]
    assert found == [
        ("2", "fake.cannot"),
        ("5", "replykit.unused-suppression"),
        ("7", "replykit.unused-suppression"),
        ("9", "replykit.unused-suppression"),
    ]
    assert "「replykit: ignore[fake.dear]」" in out
    assert "(unknown rule fake.nothing)" in out


def test_suppressed_fixes_are_not_applied(capsys: pytest.CaptureFixture[str]) -> None:
    path = write("r.txt", "# replykit: ignore[fake.you]\n你的帐号\n")
    lint(capsys, "r.txt", "--fix")
    assert path.read_text(encoding="utf-8") == "# replykit: ignore[fake.you]\n你的账号\n"


def test_ignore_column_in_tables(capsys: pytest.CaptureFixture[str]) -> None:
    write("p.csv", "code,content,note\nA,你好,replykit: ignore[fake.you]\nB,你好,\n")
    code, out, _ = lint(capsys, "p.csv", "--ignore-column", "note")
    assert code == 1
    assert [line.split()[-1] for line in out.splitlines() if "fake.you" in line and ":" in line[:8]] == ["B]"]


def test_unused_suppression_can_be_ignored(capsys: pytest.CaptureFixture[str]) -> None:
    write("r.txt", "# replykit: ignore\n好的\n")
    assert lint(capsys, "r.txt")[0] == 1
    assert lint(capsys, "r.txt", "--ignore", "replykit.unused-suppression")[0] == 0


def test_per_file_ignores(capsys: pytest.CaptureFixture[str]) -> None:
    write("pyproject.toml", '[tool.replykit.per-file-ignores]\n"legacy/*" = ["fake.you"]\n"*.csv" = ["fake"]\n')
    write("legacy/old.txt", "你好\n")
    write("new.txt", "你好\n")
    write("sheet.csv", "content\n你不能\n")
    code, out, _ = lint(capsys, ".", "-q")
    assert code == 1
    assert out.splitlines() == [
        "new.txt:1:1: fake.you [*] 称呼客户请用“您” 「你」→「您」 [phrase line 1]",
    ]


def test_per_file_ignores_with_unknown_prefix(capsys: pytest.CaptureFixture[str]) -> None:
    write("replykit.toml", '[per-file-ignores]\n"*.txt" = ["fake.nope"]\n')
    write("r.txt", "好\n")
    code, _, err = lint(capsys, "r.txt")
    assert code == 2
    assert "per-file-ignores" in err and "fake.nope" in err and "replykit.toml" in err


# -- config ------------------------------------------------------------------------------------


def test_config_discovery_nearest_file_wins(capsys: pytest.CaptureFixture[str]) -> None:
    write("pyproject.toml", '[tool.replykit]\nignore = ["fake.dear"]\nlocale = "en"\n')
    write("team/replykit.toml", 'select = ["fake.dear"]\n')
    write("team/a.txt", "亲，你好\n")
    write("b.txt", "亲，你好\n")
    code, out, _ = lint(capsys, "team/a.txt", "b.txt", "-q", "--fail-on", "info")
    assert code == 1
    rules = [(line.split(":")[0], line.split()[1]) for line in out.splitlines()]
    assert rules == [("team/a.txt", "fake.dear"), ("b.txt", "fake.you")]
    assert "Address the customer" in out  # locale from pyproject.toml for b.txt


def test_pyproject_without_replykit_table_is_skipped(capsys: pytest.CaptureFixture[str]) -> None:
    write("replykit.toml", 'ignore = ["fake"]\n')
    write("sub/pyproject.toml", "[project]\nname = 'x'\n")
    write("sub/a.txt", "你好\n")
    assert lint(capsys, "sub/a.txt")[0] == 0


def test_config_option_overrides_discovery(capsys: pytest.CaptureFixture[str]) -> None:
    write("replykit.toml", 'ignore = ["fake"]\n')
    write("other.toml", "[lint]\nformat = 'json'\nfail-on = 'error'\n")
    write("a.txt", "你好\n")
    assert lint(capsys, "a.txt")[0] == 0
    code, out, _ = lint(capsys, "a.txt", "--config", "other.toml")
    assert code == 0  # fail-on error from other.toml; the finding is a warning
    assert json.loads(out)["findings"][0]["rule"] == "fake.you"


def test_lint_settings_from_pyproject(capsys: pytest.CaptureFixture[str]) -> None:
    write("pyproject.toml", "[tool.replykit.lint]\ncolumn = 'b'\nexclude = ['skip']\nformat = 'github'\n")
    write("p.csv", "a,b\n你,好\n好,你\n")
    write("skip/x.txt", "你\n")
    code, out, _ = lint(capsys, ".")
    assert code == 1
    assert out.startswith("::warning file=p.csv,line=3,endLine=3,col=3,")
    assert "skip/" not in out


def test_select_and_ignore_flags(capsys: pytest.CaptureFixture[str]) -> None:
    write("r.txt", "亲，你不能\n")
    _, out, _ = lint(capsys, "r.txt", "-q", "--select", "fake.you,fake.dear")
    assert [line.split()[1] for line in out.splitlines()] == ["fake.dear", "fake.you"]
    _, out, _ = lint(capsys, "r.txt", "-q", "--ignore", "fake.dear")
    assert [line.split()[1] for line in out.splitlines()] == ["fake.you", "fake.cannot"]


# -- discovery ---------------------------------------------------------------------------------


def test_folders_are_walked_and_hidden_or_excluded_entries_skipped(capsys: pytest.CaptureFixture[str]) -> None:
    for name in ["a/1.txt", "a/b/2.csv", ".git/x.txt", "node_modules/y.txt", "a/~$lock.txt", "a/c/3.txt"]:
        write(name, "content\n你\n" if name.endswith(".csv") else "你\n")
    write("a/notes.md", "你\n")
    _, out, _ = lint(capsys, ".", "-q", "--extend-exclude", "a/c")
    assert [line.split(":")[0] for line in out.splitlines()] == ["a/1.txt", "a/b/2.csv"]


def test_one_assistant_per_config(monkeypatch: pytest.MonkeyPatch) -> None:
    for i in range(3):
        write(f"r{i}.txt", "你好\n好的\n")
    linter = Linter(entry_points=False)
    report = linter.lint(["."])
    assert len(report.findings) == 3
    (scope,) = linter.scopes
    assert len(scope._assistants) == 1


# -- progress ----------------------------------------------------------------------------------


def test_progress_only_on_a_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    import io

    from replykit.lint import progress

    monkeypatch.setattr(progress, "DELAY", 0.0)
    monkeypatch.setattr(progress, "INTERVAL", 0.0)
    stream = io.StringIO()
    assert Progress(stream).enabled is False  # not a terminal: silent (CI logs stay clean)
    p = Progress(stream, enabled=True)
    p(1, 3, 500)
    p.close()
    assert stream.getvalue().startswith("\rreplykit: 1/3 files, 500 phrases")
    assert stream.getvalue().endswith("\r")


def test_progress_counts_phrases(tmp_path: Path) -> None:
    write("big.txt", "好的\n" * 600)
    calls: list[tuple[int, int, int]] = []
    Linter(entry_points=False, progress=lambda *a: calls.append(a)).lint(["big.txt"])
    assert calls[:2] == [(0, 1, 256), (0, 1, 512)]
    assert calls[-1] == (1, 1, 600)


class _ReadOnlyFormat:
    name = "readonly"
    suffixes = (".txt",)

    def read(self, path: Path, data: bytes, options: object) -> object:
        from replykit.lint.formats.txt import TxtFormat

        doc = TxtFormat().read(path, data, options)  # type: ignore[arg-type]
        doc.renderer = None
        return doc


def test_unwritable_fixes_are_reported_unfixed_with_a_warning() -> None:
    path = write("r.txt", "你好\n")
    linter = Linter(fixes="safe", write=True, formats=[_ReadOnlyFormat()], entry_points=False)  # type: ignore[list-item]
    report = linter.lint([str(path)])
    assert report.errors == []
    assert report.warnings == ["r.txt: the txt format cannot be written back; 1 phrase left unfixed (row 1)"]
    assert [(f.rule, f.column) for f in report.findings] == [("fake.you", 1)]
    assert report.fixed == 0
    assert path.read_text(encoding="utf-8") == "你好\n"


def test_xlsx_fix_and_diff(capsys: pytest.CaptureFixture[str]) -> None:
    openpyxl = pytest.importorskip("openpyxl")
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["快捷编码", "快捷短语", "备注"])
    ws.append(["a", "你好，请稍等", "保留"])
    wb.create_sheet("other")["B2"] = "不动"
    wb.save("book.xlsx")
    code, out, _ = lint(capsys, "book.xlsx", "--diff")
    assert code == 1
    assert "-[phrase a] 你好，请稍等\n+[phrase a] 您好，请稍等\n" in out
    code, out, _ = lint(capsys, "book.xlsx")
    assert out.startswith("book.xlsx:2:2: fake.you")  # row 2, column B
    assert lint(capsys, "book.xlsx", "--fix")[0] == 0
    wb = openpyxl.load_workbook("book.xlsx")
    assert [c.value for c in wb.active[2]] == ["a", "您好，请稍等", "保留"]
    assert wb["other"]["B2"].value == "不动"


def test_no_phrase_files_is_a_warning(capsys: pytest.CaptureFixture[str]) -> None:
    write("notes.md", "x\n")
    code, _, err = lint(capsys)
    assert code == 0
    assert "replykit: warning: no phrase files found in ." in err


class _PickyFormat:
    """Refuses to write the first phrase's fix; the others must still be fixed."""

    name = "picky"
    suffixes = (".txt",)

    def read(self, path: Path, data: bytes, options: object) -> object:
        from replykit.errors import PhraseFileError
        from replykit.lint.formats.txt import TxtFormat

        doc = TxtFormat().read(path, data, options)  # type: ignore[arg-type]
        good = doc.renderer
        assert good is not None

        def render(new: dict[int, str]) -> bytes:
            if 0 in new:
                raise PhraseFileError(str(path), "cannot hold this text", row=1)
            return good(new)

        doc.renderer = render
        return doc


def test_one_unwritable_phrase_does_not_block_the_others() -> None:
    path = write("r.txt", "你好\n# a comment\n请登录帐号\n")
    linter = Linter(fixes="safe", write=True, formats=[_PickyFormat()], entry_points=False)  # type: ignore[list-item]
    report = linter.lint([str(path)])
    assert report.warnings == ["r.txt: cannot hold this text; 1 phrase left unfixed (row 1)"]
    assert path.read_text(encoding="utf-8") == "你好\n# a comment\n请登录账号\n"
    assert [(f.rule, f.line) for f in report.findings] == [("fake.you", 1)]
    assert report.fixed == 1


def test_jobs_lint_files_in_worker_processes_with_the_same_report(tmp_path: Path) -> None:
    from replykit.lint.output.common import summary_data
    from replykit.lint.output.json_report import render_json
    from replykit.lint.runner import Linter

    for i in range(5):
        (tmp_path / f"p{i}.txt").write_text(f"不能退款，这是规定\n您好{i}\n我们没办法给你换货\n", encoding="utf-8")
    (tmp_path / "t.csv").write_text("code,text\nr1,我们没办法给你换货\nr2,好的\n", encoding="utf-8")
    (tmp_path / "bad.json").write_text("{", encoding="utf-8")
    one = Linter().lint([str(tmp_path)])
    many = Linter().lint([str(tmp_path)], jobs=3)
    assert render_json(many) == render_json(one)
    assert summary_data(many) == summary_data(one)
    assert summary_data(one)["phrases"] == 17
