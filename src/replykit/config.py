"""Configuration: rule selection by prefix (as ruff does), overrides and plugin options.

Loaded from ``[tool.replykit]`` in pyproject.toml or from the top level of replykit.toml.
Keys are kebab-case in files (``extend-select``) and snake_case in Python.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from replykit.errors import ConfigError
from replykit.models import Severity, TargetScript

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

CONFIG_FILES = ("replykit.toml", "pyproject.toml")
V = TypeVar("V")


def kebab(name: str) -> str:
    """A model field's key in a config file (extra_terms -> extra-terms)."""
    return name.replace("_", "-")


def snake(key: str) -> str:
    """A config file's key as a model field's name (extra-terms -> extra_terms)."""
    return key.replace("-", "_")


FILE_TABLE = ConfigDict(extra="forbid", frozen=True, alias_generator=kebab, populate_by_name=True, defer_build=True)
"""The model config of every config-file table: kebab-case keys, unknown keys refused, frozen."""


class Config(BaseModel):
    """How an Assistant checks drafts. Every field has a safe default."""

    model_config = FILE_TABLE

    select: list[str] = Field(
        default_factory=lambda: ["ALL"],
        description="Rule-id prefixes to enable ('ALL', 'negative', 'negative.cannot').",
    )
    extend_select: list[str] = Field(default_factory=list, description="Prefixes enabled in addition to select.")
    ignore: list[str] = Field(default_factory=list, description="Prefixes to disable.")
    severity: dict[str, Severity] = Field(default_factory=dict, description="Severity overrides by rule-id prefix.")
    fixable: list[str] = Field(default_factory=lambda: ["ALL"], description="Prefixes whose fixes may be applied.")
    unfixable: list[str] = Field(
        default_factory=list, description="Prefixes whose fixes are reported but never applied."
    )
    locale: Literal["zh", "en"] = Field(
        default="zh", description="Language of messages: 'zh' (Simplified Chinese) or 'en'."
    )
    target_script: TargetScript | None = Field(
        default=None, description="Default target script when the context gives none."
    )
    strict: bool = Field(default=False, description="Raise when a plugin fails instead of recording the error.")
    trace: bool = Field(default=False, description="Print every plugin hook call to stderr (as REPLYKIT_TRACE=1 does).")
    plugins: dict[str, dict[str, Any]] = Field(
        default_factory=dict, description="Options per plugin: [tool.replykit.plugins.emoji]."
    )
    per_file_ignores: dict[str, list[str]] = Field(
        default_factory=dict, description="Lint: glob -> rule-id prefixes ignored in those files."
    )
    lint: dict[str, Any] = Field(default_factory=dict, description="Options of `replykit lint` ([tool.replykit.lint]).")
    audit: dict[str, Any] = Field(
        default_factory=dict, description="Options of `replykit audit` ([tool.replykit.audit]), see docs/audit.md."
    )
    source: str | None = Field(default=None, exclude=True, description="File this config was read from, for messages.")
    from_flags: dict[str, str] = Field(
        default_factory=dict, exclude=True, description="Keys set on the command line, and the flag that set each."
    )

    @classmethod
    def from_mapping(cls, data: dict[str, Any], source: str | None = None) -> Config:
        """Validate a mapping; errors name the key and the source file."""
        try:
            return cls.model_validate({**data, "source": source})
        except ValidationError as exc:
            raise ConfigError(describe_errors(exc, source)) from None

    @classmethod
    def from_file(cls, path: str | Path) -> Config:
        """Read replykit.toml (top level) or pyproject.toml ([tool.replykit])."""
        path = Path(path)
        data = read_toml(path)
        if path.name == "pyproject.toml":
            data = data.get("tool", {}).get("replykit", {})
            if not isinstance(data, dict):
                raise ConfigError(f"{path}: [tool.replykit] must be a table")
        return cls.from_mapping(data, source=str(path))

    @classmethod
    def discover(cls, start: str | Path = ".") -> Config:
        """The nearest replykit.toml, or pyproject.toml with [tool.replykit], from start upward."""
        found = find_config_file(start)
        return cls.from_file(found) if found else cls()

    def merged(self, flags: dict[str, str] | None = None, **changes: Any) -> Config:
        """A copy with some fields replaced, validated; ``flags``: key -> the command-line flag that set it."""
        data = self.model_dump()
        data.update(changes)
        data["from-flags"] = {**self.from_flags, **(flags or {})}
        return Config.from_mapping(data, source=self.source)

    def where(self, key: str = "") -> str:
        """``"path:line: "`` of a dotted key (``"plugins.emoji"``) in the source file, or the flag
        that set it (``"--select: "``), for messages."""
        flag = self.from_flags.get(key.split(".")[0])
        return f"{flag}: " if flag else where(self.source, key)

    def apply_flags(self, select: str | None = None, ignore: str | None = None, locale: str | None = None) -> Config:
        """Command-line ``--select`` (replaces), ``--ignore`` (adds) and ``--locale`` on top of this config."""
        changes: dict[str, Any] = {}
        flags: dict[str, str] = {}
        if select:
            changes["select"], flags["select"] = split_list(select), "--select"
        if ignore:
            changes["ignore"], flags["ignore"] = [*self.ignore, *split_list(ignore)], "--ignore"
        if locale:
            changes["locale"], flags["locale"] = locale, "--locale"
        return self.merged(flags, **changes) if changes else self


def split_list(value: str) -> list[str]:
    """A comma-separated command-line list (``"negative, but"``)."""
    return [v.strip() for v in value.split(",") if v.strip()]


