"""Config: files, discovery, errors that name the key and the file."""

from __future__ import annotations

from pathlib import Path

import pytest

import replykit
from replykit.config import Config, find_config_file


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_pyproject_tool_table(tmp_path: Path) -> None:
    p = write(
        tmp_path / "pyproject.toml",
        '[tool.replykit]\nselect = ["script"]\nextend-select = ["negative"]\nlocale = "en"\n'
        'target-script = "zh-TW"\n[tool.replykit.severity]\n"script.mixed" = "error"\n',
    )
    cfg = Config.from_file(p)
    assert cfg.select == ["script"] and cfg.extend_select == ["negative"] and cfg.locale == "en"
    assert cfg.target_script == "zh-TW" and cfg.severity == {"script.mixed": "error"}
    assert cfg.source == str(p)


def test_replykit_toml_top_level(tmp_path: Path) -> None:
    cfg = Config.from_file(write(tmp_path / "replykit.toml", 'ignore = ["emoji"]\n'))
    assert cfg.ignore == ["emoji"]


def test_unknown_key_names_key_and_file(tmp_path: Path) -> None:
    p = write(tmp_path / "replykit.toml", 'selekt = ["emoji"]\n')
    with pytest.raises(replykit.ConfigError) as err:
        Config.from_file(p)
    assert str(p) in str(err.value) and "unknown key 'selekt'" in str(err.value)


def test_bad_value_names_key_and_file(tmp_path: Path) -> None:
    p = write(tmp_path / "replykit.toml", 'locale = "fr"\n')
    with pytest.raises(replykit.ConfigError, match=r"replykit\.toml:1: .*'locale'"):
        Config.from_file(p)
    p = write(tmp_path / "pyproject.toml", '[tool.replykit]\ntarget-script = "zh-CN"\n')
    with pytest.raises(replykit.ConfigError, match=r"pyproject\.toml:2: .*'target-script'"):
        Config.from_file(p)


def test_invalid_toml_and_missing_file(tmp_path: Path) -> None:
    with pytest.raises(replykit.ConfigError, match="invalid TOML"):
        Config.from_file(write(tmp_path / "replykit.toml", "select = [\n"))
    with pytest.raises(replykit.ConfigError, match="cannot read config"):
        Config.from_file(tmp_path / "nope.toml")


def test_unknown_rule_prefix_names_file(tmp_path: Path) -> None:
    cfg = Config.from_file(write(tmp_path / "replykit.toml", 'ignore = ["negativ"]\n'))
    with pytest.raises(replykit.ConfigError, match=r"replykit\.toml:1: 'ignore': unknown rule or prefix 'negativ'"):
        replykit.Assistant(cfg, entry_points=False)


def test_plugin_option_errors_name_file(tmp_path: Path) -> None:
    cfg = Config.from_file(write(tmp_path / "replykit.toml", "[plugins.nosuch]\nx = 1\n"))
    with pytest.raises(replykit.ConfigError, match=r"replykit\.toml:1: 'plugins\.nosuch'"):
        replykit.Assistant(cfg, entry_points=False)


def test_discovery_walks_up_and_prefers_replykit_toml(tmp_path: Path) -> None:
    deep = tmp_path / "a" / "b" / "c"
    deep.mkdir(parents=True)
    write(tmp_path / "pyproject.toml", "[project]\nname='x'\n")  # no [tool.replykit]: skipped
    write(tmp_path / "a" / "pyproject.toml", '[tool.replykit]\nignore = ["emoji"]\n')
    assert find_config_file(deep) == (tmp_path / "a" / "pyproject.toml").resolve()
    write(tmp_path / "a" / "b" / "replykit.toml", 'ignore = ["but"]\n')
    assert Config.discover(deep).ignore == ["but"]
    write(tmp_path / "a" / "b" / "c" / "file.txt", "x")
    assert Config.discover(deep / "file.txt").ignore == ["but"]


def test_target_script_default_from_config() -> None:
    a = replykit.Assistant(Config(target_script="zh-TW", select=["script"]), entry_points=False)
    assert a.suggest("软件").text == "軟體"
    assert a.suggest("软件", {"target_script": "zh-Hans"}).text == "软件"


def test_merged_validates() -> None:
    with pytest.raises(replykit.ConfigError):
        Config().merged(locale="xx")
    assert Config().merged(select=["script"]).select == ["script"]


def test_a_broken_pyproject_is_an_error_not_the_default_config(tmp_path: Path) -> None:
    """Surprise 1: a syntax error in pyproject.toml was skipped and the defaults used, silently."""
    write(tmp_path / "pyproject.toml", '[tool.replykit]\nselect = ["script"\nlocale = "en"\n')
    with pytest.raises(replykit.ConfigError, match=r"pyproject\.toml:3:1: invalid TOML: "):
        find_config_file(tmp_path)
    with pytest.raises(replykit.ConfigError, match=r"pyproject\.toml:3:1: invalid TOML"):
        Config.discover(tmp_path / "sub" / "file.txt")


def test_every_config_error_names_file_line_and_key(tmp_path: Path) -> None:
    p = write(
        tmp_path / "pyproject.toml",
        '[project]\nname = "shop"\n\n[tool.replykit]\nselect = ["politeness"]\n\n[tool.replykit.lint]\n'
        'fail-on = "warning"\ncolum = "B"\n',
    )
    from replykit.lint.settings import LintSettings

    with pytest.raises(replykit.ConfigError) as err:
        LintSettings.from_config(Config.from_file(p))
    assert str(err.value) == f"{p}:9: invalid replykit config: unknown key 'lint.colum'"
    p = write(tmp_path / "replykit.toml", 'locale = "zh"\n\n[severity]\n"negative.cannot" = "fatal"\n')
    with pytest.raises(replykit.ConfigError, match=rf"^{p}:4: .*'severity\.negative\.cannot'"):
        Config.from_file(p)
    p = write(tmp_path / "replykit.toml", 'lint.exclude = "x"\nplugins = { emoji = { style = "gif" } }\n')
    with pytest.raises(replykit.ConfigError, match=rf"^{p}:2: .*'plugins\.emoji\.style'"):
        replykit.Assistant(Config.from_file(p), entry_points=False)
