"""Output of `replykit lint`: one module per output format, each registered once in ``OUTPUTS``
below (``--output-format``, the ``format`` setting and the dispatch read it); ``summary`` holds
--statistics, the closing summary and --diff.

A format's module loads when it renders, so building the command line imports none of them.
"""

from __future__ import annotations

import importlib
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from replykit.lint.results import LintReport
    from replykit.rules import Rule


@dataclass(frozen=True)
class Output:
    """One ``--output-format``: its module has ``render(report, rules, color) -> str``."""

    name: str
    help: str  # shown in --help
    module: str
    summary_on_stdout: bool = False  # the closing summary follows the findings on stdout

    def render(self, report: LintReport, rules: Mapping[str, Rule], color: bool) -> str:
        rendered: str = importlib.import_module(self.module).render(report, rules, color)
        return rendered


OUTPUTS: dict[str, Output] = {
    o.name: o
    for o in (
        Output("text", "text (default)", "replykit.lint.output.text", summary_on_stdout=True),
        Output("json", "json", "replykit.lint.output.json_report"),
        Output("sarif", "sarif (SARIF 2.1.0)", "replykit.lint.output.sarif"),
        Output("github", "github (workflow annotations)", "replykit.lint.output.github", summary_on_stdout=True),
    )
}
