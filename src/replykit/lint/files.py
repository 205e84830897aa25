"""Reading and writing phrase files without surprises.

Reads open regular files only (a FIFO would block forever, a device never ends) and never
more than the size limit.  Writes go to a temporary file beside the real file (through a
symbolic link, to its target) and replace it atomically, keeping the permissions and the
owner; a file with several hard links, or whose owner cannot be kept, is left unchanged with
a message saying why, since replacing it would silently break the links or change the owner.
The temporary file is removed on every path out of the write, errors and interrupts included.
"""

from __future__ import annotations

import os
import stat
import tempfile
from pathlib import Path
from typing import BinaryIO

from replykit.errors import PhraseFileError
from replykit.lint.formats import Limits

_KINDS = {
    stat.S_IFIFO: "a FIFO",
    stat.S_IFCHR: "a character device",
    stat.S_IFBLK: "a block device",
    stat.S_IFSOCK: "a socket",
}
TEMP_SUFFIX = ".replykit-tmp"


def special_kind(path: Path) -> str | None:
    """What ``path`` (after links) is when it exists and is neither a regular file nor a folder."""
    try:
        mode = path.stat().st_mode
    except (OSError, ValueError):
        return None
    if stat.S_ISREG(mode) or stat.S_ISDIR(mode):
        return None
    return _KINDS.get(stat.S_IFMT(mode), "not a regular file")


def read_regular(path: Path, limit: int, display: str) -> bytes:
    """The bytes of ``path``; PhraseFileError unless it is a regular file of at most ``limit`` bytes."""
    with open_regular(path, limit, display) as fh:
        try:
            data = fh.read(limit + 1)  # the file may have grown since fstat
        except OSError as exc:
            raise PhraseFileError(display, f"cannot read: {exc.strerror or exc}") from None
    if len(data) > limit:
        raise _too_big(display, len(data), limit)
    return data


def open_regular(path: Path, limit: int, display: str) -> BinaryIO:
    """``path`` opened for reading; PhraseFileError unless it is a regular file of at most
    ``limit`` bytes.

    Opened without blocking and checked after opening, so a file swapped for a FIFO between
    the folder walk and the read cannot hang the run.
    """
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        raise PhraseFileError(display, f"cannot read: {exc.strerror or exc}") from None
    fh = os.fdopen(fd, "rb")
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            kind = _KINDS.get(stat.S_IFMT(info.st_mode), "not a regular file")
            raise PhraseFileError(display, f"not a regular file ({kind}); not read")
        if info.st_size > limit:
            raise _too_big(display, info.st_size, limit)
    except BaseException:
        fh.close()
        raise
    return fh


def _too_big(display: str, size: int, limit: int) -> PhraseFileError:
    return Limits(max_file_bytes=limit).too_big(display, size)


def write_atomic(path: Path, data: bytes, display: str) -> None:
    """Replace the contents of ``path`` (the target when it is a symbolic link) with ``data``."""
    with AtomicWriter(path, display) as out:
        out.write(data)
        out.commit()


class AtomicWriter:
    """Writes a file's new contents to a temporary file beside it, then replaces it.

    ``with AtomicWriter(path, display) as out: out.write(...); out.commit()``; leaving the
    block without ``commit`` (an error, an interrupt) removes the temporary file and leaves
    the file as it was.  The hard-link check is made before anything is written.
    """

    def __init__(self, path: Path, display: str) -> None:
        self.display = display
        self.target = Path(os.path.realpath(path))
        try:
            self.info = self.target.stat()
        except OSError as exc:
            raise PhraseFileError(display, f"cannot write fixes: {exc.strerror or exc}") from None
        if self.info.st_nlink > 1:
            raise PhraseFileError(
                display,
                f"not fixed: the file has {self.info.st_nlink} hard links and replacing it would break them "
                "(fix a copy, or remove the other links)",
            )
        self.tmp: str | None = None
        self._fh: BinaryIO | None = None

    def __enter__(self) -> AtomicWriter:
        try:
            fd, self.tmp = tempfile.mkstemp(prefix=f".{self.target.name}.", suffix=TEMP_SUFFIX, dir=self.target.parent)
            self._fh = os.fdopen(fd, "wb")
        except OSError as exc:
            self._abort()
            raise PhraseFileError(self.display, f"cannot write fixes: {exc.strerror or exc}") from None
        return self

    def write(self, data: bytes) -> None:
        assert self._fh is not None
        try:
            self._fh.write(data)
        except OSError as exc:
            raise PhraseFileError(self.display, f"cannot write fixes: {exc.strerror or exc}") from None

    def commit(self) -> None:
        """Give the new file the old one's owner and mode and move it over the old one."""
        assert self._fh is not None and self.tmp is not None
        try:
            self._fh.flush()
            os.fsync(self._fh.fileno())
            self._fh.close()
            _keep_owner(self.tmp, self.info, self.display)
            os.chmod(self.tmp, stat.S_IMODE(self.info.st_mode))
            os.replace(self.tmp, self.target)
            self.tmp = None
        except OSError as exc:
            raise PhraseFileError(self.display, f"cannot write fixes: {exc.strerror or exc}") from None

    def __exit__(self, *exc: object) -> None:
        self._abort()

    def _abort(self) -> None:
        if self._fh is not None and not self._fh.closed:
            self._fh.close()
        if self.tmp is not None:
            Path(self.tmp).unlink(missing_ok=True)
            self.tmp = None


def _keep_owner(tmp: str, info: os.stat_result, display: str) -> None:
    """Give the new file the old one's owner and group, or refuse the write."""
    if not hasattr(os, "chown"):
        return
    mine = os.stat(tmp)
    if (mine.st_uid, mine.st_gid) == (info.st_uid, info.st_gid):
        return
    try:
        os.chown(tmp, info.st_uid, info.st_gid)
    except PermissionError:
        raise PhraseFileError(
            display,
            f"not fixed: the file belongs to uid {info.st_uid} gid {info.st_gid} and a rewrite by this "
            "user would change its owner (run as its owner)",
        ) from None