def read_toml(path: Path) -> dict[str, Any]:
    """A TOML file as a dict; ConfigError with ``path:line:column`` on a syntax error."""
    try:
        data: dict[str, Any] = tomllib.loads(path.read_text(encoding="utf-8"))
        return data
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read config: {exc.strerror or exc}") from None
    except UnicodeDecodeError as exc:
        raise ConfigError(f"{path}: invalid TOML: not UTF-8 (byte {exc.start})") from None
    except tomllib.TOMLDecodeError as exc:
        message = str(exc)
        at = re.search(r"\s*\(at line (\d+), column (\d+)\)$", message)
        if at:
            message = message[: at.start()]
            raise ConfigError(f"{path}:{at.group(1)}:{at.group(2)}: invalid TOML: {message}") from None
        raise ConfigError(f"{path}: invalid TOML: {message}") from None


def find_config_file(start: str | Path = ".") -> Path | None:
    """Walk up from start; replykit.toml wins over pyproject.toml in the same folder."""
    here = Path(start).resolve()
    if here.is_file():
        here = here.parent
    for folder in (here, *here.parents):
        candidate = folder / "replykit.toml"
        if candidate.is_file():
            return candidate
        pyproject = folder / "pyproject.toml"
        if pyproject.is_file():
            data = read_toml(pyproject)  # a broken pyproject.toml is an error, as in ruff
            if isinstance(data.get("tool"), dict) and "replykit" in data["tool"]:
                return pyproject
    return None


def describe_errors(exc: ValidationError, source: str | None, prefix: str = "") -> str:
    """A pydantic error as one line per problem: ``path:line: unknown key 'lint.colum'``."""
    parts = []
    for err in exc.errors():
        key = ".".join([*([prefix] if prefix else []), *(str(p) for p in err["loc"])]) or "(top level)"
        if err["type"] == "extra_forbidden":
            what = f"unknown key '{key}'"
        else:
            what = f"'{key}': {err['msg']} (got {err.get('input')!r})"
        parts.append(f"{where(source, key)}invalid replykit config: {what}")
    return "\n".join(parts)


def where(source: str | None, key: str = "") -> str:
    """``"path:line: "`` for a dotted key of a config file (``"path: "`` when not found, ``""`` without a file)."""
    if not source:
        return ""
    line = key_line(Path(source), key) if key else None
    return f"{source}:{line}: " if line else f"{source}: "


_HEADER = re.compile(r"^\s*\[\[?\s*([^\]]+?)\s*\]\]?\s*(?:#.*)?$")
_ASSIGN = re.compile(r"""^\s*((?:[A-Za-z0-9_-]+|"[^"]*"|'[^']*')(?:\s*\.\s*(?:[A-Za-z0-9_-]+|"[^"]*"|'[^']*'))*)\s*=""")
_KEY_PART = re.compile(r"""[A-Za-z0-9_-]+|"[^"]*"|'[^']*'""")


def _dotted(text: str) -> list[str]:
    # Quoted parts are split on dots too: messages join keys with dots ('severity.negative.cannot').
    return [q for p in _KEY_PART.findall(text) for q in p.strip("\"'").split(".")]


def key_line(path: Path, key: str) -> int | None:
    """1-based line where a dotted config key (or the nearest table above it) is set.

    ``[tool.replykit]`` is the root in pyproject.toml; a key split over a header and a dotted
    assignment (``[tool.replykit.lint]`` + ``column = ...``) is found either way.
    """
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        return None
    root = ["tool", "replykit"] if path.name == "pyproject.toml" else []
    wanted = [*root, *key.split(".")]
    table: list[str] = []
    best, best_len = None, len(root)
    for number, line in enumerate(lines, 1):
        header = _HEADER.match(line)
        if header:
            table = _dotted(header.group(1))
            full = table
        else:
            assign = _ASSIGN.match(line)
            if not assign:
                continue
            full = [*table, *_dotted(assign.group(1))]
        if wanted[: len(full)] == full and len(full) > best_len:
            best, best_len = number, len(full)
    return best


def prefix_matches(prefix: str, rule_id: str) -> bool:
    """'ALL' matches everything; otherwise whole dotted segments: 'negative' matches 'negative.cannot'."""
    return prefix == "ALL" or rule_id == prefix or rule_id.startswith(prefix + ".")


def selects_any(prefix: str, rule_ids: Iterable[str]) -> bool:
    """Whether a selector ('ALL', a plugin, a rule id) names at least one of these rules."""
    return prefix == "ALL" or any(prefix_matches(prefix, rid) for rid in rule_ids)


def specificity(prefix: str, rule_id: str) -> int:
    """How specifically a prefix names a rule: -1 when it does not match, 0 for 'ALL', else
    its length.  The one definition of "the most specific prefix wins"."""
    if not prefix_matches(prefix, rule_id):
        return -1
    return 0 if prefix == "ALL" else len(prefix)


def most_specific(prefixes: Iterable[str], rule_id: str) -> int:
    """The specificity of the most specific matching prefix (-1 when none matches)."""
    return max((specificity(p, rule_id) for p in prefixes), default=-1)


def switched_on(on: Iterable[str], off: Iterable[str], rule_id: str) -> bool:
    """ruff's rule: the more specific prefix wins; on a tie, 'off' wins."""
    pos, neg = most_specific(on, rule_id), most_specific(off, rule_id)
    return pos >= 0 and pos > neg


def override(values: Mapping[str, V], rule_id: str, default: V) -> V:
    """The value of the most specific matching prefix (``severity = {"negative": "info"}``)."""
    best, value = -1, default
    for prefix, candidate in values.items():
        rank = specificity(prefix, rule_id)
        if rank > best:
            best, value = rank, candidate
    return value
