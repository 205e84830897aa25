"""The script plugin's data tables (``script/ambiguous.py``) against the installed OpenCC.

COMPETING_READINGS and RARE_ALTERNATIVES are derived from OpenCC's STCharacters and STPhrases
tables.  When the OpenCC wheel ships its ``opencc_dict`` tool, the tables are derived
again here from the installed dictionaries, so an OpenCC upgrade that changes them fails loudly.
"""

from __future__ import annotations

import subprocess
from collections import Counter
from pathlib import Path

import opencc
import pytest

from replykit.builtin.script.ambiguous import AMBIGUOUS, COMPETING_READINGS, RARE_ALTERNATIVES
from replykit.convert import convert

SHARE = Path(opencc.__file__).parent / "clib" / "share" / "opencc"
TOOL = Path(opencc.__file__).parent / "clib" / "bin" / "opencc_dict"


def test_opencc_writes_the_first_of_the_competing_readings() -> None:
    for key, readings in COMPETING_READINGS.items():
        assert len(readings) > 1 and all(len(r) == len(key) for r in readings), key
        assert convert(key, "s2t") == readings[0], key


def _entries(name: str, tmp_path: Path) -> dict[str, list[str]]:
    out = tmp_path / f"{name}.txt"
    subprocess.run(
        [str(TOOL), "-i", str(SHARE / f"{name}.ocd2"), "-o", str(out), "-f", "ocd2", "-t", "text"],
        check=True,
        capture_output=True,
        timeout=120,
    )
    table: dict[str, list[str]] = {}
    for line in out.read_text(encoding="utf-8").splitlines():
        key, _, values = line.partition("\t")
        table.setdefault(key, []).extend(v for v in values.split() if v not in table.get(key, []))
    return table


@pytest.mark.skipif(not TOOL.is_file(), reason="this OpenCC wheel has no opencc_dict")
def test_tables_are_derived_from_the_installed_opencc(tmp_path: Path) -> None:
    chars = _entries("STCharacters", tmp_path)
    phrases = _entries("STPhrases", tmp_path)
    for key, values in _entries("STPhrases_GeneratedFromRegionalPhrases", tmp_path).items():
        phrases.setdefault(key, []).extend(v for v in values if v not in phrases[key])
    competing = {k: tuple(v) for k, v in phrases.items() if len(set(v)) > 1 and all(len(r) == len(k) for r in v)}
    assert competing == COMPETING_READINGS
    default, other = Counter[str](), Counter[str]()
    for key, values in phrases.items():
        if len(values[0]) == len(key):
            for a, b in zip(key, values[0]):
                if a in AMBIGUOUS:
                    (default if b == chars[a][0] else other)[a] += 1
    rare = {c for c in AMBIGUOUS if default[c] + other[c] >= 20 and other[c] < 0.05 * (default[c] + other[c])}
    assert rare == RARE_ALTERNATIVES
