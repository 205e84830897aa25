"""The first hour of a new user, as ruff users expect it: each surprise a new user met is a test.

Numbers refer to the surprises of the first-hour walk (a broken pyproject.toml, extras, folder
walks, check on files and stdin, closed pipes, check's output, localised rules, docs that
rot, the notebook extra and /docs). The real pre-commit runs are in test_lint_precommit.py.
"""

from __future__ import annotations

import io
import json
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from replykit import __version__
from replykit.cli import main
from replykit.lint.formats import LintOptions, Phrase, PhraseDocument
from replykit.lint.runner import Linter

ROOT = Path(__file__).resolve().parents[1]
if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def write(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(text.encode(encoding))
    return path


def stdin_bytes(monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8", errors="surrogateescape"))


# -- 1. a broken pyproject.toml -----------------------------------------------------------------


def test_1_check_stops_on_a_broken_pyproject(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write(tmp_path / "pyproject.toml", '[tool.replykit]\nignore = ["emoji"\nlocale = "en"\n')
    monkeypatch.chdir(tmp_path)
    code, out, err = run(capsys, "check", "您好")
    assert code == 2 and out == ""
    assert err.startswith(f"replykit: error: {tmp_path / 'pyproject.toml'}:3:1: invalid TOML: ")


def test_show_settings_says_where_each_value_came_from(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write(
        tmp_path / "pyproject.toml",
        '[project]\nname = "shop"\n\n[tool.replykit]\nignore = ["emoji"]\n\n[tool.replykit.plugins.politeness]\n',
    )
    monkeypatch.chdir(tmp_path)
    code, out, _ = run(capsys, "check", "--show-settings", "--locale", "en")
    assert code == 0
    assert f'ignore = ["emoji"]  # {tmp_path / "pyproject.toml"}:5' in out.splitlines()
    assert 'locale = "en"  # command line (--locale)' in out.splitlines()
    code, _, err = run(capsys, "check", "您好", "--select", "nope")
    assert code == 2 and err == "replykit: error: --select: 'select': unknown rule or prefix 'nope'\n"
    assert 'select = ["ALL"]  # default' in out.splitlines()
    code, out, _ = run(capsys, "lint", "--show-settings", "--fail-on", "error")
    assert code == 0
    assert 'fail-on = "error"  # command line (--fail-on)' in out.splitlines()
    assert "respect-gitignore = true  # default" in out.splitlines()


# -- 2. extras that match the jobs --------------------------------------------------------------


def test_2_extras_match_the_jobs() -> None:
    extras = PYPROJECT["project"]["optional-dependencies"]
    for name in ("yaml", "excel", "server", "notebook", "fast", "parquet", "dask", "all"):
        assert name in extras, name
    names = {name: {re.split(r"[<>=\[; ]", d)[0].lower() for d in deps} for name, deps in extras.items()}
    assert "pyyaml" in names["yaml"]
    assert {"openpyxl", "xlrd"} <= names["excel"]
    assert "ipykernel" in names["notebook"]  # a notebook runs: IPython and a kernel
    assert "pyarrow" in names["parquet"]  # audit reads and writes Parquet
    assert {"dask", "distributed", "pyarrow"} <= names["dask"]  # replykit.dask, audit --scheduler
    all_extras = set(extras["all"][0].split("[")[1].split("]")[0].split(","))
    assert all_extras == {"yaml", "excel", "server", "notebook", "fast", "parquet", "dask"}


def test_2_precommit_hook_installs_what_the_formats_need() -> None:
    import yaml

    (hook,) = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    deps = {re.split(r"[<>=\[ ]", d)[0].lower() for d in hook["additional_dependencies"]}
    assert {"pyyaml", "openpyxl", "xlrd"} <= deps
    assert "additional_dependencies" in (ROOT / "docs" / "lint.md").read_text(encoding="utf-8")


def test_2_a_walk_without_pyyaml_skips_yaml_with_one_warning(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write(tmp_path / "replies" / "a.txt", "您好，我们马上为您处理\n")
    write(tmp_path / "replies" / "b.yaml", "- 您好\n")
    write(tmp_path / "docker-compose.yml", "services:\n  web:\n    image: x\n")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setitem(sys.modules, "yaml", None)  # import yaml raises ImportError
    code, _, err = run(capsys, "lint", ".", "-q", "--select", "script")
    assert code == 0
    assert err.splitlines() == [
        "replykit: warning: reading YAML needs the PyYAML package: pip install 'replykit[yaml]'; "
        "not read: docker-compose.yml, replies/b.yaml"
    ]
    code, _, err = run(capsys, "lint", "replies/b.yaml", "-q")
    assert code == 2 and "replies/b.yaml: reading YAML needs the PyYAML package: pip install 'replykit[yaml]'" in err


# -- 3. folder walks pick phrase files like ruff picks Python files ------------------------------


@pytest.fixture
def repository(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A repository root with phrase files beside the usual JSON and YAML files."""
    write(tmp_path / "package.json", '{"name": "shop", "version": "1.0.0", "scripts": {"test": "jest"}}\n')
    write(tmp_path / "tsconfig.json", '{"compilerOptions": {"strict": true}}\n')
    write(tmp_path / "schema" / "reply.schema.json", '{"$schema": "x", "type": "object", "properties": {}}\n')
    write(tmp_path / "locales" / "en.json", '{"hello": "Hello", "bye": "Bye"}\n')
    write(tmp_path / "docker-compose.yml", 'version: "3"\nservices:\n  web:\n    image: nginx\n')
    write(tmp_path / "mkdocs.yml", "site_name: Shop\nnav:\n  - Home: index.md\n")
    write(tmp_path / "broken.json", "{not json\n")
    write(tmp_path / "replies" / "chatwoot.json", '[{"short_code": "hi", "content": "你好"}]\n')
    write(tmp_path / "replies" / "faq.yaml", "- id: hi\n  text: 你好\n")
    write(tmp_path / "replies" / "quick.txt", "你好\n")
    write(tmp_path / "build" / "quick.txt", "你好\n")
    write(tmp_path / "drafts" / "old.txt", "你好\n")
    write(tmp_path / ".gitignore", "build/\n*.tmp.txt\n")
    write(tmp_path / "replies" / "x.tmp.txt", "你好\n")
    (tmp_path / ".git").mkdir()
    monkeypatch.chdir(tmp_path)
    return tmp_path


def paths_in(out: str) -> list[str]:
    return sorted({line.split(":")[0] for line in out.splitlines() if ":" in line and not line.startswith("Found")})


def test_3_a_walk_lints_phrase_files_only(capsys: pytest.CaptureFixture[str], repository: Path) -> None:
    code, out, err = run(capsys, "lint", "--select", "politeness.you-honorific")
    assert code == 1, err
    assert paths_in(out) == ["drafts/old.txt", "replies/chatwoot.json", "replies/faq.yaml", "replies/quick.txt"]
    assert err == ""
    assert "Found 4 findings in 4 phrases of 4 files." in out


def test_3_verbose_says_why_a_file_was_skipped(capsys: pytest.CaptureFixture[str], repository: Path) -> None:
    code, _, err = run(capsys, "lint", "-v", "-q", "--select", "politeness", "--extend-exclude", "drafts")
    assert code == 1
    why = dict(line.removeprefix("replykit: skipped ").split(": ", 1) for line in err.splitlines())
    assert why["build"] == "ignored by .gitignore"
    assert why["replies/x.tmp.txt"] == "ignored by .gitignore"
    assert why["drafts"] == "matches exclude 'drafts'"
    assert why[".git"] == why[".gitignore"] == "hidden"
    assert why["package.json"].startswith("not a phrase file (")
    assert why["broken.json"].startswith("not a phrase file (")
    assert why["docker-compose.yml"].startswith("not a phrase file (")
    assert why["locales/en.json"].startswith("not a phrase file (a plain id: text shape without Chinese text)")
    assert why["schema/reply.schema.json"].endswith("add it to 'include' to lint it")


def test_3_include_and_gitignore_settings(capsys: pytest.CaptureFixture[str], repository: Path) -> None:
    write(repository / "replykit.toml", '[lint]\ninclude = ["locales/*.json"]\nrespect-gitignore = false\n')
    write(repository / "locales" / "zh.json", '{"hello": "你好"}\n')
    _, out, _ = run(capsys, "lint", "-q", "--select", "politeness.you-honorific", "--exclude", "drafts")
    assert paths_in(out) == [
        "build/quick.txt",
        "locales/zh.json",
        "replies/chatwoot.json",
        "replies/faq.yaml",
        "replies/quick.txt",
        "replies/x.tmp.txt",
    ]


def test_3_a_file_named_on_the_command_line_is_always_read(
    capsys: pytest.CaptureFixture[str], repository: Path
) -> None:
    code, _, err = run(capsys, "lint", "package.json")
    assert code == 2 and "package.json: unrecognised JSON shape" in err


def test_gitignore_patterns_follow_git() -> None:
    from replykit.lint.gitignore import parse

    def ignored(patterns: str, path: str, is_dir: bool = False) -> bool:
        verdict = False
        for p in parse(patterns):
            if (not p.dir_only or is_dir) and p.regex.match(path):
                verdict = not p.negated
        return verdict

    assert ignored("*.log", "a/b/x.log") and not ignored("*.log", "x.log.txt")
    assert ignored("/build", "build", True) and not ignored("/build", "src/build", True)
    assert ignored("build/", "src/build", True) and not ignored("build/", "src/build")
    assert ignored("docs/*.txt", "docs/a.txt") and not ignored("docs/*.txt", "docs/x/a.txt")
    assert ignored("docs/**/a.txt", "docs/x/y/a.txt") and ignored("**/tmp", "a/b/tmp", True)
    assert ignored("*.txt\n!keep.txt", "a.txt") and not ignored("*.txt\n!keep.txt", "keep.txt")
    assert ignored("# comment\n\\#hash", "#hash") and not ignored("# comment", "# comment")
    assert ignored("a?[0-9].txt", "ab1.txt") and not ignored("a?[!0-9].txt", "ab1.txt")


# -- 4. check reads files and stdin; lint reads stdin -------------------------------------------


def test_4_check_reads_a_file_one_draft_a_line(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = write(tmp_path / "replies.txt", "您好，请稍等\n\n在的，你说\n", encoding="gbk")
    code, out, _ = run(capsys, "check", str(path), "--select", "politeness.you-honorific", "--locale", "en")
    assert code == 1
    assert out.splitlines() == [
        f"{path}:3:4: politeness.you-honorific [*] Address the customer as 您 (polite you); 你 sounds casual"
        " 「你」→「您」 (applied)",
        f"{path}:3: Suggested: 在的，您说",
        "Found 1 finding: 1 fixed in the suggestion; exit 1 (--fail-on warning).",
    ]
    code, out, _ = run(capsys, "check", str(path), "--select", "politeness.you-honorific", "--format", "json")
    rows = json.loads(out)
    assert [(r["path"], r["line"], r["suggestion"]["text"]) for r in rows] == [
        (str(path), 1, "您好，请稍等"),
        (str(path), 3, "在的，您说"),
    ]
    assert rows[1]["suggestion"]["annotations"][0]["start"] == 3  # 0-based offsets in JSON


def test_4_check_stdin_detects_gbk_or_takes_encoding(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    for argv in ([], ["--encoding", "gbk"]):
        stdin_bytes(monkeypatch, "在的，你说\n".encode("gbk"))
        code, out, err = run(capsys, "check", "-", "--select", "politeness.you-honorific", "--quiet", *argv)
        assert code == 1 and err == ""
        assert out.startswith("1:4: politeness.you-honorific [*] ")
    stdin_bytes(monkeypatch, b"\xff\xfe\xfd")
    code, _, err = run(capsys, "check", "-", "--encoding", "utf-8")
    assert code == 2 and err == "replykit: error: -: not valid utf-8 at byte 0\n"


def test_4_lint_reads_stdin(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    stdin_bytes(monkeypatch, "您好\n在的，你说\n".encode("gbk"))
    code, out, err = run(capsys, "lint", "-", "--select", "politeness.you-honorific")
    assert code == 1, err
    assert out.startswith("-:2:4: politeness.you-honorific [*] ")
    assert "Found 1 finding in 2 phrases of 1 file." in out
    stdin_bytes(monkeypatch, "code,text\nhi,你好\n".encode())
    code, out, err = run(capsys, "lint", "-", "--stdin-filename", "q.csv", "--fix", "--select", "politeness")
    assert code == 0, err
    assert out == "code,text\nhi,您好\n"  # as ruff: the fixed file on stdout, the findings on stderr
    assert "Found 0 findings in 1 phrase of 1 file (1 fixed, 0 remaining)." in err


# -- 5. a closed pipe ---------------------------------------------------------------------------


@pytest.mark.slow
@pytest.mark.parametrize("argv", [["rules"], ["lint", "examples/phrases/"], ["check", "examples/sample_replies.txt"]])
def test_5_a_closed_pipe_is_no_traceback(argv: list[str]) -> None:
    read, write_end = os.pipe()
    os.close(read)  # the reader is gone before the first write, as with `| head -1` on a long output
    try:
        done = subprocess.run(
            [sys.executable, "-m", "replykit", *argv], cwd=ROOT, stdout=write_end, stderr=subprocess.PIPE, timeout=120
        )
    finally:
        os.close(write_end)
    assert done.stderr == b""
    assert done.returncode == 141


# -- 6. check's output --------------------------------------------------------------------------


def test_6_check_output_positions_status_and_applied_marks(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "check", "好的\n你稍等", "--select", "politeness.you-honorific", "--fixes", "none")
    assert code == 1
    assert out.splitlines() == [
        "2:1: politeness.you-honorific [*] 称呼顾客请用“您”，“你”显得随意、不够尊重 「你」→「您」",
        "发现 1 个问题：0 个已在建议中修复，1 个有修复但未应用；退出码 1（--fail-on warning）。",
    ]
    code, out, _ = run(capsys, "check", "您好", "--exit-zero", "--select", "politeness")
    assert code == 0 and out == "没有发现问题。\n"
    code, out, _ = run(capsys, "check", "你好", "--select", "politeness.you-honorific", "--exit-zero")
    assert code == 0 and "（已修复）" in out and "退出码 0（--fail-on never）" in out


def test_6_help_says_what_the_exit_codes_mean(capsys: pytest.CaptureFixture[str]) -> None:
    for argv in (["--help"], ["check", "--help"], ["lint", "--help"]):
        with pytest.raises(SystemExit):
            main(argv)
        out = " ".join(capsys.readouterr().out.split())
        assert "exit codes: 0 nothing at or above --fail-on" in out and "2 usage, config" in out


# -- the usual flags ------------------------------------------------------------------------------


def test_usual_flags(capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(SystemExit):
        main(["-V"])
    assert capsys.readouterr().out == f"replykit {__version__}\n"
    monkeypatch.chdir(tmp_path)
    write(tmp_path / "q.txt", "你好\n你们稍等\n")
    code, out, _ = run(capsys, "lint", "q.txt", "--output-format", "json", "--exit-zero", "--select", "politeness")
    assert code == 0 and json.loads(out)["summary"]["findings"] == 2
    code, out, _ = run(capsys, "lint", "q.txt", "--statistics", "--select", "politeness.you-honorific")
    assert code == 1
    assert out == "    2  politeness.you-honorific  [*] 用“你”称呼顾客；客服回复应使用敬称“您”。\n"
    code, out, _ = run(capsys, "rules", "--output-format", "json")
    assert code == 0 and json.loads(out)


def test_a_bad_argument_shows_the_subcommand_usage(capsys: pytest.CaptureFixture[str]) -> None:
    for argv, usage in (
        (["lint", "--bogus"], "usage: replykit lint"),
        (["check", "x", "--nope"], "usage: replykit check"),
    ):
        with pytest.raises(SystemExit) as exc:
            main(argv)
        err = capsys.readouterr().err
        assert exc.value.code == 2 and err.startswith(usage), err
        assert "unrecognized arguments" in err


def test_colour_only_on_a_terminal_and_never_with_no_color(monkeypatch: pytest.MonkeyPatch) -> None:
    from replykit.term import use_color

    class Tty(io.StringIO):
        def isatty(self) -> bool:
            return True

    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.delenv("FORCE_COLOR", raising=False)
    monkeypatch.setenv("TERM", "xterm")
    assert use_color(Tty()) and not use_color(io.StringIO())
    monkeypatch.setenv("NO_COLOR", "1")
    assert not use_color(Tty())
    monkeypatch.delenv("NO_COLOR")
    monkeypatch.setenv("FORCE_COLOR", "1")
    assert use_color(io.StringIO())


def test_forced_colour_paints_lint_and_check(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FORCE_COLOR", "1")
    monkeypatch.delenv("NO_COLOR", raising=False)
    _, out, _ = run(capsys, "check", "你好", "--select", "politeness.you-honorific")
    assert "\x1b[33mpoliteness.you-honorific\x1b[0m" in out
    monkeypatch.setenv("NO_COLOR", "1")
    _, out, _ = run(capsys, "check", "你好", "--select", "politeness.you-honorific")
    assert "\x1b[" not in out


# -- 7. localised rules; one warning for a read-only format --------------------------------------


def test_7_rules_in_chinese_throughout(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "rules", "--format", "json", "--locale", "zh")
    rows = json.loads(out)
    assert code == 0 and rows
    for row in rows:
        assert re.search(r"[\u4e00-\u9fff]", row["description"]), row["id"]
        assert not re.search(r"\b(the|a|an|of|to)\b", row["description"]), row
    code, out, _ = run(capsys, "rules", "--format", "json", "--locale", "en")
    assert all(re.search(r"\b[A-Za-z]{3,}\b.*\b[A-Za-z]{3,}\b", r["description"]) for r in json.loads(out))


class ReadOnly:
    """A read-only table format, as .xls is."""

    name = "ro"
    suffixes = (".ro",)

    def read(self, path: Path, data: bytes, options: LintOptions) -> PhraseDocument:
        texts = data.decode("utf-8").splitlines()
        phrases = [Phrase(i, f"row {i + 2}", t, i + 2) for i, t in enumerate(texts)]
        return PhraseDocument(path, "ro", "binary", phrases, data)


def test_7_a_read_only_format_gives_one_warning_naming_the_rows(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    write(tmp_path / "a.ro", "你好\n您好\n在的，你说\n")
    linter = Linter(formats=[ReadOnly()], fixes="safe", write=True, entry_points=False, adjust=_only_you)
    report = linter.lint(["a.ro"])
    assert report.warnings == ["a.ro: the ro format cannot be written back; 2 phrases left unfixed (rows 2, 4)"]
    assert len(report.findings) == 2


def test_7_xls_fixes_give_one_warning_with_the_rows(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = ROOT.parent / "shared" / "data" / "phrase_files" / "FastWordCustom.xls"
    if not source.exists():
        pytest.skip(f"{source} is absent (evaluation data lives outside the repo)")
    pytest.importorskip("xlrd")
    monkeypatch.chdir(tmp_path)
    (tmp_path / "w.xls").write_bytes(source.read_bytes())
    # Every phrase of this file is already warm (您, 亲), so a script target gives the fixes.
    (tmp_path / "pyproject.toml").write_text('[tool.replykit]\ntarget-script = "zh-TW"\n', encoding="utf-8")
    _, _, err = run(capsys, "lint", "w.xls", "--fix", "--unsafe-fixes", "-q", "--select", "script.convert")
    warnings = err.splitlines()
    assert len(warnings) == 1, err
    assert re.fullmatch(
        r"replykit: warning: w\.xls: \.xls files cannot be written; .*; (\d+) phrases left unfixed \(rows [\d, ]+\)",
        warnings[0],
    )
    assert (tmp_path / "w.xls").read_bytes() == source.read_bytes()


def _only_you(config: Any) -> Any:
    return config.apply_flags(select="politeness.you-honorific")


# -- 8. docs that cannot rot ----------------------------------------------------------------------


def test_8_readme_precommit_rev_names_this_version_and_the_changelog_has_it() -> None:
    import yaml

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    revs = [
        repo["rev"]
        for body in re.findall(r"```yaml\n(.*?)```", readme, re.S)
        for repo in (yaml.safe_load(body) or {}).get("repos", [])
        if isinstance(yaml.safe_load(body), dict)
    ]
    assert revs == [f"v{__version__}"]
    assert PYPROJECT["project"]["version"] == __version__
    changelog = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    assert f"## {__version__} " in changelog or f"## [{__version__}]" in changelog
    release = (ROOT / "docs" / "release.md").read_text(encoding="utf-8")
    assert "git tag" in release and "CHANGELOG.md" in release


def test_8_eval_says_how_many_cases_it_scored(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "replykit.eval", "--data", str(tmp_path)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=600,
    )
    first = done.stdout.splitlines()[0]
    assert re.match(r"scored \d+ of \d+ cases", first), first
    assert "need ../shared/data" in done.stdout + done.stderr
    eval_md = (ROOT / "docs" / "eval.md").read_text(encoding="utf-8")
    assert "../shared" in eval_md and "scored" in eval_md


# -- 9. the notebook extra runs a notebook; /docs -------------------------------------------------


def test_9_service_docs_page_works_offline() -> None:
    pytest.importorskip("starlette")
    from starlette.testclient import TestClient

    from replykit.server import create_app

    client = TestClient(create_app())
    page = client.get("/docs")
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    spec = client.get("/openapi.json").json()
    for path, methods in spec["paths"].items():
        assert path in page.text
        for method in methods:
            assert method.upper() in page.text
    assert "http://" not in page.text.replace("http://127.0.0.1", "") and "https://" not in page.text  # no CDN
    assert "<script" not in page.text
