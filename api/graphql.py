"""The GraphQL HTTP endpoint: POST and GET, multipart uploads, GraphiQL, orjson, per-request context.

Two paths answer a request, and which one is decided once, before the request is admitted (rate limit):
- the direct path: one well-formed operation (a JSON POST, or GET parameters) whose document is valid, allowed
  for the method and refused by nothing, straight into graphql-core's executor from the ASGI messages;
- strawberry's view for everything else (multipart uploads, batches, GraphiQL, malformed bodies, syntax and
  validation errors, refusals, an operation the method does not allow), which answers as it always has.
Both run the engine extension's work (schema.extensions) and answer `application/graphql-response+json` when the
client prefers it (GraphQL over HTTP): then a request that fails before execution has no `data` and a 4xx status.
"""
from __future__ import annotations

from functools import lru_cache
from inspect import isawaitable
from typing import Any
from urllib.parse import urlencode

import orjson
from cross_web import HTTPException
from graphql import ExecutionResult, GraphQLError, get_operation_ast
from graphql import execute as graphql_execute
from starlette.datastructures import QueryParams
from starlette.requests import Request
from starlette.responses import HTMLResponse, PlainTextResponse, Response
from starlette.types import Receive, Scope, Send
from strawberry.asgi import GraphQL
from strawberry.execution.is_awaitable import optimized_is_awaitable
from strawberry.types.graphql import OperationType

from api import graphiql
from api.auth import authenticate
from api.ratelimit import RateLimiter, client_address, trusted_networks
from domain.shared.db import StatementCounter, current_counter
from domain.shared.principal import Principal
from resolvers.context import AppState, Context
from schema.extensions import OFF_LOOP_CHARS, EngineExtension

# the operation types (graphql-core's names: "query", "mutation") each method may run, as strawberry's view allows
POST_OPERATIONS = frozenset(t.value for t in OperationType.from_http("POST"))
GET_OPERATIONS = frozenset(t.value for t in OperationType.from_http("GET"))
CHANNELS = frozenset({"MP_WEIXIN", "H5", "APP", "WEB"})
WECHAT_REFERER = b"https://servicewechat.com/"
JSON_TYPE = "application/json"
GRAPHQL_RESPONSE_TYPE = "application/graphql-response+json"
JSON = JSON_TYPE.encode()
GRAPHQL_RESPONSE = f"{GRAPHQL_RESPONSE_TYPE}; charset=utf-8".encode()


def _error_body(message: str, code: str, **extra: Any) -> dict[str, Any]:
    return {"data": None, "errors": [{"message": message, "extensions": {"code": code, **extra}}]}


class Refused(Exception):  # noqa: N818
    """A request refused at the HTTP edge, before any GraphQL work: a status and a coded JSON error."""

    def __init__(self, status: int, message: str, code: str, **extra: Any) -> None:
        self.status, self.message, self.code, self.extra = status, message, code, extra

    def body(self) -> dict[str, Any]:
        return _error_body(self.message, self.code, **self.extra)


def too_large(limit: int) -> Refused:
    return Refused(413, f"请求体超过 {limit} 字节上限", "REQUEST_TOO_LARGE", maxBytes=limit)


def _limited(receive: Receive, limit: int) -> Receive:
    """A receive that counts the body's bytes and raises Refused (413) once they pass `limit`: a client may send a
    chunked body, or more than its Content-Length says."""
    seen = 0

    async def counted() -> Any:
        nonlocal seen
        message = await receive()
        if message["type"] == "http.request":
            seen += len(message.get("body", b""))
            if seen > limit:
                raise too_large(limit)
        return message

    return counted


class Throttled(Exception):
    def __init__(self, retry_after: int) -> None:
        self.retry_after = retry_after

    def body(self) -> dict[str, Any]:
        return _error_body(f"请求过于频繁，请 {self.retry_after} 秒后再试", "RATE_LIMITED", retryAfter=self.retry_after)


def direct_path_engine(schema: Any) -> type[EngineExtension]:
    """The engine extension, the one schema extension the direct path runs itself. Refuses (RuntimeError) a schema
    with any other extension, or without the engine: the direct path would silently skip it."""
    extensions = list(schema.extensions)
    engines = [e for e in extensions if isinstance(e, type) and issubclass(e, EngineExtension)]
    skipped = [getattr(e, "__name__", type(e).__name__) for e in extensions if e not in engines]
    if schema.directives:  # strawberry adds its DirectivesExtension for these
        skipped.append("DirectivesExtension (for the schema's directives)")
    if skipped or len(engines) != 1:
        raise RuntimeError(
            "api.graphql's direct path runs only the engine extension (schema.extensions.make_engine_extension), "
            f"so it would skip {', '.join(skipped) or 'nothing'} (engines found: {len(engines)}): make the direct "
            "path (GraphQLApp._plan/_execute) do its work too and accept it here, or leave it out of the schema")
    return engines[0]


