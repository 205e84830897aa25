"""docs/lint.md (and the README's lint section) work as written: every command line parses,
every YAML snippet loads, the pre-commit snippet names a real hook, every option is documented."""

from __future__ import annotations

import os
import re
import shlex
from pathlib import Path
from typing import Any

import pytest
import yaml

from replykit.cli import build_parser
from replykit.lint.settings import LintSettings

ROOT = Path(__file__).resolve().parents[1]
DOCS = [ROOT / "docs" / "lint.md", ROOT / "README.md"]
_BLOCK = re.compile(r"```(\w+)\n(.*?)```", re.S)


def blocks(lang: str) -> list[tuple[str, str]]:
    out = []
    for path in DOCS:
        if path.exists():
            out.extend(
                (path.name, body) for kind, body in _BLOCK.findall(path.read_text(encoding="utf-8")) if kind == lang
            )
    return out


def commands() -> list[str]:
    """Every `replykit ...` command in console blocks ($ lines) and workflow `run:` steps."""
    found = [line[2:] for _, body in blocks("console") for line in body.splitlines() if line.startswith("$ replykit")]
    for _, body in blocks("yaml"):
        for step in _steps(yaml.safe_load(body)):
            run = step.get("run", "")
            found.extend(line for line in run.splitlines() if line.startswith("replykit "))
    return found


def _steps(doc: Any) -> list[dict[str, Any]]:
    if isinstance(doc, dict):
        if "steps" in doc:
            return [s for s in doc["steps"] if isinstance(s, dict)]
        return [s for v in doc.values() for s in _steps(v)]
    return []


def test_docs_have_commands_and_snippets() -> None:
    assert len(commands()) >= 4
    loaded = [yaml.safe_load(body) for _, body in blocks("yaml")]
    assert any(isinstance(d, dict) and "repos" in d for d in loaded)
    assert any(isinstance(d, dict) and "jobs" in d for d in loaded)


@pytest.mark.parametrize("command", commands())
def test_documented_commands_parse(command: str) -> None:
    args = build_parser().parse_args(shlex.split(command, comments=True)[1:])
    assert args.command in ("lint", "check", "rules", "plugins", "audit")


def test_yaml_snippets_load_and_precommit_hook_ids_exist() -> None:
    hooks = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    ids = {h["id"] for h in hooks}
    for name, body in blocks("yaml"):
        doc = yaml.safe_load(body)
        for repo in doc.get("repos", []) if isinstance(doc, dict) else []:
            for hook in repo["hooks"]:
                assert hook["id"] in ids, f"{name}: unknown hook {hook['id']}"
                re.compile(hook.get("files", ""))


def test_precommit_hook_definition() -> None:
    (hook,) = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    assert hook["id"] == "replykit-lint" and hook["language"] == "python"
    assert hook["entry"].split() == ["replykit", "lint"]
    files, exclude = re.compile(hook["files"]), re.compile(hook["exclude"])
    for name in ["a.txt", "b/c.CSV", "d.tsv", "e.xlsx", "f.json", "g.yaml", "h.yml"]:
        assert files.search(name) and not exclude.search(name)
    assert not files.search("README.md")
    assert exclude.search(".pre-commit-config.yaml")


def test_every_lint_option_and_setting_is_documented() -> None:
    text = (ROOT / "docs" / "lint.md").read_text(encoding="utf-8")
    sub = next(a for a in build_parser()._actions if a.dest == "command")
    lint = sub.choices["lint"]  # type: ignore[index]
    for action in lint._actions:
        for option in action.option_strings:
            if option.startswith("--") and option != "--help":
                assert f"`{option}" in text, option
    for name, field in LintSettings.model_fields.items():
        assert f"{field.alias or name} = " in text, name


def _readme_console_examples() -> list[tuple[str, list[str]]]:
    """(command, the whole output shown under it) for each `$ replykit` line of the README."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    out: list[tuple[str, list[str]]] = []
    for kind, body in _BLOCK.findall(text):
        if kind != "console":
            continue
        for line in body.splitlines():
            if line.startswith("$ "):
                out.append((line[2:].split("  #")[0].strip(), []))
            elif out:
                out[-1][1].append(line)
    return [(cmd, shown) for cmd, shown in out if shown]


def test_readme_shows_whole_outputs() -> None:
    """No elided output ('...'): the test below compares every line."""
    examples = _readme_console_examples()
    assert len(examples) >= 2
    assert all("..." not in shown and shown[-1] != "…" for _, shown in examples)


@pytest.mark.parametrize(("command", "shown"), _readme_console_examples())
def test_readme_console_output_is_true(command: str, shown: list[str]) -> None:
    import subprocess
    import sys

    argv = shlex.split(command)
    assert argv[0] == "replykit"
    env = {k: v for k, v in os.environ.items() if k not in ("FORCE_COLOR", "NO_COLOR")}
    run = subprocess.run(
        [sys.executable, "-m", "replykit", *argv[1:]],
        cwd=ROOT,
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
    )
    actual = (run.stdout + run.stderr).splitlines()
    assert actual == shown, f"README shows a different output for `{command}`; it printed:\n" + "\n".join(actual)


def test_cli_doc_lists_every_flag() -> None:
    """docs/cli.md names every command and every option of every command."""
    text = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    sub = next(a for a in build_parser()._actions if a.dest == "command")
    for name, parser in sub.choices.items():  # type: ignore[union-attr]
        assert f"## `replykit {name}" in text, name
        for action in parser._actions:
            for option in action.option_strings:
                assert f"`{option}" in text, f"{name} {option}"
