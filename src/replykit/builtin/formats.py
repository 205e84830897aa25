"""formats: the built-in phrase-file readers/writers for ``replykit lint``.

A later-registered plugin's format wins for the same suffix, so a plugin can replace one.
The format modules are imported when the hook is called (``replykit lint``), not when the
plugin is registered, so ``suggest`` and ``replykit check`` never load them; Excel and YAML
formats import their libraries only when a file is read.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from replykit.hookspecs import hookimpl

if TYPE_CHECKING:
    from replykit.lint.formats import PhraseFormat


@hookimpl
def replykit_phrase_formats() -> Sequence[PhraseFormat]:
    from replykit.lint.formats.excel import XlsFormat, XlsxFormat
    from replykit.lint.formats.json_formats import JsonFormat
    from replykit.lint.formats.table import TableFormat
    from replykit.lint.formats.txt import TxtFormat
    from replykit.lint.formats.yaml_format import YamlFormat

    return [TxtFormat(), TableFormat(), JsonFormat(), YamlFormat(), XlsxFormat(), XlsFormat()]