@lru_cache(maxsize=256)  # a client sends the same header every time
def prefers_graphql_response(accept: str | bytes | None) -> bool:
    """Whether an Accept header ranks application/graphql-response+json above application/json (RFC 9110 §12.5.1:
    a type's quality is that of the most specific range matching it; between equal qualities a type listed by name
    beats a wildcard, and of two listed by name the first wins). Otherwise, no header included, application/json."""
    if not accept:
        return False
    text = (accept.decode("latin-1") if isinstance(accept, bytes) else accept).lower()
    if "graphql-response" not in text:
        return False
    best: dict[str, tuple[int, float, int]] = {}  # media type -> (specificity, quality, position)
    for position, part in enumerate(text.split(",")):
        media, _, params = part.partition(";")
        media = media.strip()
        for name in (GRAPHQL_RESPONSE_TYPE, JSON_TYPE):
            specificity = 3 if media == name else 2 if media == "application/*" else 1 if media == "*/*" else 0
            if specificity > best.get(name, (0, 0.0, 0))[0]:
                best[name] = (specificity, _quality(params), position)
    ours, json = best.get(GRAPHQL_RESPONSE_TYPE), best.get(JSON_TYPE)
    if ours is None or ours[1] <= 0:
        return False
    if json is None or ours[1] != json[1]:
        return json is None or ours[1] > json[1]
    if ours[0] == 3 and json[0] == 3:
        return ours[2] < json[2]
    return ours[0] == 3


def _quality(params: str) -> float:
    for param in params.split(";"):
        key, _, value = param.partition("=")
        if key.strip() == "q":
            try:
                return float(value)
            except ValueError:
                return 0.0
    return 1.0


def _request_error(data: Any, errors: list[Any] | None) -> bool:
    """True when nothing executed: a GraphQL request error (syntax, validation, variable coercion, a refusal before
    execution) has no data and no error with a path; field errors always carry one."""
    return data is None and bool(errors) and all(getattr(e, "path", None) is None for e in errors)


def _error_status(errors: list[dict[str, Any]]) -> int:
    """The status of a request error under application/graphql-response+json: 403 when the client may not issue
    the request (the production introspection gate), else 400."""
    forbidden = any((e.get("extensions") or {}).get("code") == "FORBIDDEN" for e in errors)
    return 403 if forbidden else 400


class _Direct:
    """A request the direct path answers: a prepared, allowed operation."""

    __slots__ = ("document", "name", "variables")

    def __init__(self, document: Any, variables: dict[str, Any] | None, name: str | None) -> None:
        self.document, self.variables, self.name = document, variables, name


NOT_FOUND = object()  # an unknown persisted documentId: answered directly


