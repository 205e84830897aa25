"""A Scope: everything derived from one config file (settings, Assistants, per-file ignores)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from fnmatch import fnmatch
from pathlib import Path
from typing import Any

from replykit.config import Config
from replykit.engine import Assistant
from replykit.errors import ConfigError
from replykit.lint.settings import LintSettings


class Scope:
    """Everything derived from one config: settings, the Assistant, per-file ignores."""

    def __init__(self, config: Config, settings: LintSettings, plugins: Sequence[Any], entry_points: bool):
        self.config = config
        self.settings = settings
        self.root = Path(config.source).resolve().parent if config.source else Path.cwd()
        self._plugins = list(plugins)
        self._entry_points = entry_points
        self._assistants: dict[tuple[str, ...], Assistant] = {}
        self.assistant = self.assistant_for(())
        self._check_per_file_ignores()

    def assistant_for(self, ignore: tuple[str, ...]) -> Assistant:
        """The Assistant with extra ignored prefixes; built once per distinct set."""
        key = tuple(sorted(set(ignore)))
        found = self._assistants.get(key)
        if found is None:
            config = self.config.merged(ignore=[*self.config.ignore, *key]) if key else self.config
            found = Assistant(config, plugins=self._plugins, entry_points=self._entry_points)
            self._assistants[key] = found
        return found

    def _check_per_file_ignores(self) -> None:
        where = self.config.where("per-file-ignores")
        for glob, prefixes in self.config.per_file_ignores.items():
            for p in prefixes:
                if p != "ALL" and not self.known(p):
                    raise ConfigError(f"{where}'per-file-ignores.\"{glob}\"': unknown rule or prefix {p!r}")

    def known(self, prefix: str) -> bool:
        """Whether a selector names at least one rule (``RuleRegistry.known``)."""
        return self.assistant.registry.known(prefix)

    def relative(self, path: Path) -> str:
        try:
            return path.resolve().relative_to(self.root).as_posix()
        except ValueError:
            return path.resolve().as_posix()

    def excluded(self, path: Path) -> str | None:
        """The exclude / extend-exclude glob that matches ``path``, or None."""
        rel = self.relative(path)
        for glob in (*self.settings.exclude, *self.settings.extend_exclude):
            if _matches_any([glob], rel, path.name):
                return glob
        return None

    def included(self, path: Path) -> bool:
        """Whether an ``include`` glob names ``path`` as a phrase file."""
        return _matches_any(self.settings.include, self.relative(path), path.name)

    def file_ignores(self, path: Path) -> tuple[str, ...]:
        rel = self.relative(path)
        out: list[str] = []
        for glob, prefixes in self.config.per_file_ignores.items():
            if _matches_any([glob], rel, path.name):
                out.extend(prefixes)
        return tuple(out)


def _matches_any(globs: Iterable[str], rel: str, name: str) -> bool:
    """ruff-style: a glob with a '/' matches the relative path, one without also the name."""
    return any(
        fnmatch(rel, g) or fnmatch(rel, g.rstrip("/") + "/*") or ("/" not in g and fnmatch(name, g)) for g in globs
    )
