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

Exposed to a network, the service also: requires ``Content-Type: application/json`` on POST
(415; a browser cannot send that cross-site without a preflight), answers only the Host names
it is given (400; DNS rebinding), requires ``Authorization: Bearer <token>`` on ``/v1/`` when a
token is set (401), gives a slow body ``read_timeout`` seconds (408) and slow headers as long
(the connection is closed), and caps the findings returned per draft.  A client that hangs up
is logged at debug level, without a traceback.
"""

from __future__ import annotations

import asyncio
import hmac
import json
import logging
import os
from collections.abc import Awaitable, Callable, Iterable
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError
from pydantic.json_schema import models_json_schema
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.requests import ClientDisconnect, Request
from starlette.responses import HTMLResponse, JSONResponse, Response
from starlette.routing import Route
from starlette.types import ASGIApp, Receive, Scope, Send

from replykit import __version__
from replykit.apidocs import render as render_docs
from replykit.config import Config
from replykit.engine import Assistant
from replykit.errors import ReplykitError, validation_problems
from replykit.models import LONE_SURROGATE, Applicability, Context, FixLevel, Severity, Suggestion

logger = logging.getLogger("replykit.server")

MAX_BODY_BYTES = 1 << 20  # 1 MiB: about 300,000 Chinese characters
MAX_TEXT_CHARS = 20_000
MAX_PHRASES = 1_000
MAX_ID_CHARS = 500
MAX_ANNOTATIONS = 200  # per draft: a reply with more findings needs rewriting, not a longer list
READ_TIMEOUT = 10.0  # seconds for the headers, and again for the body, of one request
IDLE_TIMEOUT = 5.0  # seconds a kept-alive connection may sit idle
TOKEN_ENV = "REPLYKIT_TOKEN"
LOOPBACK_HOSTS = ("localhost", "127.0.0.1", "::1")

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
    annotations_dropped: int = Field(
        default=0, description="Findings left out of suggestion.annotations over the per-draft cap."
    )


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
        description="invalid_json, invalid_request, invalid_text, too_large, not_found, method_not_allowed, "
        "unsupported_media_type, unauthorized, invalid_host, timeout or internal."
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
    token: str | None = None,
    allowed_hosts: Iterable[str] | None = None,
    read_timeout: float = READ_TIMEOUT,
    max_annotations: int = MAX_ANNOTATIONS,
) -> ASGIApp:
    """The ASGI app; pass an ``assistant`` to share one, else one is built from ``config``.

    :param token: when set, ``/v1/`` requires ``Authorization: Bearer <token>``.
    :param allowed_hosts: the Host names served (``*.example.com`` matches subdomains); None: any.
    :param read_timeout: seconds a request body may take to arrive.
    :param max_annotations: findings returned per draft; the rest are counted, not sent.
    """
    rk = assistant or Assistant(config)
    openapi = openapi_document()

    async def read(request: Request) -> Any:
        return await _read_json(request, max_body_bytes, read_timeout)

    async def suggest(request: Request) -> Response:
        req = SuggestRequest.model_validate(await read(request))
        suggestion = await run_in_threadpool(_suggest, rk, req.text, req.context, req.fixes, ("text",))
        suggestion, dropped = _capped(suggestion, max_annotations)
        response = _json(suggestion)
        if dropped:
            response.headers["X-Replykit-Annotations-Dropped"] = str(dropped)
        return response

    async def lint(request: Request) -> Response:
        req = LintRequest.model_validate(await read(request))
        result = await run_in_threadpool(_lint, rk, req, max_annotations)
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
    return _Gate(app, token, allowed_hosts)


class _Gate:
    """Checks before any route runs: the Host header, then the bearer token on ``/v1/``."""

    def __init__(self, app: Starlette, token: str | None, allowed_hosts: Iterable[str] | None) -> None:
        self.app = app
        self.state = app.state
        self._token = token.encode() if token else None
        self._hosts = None if allowed_hosts is None else tuple(h.lower() for h in allowed_hosts)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            refusal = self._refusal(scope)
            if refusal is not None:
                await refusal(scope, receive, send)
                return
        await self.app(scope, receive, send)

    def _refusal(self, scope: Scope) -> Response | None:
        headers = dict(scope["headers"])
        if self._hosts is not None and not _host_allowed(headers.get(b"host", b""), self._hosts):
            return _error(400, "invalid_host", "this server does not answer for that Host name")
        if self._token is not None and scope["path"].startswith("/v1/"):
            scheme, _, given = headers.get(b"authorization", b"").partition(b" ")
            if scheme.lower() != b"bearer" or not hmac.compare_digest(given.strip(), self._token):
                response = _error(401, "unauthorized", "send Authorization: Bearer <token>")
                response.headers["WWW-Authenticate"] = 'Bearer realm="replykit"'
                return response
        return None


def _host_allowed(raw: bytes, allowed: tuple[str, ...]) -> bool:
    host = raw.decode("latin-1").strip().lower()
    host = host[1 : host.index("]")] if host.startswith("[") and "]" in host else host.rsplit(":", 1)[0]
    for pattern in allowed:
        if pattern == "*" or host == pattern or (pattern.startswith("*.") and host.endswith(pattern[1:])):
            return True
    return False


def _capped(suggestion: Suggestion, limit: int) -> tuple[Suggestion, int]:
    """The suggestion with at most ``limit`` annotations (the first ones), and how many were left out."""
    dropped = len(suggestion.annotations) - limit
    if dropped <= 0:
        return suggestion, 0
    return suggestion.model_copy(update={"annotations": suggestion.annotations[:limit]}), dropped


def _guarded(endpoint: Handler) -> Handler:
    """Turn validation and client errors into their JSON 4xx responses."""

    async def wrapper(request: Request) -> Response:
        try:
            return await endpoint(request)
        except ClientDisconnect:  # nobody left to answer: not an error of ours
            logger.debug("client disconnected during %s %s", request.method, request.url.path)
            return Response(status_code=499)
        except ApiError as exc:
            return _error(exc.status, exc.error, exc.message, exc.details)
        except ValidationError as exc:
            details = [
                ErrorDetail(loc=list(e["loc"]), msg=e["msg"], type=e["type"])
                for e in exc.errors(include_url=False, include_context=False, include_input=False)
            ]
            summary = "; ".join(validation_problems(exc, top="body")[:5])
            return _error(422, "invalid_request", f"invalid request: {summary}", details)

    return wrapper


async def _read_json(request: Request, limit: int, timeout: float = READ_TIMEOUT) -> Any:
    """The body as JSON, refusing more than ``limit`` bytes before reading it all, a body
    that takes over ``timeout`` seconds, and any content type but JSON."""
    media_type = request.headers.get("content-type", "").split(";", 1)[0].strip().lower()
    if media_type != "application/json":
        raise ApiError(415, "unsupported_media_type", "send the body with Content-Type: application/json")
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        raise ApiError(413, "too_large", f"request body over {limit} bytes")

    async def collect() -> bytes:
        chunks, size = [], 0
        async for chunk in request.stream():
            size += len(chunk)
            if size > limit:
                raise ApiError(413, "too_large", f"request body over {limit} bytes")
            chunks.append(chunk)
        return b"".join(chunks)

    try:
        body = await asyncio.wait_for(collect(), timeout)
    except asyncio.TimeoutError:
        raise ApiError(408, "timeout", f"the request body took over {timeout:g} s to arrive") from None
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
            if LONE_SURROGATE.search(item):
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


def _lint(rk: Assistant, req: LintRequest, max_annotations: int = MAX_ANNOTATIONS) -> LintResponse:
    results = []
    for i, phrase in enumerate(req.phrases):
        pid, text = (None, phrase) if isinstance(phrase, str) else (phrase.id, phrase.text)
        suggestion, dropped = _capped(_suggest(rk, text, req.context, req.fixes, ("phrases", i)), max_annotations)
        results.append(PhraseResult(index=i, id=pid, suggestion=suggestion, annotations_dropped=dropped))
    summary = LintSummary(
        phrases=len(results),
        flagged=sum(1 for r in results if r.suggestion.annotations),
        annotations=sum(len(r.suggestion.annotations) + r.annotations_dropped for r in results),
        errors=sum(len(r.suggestion.errors) for r in results),
    )
    return LintResponse(results=results, summary=summary)


def _rules(rk: Assistant) -> RulesResponse:
    return RulesResponse(rules=[RuleInfo(**row) for row in rk.registry.listing()])


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
        "400": {**error, "description": "The body is not valid JSON, or the Host is not served."},
        "401": {**error, "description": "A token is set and the request has no valid bearer token."},
        "408": {**error, "description": f"The body took too long to arrive (default {READ_TIMEOUT:g} s)."},
        "413": {**error, "description": f"The body is over the size limit (default {MAX_BODY_BYTES} bytes)."},
        "415": {**error, "description": "The Content-Type is not application/json."},
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
    token: str | None = None,
    allowed_hosts: Iterable[str] | None = None,
    read_timeout: float = READ_TIMEOUT,
    idle_timeout: float = IDLE_TIMEOUT,
) -> None:
    """Run the service with uvicorn (blocking).

    ``token`` defaults to the ``REPLYKIT_TOKEN`` environment variable; ``allowed_hosts`` to
    the loopback names when ``host`` is a loopback address (else any Host is answered).
    """
    try:
        import uvicorn
    except ImportError:  # pragma: no cover - depends on the extra
        raise ReplykitError('replykit serve needs the server extra: pip install "replykit[server]"') from None
    token = token or os.environ.get(TOKEN_ENV) or None
    if allowed_hosts is None and host in LOOPBACK_HOSTS:
        allowed_hosts = LOOPBACK_HOSTS
    app = create_app(
        config=config,
        max_body_bytes=max_body_bytes,
        token=token,
        allowed_hosts=allowed_hosts,
        read_timeout=read_timeout,
    )
    uvicorn.run(
        app,
        host=host,
        port=port,
        log_level=log_level,
        http=header_deadline_protocol(read_timeout),
        timeout_keep_alive=max(1, round(idle_timeout)),
    )


def header_deadline_protocol(timeout: float) -> Any:
    """uvicorn's h11 protocol, closing a connection whose request headers take over ``timeout``
    seconds (uvicorn waits for them forever: ten clients sending a byte a second hold ten
    connections)."""
    import h11
    from uvicorn.protocols.http.h11_impl import H11Protocol

    class HeaderDeadline(H11Protocol):
        _deadline: asyncio.TimerHandle | None = None

        def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
            super().connection_made(transport)
            self._arm()

        def handle_events(self) -> None:
            super().handle_events()
            if self.conn.their_state is not h11.IDLE and self._deadline is not None:
                self._deadline.cancel()  # the headers are in; the app times the body
                self._deadline = None

        def on_response_complete(self) -> None:
            super().on_response_complete()
            self._arm()

        def connection_lost(self, exc: Exception | None) -> None:
            if self._deadline is not None:
                self._deadline.cancel()
            super().connection_lost(exc)

        def _arm(self) -> None:
            if self._deadline is not None:
                self._deadline.cancel()
            self._deadline = self.loop.call_later(timeout, self._expire)

        def _expire(self) -> None:
            self._deadline = None
            if self.conn.their_state is h11.IDLE and not self.transport.is_closing():
                self.transport.close()

    return HeaderDeadline
