"""Output of `replykit lint`: one module per output format, each registered once in ``OUTPUTS``
below (``--output-format``, the ``format`` setting and the dispatch read it); ``summary`` holds
--statistics, the closing summary and --diff.

Each format's module has a ``Writer(out, color)``: ``write(finding)`` as each finding is found
(a line of text, a GitHub annotation, an element of the JSON findings array), then
``close(report, rules)`` once for what comes after (the errors and summary of the JSON
document, the rules of a SARIF run).  So a run prints findings as it goes and holds none of
them; ``render`` gives the same output as a string.

A format's module loads when it is used, so building the command line imports none of them.
"""

from __future__ import annotations

import importlib
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol, TextIO

if TYPE_CHECKING:
    from replykit.lint.results import Finding, LintReport
    from replykit.rules import Rule


class FindingWriter(Protocol):
    """Writes one output format to a text stream, a finding at a time."""

    def write(self, finding: Finding) -> None: ...

    def close(self, report: LintReport, rules: Mapping[str, Rule]) -> None:
        """Finish the output: ``report`` has the errors and the counts of the whole run."""
        ...


@dataclass(frozen=True)
class Output:
    """One ``--output-format``: its module has a ``Writer(out, color)`` (a ``FindingWriter``)."""

    name: str
    help: str  # shown in --help
    module: str
    summary_on_stdout: bool = False  # the closing summary follows the findings on stdout

    def open(self, out: TextIO, color: bool) -> FindingWriter:
        """A writer of this format to ``out``."""
        writer: FindingWriter = importlib.import_module(self.module).Writer(out, color)
        return writer

    def render(self, report: LintReport, rules: Mapping[str, Rule], color: bool) -> str:
        """The whole output for ``report``'s kept findings, as one string."""
        from replykit.lint.output.common import render_with

        return render_with(importlib.import_module(self.module).Writer, report, rules, color)


OUTPUTS: dict[str, Output] = {
    o.name: o
    for o in (
        Output("text", "text (default)", "replykit.lint.output.text", summary_on_stdout=True),
        Output("json", "json", "replykit.lint.output.json_report"),
        Output("sarif", "sarif (SARIF 2.1.0)", "replykit.lint.output.sarif"),
        Output("github", "github (workflow annotations)", "replykit.lint.output.github", summary_on_stdout=True),
    )
}
