"""Options of `replykit lint` from ``[tool.replykit.lint]`` (or ``[lint]`` in replykit.toml)."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field, ValidationError, field_validator
from pydantic_core import PydanticCustomError

from replykit.config import FILE_TABLE, Config, describe_errors
from replykit.errors import ConfigError
from replykit.lint.formats import Limits, LintOptions
from replykit.lint.output import OUTPUTS

# Skipped while walking folders (never when a file is named on the command line), as ruff's defaults.
DEFAULT_EXCLUDE = ("node_modules", "__pycache__", "venv", "site-packages", "~$*")

FailOn = Literal["error", "warning", "info", "never"]


class LintSettings(BaseModel):
    """How `replykit lint` reads files and reports; CLI flags override each field."""

    model_config = FILE_TABLE

    column: str | None = Field(default=None, description="Phrase column of tables: a header name or a 1-based index.")
    ignore_column: str | None = Field(
        default=None, description="Column (or JSON/YAML key) holding 'replykit: ignore[...]' directives."
    )
    encoding: str | None = Field(default=None, description="Force this encoding instead of detecting it.")
    exclude: list[str] = Field(
        default_factory=lambda: list(DEFAULT_EXCLUDE),
        description="Globs of files and folders to skip, relative to the config file's folder "
        "(replaces the defaults, as in ruff).",
    )
    extend_exclude: list[str] = Field(default_factory=list, description="Globs to skip in addition to exclude.")
    include: list[str] = Field(
        default_factory=list,
        description="Globs of JSON/YAML files that are phrase files even when their shape is not a known one.",
    )
    respect_gitignore: bool = Field(default=True, description="Skip files and folders that .gitignore files ignore.")
    fail_on: FailOn = Field(default="warning", description="Exit 1 when a finding is at or above this severity.")
    format: str = Field(default="text", description="Output format: text, json, sarif or github (lint.output.OUTPUTS).")
    max_file_bytes: int = Field(default=Limits.max_file_bytes, gt=0, description="Largest phrase file read, in bytes.")
    max_phrase_chars: int = Field(default=Limits.max_phrase_chars, gt=0, description="Longest phrase, in characters.")
    max_cells: int = Field(default=Limits.max_cells, gt=0, description="Most cells in one sheet of a workbook.")
    max_unpacked_bytes: int = Field(
        default=Limits.max_unpacked_bytes, gt=0, description="Most bytes an xlsx workbook may decompress to."
    )
    max_unpack_ratio: int = Field(
        default=Limits.max_unpack_ratio, gt=0, description="Highest compression ratio of an xlsx member."
    )

    @field_validator("format")
    @classmethod
    def _registered_output(cls, value: str) -> str:
        if value not in OUTPUTS:
            names = [repr(name) for name in OUTPUTS]
            # The wording pydantic gives a Literal, as for every other choice in the config.
            raise PydanticCustomError("literal_error", f"Input should be {', '.join(names[:-1])} or {names[-1]}")
        return value

    @classmethod
    def from_config(cls, config: Config) -> LintSettings:
        """Validate ``config.lint``; errors name the key (``lint.colum``) and the file."""
        try:
            return cls.model_validate(config.lint)
        except ValidationError as exc:
            raise ConfigError(describe_errors(exc, config.source, prefix="lint")) from None

    def read_options(self) -> LintOptions:
        """The options the format readers take."""
        return LintOptions(
            column=self.column, ignore_column=self.ignore_column, encoding=self.encoding, limits=self.limits()
        )

    def limits(self) -> Limits:
        """What reading one file may cost."""
        return Limits(
            max_file_bytes=self.max_file_bytes,
            max_phrase_chars=self.max_phrase_chars,
            max_cells=self.max_cells,
            max_unpacked_bytes=self.max_unpacked_bytes,
            max_unpack_ratio=self.max_unpack_ratio,
        )
