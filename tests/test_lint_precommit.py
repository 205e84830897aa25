"""The real `pre-commit` tool runs the replykit-lint hook from .pre-commit-hooks.yaml, on .txt,
.yaml and .xlsx phrase files (the hook's own additional_dependencies install PyYAML and openpyxl).

The hook repository is a clone of this repository's committed tree (a local path is a valid
``repo:``), so nothing is fetched from GitHub; pre-commit pip-installs replykit's dependencies
into its own environment (from the package index or pip's cache).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
BAD = "您好，我們这边马上为您处理\n"  # one traditional character in a simplified reply
GOOD = "您好，我们这边马上为您处理\n"
NO_NETWORK = ("NewConnectionError", "Could not find a version", "Temporary failure in name resolution")

pytestmark = pytest.mark.slow


def _run(args: list[str], cwd: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, cwd=cwd, env=env, capture_output=True, text=True, timeout=900)


def _git(cwd: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True)


@pytest.fixture(scope="module")
def hook_repo(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    pytest.importorskip("pre_commit")
    if not (ROOT / ".git").exists():
        pytest.skip("not a git checkout")
    clone = tmp_path_factory.mktemp("hook") / "replykit"
    _git(clone.parent, "clone", "--quiet", str(ROOT), str(clone))
    if not (clone / ".pre-commit-hooks.yaml").exists():
        pytest.skip(".pre-commit-hooks.yaml is not committed yet")
    rev = subprocess.run(["git", "rev-parse", "HEAD"], cwd=clone, capture_output=True, text=True, check=True)
    return clone, rev.stdout.strip()


def test_precommit_hook_fails_on_a_bad_phrase_then_passes_after_fix(
    hook_repo: tuple[Path, str], tmp_path: Path
) -> None:
    clone, rev = hook_repo
    work = tmp_path / "shop"
    (work / "replies").mkdir(parents=True)
    phrase_file = work / "replies" / "greetings.txt"
    phrase_file.write_text(BAD, encoding="utf-8")
    yaml_file = work / "replies" / "faq.yaml"
    yaml_file.write_text(f"- id: hi\n  text: {BAD}", encoding="utf-8")
    xlsx_file = work / "replies" / "quick.xlsx"
    _xlsx(xlsx_file, BAD.strip())
    (work / "package.json").write_text('{"name": "not-a-phrase-file"}\n', encoding="utf-8")
    (work / ".pre-commit-config.yaml").write_text(
        f"repos:\n"
        f"  - repo: {clone}\n"
        f"    rev: {rev}\n"
        f"    hooks:\n"
        f"      - id: replykit-lint\n"
        f"        files: ^replies/\n"
        f"        args: [--select, script]\n",
        encoding="utf-8",
    )
    _git(work, "init", "--quiet")
    _git(work, "add", "-A")
    env = {**os.environ, "PRE_COMMIT_HOME": str(tmp_path / "pre-commit-home"), "REPLYKIT_LOAD_PLUGINS": ""}
    pre_commit = [sys.executable, "-m", "pre_commit"]

    install = _run([*pre_commit, "install-hooks"], work, env)
    if install.returncode != 0 and any(s in install.stdout + install.stderr for s in NO_NETWORK):
        pytest.skip("pre-commit could not install the hook's dependencies (no package index)")
    assert install.returncode == 0, install.stdout + install.stderr

    first = _run([*pre_commit, "run", "--all-files"], work, env)
    assert first.returncode == 1, first.stdout + first.stderr
    assert "replies/greetings.txt:1:5: script.mixed" in first.stdout
    assert "replies/faq.yaml:2:13: script.mixed" in first.stdout
    assert "replies/quick.xlsx:2:2: script.mixed" in first.stdout
    assert "error" not in first.stdout + first.stderr

    fix = _run([sys.executable, "-m", "replykit", "lint", "--fix", "--select", "script", "replies"], work, env)
    assert fix.returncode == 0, fix.stdout + fix.stderr
    assert phrase_file.read_text(encoding="utf-8") == GOOD
    assert yaml_file.read_text(encoding="utf-8") == f"- id: hi\n  text: {GOOD}"
    _git(work, "add", "-A")

    second = _run([*pre_commit, "run", "--all-files"], work, env)
    assert second.returncode == 0, second.stdout + second.stderr
    assert "Passed" in second.stdout


def _xlsx(path: Path, phrase: str) -> None:
    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["快捷编码", "快捷短语"])
    sheet.append(["hi", phrase])
    book.save(path)
