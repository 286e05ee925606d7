"""Insured persons for the public-engagement tests.

The public app's operations reach the API as persisted (allow-listed) documents, and anonymous or insured callers
are refused anything else (schema.permissions.PublicApp). Until the allow-list for the mini-program's documents is
in place, these tests run the insured person's operations through the same schema, resolvers, services and
database in this process, with a context that says the operation came persisted; everything an official or an
institution then sees goes over HTTP as usual, and `insured_token` checks the HTTP gate itself."""
from __future__ import annotations

import asyncio
import os
import threading
import uuid
from typing import Any

from domain.identity.tokens import TokenClaims, issue
from domain.shared.principal import Principal
from domain.shared.scopes import Role, scopes_for
from tests.helpers import Result, sql


def make_insured(name: str = "测试参保人") -> int:
    """Inserts an insured person (DEV provider) and returns the id."""
    return sql("INSERT INTO insured_person (provider, subject, display_name) VALUES ('DEV', $1, $2) RETURNING id",
               uuid.uuid4().hex, name)[0]["id"]


def insured_principal(insured_id: int) -> Principal:
    return Principal(user_id=None, username=f"insured:{insured_id}", display_name="参保人",
                     role=Role.INSURED_PERSON, posts=frozenset(), scopes=scopes_for(Role.INSURED_PERSON, ()),
                     org_id=None, division_code=None, insured_id=insured_id)


def insured_token(insured_id: int) -> str:
    claims = TokenClaims(user_id=None, username=f"insured:{insured_id}", display_name="参保人",
                         role=Role.INSURED_PERSON, posts=frozenset(), scopes=scopes_for(Role.INSURED_PERSON, ()),
                         org_id=None, division_code=None, expires_at=0, insured_id=insured_id)
    return issue(claims, os.environ["JWT_SECRET"], 600)[0]


class PublicApp:
    """Runs operations as the public app would send them (persisted), on a loop of its own."""

    def __init__(self) -> None:
        self.loop = asyncio.new_event_loop()
        self.thread = threading.Thread(target=self.loop.run_forever, daemon=True)
        self.thread.start()
        self.state = self._call(self._open())

    def _call(self, coro: Any) -> Any:
        return asyncio.run_coroutine_threadsafe(coro, self.loop).result(60)

    async def _open(self) -> Any:
        from domain.divisions.repository import load_tree
        from domain.shared.config import Settings
        from domain.shared.db import create_database
        from resolvers.context import AppState
        from resolvers.schema import build_schema

        settings = Settings.from_env()
        db = create_database(settings, pool_size=2)
        async with db.read_sessions() as s:
            tree = await load_tree(s)
        self.schema = build_schema(settings)
        return AppState(settings=settings, database=db, tree=tree)

    def gql(self, query: str, variables: dict[str, Any] | None = None, *, insured: int | None) -> Result:
        """One operation as insured person `insured` (None: anonymous)."""
        import httpx

        from resolvers.context import Context

        async def run() -> Result:
            who = insured_principal(insured) if insured is not None else Principal.anonymous()
            ctx = Context(principal=who, app=self.state, persisted=True, channel="MP_WEIXIN")
            try:
                r = await self.schema.execute(query, variable_values=variables, context_value=ctx)
            finally:
                await ctx.close()
            body: dict[str, Any] = {"data": r.data}
            if r.errors:
                body["errors"] = [e.formatted for e in r.errors]
            return Result(200, body, httpx.Headers())
        return self._call(run())

    def close(self) -> None:
        self._call(self.state.database.dispose())
        self.loop.call_soon_threadsafe(self.loop.stop)
        self.thread.join(5)
