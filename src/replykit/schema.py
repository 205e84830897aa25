"""JSON Schemas of the wire format, as published in docs/schema/.

``python -m replykit.schema docs/schema`` rewrites them; a test fails when they drift.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from replykit.audit.model import Conversation, Message
from replykit.models import Annotation, Context, Suggestion

MODELS: dict[str, type[BaseModel]] = {
    "suggestion": Suggestion,
    "annotation": Annotation,
    "context": Context,
    "conversation": Conversation,
    "message": Message,
}


def schemas() -> dict[str, dict[str, Any]]:
    out = {}
    for name, model in MODELS.items():
        schema = model.model_json_schema(mode="serialization")
        schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
        schema["$id"] = f"https://replykit.dev/schema/v1/{name}.json"
        out[name] = schema
    return out


def write(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for name, schema in schemas().items():
        text = json.dumps(schema, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
        (folder / f"{name}.schema.json").write_text(text, encoding="utf-8")


if __name__ == "__main__":
    write(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/schema"))
