"""Output files written atomically: into a temp file beside the target, renamed on success,
removed on failure, so a half-written report never replaces a good one."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import IO, Any

from replykit.errors import ReplykitError


class AtomicFile:
    """``with AtomicFile(path, "w") as fh:`` — the file appears at ``path`` only when the block
    completes; ``path`` "-" writes to stdout."""

    def __init__(self, path: str | Path, mode: str = "w") -> None:
        self.path = Path(path)
        self.mode = mode
        self.tmp: str | None = None
        self.fh: IO[Any] | None = None

    def __enter__(self) -> IO[Any]:
        folder = self.path.parent
        try:
            folder.mkdir(parents=True, exist_ok=True)
            fd, self.tmp = tempfile.mkstemp(prefix=f".{self.path.name}.", suffix=".tmp", dir=folder)
        except OSError as exc:
            raise ReplykitError(f"{self.path}: cannot write: {exc.strerror or exc}") from None
        if "b" in self.mode:
            self.fh = os.fdopen(fd, self.mode)
        else:
            self.fh = os.fdopen(fd, self.mode, encoding="utf-8", newline="")
        return self.fh

    def __exit__(self, kind: object, exc: object, tb: object) -> None:
        assert self.fh is not None and self.tmp is not None
        try:
            self.fh.close()
            if kind is None:
                os.chmod(self.tmp, 0o666 & ~_umask())
                os.replace(self.tmp, self.path)
                return
        except OSError as error:
            Path(self.tmp).unlink(missing_ok=True)
            raise ReplykitError(f"{self.path}: cannot write: {error.strerror or error}") from None
        Path(self.tmp).unlink(missing_ok=True)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
