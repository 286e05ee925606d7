"""The ASGI application: GraphQL at /graphql, health, file downloads; resources created by the lifespan."""
from __future__ import annotations

import contextlib
import gc
import logging
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, RedirectResponse, Response
from starlette.routing import Mount, Route

from api import graphiql
from api.auth import authenticate
from api.graphql import GraphQLApp
from api.headers import secured
from api.persisted import PersistedDocuments
from domain.divisions.repository import load_tree
from domain.catalog.importer import build_template
from domain.shared.config import ROOT, Settings, get_settings
from domain.identity.revocation import TokenVersions
from domain.public.cache import TTLCache
from domain.public.nearby import HolderListener, NearbyCache
from domain.public.usage import UsageRecorder
from domain.shared import offload
from domain.shared.db import create_database
from jobs.queue import ArqQueue
from resolvers.context import AppState
from resolvers.schema import build_schema
from schema.execution import ExecutionContext

log = logging.getLogger("zhilian.api")


async def create_state(settings: Settings) -> tuple[AppState, Any]:
    """Creates the engine, loads the division tree and connects to Redis."""
    from arq import create_pool
    from arq.connections import RedisSettings

    database = create_database(settings)
    await database.open_reader()
    async with database.read_sessions() as session:
        tree = await load_tree(session)
    pool = None
    try:
        pool = await create_pool(RedisSettings.from_dsn(settings.redis_url))
    except Exception:  # noqa: BLE001 - the API still serves reads; the outbox sweep enqueues later
        log.warning("Redis unavailable at start-up; background jobs wait in the outbox", exc_info=True)
    nearby = NearbyCache(settings.nearby_cache_entries, settings.nearby_cache_seconds)
    listener = HolderListener(settings.database_url, nearby)
    await listener.start()
    return AppState(settings=settings, database=database, tree=tree,
                    queue=ArqQueue(pool, settings.arq_queue) if pool else None,
                    usage=UsageRecorder(database.reader), persisted=PersistedDocuments.load(settings),
                    public_cache=TTLCache(settings.public_cache_seconds), nearby=nearby, listener=listener,
                    token_versions=TokenVersions(settings.token_check_seconds)), pool


