"""Exceptions raised by replykit."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pydantic import ValidationError


class ReplykitError(ValueError):
    """Bad input or configuration; the message says what and where."""


class ConfigError(ReplykitError):
    """A configuration file or value is invalid; the message names the key and the file."""


class PluginFailure(ReplykitError):
    """A plugin raised while running in strict mode; names the plugin and the hook."""

    def __init__(self, plugin: str, hook: str, exc: BaseException) -> None:
        super().__init__(f'plugin "{plugin}" failed in {hook}: {type(exc).__name__}: {exc}')
        self.plugin = plugin
        self.hook = hook
        self.original = exc


class PluginLoadError(ReplykitError):
    """A plugin cannot be loaded as written (unknown hook, bad arguments, invalid pattern,
    an implementation option replykit cannot honour); names the plugin."""

    def __init__(self, plugin: str, message: str) -> None:
        super().__init__(f'plugin "{plugin}": {message}')
        self.plugin = plugin


class PluginOutputError(ReplykitError):
    """A plugin handed the engine something it cannot use (a finding with float offsets, a
    replacement that is not a str, a finalized text that is not a str, ...).  Raised inside the
    plugin's own hook call, so it is recorded as that plugin's error."""


class PhraseFileError(ReplykitError):
    """A phrase file is unreadable, undecodable or malformed, or a fix cannot be written back.

    ``str()`` names the file and, when known, the row: ``phrases.csv: row 7: unterminated quoted field``.
    """

    def __init__(self, path: str, message: str, row: int | None = None) -> None:
        where = f"{path}: row {row}: " if row is not None else f"{path}: "
        super().__init__(where + message)
        self.path = path
        self.row = row
        self.reason = message


class MissingPackageError(PhraseFileError):
    """Reading a file needs a package that is not installed; ``hint`` is the install command."""

    def __init__(self, path: str, message: str, hint: str) -> None:
        super().__init__(path, f"{message}: {hint}")
        self.hint = hint


def validation_problems(exc: ValidationError, top: str = "") -> list[str]:
    """A pydantic error as one ``loc: msg`` per problem (``top`` names the whole value): the
    form of a bad context and a bad request. A config file's problems also name the file and
    line (``config.describe_errors``)."""
    return [
        f"{'.'.join(str(p) for p in e['loc']) or top}: {e['msg']}"
        for e in exc.errors(include_url=False, include_context=False, include_input=False)
    ]
