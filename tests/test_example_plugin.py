"""The separately installable example plugin (plugins/replykit-adlaw) is installed with pip
and discovered through the `replykit` entry-point group, in a fresh interpreter."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PLUGIN = ROOT / "plugins" / "replykit-adlaw"

SCRIPT = r"""
import json, replykit
from replykit.rules import Example
a = replykit.Assistant(replykit.Config(plugins={"adlaw": {"extra-terms": ["最划算"]}}), strict=True)
rule = a.rules["adlaw.absolute-claim"]
out = {"plugins": [n for n, _ in a.plugin_manager.list_name_plugin()]}
out["bad"] = [[x.rule for x in a.suggest(e.bad).annotations if x.plugin == "adlaw"] for e in rule.examples]
out["clean"] = [[x.rule for x in a.suggest(c.text).annotations if x.plugin == "adlaw"] for c in rule.clean]
out["extra"] = [x.text for x in a.suggest("这个最划算").annotations if x.plugin == "adlaw"]
print(json.dumps(out))
"""


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    target = tmp_path_factory.mktemp("site")
    proc = subprocess.run(
        [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--target", str(target), str(PLUGIN)],
        capture_output=True,
        text=True,
    )
    if proc.returncode != 0:
        pytest.fail(f"pip install of the example plugin failed:\n{proc.stderr[-2000:]}")
    return target


def run(installed: Path, code: str, **env: str) -> subprocess.CompletedProcess[str]:
    environ = {k: v for k, v in os.environ.items() if k != "REPLYKIT_LOAD_PLUGINS"}
    environ["PYTHONPATH"] = str(installed)
    environ.update(env)
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=environ)


def test_entry_point_plugin_is_discovered_and_runs(installed: Path) -> None:
    proc = run(installed, SCRIPT)
    assert proc.returncode == 0, proc.stderr
    out = json.loads(proc.stdout)
    assert "adlaw" in out["plugins"]
    assert all(hits == ["adlaw.absolute-claim"] for hits in out["bad"])
    assert all(hits == [] for hits in out["clean"])
    assert out["extra"] == ["最划算"]


def test_load_plugins_env_var_excludes_it(installed: Path) -> None:
    code = "import replykit; print([n for n, _ in replykit.Assistant().plugin_manager.list_name_plugin()])"
    proc = run(installed, code, REPLYKIT_LOAD_PLUGINS="")
    assert proc.returncode == 0, proc.stderr
    assert "adlaw" not in proc.stdout
    proc = run(installed, code, REPLYKIT_LOAD_PLUGINS="adlaw")
    assert "adlaw" in proc.stdout


def test_cli_lists_the_plugin_rule(installed: Path) -> None:
    code = "import sys; from replykit.cli import main; sys.exit(main(['rules', '--format', 'json']))"
    proc = run(installed, code)
    assert proc.returncode == 0, proc.stderr
    assert "adlaw.absolute-claim" in {r["id"] for r in json.loads(proc.stdout)}


def test_the_plugin_passes_its_own_tests(installed: Path) -> None:
    # What the plugin's own CI runs: its tests (replykit.testing), from its folder.
    environ = {k: v for k, v in os.environ.items() if k != "REPLYKIT_LOAD_PLUGINS"}
    environ["PYTHONPATH"] = str(installed)
    proc = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "tests"],
        cwd=PLUGIN,
        capture_output=True,
        text=True,
        env=environ,
    )
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-2000:]
    assert " passed" in proc.stdout and "failed" not in proc.stdout
