"""Engine, sessions and the declarative base shared by every domain."""
from __future__ import annotations

import asyncio
from contextvars import ContextVar
from dataclasses import dataclass
from datetime import datetime
from collections.abc import Sequence
from typing import Any

from sqlalchemy import ARRAY, ColumnElement, DateTime, MetaData, any_, bindparam, event, func
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker, create_async_engine
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from domain.shared.config import Settings

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map = {datetime: DateTime(timezone=True)}


class Timestamps:
    created_at: Mapped[datetime] = mapped_column(server_default=func.now())
    updated_at: Mapped[datetime] = mapped_column(server_default=func.now(), onupdate=func.now())


def any_of(column: Any, values: Any) -> ColumnElement[bool]:
    """`column = ANY($n)`: the values travel as one array parameter.

    `IN (…)` renders one placeholder per value, so its SQL text changes with the number of values: every
    dataloader batch (and every official's area, which can list hundreds of division codes) was rendered afresh
    and missed the prepared-statement cache. With one array the text is fixed. An empty list matches nothing,
    as IN () does."""
    return column == any_(bindparam(None, list(values), type_=ARRAY(column.type)))


def in_param(column: Any, name: str) -> ColumnElement[bool]:
    """`column = ANY(:name)` with a named array parameter, for a statement built once and bound per call
    (`db.rows(stmt, {name: values})`): building a statement per call costs far more than binding its values."""
    return column == any_(bindparam(name, type_=ARRAY(column.type)))


def like_escape(text: str) -> str:
    """A user's text for LIKE/ILIKE with `\\` as the escape character: %, _ and \\ match themselves."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


class StatementCounter:
    """Counts SQL statements sent while it is the current counter (tests, benchmarks, X-SQL-Statements)."""

    __slots__ = ("count",)

    def __init__(self) -> None:
        self.count = 0


current_counter: ContextVar[StatementCounter | None] = ContextVar("current_counter", default=None)


def _count_statement(*_: Any) -> None:
    counter = current_counter.get()
    if counter is not None:
        counter.count += 1


class LockedAsyncSession(AsyncSession):
    """An AsyncSession that dataloader batches may share.

    aiodataloader runs each batch as its own task, and an AsyncSession must not be used
    concurrently. Only leaf methods take the lock: `scalars` calls `execute`, so locking
    both would deadlock.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._lock = asyncio.Lock()

    async def execute(self, *args: Any, **kwargs: Any) -> Any:
        async with self._lock:
            return await super().execute(*args, **kwargs)

    async def scalar(self, *args: Any, **kwargs: Any) -> Any:
        async with self._lock:
            return await super().scalar(*args, **kwargs)

    async def get(self, *args: Any, **kwargs: Any) -> Any:
        async with self._lock:
            return await super().get(*args, **kwargs)

    async def flush(self, *args: Any, **kwargs: Any) -> None:
        async with self._lock:
            await super().flush(*args, **kwargs)

    async def commit(self) -> None:
        async with self._lock:
            await super().commit()

    async def rollback(self) -> None:
        async with self._lock:
            await super().rollback()

    async def refresh(self, *args: Any, **kwargs: Any) -> None:
        async with self._lock:
            await super().refresh(*args, **kwargs)

    async def delete(self, *args: Any, **kwargs: Any) -> None:
        async with self._lock:
            await super().delete(*args, **kwargs)

    async def connection(self, *args: Any, **kwargs: Any) -> Any:
        async with self._lock:
            return await super().connection(*args, **kwargs)


@dataclass
class Database:
    """The engine plus two session factories: autocommit reads and transactional writes."""

    engine: AsyncEngine
    read_sessions: async_sessionmaker[LockedAsyncSession]
    write_sessions: async_sessionmaker[LockedAsyncSession]
    url: str = ""
    pool_size: int = 10
    reader: Any = None  # asyncpg pool behind PoolDb (the API's request path), opened by open_reader()
    check: Any = None  # domain.shared.reads.ReadCheck while READ_PATH_CHECK is set

    async def open_reader(self) -> None:
        """Opens the asyncpg pool that request-path reads run on (see domain.shared.fastdb)."""
        from domain.shared.fastdb import create_read_pool
        from domain.shared.reads import CHECK_FILE, ReadCheck

        if self.reader is None:
            self.reader = await create_read_pool(self.url, self.pool_size)
        if CHECK_FILE is not None:
            self.check = ReadCheck(self.read_sessions, CHECK_FILE)

    def reads(self) -> Any:
        """The request path's read-only Db: a PoolDb when the reader pool is open, else a SessionDb on an autocommit
        session (both answer every repository read alike; see domain.shared.reads)."""
        from domain.shared.reads import SessionDb

        if self.reader is None:
            return SessionDb(self.read_sessions())
        from domain.shared.fastdb import PoolDb

        return PoolDb(self.reader, self.check)

    async def dispose(self) -> None:
        if self.reader is not None:
            await self.reader.close()
            self.reader = None
        await self.engine.dispose()


def create_database(settings: Settings, *, pool_size: int | None = None) -> Database:
    """Creates the engine and session factories for one process."""
    import domain.registry  # noqa: F401 - every mapper must be known before the first query
    engine = create_async_engine(
        settings.database_url,
        pool_size=pool_size or settings.db_pool_size,
        max_overflow=5,
        pool_pre_ping=False,
        connect_args={"server_settings": {"timezone": "UTC", "application_name": "zhilian",
                                          "plan_cache_mode": "force_custom_plan"}},  # writes, exports: ad-hoc filters
    )
    event.listen(engine.sync_engine, "before_cursor_execute", _count_statement)
    # Reads run without BEGIN/ROLLBACK round trips; each statement sees committed data.
    read_engine = engine.execution_options(isolation_level="AUTOCOMMIT")
    return Database(
        url=settings.database_url, pool_size=pool_size or settings.db_pool_size,
        engine=engine,
        read_sessions=async_sessionmaker(read_engine, class_=LockedAsyncSession, expire_on_commit=False, autoflush=False),
        write_sessions=async_sessionmaker(engine, class_=LockedAsyncSession, expire_on_commit=False, autoflush=False),
    )


def aligned(keys: Sequence[Any], rows: Sequence[Any], key: str) -> list[Any]:
    """Rows reordered to follow `keys` (matched on attribute `key`), None where a key has no row: what batch
    loaders must return."""
    by = {getattr(r, key): r for r in rows}
    return [by.get(k) for k in keys]
