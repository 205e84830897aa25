"""Encoding detection: BOM, then strict UTF-8, then GBK, then GB18030 (a superset of GBK).

A GBK file is written back as GBK, so a fix adding a character GBK lacks (an emoji) is refused
instead of writing GB18030 bytes the file's GBK readers would garble.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass

from replykit.errors import PhraseFileError

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
    if forced:
        try:
            codecs.lookup(forced)
        except LookupError:
            raise PhraseFileError(path, f"unknown encoding {forced!r}") from None
        bom = codecs.BOM_UTF8 if forced.lower().replace("_", "-") == "utf-8-sig" else b""
        codec = "utf-8" if bom else forced
        if bom and not data.startswith(bom):
            bom, codec = b"", "utf-8"
        try:
            return Decoded(data[len(bom) :].decode(codec), codec, bom, forced)
        except UnicodeDecodeError as exc:
            raise PhraseFileError(path, f"not valid {forced} at byte {exc.start}") from None
    for bom, codec, name in _BOMS:
        if data.startswith(bom):
            try:
                return Decoded(data[len(bom) :].decode(codec), codec, bom, name)
            except UnicodeDecodeError as exc:
                raise PhraseFileError(path, f"not valid {name} at byte {exc.start}") from None
    try:
        return Decoded(data.decode("utf-8"), "utf-8", b"", "utf-8")
    except UnicodeDecodeError:
        pass
    try:  # plain GBK first: GBK readers (the seller IM) cannot read GB18030's 4-byte characters
        return Decoded(data.decode("gbk"), "gbk", b"", "gbk")
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("gb18030")
    except UnicodeDecodeError as exc:
        raise PhraseFileError(
            path, f"cannot decode as UTF-8 or GB18030/GBK (bad byte at {exc.start}); use --encoding"
        ) from None
    return Decoded(text, "gb18030", b"", "gb18030")
