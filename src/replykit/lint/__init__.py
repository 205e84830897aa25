"""`replykit lint`: check the canned replies (quick phrases) stored in phrase files.

``replykit.lint.formats`` reads and writes the files; the runner checks every phrase.
"""

from __future__ import annotations

from replykit.lint.formats import LintOptions, Phrase, PhraseDocument, PhraseFileError, PhraseFormat

__all__ = ["LintOptions", "Phrase", "PhraseDocument", "PhraseFileError", "PhraseFormat"]
