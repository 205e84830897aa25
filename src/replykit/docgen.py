"""Regenerate the generated docs: ``python -m replykit.docgen`` (rules.md and the JSON Schemas).

Tests fail when either is stale.
"""

from __future__ import annotations

from pathlib import Path

from replykit.engine import Assistant
from replykit.rules import rules_markdown
from replykit.schema import write


def main(docs: Path = Path("docs")) -> None:
    (docs / "rules.md").write_text(rules_markdown(Assistant(entry_points=False).rules), encoding="utf-8")
    write(docs / "schema")


if __name__ == "__main__":
    main()
