"""The default word segmenter: rjieba (the ``fast`` extra) when installed, else jieba.

Both use jieba's dictionary and give the same words; rjieba (Rust) is much faster.  The import
and the dictionary load happen on the first segmentation, not at import time.  Both can also
tag parts of speech (jieba's tag set: ``v`` verb, ``vn`` verbal noun, ``p`` preposition …)
through the segmenter's ``tag`` method, read by ``Draft.tagged_words_in``, and give only the
dictionary's words (``known_words``: no guess of the unknown-word model), read by
the script plugin (the evidence for a character with several traditional forms).
"""

from __future__ import annotations

from typing import Any

from replykit.draft import Segmenter
from replykit.hookspecs import hookimpl


class _Rjieba:
    def __init__(self, module: Any) -> None:
        self._rjieba = module

    def __call__(self, text: str) -> list[tuple[str, int, int]]:
        return list(self._rjieba.tokenize(text))

    def tag(self, text: str) -> list[tuple[str, str]]:
        return list(self._rjieba.tag(text))

    def known_words(self, text: str) -> list[tuple[str, int, int]]:
        return list(self._rjieba.tokenize(text, hmm=False))


class _Jieba:
    def __init__(self, module: Any) -> None:
        self._jieba = module

    def __call__(self, text: str) -> list[tuple[str, int, int]]:
        return list(self._jieba.tokenize(text))

    def tag(self, text: str) -> list[tuple[str, str]]:
        import jieba.posseg

        return [(pair.word, pair.flag) for pair in jieba.posseg.lcut(text)]

    def known_words(self, text: str) -> list[tuple[str, int, int]]:
        return list(self._jieba.tokenize(text, HMM=False))


def rjieba_segmenter() -> Segmenter | None:
    try:
        import rjieba
    except ImportError:
        return None
    return _Rjieba(rjieba)


def jieba_segmenter() -> Segmenter:
    import logging

    import jieba

    jieba.setLogLevel(logging.WARNING)
    return _Jieba(jieba)


@hookimpl(trylast=True)
def replykit_segmenter() -> Segmenter:
    return rjieba_segmenter() or jieba_segmenter()
