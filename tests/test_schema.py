"""The published JSON Schemas match the models, and real output validates against them."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema

import replykit
from replykit.schema import schemas

DOCS = Path(__file__).resolve().parents[1] / "docs" / "schema"


def test_published_schemas_are_current() -> None:
    for name, schema in schemas().items():
        published = json.loads((DOCS / f"{name}.schema.json").read_text(encoding="utf-8"))
        assert published == schema, f"docs/schema/{name}.schema.json is stale: run python -m replykit.schema"


def test_suggestion_json_validates_and_round_trips() -> None:
    schema = json.loads((DOCS / "suggestion.schema.json").read_text(encoding="utf-8"))
    for draft, ctx in [
        ("你好，我们不能给你退款，但是可以换货", None),
        ("软件和鼠标", {"target_script": "zh-TW"}),
        ("", None),
    ]:
        s = replykit.Assistant(entry_points=False).suggest(draft, ctx)
        data = json.loads(s.model_dump_json())
        jsonschema.validate(data, schema)
        assert replykit.Suggestion.model_validate_json(s.model_dump_json()) == s
        assert set(data) == {"schema_version", "original", "text", "changed", "annotations", "errors"}