class GraphQLApp(GraphQL):
    def __init__(self, schema: Any, app: AppState) -> None:
        super().__init__(schema, graphql_ide="graphiql" if app.settings.graphiql else None,
                         allow_queries_via_get=True, multipart_uploads_enabled=True)
        self.app_state = app
        self._engine = direct_path_engine(schema)
        self._graphql_schema = schema._schema
        self.limiter = RateLimiter(app.settings.public_rate_limit)
        self.trusted_proxies = trusted_networks(app.settings.trusted_proxies)

    def _admit(self, scope: Scope, context: Context) -> None:
        """Public-app callers: rate limit per client (raises Throttled) and note the channel they came by."""
        who = context.principal
        if not who.public_app:
            return
        headers = scope["headers"]
        forwarded: list[str] = []
        channel = None
        for key, value in headers:
            if key == b"x-client":
                name = value.decode("latin-1").strip().upper()
                channel = name if name in CHANNELS else channel
            elif key == b"referer" and channel is None and value.startswith(WECHAT_REFERER):
                channel = "MP_WEIXIN"
            elif key == b"x-forwarded-for":
                forwarded.append(value.decode("latin-1"))
        context.channel = channel or "H5"
        if self.limiter.enabled:
            if who.insured_id is not None:
                key_ = f"i:{who.insured_id}"
            else:
                # X-Forwarded-For counts only behind a configured proxy (TRUSTED_PROXIES); uvicorn's own proxy
                # header handling is off (api.serve), or it would rewrite the peer for 127.0.0.1 whatever we say.
                peer = (scope.get("client") or (None,))[0]
                key_ = f"a:{client_address(peer, forwarded, self.trusted_proxies) or '?'}"
            retry = self.limiter.check(key_)
            if retry is not None:
                raise Throttled(retry)

    async def get_context(self, request: Request, response: Response) -> Context:  # type: ignore[override]
        """Only for a request that does not come through __call__'s HTTP branch (none do: /graphql is GET and POST
        over HTTP); that branch builds and admits the context itself and hands it to the view."""
        s = self.app_state
        principal = await authenticate(request.headers.get("authorization"), s)
        ctx = Context(principal=principal, app=s, request=request, response=response)
        self._admit(request.scope, ctx)
        return ctx

    async def render_graphql_ide(self, request: Request) -> Response:
        if graphiql.available():
            return HTMLResponse(graphiql.page())
        return await super().render_graphql_ide(request)

    def encode_json(self, data: object) -> bytes:
        return orjson.dumps(data)

    async def get_sub_response(self, request: Request) -> Response:
        sub_response = await super().get_sub_response(request)
        sub_response.graphql_response = getattr(request.state, "graphql_response", False)  # type: ignore[attr-defined]
        return sub_response

    async def process_result(self, request: Request, result: Any) -> Any:
        body = await super().process_result(request, result)
        if getattr(request.state, "graphql_response", False) and _request_error(result.data, result.errors):
            del body["data"]
        return body

    def create_response(self, response_data: Any, sub_response: Response) -> Response:
        response = super().create_response(response_data, sub_response)
        if getattr(sub_response, "graphql_response", False):
            response.headers["content-type"] = GRAPHQL_RESPONSE.decode()
            if isinstance(response_data, dict) and "data" not in response_data and not sub_response.status_code:
                response.status_code = _error_status(response_data.get("errors") or [])
        return response

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await super().__call__(scope, receive, send)
            return
        content_type = authorization = accept = length = None
        for key, value in scope["headers"]:
            if key == b"content-type":
                content_type = value if content_type is None else content_type
            elif key == b"authorization":
                authorization = value if authorization is None else authorization
            elif key == b"accept":
                accept = value if accept is None else accept
            elif key == b"content-length":
                length = value
        graphql_response = accept is not None and prefers_graphql_response(accept)
        s = self.app_state
        # The body limit, before anything is read: uploads (multipart) get theirs plus room for the form's other parts
        multipart = content_type is not None and content_type.startswith(b"multipart/")
        limit = s.settings.max_upload_bytes + s.settings.max_body_bytes if multipart else s.settings.max_body_bytes
        try:
            if length is not None and (not length.isdigit() or int(length) > limit):
                raise too_large(limit) if length.isdigit() else Refused(400, "Content-Length 无效", "BAD_REQUEST")
            if len(scope.get("query_string", b"")) > s.settings.max_body_bytes:
                raise Refused(414, f"查询字符串超过 {s.settings.max_body_bytes} 字节上限", "REQUEST_TOO_LARGE",
                              maxBytes=s.settings.max_body_bytes)
            await self._answer(scope, _limited(receive, limit), send, content_type, authorization, accept,
                               graphql_response)
        except Refused as r:
            await _send_json(send, r.status, r.body(), graphql_response)

    async def _answer(self, scope: Scope, receive: Receive, send: Send, content_type: bytes | None,
                      authorization: bytes | None, accept: bytes | None, graphql_response: bool) -> None:
        s = self.app_state
        # before the statement counter starts: the revocation check is the endpoint's, not the operation's
        principal = await authenticate(authorization.decode("latin-1") if authorization is not None else None, s)
        # Which path answers is decided here, once and before admission, so each request takes one token.
        try:
            answer, persisted, scope, receive = await self._route(scope, receive, content_type, accept, principal)
        except Refused as r:  # a malformed body: answered here, once admitted like any other request
            answer, persisted = r, False
        context = Context(principal=principal, app=s, request=Request(scope=scope, receive=receive),
                          persisted=persisted)
        counter = StatementCounter() if s.settings.sql_count_header else None
        token = current_counter.set(counter)
        body: dict[str, Any] | None = None
        failed = False  # a request error: under application/graphql-response+json no data and a 4xx status
        response: Response | None = None
        status = 200
        extra_headers: list[tuple[bytes, bytes]] = []
        try:
            try:
                self._admit(scope, context)
                if isinstance(answer, Refused):
                    body, failed, status = answer.body(), True, answer.status
                elif answer is NOT_FOUND:
                    body = _error_body("未登记的查询（documentId 不在公众端允许的查询清单中），请更新小程序后重试",
                                       "PERSISTED_QUERY_NOT_FOUND")
                    failed = True
                elif isinstance(answer, GraphQLError):  # refused before execution (the cost budget)
                    body = {"data": None, "errors": [e.formatted for e in self._engine.coded([answer])]}
                    failed = True
                elif answer is not None:
                    result = await self._execute(answer, context)
                    body = {"data": result.data}
                    if result.errors:
                        body["errors"] = [e.formatted for e in result.errors]
                    failed = _request_error(result.data, result.errors)
                else:
                    context.request.state.graphql_response = graphql_response
                    response = await self._view(context.request, context)
            except Throttled as t:
                body, failed, response, status = t.body(), True, None, 429
                extra_headers.append((b"retry-after", str(t.retry_after).encode()))
        finally:
            current_counter.reset(token)
            await context.close()
        if body is not None:
            if graphql_response and failed:
                del body["data"]
                status = _error_status(body["errors"]) if status == 200 else status
            payload = orjson.dumps(body)
            headers = [(b"content-length", str(len(payload)).encode()),
                       (b"content-type", GRAPHQL_RESPONSE if graphql_response else JSON), *extra_headers]
            if counter is not None:  # diagnostics (development and tests): statements run, the path decided
                headers += [(b"x-sql-statements", str(counter.count).encode()),
                            (b"x-graphql-path", b"view" if answer is None else b"direct")]
            await send({"type": "http.response.start", "status": status, "headers": headers})
            await send({"type": "http.response.body", "body": payload})
            return
        assert response is not None
        if counter is not None:
            response.headers["X-SQL-Statements"] = str(counter.count)
            response.headers["X-GraphQL-Path"] = "view"
        await response(scope, receive, send)

    async def _route(self, scope: Scope, receive: Receive, content_type: bytes | None, accept: bytes | None,
                     principal: Principal) -> tuple[Any, bool, Scope, Receive]:
        """(answer, persisted, scope, receive): a _Direct operation or NOT_FOUND for the direct path, None for the
        view; whether the document came by documentId; and the scope and receive to answer from. A body read here
        is replayed, and a persisted document takes the place of its id, so the view, should it answer, runs it
        as if the client had sent it."""
        method = scope["method"]
        body = None
        if method == "POST":
            if content_type is None or not content_type.startswith(JSON):
                return None, False, scope, receive  # multipart uploads, or the view's 400
            chunks: list[bytes] = []
            while True:
                message = await receive()
                if message["type"] != "http.request":  # a disconnect: let the view see it as it would have
                    return None, False, scope, _replay(None, message, receive)
                chunks.append(message.get("body", b""))
                if not message.get("more_body", False):
                    break
            body = chunks[0] if len(chunks) == 1 else b"".join(chunks)
            data = _json_body(body)
            if isinstance(data, list):  # a batch: the view answers it (or refuses it) as it always has
                return None, False, scope, _replay(body, None, receive)
            allowed = POST_OPERATIONS
        elif method == "GET":
            params = QueryParams(scope["query_string"])
            browser = accept is not None and b"text/html" in accept
            if browser or ("query" not in params and "documentId" not in params):
                return None, False, scope, receive  # GraphiQL, a browser, or the view's 400
            data = dict(params)
            for key in ("variables", "extensions"):
                # an empty parameter is an absent one, as it always was here
                data[key] = _json_param(key, data[key]) if data.get(key) else None
            allowed = GET_OPERATIONS
        else:
            return None, False, scope, receive
        if not isinstance(data, dict):
            raise Refused(400, "请求体必须是 JSON 对象（含 query 或 documentId）", "BAD_REQUEST")
        persisted = False
        if self.app_state.persisted is not None:
            document, asked = self.app_state.persisted.resolve(data)
            if asked:
                if document is None:
                    return NOT_FOUND, False, scope, receive
                data = {k: v for k, v in data.items() if k not in ("documentId", "extensions")}
                data["query"] = document
                persisted = True
        query = data.get("query")
        if isinstance(query, str) and len(query) > OFF_LOOP_CHARS:  # parsed in a worker thread, then cached
            await self._engine.prepare_async(query, self._graphql_schema)
        direct = self._plan(data, allowed, principal)
        if direct is None and persisted:  # the view answers: it sees the document in place of its id
            if method == "POST":
                body = orjson.dumps(data)
            else:
                params = {k: v if isinstance(v, str) else orjson.dumps(v).decode()
                          for k, v in data.items() if v is not None}
                scope = {**scope, "query_string": urlencode(params).encode()}
        if body is not None:
            receive = _replay(body, None, receive)
        return direct, persisted, scope, receive

    def _plan(self, data: dict[str, Any], allowed: frozenset[str],
              principal: Principal) -> _Direct | GraphQLError | None:
        """The operation the direct path runs, its refusal by the cost budget, or None when the view must answer."""
        query, variables, name = data.get("query"), data.get("variables"), data.get("operationName")
        extensions = data.get("extensions")
        if (not isinstance(query, str) or not query or not isinstance(variables, dict | None)
                or not isinstance(name, str | None) or not (extensions is None or extensions == {})):
            return None  # the view answers a malformed request, and passes `extensions` on to the schema
        engine = self._engine
        if engine.bad_text(query, variables):
            return None
        prepared = engine.prepare(query, self._graphql_schema)
        if prepared.document is None or prepared.errors:  # refused before or by validation
            return None
        if engine.introspection_refused(prepared.introspects, principal):
            return None
        operation = get_operation_ast(prepared.document, name)
        if operation is None or operation.operation.value not in allowed:
            return None
        refusal = engine.cost_refusal(prepared, name, variables, principal)
        if refusal is not None:
            return refusal  # answered here: the same refusal the view's engine extension gives
        return _Direct(prepared.document, variables, name)

    async def _execute(self, direct: _Direct, context: Context) -> ExecutionResult:
        """A prepared, allowed document straight into graphql-core's executor, with the schema's executor class and
        the engine extension's error coding: strawberry's per-request pipeline (execution context, extension
        runner, four async context managers) was ~0.1 ms of a ~0.7 ms lookup."""
        result = graphql_execute(self._graphql_schema, direct.document, context_value=context,
                                 variable_values=direct.variables, operation_name=direct.name,
                                 is_awaitable=optimized_is_awaitable,
                                 executor_class=self.schema.execution_context_class)
        if isawaitable(result):
            result = await result
        if result.errors:
            self.schema.process_errors(result.errors)
            result = ExecutionResult(data=result.data, errors=self._engine.coded(result.errors))
        return result

    async def _view(self, request: Request, context: Context) -> Response:
        try:
            return await self.run(request, context=context)
        except HTTPException as e:
            return PlainTextResponse(e.reason, status_code=e.status_code)


