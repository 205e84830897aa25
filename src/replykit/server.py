"""An HTTP service for bots in other languages: ``replykit serve`` (extra ``replykit[server]``).

Endpoints (all JSON; the OpenAPI 3.1 document at ``/openapi.json`` is built from the same
pydantic models that validate requests, so it cannot drift from the code):

- ``POST /v1/suggest`` ``{text, context?, fixes?}`` -> the Suggestion JSON;
- ``POST /v1/lint`` ``{phrases: [str | {id, text}], context?, fixes?}`` -> per-phrase results;
- ``GET /v1/rules``; ``GET /healthz``; ``GET /openapi.json``; ``GET /docs`` (that document as an
  HTML page, self-contained: no script, no CDN).

Bad input never yields a 500 or a stack trace: invalid JSON -> 400, wrong types -> 422, a
body over ``max_body_bytes`` -> 413, unknown route -> 404, wrong method -> 405 (with
``Allow``), each as ``{"error": code, "message": ..., "details": [...]}``.  One Assistant per
process; checks run in Starlette's thread pool so the event loop keeps accepting requests.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Awaitable, Callable
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError
from pydantic.json_schema import models_json_schema
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, Response
from starlette.routing import Route

from replykit import __version__
from replykit.apidocs import render as render_docs
from replykit.config import Config
from replykit.engine import Assistant
from replykit.errors import ReplykitError
from replykit.models import Applicability, Context, FixLevel, Severity, Suggestion

logger = logging.getLogger("replykit.server")

MAX_BODY_BYTES = 1 << 20  # 1 MiB: about 300,000 Chinese characters
MAX_TEXT_CHARS = 20_000
MAX_PHRASES = 1_000
MAX_ID_CHARS = 500
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")

# ---------------------------------------------------------------------------------------------
# Wire models (requests forbid unknown keys, so a typo fails loudly)
# ---------------------------------------------------------------------------------------------


class SuggestRequest(BaseModel):
    """Check one draft."""

    model_config = ConfigDict(extra="forbid")

    text: str = Field(max_length=MAX_TEXT_CHARS, description="The draft reply.")
    context: Context | None = Field(default=None, description="What is known about the conversation.")
    fixes: FixLevel = Field(
        default="unsafe", description="'safe' (a bot sends unreviewed), 'unsafe' (a person reviews), 'none'."
    )


class PhraseIn(BaseModel):
    """A phrase with the caller's id (a shortcut code, a database key)."""

    model_config = ConfigDict(extra="forbid")

    id: str = Field(max_length=MAX_ID_CHARS, description="The caller's id, echoed in the result.")
    text: str = Field(max_length=MAX_TEXT_CHARS, description="The phrase.")


class LintRequest(BaseModel):
    """Check a batch of canned phrases at once."""

    model_config = ConfigDict(extra="forbid")

    phrases: list[str | PhraseIn] = Field(
        max_length=MAX_PHRASES, description="Plain strings, or {id, text} objects; mixed is fine."
    )
    context: Context | None = Field(default=None, description="Context applied to every phrase.")
    fixes: FixLevel = Field(default="unsafe", description="Which fixes to apply.")


class PhraseResult(BaseModel):
    """The suggestion for one phrase of a batch."""

    index: int = Field(description="0-based position of the phrase in the request.")
    id: str | None = Field(description="The phrase's id; null for plain-string phrases.")
    suggestion: Suggestion


class LintSummary(BaseModel):
    """Counts over the batch."""

    phrases: int = Field(description="Phrases checked.")
    flagged: int = Field(description="Phrases with at least one finding.")
    annotations: int = Field(description="Findings in all phrases.")
    errors: int = Field(description="Plugin failures in all phrases.")


class LintResponse(BaseModel):
    """Per-phrase results, in request order."""

    results: list[PhraseResult]
    summary: LintSummary