def create_app(settings: Settings | None = None) -> Starlette:
    settings = settings or get_settings()
    schema = build_schema(settings)
    holder: dict[str, Any] = {}

    class LazyGraphQL:
        """The GraphQL view needs the lifespan's state; build it once that exists."""

        async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
            await holder["graphql"](scope, receive, send)

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        state, pool = await create_state(settings)
        holder["state"] = state
        holder["graphql"] = GraphQLApp(schema, state)
        # The schema, mappers and caches built at start-up live as long as the process: move them out of the
        # cyclic collector's generations, and collect the young generation less often (each request allocates
        # thousands of short-lived objects; full passes over the long-lived ones were ~5-10% of a lookup's CPU).
        gc.collect()
        gc.freeze()
        gc.set_threshold(20_000, 20, 50)
        try:
            yield
        finally:
            await state.usage.close()  # the last second of usage events
            offload.shutdown()  # the upload-parsing worker processes, if any were started
            if state.listener is not None:
                await state.listener.close()
            for p in (pool, holder.get("pool")):
                if p is not None:
                    await p.aclose()
            await state.database.dispose()

    async def _queue_check(state: AppState) -> str:
        """Pings Redis; an API that started without it connects now (at most every 5 s), so it becomes ready."""
        import asyncio
        import time

        if state.queue is None and time.monotonic() >= holder.get("redis_retry_at", 0.0):
            holder["redis_retry_at"] = time.monotonic() + 5
            from arq import create_pool
            from arq.connections import RedisSettings

            try:
                rs = RedisSettings.from_dsn(state.settings.redis_url)
                rs.conn_retries, rs.conn_timeout = 0, 1
                pool = await asyncio.wait_for(create_pool(rs), 2)
            except Exception:  # noqa: BLE001 - still unavailable
                return "unavailable"
            holder["pool"] = pool
            state.queue = ArqQueue(pool, state.settings.arq_queue)
        if state.queue is None:
            return "unavailable"
        try:
            await asyncio.wait_for(state.queue.pool.ping(), 2)  # type: ignore[attr-defined]
            return "ok"
        except Exception as e:  # noqa: BLE001
            return f"error: {type(e).__name__}"

    async def readiness(request: Request) -> Response:
        """Readiness (`/healthz/ready`, also `/healthz`): database and queue; 200 `ok`, else 503 `degraded` naming
        the failing part, so a load balancer stops sending traffic here until it is back."""
        from sqlalchemy import text

        state: AppState = holder["state"]
        checks: dict[str, str] = {}
        try:
            async with state.database.read_sessions() as s:
                await s.execute(text("SELECT 1"))
            checks["database"] = "ok"
        except Exception as e:  # noqa: BLE001
            checks["database"] = f"error: {type(e).__name__}"
        checks["queue"] = await _queue_check(state)
        failing = sorted(k for k, v in checks.items() if v != "ok")
        # which GraphQL executor serves (FAST_EXECUTOR, schema.execution): the test suite checks it runs the one asked
        executor = "fast" if schema.execution_context_class is ExecutionContext else "stock"
        return JSONResponse({"status": "degraded" if failing else "ok", **checks, "failing": failing,
                             "executor": executor}, status_code=503 if failing else 200)

    async def liveness(request: Request) -> Response:
        """Liveness (`/healthz/live`): the process serves requests; restart it only when this fails. Says nothing
        about the database or the queue (a restart would not bring those back)."""
        return JSONResponse({"status": "ok"})

    async def catalog_template(request: Request) -> Response:
        return Response(build_template(TEMPLATE_EXAMPLES), media_type=XLSX,
                        headers={"Content-Disposition": "attachment; filename=catalog-import-template.xlsx"})

    async def evidence(request: Request) -> Response:
        """An inquiry evidence file, for a signed-in caller who can see its task (SUP-21/22); each download audited."""
        from urllib.parse import quote

        from domain.inquiry.service import InquiryService
        from domain.shared.scopes import Scope
        from domain.shared.uow import UnitOfWork

        state: AppState = holder["state"]
        who = await authenticate(request.headers.get("authorization"), state)
        if who.user_id is None:
            return JSONResponse({"error": "UNAUTHENTICATED", "message": "请先登录"}, status_code=401)
        if not who.has(Scope.INQUIRIES_READ):
            return JSONResponse({"error": "FORBIDDEN", "message": "您没有访问此数据的权限"}, status_code=403)
        found = await InquiryService(UnitOfWork(state.database.write_sessions, who)).download_evidence(
            request.path_params["id"])
        if found is None:
            return JSONResponse({"error": "NOT_FOUND", "message": "文件不存在或无权查看"}, status_code=404)
        return Response(found.content, media_type=found.media_type, headers={
            "Content-Disposition": f"attachment; filename*=UTF-8''{quote(found.file_name)}",
            "Cache-Control": "private, no-store", "X-Content-Type-Options": "nosniff",
            "Digest": f"sha-256={found.sha256}"})

    async def download(request: Request) -> Response:
        """A generated file, for the user who made it: by the signed link the API handed out (a browser follows it
        without headers) or with that user's bearer token. Every download is audited."""
        import uuid as _uuid
        from urllib.parse import quote

        from domain.shared import files

        state: AppState = holder["state"]
        missing = JSONResponse({"error": "NOT_FOUND", "message": "文件不存在、已过期或无权下载"}, status_code=404)
        try:
            key = _uuid.UUID(request.path_params["key"])
        except ValueError:
            return missing
        if "s" in request.query_params:
            user_id = files.link_user(key, dict(request.query_params), state.settings.jwt_secret)
            if user_id is None:
                return JSONResponse({"error": "FORBIDDEN", "message": "下载链接无效或已过期，请重新导出"},
                                    status_code=403)
        else:
            who = await authenticate(request.headers.get("authorization"), state)
            if who.user_id is None:
                return JSONResponse({"error": "UNAUTHENTICATED", "message": "请使用导出时返回的下载链接或先登录"},
                                    status_code=401)
            user_id = who.user_id
        found = await files.download(state.database.write_sessions, key, user_id)
        if found is None:
            return missing
        return Response(found.content, media_type=found.media_type, headers={
            "Content-Disposition": f"attachment; filename*=UTF-8''{quote(found.file_name)}",
            "Cache-Control": "private, no-store"})

    routes = [
        Route("/", lambda r: RedirectResponse("/graphql")),
        Route("/healthz", readiness),
        Route("/healthz/ready", readiness),
        Route("/healthz/live", liveness),
        Route("/files/catalog-import-template.xlsx", catalog_template),
        Route("/graphiql-assets/{name}", graphiql.asset),
        Route("/files/download/{key}", download),
        Route("/files/evidence/{id:int}", evidence),
        Route("/graphql", LazyGraphQL(), methods=["GET", "POST"]),
    ]
    admin = ROOT / "frontend" / "admin" / "dist"
    if admin.is_dir():
        routes.append(Mount("/admin", app=_spa(admin), name="admin"))
    mp = ROOT / "frontend" / "mp" / "dist" / "build" / "h5"  # the insured persons' mini-program, H5 build
    if mp.is_dir():
        routes.append(Mount("/mp", app=_spa(mp), name="mp"))
    return _App(holder, routes=routes, lifespan=lifespan)


