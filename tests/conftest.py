"""Shared fixtures: assistants with exactly the plugins a test chooses, and ../shared/data."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

import replykit

ROOT = Path(__file__).resolve().parents[1]
SHARED_DATA = ROOT.parent / "shared" / "data"


@pytest.fixture(autouse=True)
def _no_installed_plugins(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests never depend on what happens to be installed: entry points load only when asked."""
    monkeypatch.setenv("REPLYKIT_LOAD_PLUGINS", "")


def shared_lines(name: str) -> Iterator[tuple[int, str]]:
    """(1-based line number, text) of a ../shared/data jsonl file; skips the test when absent."""
    path = SHARED_DATA / name
    if not path.exists():
        pytest.skip(f"{path} is absent (evaluation data lives outside the repo)")
    with path.open(encoding="utf-8") as fh:
        for number, line in enumerate(fh, 1):
            yield number, json.loads(line)["text"]


@pytest.fixture(scope="session")
def assistant() -> replykit.Assistant:
    return replykit.Assistant(strict=True, entry_points=False)