def _json_body(body: bytes) -> Any:
    """The decoded JSON body, or Refused (400) with why not: not UTF-8, a lone surrogate escape, not JSON."""
    try:
        return orjson.loads(body)
    except orjson.JSONDecodeError as e:
        raise _json_refusal(e, "请求体") from None


def _json_param(name: str, text: str) -> Any:
    try:
        return orjson.loads(text)
    except orjson.JSONDecodeError as e:
        raise _json_refusal(e, f"参数 {name} ") from None


def _json_refusal(error: orjson.JSONDecodeError, what: str) -> Refused:
    message = str(error)
    if "not valid UTF-8" in message:  # orjson: "str is not valid UTF-8: …"
        return Refused(400, f"{what}不是合法的 UTF-8 文本", "BAD_REQUEST", reason="INVALID_UTF8")
    if "surrogate" in message:  # orjson: "no low surrogate in string", "lone leading surrogate …"
        return Refused(400, f"{what}包含不成对的 UTF-16 代理项（如 \\ud800）", "BAD_USER_INPUT",
                       reason="INVALID_CHARACTER")
    return Refused(400, f"{what}不是合法的 JSON", "BAD_REQUEST", reason="INVALID_JSON")


async def _send_json(send: Send, status: int, body: dict[str, Any], graphql_response: bool) -> None:
    if graphql_response:
        body = {k: v for k, v in body.items() if k != "data"}
    payload = orjson.dumps(body)
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-length", str(len(payload)).encode()),
                            (b"content-type", GRAPHQL_RESPONSE if graphql_response else JSON)]})
    await send({"type": "http.response.body", "body": payload})


def _replay(body: bytes | None, message: Any, receive: Receive) -> Receive:
    """A receive that first gives back what was already read (the body, or a disconnect), then the real one."""
    pending = [message if body is None else {"type": "http.request", "body": body, "more_body": False}]

    async def replayed() -> Any:
        return pending.pop() if pending else await receive()

    return replayed
