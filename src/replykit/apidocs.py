"""The service's ``/docs`` page: the OpenAPI document rendered as one self-contained HTML page.

No script and no CDN: the page works offline and behind a firewall.  Every operation shows its
summary, request body and responses, and every schema its properties, types and descriptions.
"""

from __future__ import annotations

import json
from html import escape
from typing import Any

_CSS = """
body{font:15px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#222}
h2{border-bottom:1px solid #ddd;margin-top:2.5rem}
.op{border:1px solid #ddd;border-radius:6px;padding:.5rem 1rem;margin:1rem 0}
.m{display:inline-block;min-width:4rem;font-weight:bold;color:#fff;border-radius:4px;text-align:center;margin-right:.5rem}
.post{background:#49cc90}.get{background:#61affe}
table{border-collapse:collapse;width:100%}
td,th{border-top:1px solid #eee;padding:.25rem .5rem;text-align:left;vertical-align:top}
code{background:#f5f5f5;padding:0 .2rem}details pre{background:#f8f8f8;padding:.5rem;overflow:auto}
"""


def _type(schema: dict[str, Any]) -> str:
    if "$ref" in schema:
        name = schema["$ref"].rsplit("/", 1)[-1]
        return f'<a href="#schema-{escape(name)}">{escape(name)}</a>'
    for key in ("anyOf", "oneOf", "allOf"):
        if key in schema:
            return " | ".join(_type(s) for s in schema[key])
    kind = schema.get("type", "any")
    if kind == "array":
        return f"array of {_type(schema.get('items', {}))}"
    if kind == "object" and "additionalProperties" in schema and isinstance(schema["additionalProperties"], dict):
        return f"object of {_type(schema['additionalProperties'])}"
    if "enum" in schema:
        return " | ".join(f"<code>{escape(json.dumps(v, ensure_ascii=False))}</code>" for v in schema["enum"])
    if "const" in schema:
        return f"<code>{escape(json.dumps(schema['const'], ensure_ascii=False))}</code>"
    return escape(str(kind))


def _body(content: dict[str, Any]) -> str:
    schema = content.get("application/json", {}).get("schema", {})
    return _type(schema) if schema else ""


def render(spec: dict[str, Any]) -> str:
    """The HTML page for an OpenAPI 3.x document."""
    info = spec.get("info", {})
    title = escape(f"{info.get('title', 'API')} {info.get('version', '')}".strip())
    out = [
        "<!doctype html>",
        '<html lang="en"><head><meta charset="utf-8">',
        f"<title>{title}</title><style>{_CSS}</style></head><body>",
        f"<h1>{title}</h1>",
        f"<p>{escape(info.get('description', ''))}</p>",
        '<p>The same description as JSON: <a href="/openapi.json">/openapi.json</a> (OpenAPI '
        f"{escape(str(spec.get('openapi', '')))}).</p>",
        "<h2>Operations</h2>",
    ]
    for path, methods in spec.get("paths", {}).items():
        for method, op in methods.items():
            out.append(f'<div class="op" id="op-{escape(op.get("operationId", ""))}">')
            out.append(
                f'<p><span class="m {escape(method)}">{escape(method.upper())}</span><code>{escape(path)}</code>'
            )
            out.append(f" — {escape(op.get('summary', ''))}</p>")
            request = op.get("requestBody")
            if request:
                out.append(f"<p>Request body (JSON): {_body(request.get('content', {}))}</p>")
            out.append("<table><tr><th>status</th><th>meaning</th><th>body</th></tr>")
            for status, response in op.get("responses", {}).items():
                body = _body(response.get("content", {}))
                meaning = escape(response.get("description", ""))
                out.append(f"<tr><td>{escape(status)}</td><td>{meaning}</td><td>{body}</td></tr>")
            out.append("</table></div>")
    out.append("<h2>Schemas</h2>")
    for name, schema in spec.get("components", {}).get("schemas", {}).items():
        out.append(f'<h3 id="schema-{escape(name)}">{escape(name)}</h3>')
        if schema.get("description"):
            out.append(f"<p>{escape(schema['description'])}</p>")
        required = set(schema.get("required", []))
        props = schema.get("properties", {})
        if props:
            out.append("<table><tr><th>field</th><th>type</th><th>description</th></tr>")
            for prop, sub in props.items():
                star = " (required)" if prop in required else ""
                default = (
                    f" Default: <code>{escape(json.dumps(sub['default'], ensure_ascii=False))}</code>."
                    if "default" in sub
                    else ""
                )
                out.append(
                    f"<tr><td><code>{escape(prop)}</code>{star}</td><td>{_type(sub)}</td>"
                    f"<td>{escape(sub.get('description', ''))}{default}</td></tr>"
                )
            out.append("</table>")
        else:
            out.append(f"<p>{_type(schema)}</p>")
        dumped = escape(json.dumps(schema, ensure_ascii=False, indent=2))
        out.append(f"<details><summary>JSON Schema</summary><pre>{dumped}</pre></details>")
    out.append("</body></html>")
    return "\n".join(out) + "\n"
