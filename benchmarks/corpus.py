"""The benchmark corpus: real agent replies from ../shared/data, else the written fallback.

The real replies are evaluation material outside the repo; they are read at run time and never
copied.  ``fallback_corpus.txt`` (one reply a line, written for this repo) stands in when the
shared folder is absent.
"""

from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SHARED_REPLIES = ROOT.parent / "shared" / "data" / "agent_replies.jsonl"
FALLBACK = HERE / "fallback_corpus.txt"


def load_corpus(path: str | Path | None = None, limit: int | None = None) -> tuple[str, list[str]]:
    """(label, replies) from ``path`` (.jsonl with a "text" key, or one reply a line).

    Without a path: the shared agent replies when present, else the fallback corpus.
    """
    if path is None:
        path = SHARED_REPLIES if SHARED_REPLIES.exists() else FALLBACK
    path = Path(path)
    with path.open(encoding="utf-8") as fh:
        if path.suffix == ".jsonl":
            texts = [json.loads(line)["text"] for line in fh if line.strip()]
        else:
            texts = [line.rstrip("\r\n") for line in fh if line.strip()]
    texts = [t for t in texts if t.strip()]
    if limit is not None:
        texts = texts[:limit]
    if not texts:
        raise SystemExit(f"benchmarks: {path} holds no replies")
    try:
        label = str(path.relative_to(ROOT.parent))
    except ValueError:
        label = str(path)
    return label, texts
