"""``--show-settings``: the resolved configuration, and where each value came from.

Every value is printed as TOML with a comment naming its origin: the config file and line,
a command-line flag, or ``default``.  Plugin options are printed in full, defaults included.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from replykit.config import Config, kebab, key_line, read_toml


def _toml(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, Mapping):
        return (
            "{ " + ", ".join(f"{json.dumps(str(k), ensure_ascii=False)} = {_toml(v)}" for k, v in value.items()) + " }"
        )
    return json.dumps(value, ensure_ascii=False)


def read_file_table(config: Config) -> dict[str, Any]:
    if not config.source:
        return {}
    data = read_toml(Path(config.source))
    if Path(config.source).name == "pyproject.toml":
        table = data.get("tool", {}).get("replykit", {})
        return table if isinstance(table, dict) else {}
    return data


def _has(table: Mapping[str, Any], key: str) -> bool:
    node: Any = table
    for part in key.split("."):
        if not isinstance(node, Mapping) or part not in node:
            return False
        node = node[part]
    return True


def origin(
    config: Config, table: Mapping[str, Any], key: str, flags: Mapping[str, str], flag_key: str | None = None
) -> str:
    """Where a dotted key's value came from: a flag (looked up by ``flag_key``), ``file:line``, or ``default``."""
    flag = flags.get(flag_key or key)
    if flag:
        return f"command line ({flag})"
    if config.source and _has(table, key):
        line = key_line(Path(config.source), key)
        return f"{config.source}:{line}" if line else config.source
    return "default"


def show_settings(config: Config, lint: Mapping[str, tuple[Any, str]] | None = None) -> str:
    """The report for ``check --show-settings`` / ``lint --show-settings``.

    :param lint: for lint, each LintSettings key -> (value, origin).
    """
    from replykit.engine import Assistant

    flags = config.from_flags
    table = read_file_table(config)
    out = [f"# config file: {config.source or '(none found: defaults)'}"]
    for name, field in Config.model_fields.items():
        key = field.alias or name
        if name in ("source", "from_flags", "plugins", "lint"):
            continue
        value = getattr(config, name)
        where = origin(config, table, key, flags)
        out.append(f"# {key} is unset  # {where}" if value is None else f"{key} = {_toml(value)}  # {where}")
    if lint:
        out += ["", "[lint]"]
        out += [f"{key} = {_toml(value)}  # {where}" for key, (value, where) in lint.items()]
    assistant = Assistant(config)
    for plugin, options in sorted(assistant.options.items()):
        values = options.model_dump() if hasattr(options, "model_dump") else dict(options)
        if not values:
            continue
        out += ["", f"[plugins.{plugin}]"]
        for name, value in values.items():
            key = kebab(name)
            out.append(f"{key} = {_toml(value)}  # {origin(config, table, f'plugins.{plugin}.{key}', {})}")
    enabled = sorted(assistant.enabled)
    out += ["", f"# {len(enabled)} rules enabled: {', '.join(enabled)}"]
    return "\n".join(out) + "\n"
