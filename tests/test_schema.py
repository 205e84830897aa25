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


def test_unchanged_is_the_validated_suggestion() -> None:
    # Suggestion.unchanged skips pydantic's validation for clean drafts; nothing a caller can
    # observe may differ from the validated model (a pydantic upgrade that changes its
    # internals must fail here, not in a user's notebook).
    import copy
    import pickle

    import pydantic
    import pytest

    from replykit.models import Suggestion

    for text in ["您好", "", "订单{{contact.name}} 123"]:
        fast, slow = Suggestion.unchanged(text), Suggestion(original=text, text=text, changed=False)
        assert fast == slow and repr(fast) == repr(slow)
        assert fast.model_dump() == slow.model_dump() and fast.model_dump_json() == slow.model_dump_json()
        assert fast.model_fields_set == slow.model_fields_set
        assert pickle.loads(pickle.dumps(fast)) == slow and copy.deepcopy(fast) == slow
        assert fast.model_copy(update={"text": "x"}).text == "x"
        with pytest.raises(pydantic.ValidationError):
            fast.text = "x"  # type: ignore[misc]
    assert replykit.suggest("好的，您稍等") == Suggestion.unchanged("好的，您稍等")