class RuleInfo(BaseModel):
    """One rule as this server's config sees it."""

    id: str = Field(description="Rule id: plugin.name.")
    plugin: str
    severity: Severity = Field(description="Severity after config overrides.")
    fix: Applicability | None = Field(description="'safe', 'unsafe' or null (advice only).")
    enabled: bool = Field(description="Whether the config selects it.")
    description: str


class RulesResponse(BaseModel):
    """Every loaded rule."""

    rules: list[RuleInfo]


class Health(BaseModel):
    """Liveness."""

    status: Literal["ok"] = "ok"
    version: str


class ErrorDetail(BaseModel):
    """Where a request was wrong."""

    loc: list[str | int] = Field(description="Path to the bad value, e.g. ['phrases', 3, 'text'].")
    msg: str
    type: str


class ErrorResponse(BaseModel):
    """Every 4xx/5xx body."""

    error: str = Field(
        description="invalid_json, invalid_request, invalid_text, too_large, not_found, method_not_allowed or internal."
    )
    message: str
    details: list[ErrorDetail] = Field(default_factory=list)


class ApiError(Exception):
    """A client error with its status and code; rendered as ErrorResponse."""

    def __init__(self, status: int, error: str, message: str, details: list[ErrorDetail] | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.error = error
        self.message = message
        self.details = details or []


# ---------------------------------------------------------------------------------------------
# The app
# ---------------------------------------------------------------------------------------------

Handler = Callable[[Request], Awaitable[Response]]


def create_app(
    assistant: Assistant | None = None,
    *,
    config: Config | None = None,
    max_body_bytes: int = MAX_BODY_BYTES,
) -> Starlette:
    """The ASGI app; pass an ``assistant`` to share one, else one is built from ``config``."""
    rk = assistant or Assistant(config)
    openapi = openapi_document()

    async def suggest(request: Request) -> Response:
        req = SuggestRequest.model_validate(await _read_json(request, max_body_bytes))
        suggestion = await run_in_threadpool(_suggest, rk, req.text, req.context, req.fixes, ("text",))
        return _json(suggestion)

    async def lint(request: Request) -> Response:
        req = LintRequest.model_validate(await _read_json(request, max_body_bytes))
        result = await run_in_threadpool(_lint, rk, req)
        return _json(result)

    async def rules(request: Request) -> Response:
        return _json(_rules(rk))

    async def healthz(request: Request) -> Response:
        return _json(Health(version=__version__))

    async def openapi_json(request: Request) -> Response:
        return JSONResponse(openapi)

    docs_page = render_docs(openapi)

    async def docs(request: Request) -> Response:
        return HTMLResponse(docs_page)

    routes = [
        Route("/v1/suggest", _guarded(suggest), methods=["POST"]),
        Route("/v1/lint", _guarded(lint), methods=["POST"]),
        Route("/v1/rules", rules, methods=["GET"]),
        Route("/healthz", healthz, methods=["GET"]),
        Route("/openapi.json", openapi_json, methods=["GET"]),
        Route("/docs", docs, methods=["GET"]),
    ]
    handlers: dict[Any, Any] = {HTTPException: _http_error, Exception: _internal_error}
    app = Starlette(routes=routes, exception_handlers=handlers)
    app.state.assistant = rk
    return app


def _guarded(endpoint: Handler) -> Handler:
    """Turn validation and client errors into their JSON 4xx responses."""

    async def wrapper(request: Request) -> Response:
        try:
            return await endpoint(request)
        except ApiError as exc:
            return _error(exc.status, exc.error, exc.message, exc.details)
        except ValidationError as exc:
            details = [
                ErrorDetail(loc=list(e["loc"]), msg=e["msg"], type=e["type"])
                for e in exc.errors(include_url=False, include_context=False, include_input=False)
            ]
            summary = "; ".join(f"{'.'.join(map(str, d.loc)) or 'body'}: {d.msg}" for d in details[:5])
            return _error(422, "invalid_request", f"invalid request: {summary}", details)

    return wrapper


async def _read_json(request: Request, limit: int) -> Any:
    """The body as JSON, refusing more than ``limit`` bytes before reading it all."""
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        raise ApiError(413, "too_large", f"request body over {limit} bytes")
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise ApiError(413, "too_large", f"request body over {limit} bytes")
        chunks.append(chunk)
    body = b"".join(chunks)
    try:
        data = json.loads(body)
    except UnicodeDecodeError:
        raise ApiError(400, "invalid_json", "the body is not UTF-8 encoded JSON") from None
    except json.JSONDecodeError as exc:
        raise ApiError(
            400, "invalid_json", f"invalid JSON: {exc.msg} at line {exc.lineno} column {exc.colno}"
        ) from None
    except ValueError as exc:  # e.g. an integer literal over Python's digit limit
        raise ApiError(400, "invalid_json", f"invalid JSON: {exc}") from None
    except RecursionError:
        raise ApiError(400, "invalid_json", "invalid JSON: nested too deeply") from None
    bad = _surrogate_at(data)
    if bad is not None:
        detail = ErrorDetail(loc=bad, msg="lone surrogate in a string", type="invalid_text")
        raise ApiError(422, "invalid_text", "a string holds a lone UTF-16 surrogate; send valid Unicode", [detail])
    return data


def _surrogate_at(value: Any) -> list[str | int] | None:
    """Where a string holds a lone surrogate (JSON escapes like "\\ud800" can smuggle them in;
    they cannot be re-encoded as UTF-8).  Iterative: deeply nested JSON must not recurse."""
    stack: list[tuple[Any, list[str | int]]] = [(value, [])]
    while stack:
        item, loc = stack.pop()
        if isinstance(item, str):
            if _LONE_SURROGATE.search(item):
                return loc
        elif isinstance(item, dict):
            for k, v in item.items():
                stack.append((k, loc))
                stack.append((v, [*loc, k]))
        elif isinstance(item, list):
            stack.extend((v, [*loc, i]) for i, v in enumerate(item))
    return None


def _suggest(
    rk: Assistant, text: str, context: Context | None, fixes: FixLevel, loc: tuple[str | int, ...]
) -> Suggestion:
    try:
        return rk.suggest(text, context, fixes=fixes)
    except ReplykitError as exc:  # strict-mode plugin failure or a refused draft
        detail = ErrorDetail(loc=list(loc), msg=str(exc), type="replykit_error")
        raise ApiError(422, "invalid_text", str(exc), [detail]) from None


def _lint(rk: Assistant, req: LintRequest) -> LintResponse:
    results = []
    for i, phrase in enumerate(req.phrases):
        pid, text = (None, phrase) if isinstance(phrase, str) else (phrase.id, phrase.text)
        suggestion = _suggest(rk, text, req.context, req.fixes, ("phrases", i))
        results.append(PhraseResult(index=i, id=pid, suggestion=suggestion))
    summary = LintSummary(
        phrases=len(results),
        flagged=sum(1 for r in results if r.suggestion.annotations),
        annotations=sum(len(r.suggestion.annotations) for r in results),
        errors=sum(len(r.suggestion.errors) for r in results),
    )
    return LintResponse(results=results, summary=summary)


def _rules(rk: Assistant) -> RulesResponse:
    rows = []
    for rid in sorted(rk.rules):
        r = rk.rules[rid]
        rows.append(
            RuleInfo(
                id=rid,
                plugin=r.plugin,
                severity=rk.registry.severity(rid),  # after the config's overrides
                fix=r.fix,
                enabled=rk.registry.is_enabled(rid),
                description=r.description,
            )
        )
    return RulesResponse(rules=rows)


def _json(model: BaseModel, status: int = 200) -> Response:
    return Response(model.model_dump_json(), status_code=status, media_type="application/json")


def _error(status: int, error: str, message: str, details: list[ErrorDetail] | None = None) -> Response:
    return _json(ErrorResponse(error=error, message=message, details=details or []), status)


async def _http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    codes = {404: "not_found", 405: "method_not_allowed"}
    message = {404: f"no route {request.url.path}", 405: f"{request.method} is not allowed here"}
    response = _error(
        exc.status_code, codes.get(exc.status_code, "http_error"), message.get(exc.status_code, exc.detail)
    )
    for name, value in (exc.headers or {}).items():
        response.headers[name] = value
    return response


async def _internal_error(request: Request, exc: Exception) -> Response:
    # Never a stack trace to the client; the server log keeps it.
    logger.exception("replykit server: unexpected error on %s %s", request.method, request.url.path)
    return _error(500, "internal", "internal error; see the server log")


# ---------------------------------------------------------------------------------------------
# OpenAPI
# ---------------------------------------------------------------------------------------------


def openapi_document() -> dict[str, Any]:
    """The OpenAPI 3.1 document, generated from the wire models."""
    models: list[tuple[type[BaseModel], Literal["validation", "serialization"]]] = [
        (SuggestRequest, "validation"),
        (LintRequest, "validation"),
        (Suggestion, "serialization"),
        (LintResponse, "serialization"),
        (RulesResponse, "serialization"),
        (Health, "serialization"),
        (ErrorResponse, "serialization"),
    ]
    refs, top = models_json_schema(models, ref_template="#/components/schemas/{model}")

    def ref(model: type[BaseModel], mode: str) -> dict[str, Any]:
        return refs[(model, mode)]  # type: ignore[index]

    def body(model: type[BaseModel], description: str) -> dict[str, Any]:
        return {"description": description, "content": {"application/json": {"schema": ref(model, "serialization")}}}

    error = body(ErrorResponse, "error")
    post_errors = {
        "400": {**error, "description": "The body is not valid JSON."},
        "413": {**error, "description": f"The body is over the size limit (default {MAX_BODY_BYTES} bytes)."},
        "422": {**error, "description": "The JSON does not match the request schema, or holds invalid text."},
    }

    def post(summary: str, request: type[BaseModel], response: type[BaseModel], op_id: str) -> dict[str, Any]:
        return {
            "post": {
                "operationId": op_id,
                "summary": summary,
                "requestBody": {
                    "required": True,
                    "content": {"application/json": {"schema": ref(request, "validation")}},
                },
                "responses": {"200": body(response, "OK"), **post_errors},
            }
        }

    def get(summary: str, response: type[BaseModel], op_id: str) -> dict[str, Any]:
        return {"get": {"operationId": op_id, "summary": summary, "responses": {"200": body(response, "OK")}}}

    return {
        "openapi": "3.1.0",
        "info": {
            "title": "replykit",
            "version": __version__,
            "description": "Check and improve Chinese customer-service replies before they are sent.",
        },
        "paths": {
            "/v1/suggest": post("Check one draft", SuggestRequest, Suggestion, "suggest"),
            "/v1/lint": post("Check a batch of phrases", LintRequest, LintResponse, "lint"),
            "/v1/rules": get("List every loaded rule", RulesResponse, "rules"),
            "/healthz": get("Liveness", Health, "healthz"),
        },
        "components": {"schemas": top.get("$defs", {})},
    }


def serve(
    config: Config | None = None,
    *,
    host: str = "127.0.0.1",
    port: int = 8000,
    max_body_bytes: int = MAX_BODY_BYTES,
    log_level: str = "info",
) -> None:
    """Run the service with uvicorn (blocking)."""
    try:
        import uvicorn
    except ImportError:  # pragma: no cover - depends on the extra
        raise ReplykitError('replykit serve needs the server extra: pip install "replykit[server]"') from None
    app = create_app(config=config, max_body_bytes=max_body_bytes)
    uvicorn.run(app, host=host, port=port, log_level=log_level)
