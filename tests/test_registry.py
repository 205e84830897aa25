"""The rule registry: rules are owned by the plugin that returns them, under its registered name."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

import pytest
from fakes import Replace, make_rule

from replykit import Assistant, hookimpl
from replykit.errors import ReplykitError
from replykit.rules import Rule

ROOT = Path(__file__).resolve().parents[1]
PLUGIN = ROOT / "plugins" / "replykit-adlaw"


def test_rule_ids_come_from_the_registered_name() -> None:
    plugin = Replace("first", "x", "y")
    a = Assistant(plugins=[("first", plugin)], defaults=False, entry_points=False)
    assert list(a.rules) == ["first.replace"]
    registered = a.rules["first.replace"]
    assert registered.plugin == "first" and registered.declared is plugin.rule
    assert a.registry.registered(plugin.rule) is registered
    assert a.registry.plugin_rules("first") == [registered]
    assert [x.rule for x in a.suggest("x").annotations] == ["first.replace"]


def test_same_plugin_under_two_names_in_two_assistants() -> None:
    plugin = Replace("p", "x", "y")
    one = Assistant(plugins=[("one", plugin)], defaults=False, entry_points=False)
    two = Assistant(plugins=[("two", plugin)], defaults=False, entry_points=False)
    assert [x.rule for x in one.suggest("x").annotations] == ["one.replace"]
    assert [x.rule for x in two.suggest("x").annotations] == ["two.replace"]


def test_a_plugin_returning_another_plugins_rule_is_refused() -> None:
    owner = Replace("owner", "x", "y")

    class Thief:
        @hookimpl
        def replykit_rules(self) -> Sequence[Rule]:
            return [owner.rule]

    with pytest.raises(ReplykitError, match="returns a rule of plugin"):
        Assistant(plugins=[("owner", owner), ("thief", Thief())], defaults=False, entry_points=False)


def test_reporting_a_rule_the_plugin_did_not_register_fails_the_check() -> None:
    owner = Replace("owner", "x", "y")

    class Reporter:
        @hookimpl
        def replykit_rules(self) -> Sequence[Rule]:
            return [make_rule("own")]

        @hookimpl
        def replykit_check(self, draft: object, options: object, report: object) -> None:
            report(owner.rule, 0, 1)  # type: ignore[operator]

    a = Assistant(plugins=[("owner", owner), ("reporter", Reporter())], defaults=False, entry_points=False)
    s = a.suggest("x")
    assert [e.plugin for e in s.errors] == ["reporter"] and "undeclared rule" in s.errors[0].message


def test_a_declaration_with_a_plugin_name_is_refused() -> None:
    plugin = Replace("p", "x", "y")

    class Registered:
        @hookimpl
        def replykit_rules(self) -> Sequence[Rule]:
            return [plugin.rule.registered_as("elsewhere")]

    with pytest.raises(ReplykitError, match="declare rules with rule"):
        Assistant(plugins=[("registered", Registered())], defaults=False, entry_points=False)


RENAMED = r"""
import json, replykit
from replykit.plugins import DEFAULT_PLUGINS
a = replykit.Assistant(replykit.Config(plugins={"adlaw-cn": {"extra-terms": ["最划算"]}}), strict=True)
s = a.suggest("这款是全网最低价哦，这个最划算")
builtin = {name for name, _ in DEFAULT_PLUGINS}
print(json.dumps({"rules": sorted(r for r in a.rules if r.split(".")[0] not in builtin),
    "found": [(x.plugin, x.rule, x.text) for x in s.annotations if x.plugin == "adlaw-cn"]}))
"""


def test_renaming_the_entry_point_renames_the_rules(tmp_path: Path) -> None:
    # The adlaw plugin's code, unchanged, behind an entry point named "adlaw-cn".
    info = tmp_path / "replykit_adlaw_renamed-0.1.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: replykit-adlaw-renamed\nVersion: 0.1\n")
    (info / "entry_points.txt").write_text("[replykit]\nadlaw-cn = replykit_adlaw\n")
    path = os.pathsep.join([str(tmp_path), str(PLUGIN)])
    env = {**os.environ, "PYTHONPATH": path, "REPLYKIT_LOAD_PLUGINS": "adlaw-cn"}
    proc = subprocess.run([sys.executable, "-c", RENAMED], capture_output=True, text=True, env=env, cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr[-2000:]
    out = json.loads(proc.stdout)
    assert out["rules"] == ["adlaw-cn.absolute-claim"]
    assert [f[1] for f in out["found"]] == ["adlaw-cn.absolute-claim"] * 2
    assert [f[2] for f in out["found"]] == ["全网最低", "最划算"]
