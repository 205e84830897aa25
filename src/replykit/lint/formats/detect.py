"""Encoding detection: BOM, then strict UTF-8, then GBK, then GB18030 (a superset of GBK).

A GBK file is written back as GBK, so a fix adding a character GBK lacks (an emoji) is refused
instead of writing GB18030 bytes the file's GBK readers would garble.
"""

from __future__ import annotations

import codecs
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, BinaryIO

from replykit.errors import PhraseFileError

if TYPE_CHECKING:
    from replykit.lint.formats import Limits

BLOCK = 1 << 18  # bytes read at a time when a file is streamed: about 8,000 phrases

# (BOM, codec, name reported) - longest BOM first (UTF-32-LE starts with the UTF-16-LE BOM)
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le", "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "utf-32"),
    (codecs.BOM_UTF8, "utf-8", "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16"),
)


@dataclass(frozen=True)
class Decoded:
    """A text file as read: the text without BOM, and how to write it back."""

    text: str
    codec: str
    """Python codec for the body (without BOM)."""
    bom: bytes
    name: str
    """Encoding as reported to users: "utf-8", "utf-8-sig", "gb18030", "utf-16", ..."""

    def again(self, data: bytes) -> Decoded:
        """``data`` (this file's bytes after a change) decoded the same way."""
        return Decoded(data[len(self.bom) :].decode(self.codec), self.codec, self.bom, self.name)

    def encode(self, text: str, path: str) -> bytes:
        """BOM + text in the file's encoding; PhraseFileError naming the first unencodable char."""
        try:
            return self.bom + text.encode(self.codec)
        except UnicodeEncodeError as exc:
            bad = exc.object[exc.start : exc.end]
            line = text.count("\n", 0, exc.start) + 1
            raise PhraseFileError(
                path, f"line {line}: {bad!r} cannot be written in the file's encoding {self.name}"
            ) from None


def decode(data: bytes, path: str, forced: str | None = None) -> Decoded:
    """Decode a phrase file; ``forced`` names a codec to use instead of detecting."""
    texts: dict[tuple[str, int], str] = {}

    def first_bad(codec: str, skip: int) -> int | None:
        try:
            texts[codec, skip] = data[skip:].decode(codec)
        except UnicodeDecodeError as exc:
            return exc.start
        return None

    codec, bom, name = _choose(data[:4], path, forced, first_bad)
    return Decoded(texts[codec, len(bom)], codec, bom, name)


def _choose(
    head: bytes, path: str, forced: str | None, first_bad: Callable[[str, int], int | None]
) -> tuple[str, bytes, str]:
    """(codec, BOM, name reported) of a file starting with ``head``: ``forced``, else by its BOM,
    else the first of UTF-8, GBK, GB18030 in which it decodes.  ``first_bad(codec, skip)``: the
    offset of the first byte after ``skip`` that does not decode, or None."""
    if forced:
        try:
            codecs.lookup(forced)
        except LookupError:
            raise PhraseFileError(path, f"unknown encoding {forced!r}") from None
        bom = codecs.BOM_UTF8 if forced.lower().replace("_", "-") == "utf-8-sig" else b""
        codec = "utf-8" if bom else forced
        if bom and not head.startswith(bom):
            bom, codec = b"", "utf-8"
        bad = first_bad(codec, len(bom))
        if bad is not None:
            raise PhraseFileError(path, f"not valid {forced} at byte {bad}")
        return codec, bom, forced
    for bom, codec, name in _BOMS:
        if head.startswith(bom):
            bad = first_bad(codec, len(bom))
            if bad is not None:
                raise PhraseFileError(path, f"not valid {name} at byte {bad}")
            return codec, bom, name
    bad = None
    # plain GBK before GB18030: GBK readers (the seller IM) cannot read GB18030's 4-byte characters
    for codec in ("utf-8", "gbk", "gb18030"):
        bad = first_bad(codec, 0)
        if bad is None:
            return codec, b"", codec
    raise PhraseFileError(path, f"cannot decode as UTF-8 or GB18030/GBK (bad byte at {bad}); use --encoding")


def read_blocks(fh: BinaryIO, limits: Limits, display: str, size: int | None = None) -> Iterator[bytes]:
    """The rest of ``fh`` in blocks of about ``size`` bytes, each ending after a line break
    (LF, or a lone CR) unless it is the last; PhraseFileError once more than ``limit`` bytes
    were read (the file may have grown since it was opened).

    A cut after a line-break byte is a character boundary in every ASCII-compatible encoding
    (UTF-8, GBK, GB18030), and never splits a CRLF.
    """
    total, rest, size = 0, b"", size or BLOCK
    while True:
        try:
            block = fh.read(size)
        except OSError as exc:
            raise PhraseFileError(display, f"cannot read: {exc.strerror or exc}") from None
        total += len(block)
        if total > limits.max_file_bytes:
            raise limits.too_big(display, total)
        if not block:
            if rest:
                yield rest
            return
        data = rest + block
        cut = data.rfind(b"\n") + 1
        if not cut:
            cr = data.rfind(b"\r", 0, len(data) - 1)  # a CR as the last byte may start a CRLF
            cut = cr + 1
        if cut:
            rest = data[cut:]
            yield data[:cut]
        else:
            rest = data


# Codecs in which a line-break byte is always a line break (never part of a multi-byte
# character), so a file can be cut after one and its pieces decoded apart.
_STREAMABLE = frozenset({"utf-8", "gbk", "gb18030", "gb2312", "big5", "big5hkscs", "ascii", "latin-1", "cp1252"})


def streamable(decoded: Decoded) -> bool:
    """Whether pieces of a file in this encoding, cut after line breaks, decode on their own."""
    try:
        return codecs.lookup(decoded.codec).name in _STREAMABLE
    except LookupError:
        return False


def detect(fh: BinaryIO, path: str, forced: str | None = None) -> Decoded:
    """The encoding ``decode`` would choose for the rest of ``fh``, found by reading it through
    once with incremental decoders (nothing held); ``fh`` is left where it was.  The result's
    ``text`` is empty."""
    start = fh.tell()
    head = fh.read(4)
    fh.seek(start)
    codec, bom, name = _choose(head, path, forced, lambda codec, skip: _first_bad(fh, codec, skip))
    return Decoded("", codec, bom, name)


def _first_bad(fh: BinaryIO, codec: str, skip: int) -> int | None:
    """Offset (from the start of the text, after ``skip`` bytes) of the first byte of ``fh``
    that does not decode in ``codec``, or None; ``fh`` is left where it was."""
    start = fh.tell()
    fh.seek(start + skip)
    decoder = codecs.getincrementaldecoder(codec)("strict")
    done = 0
    try:
        while True:
            block = fh.read(BLOCK)
            try:
                decoder.decode(block, final=not block)
            except UnicodeDecodeError as exc:
                return done + exc.start - len(decoder.getstate()[0]) if exc.start >= 0 else done
            if not block:
                return None
            done += len(block)
    finally:
        fh.seek(start)


def decode_pieces(blocks: Iterable[bytes], decoded: Decoded) -> Iterator[tuple[bytes, Decoded]]:
    """Each of ``blocks`` (a file cut after line breaks, in a ``streamable`` encoding found by
    ``detect``) with its text; the first keeps the BOM in its bytes and its ``Decoded.bom``."""
    bom = decoded.bom
    for block in blocks:
        body = block[len(bom) :] if bom and block.startswith(bom) else block
        yield block, Decoded(body.decode(decoded.codec), decoded.codec, bom, decoded.name)
        bom = b""