class _App(Starlette):
    """Starlette, except that GET/POST /graphql goes straight to the GraphQL view once it exists: the error
    middleware, exception middleware and route matching were ~10 µs of a ~250 µs lookup (uvicorn answers an
    unhandled exception with the same plain 500 as starlette's error middleware)."""

    def __init__(self, holder: dict[str, Any], **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._holder = holder

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] == "http":
            send = secured(send)  # security headers on every response, the fast path's included (api.headers)
        if (scope["type"] == "http" and scope["path"] == "/graphql" and scope["method"] in ("POST", "GET")
                and not scope.get("root_path")):
            view = self._holder.get("graphql")
            if view is not None:
                scope["app"] = self
                await view(scope, receive, send)
                return
        await super().__call__(scope, receive, send)


XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
TEMPLATE_EXAMPLES = [
    {"drug_code": "XJ01CAA040A001010102699", "registered_name": "阿莫西林胶囊（示例行，导入前请删除）",
     "registered_form": "胶囊剂", "spec": "0.25g", "packaging": "24粒/盒", "min_pack_qty": 24, "min_prep_unit": "粒",
     "min_pack_unit": "盒", "manufacturer": "示例制药有限公司", "approval_no": "国药准字H00000000",
     "insurance_name": "阿莫西林", "insurance_form": "口服常释剂型", "reimbursement_class": "甲", "catalog_no": "示例001"},
]


def _spa(folder: Path) -> Any:
    from starlette.staticfiles import StaticFiles

    class SPA(StaticFiles):
        """Serves the built front end; unknown paths fall back to index.html for client-side routes."""

        async def get_response(self, path: str, scope: Any) -> Response:
            from starlette.exceptions import HTTPException

            try:
                response = await super().get_response(path, scope)
            except HTTPException:
                if path.startswith("assets/"):
                    # A chunk of an older build (a tab opened before a redeploy): a 404, not index.html, so the
                    # browser reports a failed load instead of a confusing "not a JavaScript module".
                    raise
                response = await super().get_response("index.html", scope)
            if not path.startswith("assets/"):
                response.headers["Cache-Control"] = "no-cache"  # index.html must pick up a new build's chunks
            return response

    return SPA(directory=str(folder), html=True)

