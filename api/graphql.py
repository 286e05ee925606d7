"""The GraphQL HTTP endpoint: POST and GET, multipart uploads, GraphiQL, orjson, per-request context."""
from __future__ import annotations

from typing import Any

import orjson
from cross_web import HTTPException
from starlette.requests import Request
from starlette.responses import HTMLResponse, PlainTextResponse, Response
from starlette.types import Receive, Scope, Send
from strawberry.asgi import GraphQL

from api import graphiql
from api.auth import principal_from_header
from domain.shared.db import StatementCounter, current_counter
from resolvers.context import AppState, Context


class GraphQLApp(GraphQL):
    def __init__(self, schema: Any, app: AppState) -> None:
        super().__init__(schema, graphql_ide="graphiql" if app.settings.graphiql else None,
                         allow_queries_via_get=True, multipart_uploads_enabled=True)
        self.app_state = app

    async def get_context(self, request: Request, response: Response) -> Context:  # type: ignore[override]
        s = self.app_state
        principal = principal_from_header(request.headers.get("authorization"), s.settings.jwt_secret, s.tree)
        ctx = Context(principal=principal, app=s, request=request, response=response)
        request.state.gql_context = ctx
        return ctx

    async def render_graphql_ide(self, request: Request) -> Response:
        if graphiql.available():
            return HTMLResponse(graphiql.page())
        return await super().render_graphql_ide(request)

    def encode_json(self, data: object) -> bytes:
        return orjson.dumps(data)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await super().__call__(scope, receive, send)
            return
        counter = StatementCounter() if self.app_state.settings.sql_count_header else None
        token = current_counter.set(counter)
        request = Request(scope=scope, receive=receive)
        try:
            response = await self._respond(request)
        finally:
            current_counter.reset(token)
            ctx = getattr(request.state, "gql_context", None)
            if ctx is not None:
                await ctx.close()
        if counter is not None:
            response.headers["X-SQL-Statements"] = str(counter.count)
        await response(scope, receive, send)

    async def _respond(self, request: Request) -> Response:
        try:
            return await self.run(request)
        except HTTPException as e:
            return PlainTextResponse(e.reason, status_code=e.status_code)
