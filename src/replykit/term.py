"""Terminal conventions shared by every command: colour, exit codes, a closed pipe.

Colour follows https://no-color.org and the FORCE_COLOR convention: on only for a terminal,
off when ``NO_COLOR`` is set (to anything non-empty), on when ``FORCE_COLOR`` is set.

Untrusted text (phrase ids, file names, drafts, plugin messages) is printed through
``printable``: printed raw, an ESC sequence changes the window title, clears the screen or
recolours the log, a carriage return overwrites what came before, and bidirectional
overrides reorder what a reviewer reads.  Each such character is shown as a Python-style
escape (``\\x1b``, ``\\r``, ``\\u202e``); every other character is left as it is.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from collections.abc import Iterable
from enum import IntEnum
from typing import TextIO

EXIT_CODES_HELP = (
    "exit codes: 0 nothing at or above --fail-on (or --exit-zero), 1 findings at or above --fail-on "
    "(default: warning), 2 usage, config, I/O or parse error, 141 output pipe closed."
)

_STYLES = {"bold": "1", "red": "31", "yellow": "33", "cyan": "36", "green": "32", "dim": "2"}
SEVERITY_STYLE = {"error": "red", "warning": "yellow", "info": "cyan"}


class Exit(IntEnum):
    OK = 0
    FINDINGS = 1
    ERROR = 2
    BROKEN_PIPE = 141  # 128 + SIGPIPE, what a shell reports for `cat` or `grep` in the same place


def failing(severities: Iterable[str], fail_on: str) -> int:
    """The exit code for findings of these severities under ``--fail-on`` (``never``: always 0)."""
    from replykit.models import SEVERITY_RANK

    if fail_on == "never":
        return Exit.OK
    floor = SEVERITY_RANK[fail_on]
    return Exit.FINDINGS if any(SEVERITY_RANK[s] >= floor for s in severities) else Exit.OK


def is_terminal(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):  # a replaced or closed stream
        return False


def use_color(stream: TextIO) -> bool:
    if os.environ.get("NO_COLOR"):
        return False
    if os.environ.get("FORCE_COLOR"):
        return True
    return is_terminal(stream) and os.environ.get("TERM") != "dumb"


def paint(text: str, style: str, on: bool) -> str:
    return f"\x1b[{_STYLES[style]}m{text}\x1b[0m" if on and text else text


def silence_stdout() -> None:
    """After a closed pipe: point stdout at /dev/null so the interpreter's final flush is quiet."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


Group = argparse.ArgumentParser | argparse._ArgumentGroup  # where an option is added


def add_format_option(p: Group, choices: list[str], help: str = "") -> None:
    """``--format`` with ruff's name ``--output-format`` as an alias."""
    p.add_argument(
        "--format",
        "--output-format",
        dest="format",
        choices=choices,
        default=None,
        help=help or f"output format: {', '.join(choices)} (default: {choices[0]})",
    )


def add_selection_options(p: Group, what: str = "rule") -> None:
    """``--select`` / ``--ignore`` / ``--locale``, applied by ``Config.apply_flags``."""
    p.add_argument("--select", metavar="PREFIXES", help=f"comma-separated {what} prefixes to enable (replaces)")
    p.add_argument("--ignore", metavar="PREFIXES", help=f"comma-separated {what} prefixes to disable (adds)")
    p.add_argument("--locale", choices=["zh", "en"], help="language of messages")


def add_fail_on_options(p: Group, default: str | None) -> None:
    """``--fail-on`` and ``--exit-zero`` (which the command line turns into ``--fail-on never``)."""
    p.add_argument(
        "--fail-on",
        choices=["error", "warning", "info", "never"],
        default=default,
        help="exit 1 when a finding is at or above this severity (default: warning)",
    )
    p.add_argument("--exit-zero", action="store_true", help="exit 0 even with findings (as --fail-on never)")


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
