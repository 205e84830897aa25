"""Untrusted text on a terminal or in a CI log: control characters shown as escapes.

Phrase ids, file names, drafts and plugin messages come from files and people we do not
control.  Printed raw, an ESC sequence changes the window title, clears the screen or
recolours the log, a carriage return overwrites what came before, and bidirectional
overrides reorder what a reviewer reads.  ``printable`` shows each such character as a
Python-style escape (``\\x1b``, ``\\r``, ``\\u202e``) and leaves every other character as it is.
"""

from __future__ import annotations

import re

# C0 and C1 controls, DEL, and the bidirectional embeddings, overrides and isolates.
_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_UNSAFE_IN_LINES = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]|\r(?!\n)"
)
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _escape(m: re.Match[str]) -> str:
    c = m.group()
    return _NAMED.get(c) or (f"\\x{ord(c):02x}" if ord(c) < 0x100 else f"\\u{ord(c):04x}")


def printable(text: str) -> str:
    """``text`` on one line with every control character escaped."""
    return _UNSAFE.sub(_escape, text)


def printable_lines(text: str) -> str:
    """``text`` with control characters escaped except tabs and line breaks (LF, CRLF)."""
    return _UNSAFE_IN_LINES.sub(_escape, text)
