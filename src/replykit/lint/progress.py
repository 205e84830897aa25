"""A one-line progress counter on stderr, only for a terminal and only for long runs."""

from __future__ import annotations

import os
import sys
import time
from typing import TextIO

from replykit.term import is_terminal

DELAY = 0.5  # seconds before the counter appears: short runs stay silent
INTERVAL = 0.1


class Progress:
    """``progress(files_done, files_total, phrases_done)``; ``close()`` erases the line."""

    def __init__(self, stream: TextIO | None = None, enabled: bool | None = None) -> None:
        self.stream = stream or sys.stderr
        if enabled is None:
            enabled = is_terminal(self.stream) and not os.environ.get("CI")
        self.enabled = enabled
        self.started = time.monotonic()
        self.last = 0.0
        self.width = 0

    def __call__(self, files_done: int, files_total: int, phrases_done: int) -> None:
        if not self.enabled:
            return
        now = time.monotonic()
        if now - self.started < DELAY or now - self.last < INTERVAL:
            return
        self.last = now
        line = f"replykit: {files_done}/{files_total} files, {phrases_done} phrases"
        self.width = max(self.width, len(line))
        self.stream.write("\r" + line.ljust(self.width))
        self.stream.flush()

    def close(self) -> None:
        if self.width:
            self.stream.write("\r" + " " * self.width + "\r")
            self.stream.flush()
            self.width = 0
