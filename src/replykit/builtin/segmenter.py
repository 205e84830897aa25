"""The default word segmenter: rjieba (the ``fast`` extra) when installed, else jieba.

Both use jieba's dictionary and give the same words; rjieba is about 30x faster.  The import
and the dictionary load happen on the first segmentation, not at import time.
"""

from __future__ import annotations

from replykit.draft import Segmenter
from replykit.hookspecs import hookimpl


def rjieba_segmenter() -> Segmenter | None:
    try:
        import rjieba
    except ImportError:
        return None

    def segment(text: str) -> list[tuple[str, int, int]]:
        return list(rjieba.tokenize(text))

    return segment


def jieba_segmenter() -> Segmenter:
    import logging

    import jieba

    jieba.setLogLevel(logging.WARNING)

    def segment(text: str) -> list[tuple[str, int, int]]:
        return list(jieba.tokenize(text))

    return segment


@hookimpl(trylast=True)
def replykit_segmenter() -> Segmenter:
    return rjieba_segmenter() or jieba_segmenter()
