"""The command line: --version, --help, check, rules, plugins, and lint on a real phrase file."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import SHARED_DATA

from replykit import __version__
from replykit.cli import main


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["--version"])
    assert exc.value.code == 0
    assert capsys.readouterr().out.strip() == f"replykit {__version__}"


def test_help_lists_every_command(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    for command in ("check", "lint", "rules", "plugins"):
        assert f"    {command}" in out


def test_lint_help_explains_options_and_exit_codes(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["lint", "--help"])
    out = capsys.readouterr().out
    for option in ("--fix", "--unsafe-fixes", "--diff", "--format", "--fail-on", "--config", "--select"):
        assert option in out
    assert "exit codes: 0" in out


def test_no_command_prints_help(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys)
    assert code == 2
    assert "usage: replykit" in out


def test_check_argument_and_stdin(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    code, out, _ = run(capsys, "check", "您好，我們这边马上为您处理", "--select", "script", "--format", "json")
    assert code == 1
    data = json.loads(out)
    assert data["text"] == "您好，我们这边马上为您处理"
    assert [a["rule"] for a in data["annotations"]] == ["script.mixed"]
    monkeypatch.setattr(sys, "stdin", io.StringIO("您好，我们这边马上为您处理\n"))
    code, out, _ = run(capsys, "check", "-", "--select", "script")
    assert code == 0
    assert out == "没有发现问题。\n"


def test_check_bad_config_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "check", "好的", "--select", "nope")
    assert code == 2
    assert err.startswith("replykit: error:") and "nope" in err


def test_rules_lists_every_rule_with_metadata(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "rules", "--format", "json")
    assert code == 0
    rows = {r["id"]: r for r in json.loads(out)}
    assert rows["replykit.unused-suppression"]["plugin"] == "replykit"
    assert rows["script.mixed"] == {
        "id": "script.mixed",
        "plugin": "script",
        "severity": "warning",
        "fix": "safe",
        "enabled": True,
        "description": rows["script.mixed"]["description"],
    }
    code, out, _ = run(capsys, "rules", "--locale", "en")
    assert code == 0
    assert any(line.split()[:4] == ["script.mixed", "warning", "safe", "The"] for line in out.splitlines())


def test_plugins(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "plugins", "--format", "json")
    assert code == 0
    names = [p["name"] for p in json.loads(out)]
    assert "script" in names and "formats" in names
    assert "replykit" in names  # the lint runner's rules are a plugin like the others


@pytest.mark.slow
def test_python_m_replykit_runs_as_a_program() -> None:
    done = subprocess.run([sys.executable, "-m", "replykit", "--version"], capture_output=True, text=True)
    assert done.returncode == 0
    assert done.stdout.strip() == f"replykit {__version__}"


@pytest.mark.shared
def test_lint_the_shipped_quick_phrase_template(capsys: pytest.CaptureFixture[str]) -> None:
    """../shared/data/phrase_files/FastWordCustom.csv: GBK, CRLF, a quoted multi-line phrase."""
    path = SHARED_DATA / "phrase_files" / "FastWordCustom.csv"
    if not path.exists():
        pytest.skip(f"{path} is absent (evaluation data lives outside the repo)")
    before = path.read_bytes()
    code, out, err = run(capsys, "lint", str(path), "--format", "json", "--fail-on", "never")
    assert code == 0, err
    data = json.loads(out)
    assert data["errors"] == []
    assert data["summary"]["phrases"] == 9
    for f in data["findings"]:
        assert f["path"].endswith("FastWordCustom.csv") and f["phrase"] and f["line"] >= 2
    code, out, err = run(capsys, "lint", str(path), "--diff", "--unsafe-fixes")
    assert code in (0, 1), err
    assert path.read_bytes() == before  # --diff never writes
    code, _, err = run(capsys, "lint", str(path))
    assert code in (0, 1)
    assert "Traceback" not in err


def test_warmth_fix_in_a_gbk_file_uses_a_marker_the_file_can_hold(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A GBK quick-phrase file cannot store 😊: the warmth rule offers the kaomoji instead, and
    # the file stays GBK with CRLF line endings and every other byte.
    monkeypatch.chdir(tmp_path)
    raw = "快捷编码,快捷短语,快捷短语分组\r\na,还有其他问题吗？,问候\r\nb,欢迎下次光临,结束\r\n".encode("gbk")
    path = tmp_path / "phrases.csv"
    path.write_bytes(raw)
    code, _out, err = run(capsys, "lint", "phrases.csv", "--fix", "--unsafe-fixes", "--select", "emoji")
    assert "warning" not in err
    expected = "快捷编码,快捷短语,快捷短语分组\r\na,还有其他问题吗？O(∩_∩)O,问候\r\nb,欢迎下次光临O(∩_∩)O,结束\r\n"
    assert path.read_bytes() == expected.encode("gbk")
    assert code == 0
    # The same phrases in UTF-8 keep the configured style.
    path.write_bytes(raw.decode("gbk").encode("utf-8"))
    run(capsys, "lint", "phrases.csv", "--fix", "--unsafe-fixes", "--select", "emoji")
    assert "吗？😊" in path.read_text(encoding="utf-8")
